import * as pulumi from "@pulumi/pulumi";
import type { SsoGroupMappingArgs, SsoGroupMappingOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { SsoGroupMappingArgs, SsoGroupMappingOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface SsoGroupMapping extends SsoGroupMappingOutputs {}

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
