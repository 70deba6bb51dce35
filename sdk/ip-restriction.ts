import * as pulumi from "@pulumi/pulumi";
import type { IpRestrictionArgs, IpRestrictionOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { IpRestrictionArgs, IpRestrictionOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface IpRestriction extends IpRestrictionOutputs {}

/**
 * An IP address or CIDR range on the allow or block list of the environment or of one tenant. Deleting it removes the entry.
 *
 * @example
 * ```ts
 * new frontegg.IpRestriction("office", { ip: "203.0.113.0/24", strategy: "ALLOW", description: "Head office" });
 * ```
 */
export class IpRestriction extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: IpRestrictionArgs, opts?: pulumi.CustomResourceOptions) {
    super("IpRestriction", name, args, opts);
  }
}
