import * as pulumi from "@pulumi/pulumi";
import type { PlanArgs, PlanOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { PlanArgs, PlanOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface Plan extends PlanOutputs {}

/**
 * An entitlements plan and the set of features it grants, any number of them. Deleting it deletes the plan.
 *
 * @example
 * ```ts
 * new frontegg.Plan("enterprise", { name: "Enterprise", featureIds: [sso.featureId] });
 * ```
 */
export class Plan extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: PlanArgs, opts?: pulumi.CustomResourceOptions) {
    super("Plan", name, args, opts);
  }
}
