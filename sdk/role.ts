import * as pulumi from "@pulumi/pulumi";
import type { RoleArgs, RoleOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { RoleArgs, RoleOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface Role extends RoleOutputs {}

/**
 * A role: a named set of permissions, environment-wide or for one tenant. `permissionIds` is a set.
 *
 * @example
 * ```ts
 * const admin = new frontegg.Role("billing-admin", { key: "billing-admin", name: "Billing admin", level: 1, permissionIds: [read.id] });
 * ```
 */
export class Role extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: RoleArgs, opts?: pulumi.CustomResourceOptions) {
    super("Role", name, args, opts);
  }
}
