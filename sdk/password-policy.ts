import * as pulumi from "@pulumi/pulumi";
import type { PasswordPolicyArgs, PasswordPolicyOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { PasswordPolicyArgs, PasswordPolicyOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface PasswordPolicy extends PasswordPolicyOutputs {}

/**
 * The password complexity policy of the environment or of one tenant. Only the declared properties are managed;
 * deleting the resource leaves the policy as it is.
 *
 * @example
 * ```ts
 * new frontegg.PasswordPolicy("passwords", { minLength: 12, blockPwnedPasswords: true });
 * ```
 */
export class PasswordPolicy extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: PasswordPolicyArgs, opts?: pulumi.CustomResourceOptions) {
    super("PasswordPolicy", name, args, opts);
  }
}
