import * as pulumi from "@pulumi/pulumi";
import type { PermissionCategoryArgs, PermissionCategoryOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { PermissionCategoryArgs, PermissionCategoryOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface PermissionCategory extends PermissionCategoryOutputs {}

/**
 * A permission category: groups permissions in the Frontegg portal.
 *
 * @example
 * ```ts
 * const billing = new frontegg.PermissionCategory("billing", { name: "Billing" });
 * ```
 */
export class PermissionCategory extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: PermissionCategoryArgs, opts?: pulumi.CustomResourceOptions) {
    super("PermissionCategory", name, args, opts);
  }
}
