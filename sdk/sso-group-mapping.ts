import * as pulumi from "@pulumi/pulumi";
import type { SsoGroupMappingInputs, SsoGroupMappingState } from "../provider/resources";
import { ArgsOf, FronteggResource, OutputsOf } from "./resource";

/** Arguments of a {@link SsoGroupMapping}. */
export type SsoGroupMappingArgs = ArgsOf<SsoGroupMappingInputs>;

// Declaration merging gives the class one typed output property per state property.
export interface SsoGroupMapping extends OutputsOf<SsoGroupMappingState> {}

/**
 * An identity-provider group mapped to roles on a tenant's SSO connection. Deleting it deletes the mapping.
 *
 * @example
 * ```ts
 * new frontegg.SsoGroupMapping("acme-engineering", { tenantId: "acme", ssoConfigurationId: okta.id, group: "Engineering", roleIds: [engineer.id] });
 * ```
 */
export class SsoGroupMapping extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: SsoGroupMappingArgs, opts?: pulumi.CustomResourceOptions) {
    super("SsoGroupMapping", name, args, opts);
  }
}
