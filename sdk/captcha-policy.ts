import * as pulumi from "@pulumi/pulumi";
import type { CaptchaPolicyArgs, CaptchaPolicyOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { CaptchaPolicyArgs, CaptchaPolicyOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface CaptchaPolicy extends CaptchaPolicyOutputs {}

/**
 * The environment's reCAPTCHA policy. One per environment; `secretKey` is sealed (state holds its
 * fingerprint); deleting it disables the check and keeps the keys.
 *
 * @example
 * ```ts
 * new frontegg.CaptchaPolicy("captcha", {
 *     siteKey: "6LcJ-site-key",
 *     secretKey: config.requireSecret("recaptchaSecretKey"),
 *     minScore: 0.5,
 * });
 * ```
 */
export class CaptchaPolicy extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: CaptchaPolicyArgs, opts?: pulumi.CustomResourceOptions) {
    super("CaptchaPolicy", name, args, opts);
  }
}
