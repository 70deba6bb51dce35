import * as pulumi from "@pulumi/pulumi";
import type { PermissionCategoryInputs, PermissionCategoryState } from "../provider/resources";
import { ArgsOf, FronteggResource, OutputsOf } from "./resource";

/** Arguments of a {@link PermissionCategory}. */
export type PermissionCategoryArgs = ArgsOf<PermissionCategoryInputs>;

// Declaration merging gives the class one typed output property per state property.
export interface PermissionCategory extends OutputsOf<PermissionCategoryState> {}

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
