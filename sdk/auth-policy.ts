import * as pulumi from "@pulumi/pulumi";
import type { AuthPolicyArgs, AuthPolicyOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { AuthPolicyArgs, AuthPolicyOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface AuthPolicy extends AuthPolicyOutputs {}

/**
 * The identity management configuration of the environment (token lifetimes, sign-in method, sign-ups, ...).
 * Only the declared properties are managed; deleting the resource leaves the configuration as it is.
 *
 * @example
 * ```ts
 * new frontegg.AuthPolicy("sign-in", { authStrategy: "EmailAndPassword", allowSignups: false, defaultTokenExpiration: 3600 });
 * ```
 */
export class AuthPolicy extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: AuthPolicyArgs, opts?: pulumi.CustomResourceOptions) {
    super("AuthPolicy", name, args, opts);
  }
}
