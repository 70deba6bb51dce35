import * as pulumi from "@pulumi/pulumi";
import type { AuthPolicyInputs, AuthPolicyState } from "../provider/resources";
import { ArgsOf, FronteggResource, OutputsOf } from "./resource";

/** Arguments of an {@link AuthPolicy}. */
export type AuthPolicyArgs = ArgsOf<AuthPolicyInputs>;

// Declaration merging gives the class one typed output property per state property.
export interface AuthPolicy extends OutputsOf<AuthPolicyState> {}

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
