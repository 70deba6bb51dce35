/** IpRestrictionMode: whether IP restrictions are enforced, and which list, environment-wide or per tenant. */
import { z } from "zod";
import { IP_RESTRICTION_STRATEGIES, IpRestrictionStrategy } from "../client";
import { adoptExistingField, tenantIdField } from "./fields";
import { ipScope, refusedWithoutTenant, withTenantHint } from "./ip-restriction";
import { definedOnly } from "../lifecycle/definition";
import { restrictionMode } from "./restriction-mode";

const inputs = z.strictObject({
  strategy: z
    .enum(IP_RESTRICTION_STRATEGIES)
    .describe("Which list is enforced: `ALLOW` lets in only the ranges on the allow list, `BLOCK` keeps out the ranges on the block list."),
  isActive: z.boolean().default(true).describe("Whether IP restrictions are enforced."),
  tenantId: tenantIdField,
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of an {@link IpRestrictionMode}. */
export type IpRestrictionModeInputs = z.input<typeof inputs>;
/** Every property of an {@link IpRestrictionMode} as stored in state. */
export type IpRestrictionModeState = Inputs;

/** The IpRestrictionMode resource kind. */
export const ipRestrictionMode = restrictionMode<Inputs>({
  kind: "IpRestrictionMode",
  description:
    "Whether IP restrictions are enforced, and whether the allow list or the block list applies, for the " +
    "environment or, when `tenantId` is set, for one tenant. There is one per scope: creating the resource takes " +
    "the existing configuration over, and deleting it switches IP restrictions off (`isActive: false`, strategy " +
    "left as it is), since Frontegg has no way to delete the configuration. The entries themselves are " +
    "`IpRestriction` resources.",
  example: `resource ipMode "frontegg-native:index:IpRestrictionMode" {
  __logicalName = "ip-mode"
  strategy = "ALLOW"
  isActive = true
}`,
  inputs,
  noun: "IP restriction mode",
  tenantScoped: true,
  activeKey: "isActive",
  environment: {
    // A mode that is off restricts nothing, whatever its strategy: what every environment and tenant starts with.
    isProvided: (entry) => entry.isActive !== true,
    readsAsNone: refusedWithoutTenant,
    namePrefix: "ip mode",
  },
  async read(client, tenantId) {
    const scope = ipScope(tenantId);
    const config = await withTenantHint(scope, () => client.restrictions.ip.getConfig(scope));
    return config && definedOnly({ strategy: config.strategy, isActive: config.isActive });
  },
  async write(client, i, current) {
    const scope = ipScope(i.tenantId);
    // Both fields are optional on Frontegg's write; what the program declares is sent, and a strategy it leaves
    // out (only when switching off on delete) stays as Frontegg has it.
    const config = definedOnly({ strategy: i.strategy ?? (current?.strategy as IpRestrictionStrategy | undefined), isActive: i.isActive });
    await withTenantHint(scope, () => client.restrictions.ip.saveConfig(config, scope));
    return config;
  },
});
