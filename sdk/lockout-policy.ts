import * as pulumi from "@pulumi/pulumi";
import type { LockoutPolicyArgs, LockoutPolicyOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { LockoutPolicyArgs, LockoutPolicyOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface LockoutPolicy extends LockoutPolicyOutputs {}

/**
 * The lockout policy of the environment or of one tenant. One per scope; deleting it disables lockout.
 *
 * @example
 * ```ts
 * new frontegg.LockoutPolicy("lockout", { enabled: true, maxAttempts: 5 });
 * ```
 */
export class LockoutPolicy extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: LockoutPolicyArgs, opts?: pulumi.CustomResourceOptions) {
    super("LockoutPolicy", name, args, opts);
  }
}
