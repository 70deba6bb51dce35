import * as pulumi from "@pulumi/pulumi";
import type { PermissionArgs, PermissionOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { PermissionArgs, PermissionOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface Permission extends PermissionOutputs {}

/**
 * A permission: a key that roles grant and applications check.
 *
 * @example
 * ```ts
 * const read = new frontegg.Permission("invoices-read", { key: "invoices.read", name: "Read invoices", categoryId: billing.id });
 * ```
 */
export class Permission extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: PermissionArgs, opts?: pulumi.CustomResourceOptions) {
    super("Permission", name, args, opts);
  }
}
