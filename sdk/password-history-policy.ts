import * as pulumi from "@pulumi/pulumi";
import type { PasswordHistoryPolicyArgs, PasswordHistoryPolicyOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { PasswordHistoryPolicyArgs, PasswordHistoryPolicyOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface PasswordHistoryPolicy extends PasswordHistoryPolicyOutputs {}

/**
 * The password history policy of the environment or of one tenant. One per scope; deleting it disables the policy.
 *
 * @example
 * ```ts
 * new frontegg.PasswordHistoryPolicy("password-history", { historySize: 5 });
 * ```
 */
export class PasswordHistoryPolicy extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: PasswordHistoryPolicyArgs, opts?: pulumi.CustomResourceOptions) {
    super("PasswordHistoryPolicy", name, args, opts);
  }
}
