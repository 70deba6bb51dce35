import * as pulumi from "@pulumi/pulumi";
import type { FeatureFlagArgs, FeatureFlagOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { FeatureFlagArgs, FeatureFlagOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface FeatureFlag extends FeatureFlagOutputs {}

/**
 * The feature flag of one feature: on/off, treatments and targeting rules; created off unless declared otherwise. Deleting it deletes the flag.
 *
 * @example
 * ```ts
 * new frontegg.FeatureFlag("sso-flag", { featureId: sso.featureId, name: "SSO rollout", on: true });
 * ```
 */
export class FeatureFlag extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: FeatureFlagArgs, opts?: pulumi.CustomResourceOptions) {
    super("FeatureFlag", name, args, opts);
  }
}
