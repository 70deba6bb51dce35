import * as pulumi from "@pulumi/pulumi";
import type { IpRestrictionModeArgs, IpRestrictionModeOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { IpRestrictionModeArgs, IpRestrictionModeOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface IpRestrictionMode extends IpRestrictionModeOutputs {}

/**
 * Whether IP restrictions are enforced, and which list applies, for the environment or one tenant. One per scope; deleting it switches IP restrictions off.
 *
 * @example
 * ```ts
 * new frontegg.IpRestrictionMode("ip-mode", { strategy: "ALLOW", isActive: true });
 * ```
 */
export class IpRestrictionMode extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: IpRestrictionModeArgs, opts?: pulumi.CustomResourceOptions) {
    super("IpRestrictionMode", name, args, opts);
  }
}
