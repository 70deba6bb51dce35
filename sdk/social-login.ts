import * as pulumi from "@pulumi/pulumi";
import type { SocialLoginInputs, SocialLoginState } from "../provider/resources";
import { ArgsOf, FronteggResource, OutputsOf } from "./resource";

/** Arguments of a {@link SocialLogin}. */
export type SocialLoginArgs = ArgsOf<SocialLoginInputs>;

// Declaration merging gives the class one typed output property per state property.
export interface SocialLogin extends OutputsOf<SocialLoginState> {}

/**
 * One provider's social login (Google, GitHub, Microsoft, Facebook). One per provider; `secret` is sealed
 * (state holds its fingerprint); deleting it deactivates the provider and keeps its credentials.
 *
 * @example
 * ```ts
 * new frontegg.SocialLogin("github", {
 *     type: "github",
 *     clientId: "Iv1.0123456789abcdef",
 *     secret: config.requireSecret("githubClientSecret"),
 *     redirectUrl: "https://app.example.com/oauth/account/social/success",
 * });
 * ```
 */
export class SocialLogin extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: SocialLoginArgs, opts?: pulumi.CustomResourceOptions) {
    super("SocialLogin", name, args, opts);
  }
}
