import * as pulumi from "@pulumi/pulumi";
import type { MfaPolicyArgs, MfaPolicyOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { MfaPolicyArgs, MfaPolicyOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface MfaPolicy extends MfaPolicyOutputs {}

/**
 * The MFA policy of the environment or of one tenant. One per scope; deleting it restores Frontegg's default.
 *
 * @example
 * ```ts
 * new frontegg.MfaPolicy("mfa", { enforceMFAType: "Force", allowRememberMyDevice: true, mfaDeviceExpiration: 1209600 });
 * ```
 */
export class MfaPolicy extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: MfaPolicyArgs, opts?: pulumi.CustomResourceOptions) {
    super("MfaPolicy", name, args, opts);
  }
}
