/**
 * SsoMultiTenantPolicy: several SSO connections (of different tenants) on one e-mail domain (spec:sso.json
 * `/configurations/multiple-sso-per-domain`, notes-3 §5b, notes-more §1). A singleton; only the properties the
 * program declares are managed.
 *
 * Better than TF's `sso_multi_tenant_policy` block, which drops `unspecifiedTenantStrategy` (required by the spec)
 * when inactive and writes false for what is left out: every write sends all three fields, the undeclared ones as
 * Frontegg holds them.
 *
 * Thin places: the spec gives `unspecifiedTenantStrategy` no enum; the two values accepted here are the ones TF
 * documents (`BLOCK`, its default, and `FIRST_CREATED`). The GET has no schema in the spec (TF decodes the three
 * fields). Taken to be environment-wide (no tenant header in spec or TF). Frontegg has no delete: a delete
 * switches the feature off as TF's "absent" does, keeping the strategy.
 */
import { z } from "zod";
import { SSO_UNSPECIFIED_TENANT_STRATEGIES, SsoMultiTenantPolicy as ApiSsoMultiTenantPolicy } from "../client";
import { adoptExistingField } from "./fields";
import { singletonPolicy } from "./singleton-policy";

const inputs = z.strictObject({
  active: z.boolean().optional().describe("Whether one e-mail domain may have SSO connections in several tenants. Omit to leave it as it is."),
  unspecifiedTenantStrategy: z
    .enum(SSO_UNSPECIFIED_TENANT_STRATEGIES)
    .optional()
    .describe(
      "What a sign-in on such a domain does when it names no tenant: `BLOCK` refuses it, `FIRST_CREATED` uses the " +
        "connection created first. Omit to leave it as it is. (The values are those Frontegg's Terraform provider " +
        "documents; Frontegg's spec lists none.)",
    ),
  useActiveTenant: z.boolean().optional().describe("Whether the user's active tenant picks the connection. Omit to leave it as it is."),
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of an {@link SsoMultiTenantPolicy}. */
export type SsoMultiTenantPolicyInputs = z.input<typeof inputs>;
/** Every property of an {@link SsoMultiTenantPolicy} as stored in state: the declared inputs. */
export type SsoMultiTenantPolicyState = Inputs;

/** The SsoMultiTenantPolicy resource kind. */
export const ssoMultiTenantPolicy = singletonPolicy<Inputs, ApiSsoMultiTenantPolicy, ApiSsoMultiTenantPolicy>({
  kind: "SsoMultiTenantPolicy",
  noun: "multiple SSO per domain policy",
  description:
    "Whether one e-mail domain may have SSO connections in several tenants, and how a sign-in on such a domain " +
    "picks one. Only the properties the program declares are managed; the others keep their value (Frontegg's " +
    "write requires all three, so they are read and sent back as they are). There is one per environment: " +
    "creating the resource takes the setting over, and deleting it switches it off (`active` and " +
    "`useActiveTenant` false, the strategy kept), Frontegg having no delete. Taken to be environment-wide: no " +
    "source shows a tenant for it.",
  example: `resource multiSso "frontegg-native:index:SsoMultiTenantPolicy" {
  __logicalName = "multi-sso"
  active = true
  unspecifiedTenantStrategy = "BLOCK"
  useActiveTenant = true
}`,
  inputs,
  outputs: z.object({}),
  api: (client) => client.ssoSettings.multiTenantPolicy,
  environment: { namePrefix: "multi-sso" },
  partial: true,
  // The PUT requires every field: one neither declared nor held by Frontegg is sent as TF's default has it.
  toRequest: (i) => ({ active: i.active ?? false, unspecifiedTenantStrategy: i.unspecifiedTenantStrategy ?? "BLOCK", useActiveTenant: i.useActiveTenant ?? false }),
  toState: (p) => ({ active: p.active, unspecifiedTenantStrategy: p.unspecifiedTenantStrategy, useActiveTenant: p.useActiveTenant }),
  defaults: (_stored, current) => ({ ...current, active: false, useActiveTenant: false }),
});
