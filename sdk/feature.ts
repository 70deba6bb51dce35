import * as pulumi from "@pulumi/pulumi";
import type { FeatureArgs, FeatureOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { FeatureArgs, FeatureOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface Feature extends FeatureOutputs {}

/**
 * An entitlements feature: a key applications check, granted by plans and switched by a feature flag. Deleting it deletes the feature.
 *
 * @example
 * ```ts
 * new frontegg.Feature("reports", { key: "reports", name: "Reports", permissions: ["reports.export"] });
 * ```
 */
export class Feature extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: FeatureArgs, opts?: pulumi.CustomResourceOptions) {
    super("Feature", name, args, opts);
  }
}
