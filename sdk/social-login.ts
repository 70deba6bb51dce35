import * as pulumi from "@pulumi/pulumi";
import type { SocialLoginArgs, SocialLoginOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { SocialLoginArgs, SocialLoginOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface SocialLogin extends SocialLoginOutputs {}

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
