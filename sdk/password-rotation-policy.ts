import * as pulumi from "@pulumi/pulumi";
import type { PasswordRotationPolicyArgs, PasswordRotationPolicyOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { PasswordRotationPolicyArgs, PasswordRotationPolicyOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface PasswordRotationPolicy extends PasswordRotationPolicyOutputs {}

/**
 * The password expiration policy of the environment (periods in minutes). Deleting it turns expiration off.
 *
 * @example
 * ```ts
 * new frontegg.PasswordRotationPolicy("password-expiration", { rotationPeriod: 129600 });
 * ```
 */
export class PasswordRotationPolicy extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: PasswordRotationPolicyArgs, opts?: pulumi.CustomResourceOptions) {
    super("PasswordRotationPolicy", name, args, opts);
  }
}
