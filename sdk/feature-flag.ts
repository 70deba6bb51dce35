import * as pulumi from "@pulumi/pulumi";
import type { FeatureFlagInputs, FeatureFlagState } from "../provider/resources";
import { ArgsOf, FronteggResource, OutputsOf } from "./resource";

/** Arguments of a {@link FeatureFlag}. */
export type FeatureFlagArgs = ArgsOf<FeatureFlagInputs>;

// Declaration merging gives the class one typed output property per state property.
export interface FeatureFlag extends OutputsOf<FeatureFlagState> {}

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
