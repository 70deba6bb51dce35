/**
 * Tenant: a tenant (account) kept as configuration: internal, demo or seed tenants, not the customers who sign
 * up. Natural key: its `tenantId`. Sources: Frontegg's spec tenants.json and TF:resource_frontegg_tenant.go
 * (notes-3 §9).
 *
 * Metadata is merged key by key, as the incumbent's `selected_metadata` does since TF#123: writes go through the
 * metadata routes (POST merges the keys sent, DELETE removes one key) and never through the tenant PUT, so keys
 * other tools keep in a tenant's metadata survive every `up`. The state holds only the keys this resource set
 * (see `managedPart`); a key set elsewhere is neither compared nor removed. Frontegg's values may be any JSON
 * (spec example `maximumUsers: 50`); the input takes strings, so a managed key whose value Frontegg holds as
 * another type reads as its JSON text (`50` as "50") and is written back as the declared string (thin: TF#125
 * skips such keys instead).
 *
 * Delete. Frontegg's DELETE removes the tenant AND ALL ITS USERS, irreversibly, and moves its sub-tenants to its
 * parent (spec); what is scoped to it (its SSO connections, roles, policies) goes with it (inferred: they are
 * addressed by the tenant). The safe default is to refuse: deleting the resource (destroy, removal from the
 * program, a replacement from a new `tenantId`) fails unless `allowDeletion: true` was applied by an earlier `up`.
 * Whether the tenant still has users is not checked: the users routes are in identity.json but in neither the
 * client nor the emulator yet, so the flag is asked for whatever the tenant holds.
 *
 * Create. A POST with the `tenantId` of a tenant deleted earlier re-activates it (spec; what revival restores is
 * unverified); an existing tenant is an error unless `adoptExisting` is set (TF adopts silently, TF#193).
 * Updates send only the fields that changed through the v1 PUT, since Frontegg answers 400 to a body that changes
 * nothing. `parentTenantId` (the hierarchy, with its own sub-tenant routes) is not managed here.
 */
import { z } from "zod";
import { FronteggClient, Tenant as ApiTenant } from "../client";
import { defineResource, definedOnly, State } from "../lifecycle/definition";
import { ignoreNotFound, ResourceError } from "../lifecycle/errors";
import { adoptExistingField, nameField, urlField } from "./fields";

const optionalText = (what: string) => z.string().max(255, `${what} must be at most 255 characters`).optional();

const inputs = z.strictObject({
  tenantId: z
    .string()
    .min(1, "tenantId must not be empty")
    .max(255, "tenantId must be at most 255 characters")
    .refine((value) => /^[^\s/?#]+$/.test(value), "tenantId must not contain white space, `/`, `?` or `#`")
    .describe("The tenant's id, chosen by you and unique in the environment: its natural key. Changing it replaces the tenant (which needs `allowDeletion`)."),
  name: nameField("tenant").describe("The tenant's name, as the portal and the admin portal show it."),
  applicationUrl: urlField("applicationUrl").optional().describe("The URL of the tenant's application. When omitted, not managed: whatever Frontegg holds stays."),
  website: urlField("website").optional().describe("The tenant's website. When omitted, not managed."),
  logoUrl: urlField("logoUrl").optional().describe("The URL of the tenant's logo. When omitted, not managed."),
  timezone: optionalText("timezone").describe("The tenant's time zone, e.g. `Europe/Berlin`. When omitted, not managed."),
  currency: optionalText("currency").describe("The tenant's currency, e.g. `EUR`. When omitted, not managed."),
  metadata: z
    .record(z.string().min(1, "metadata keys must not be empty"), z.string())
    .optional()
    .describe(
      "Metadata keys this resource manages, with string values. Merged key by key: keys set elsewhere (the portal, " +
        "other tools) are never changed or removed; a key removed from this map is removed from the tenant. When " +
        "omitted, no key is managed.",
    ),
  allowDeletion: z
    .boolean()
    .default(false)
    .describe(
      "Whether deleting the resource may delete the tenant. Frontegg deletes a tenant together with ALL ITS USERS, " +
        "irreversibly. Until an `up` has applied `true`, destroying the resource, removing it from the program or " +
        "replacing it fails and the tenant stays. Never sent to Frontegg.",
    ),
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of a {@link Tenant}. */
export type TenantInputs = z.input<typeof inputs>;

const outputs = z.object({});
/** Every property of a {@link Tenant} as stored in state. */
export type TenantState = Inputs;

/** Where a listed tenant keeps all its metadata, of which state keeps only the managed keys. */
const ALL_METADATA = "allMetadata";
const FIELDS = ["name", "applicationUrl", "website", "logoUrl", "timezone", "currency"] as const;

/** Frontegg's metadata (a JSON string) as an object of strings: values that are not strings as their JSON text. */
function metadataOf(text: string | undefined): Record<string, string> {
  if (text === undefined || text === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
  return Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, typeof value === "string" ? value : JSON.stringify(value)]));
}

/** A tenant as listed: every field, and all its metadata kept aside (a read keeps only the managed keys). */
function toState(tenant: ApiTenant): State {
  return definedOnly({
    tenantId: tenant.tenantId,
    name: tenant.name,
    applicationUrl: tenant.applicationUrl || undefined,
    website: tenant.website || undefined,
    logoUrl: tenant.logoUrl || undefined,
    timezone: tenant.timezone || undefined,
    currency: tenant.currency || undefined,
    [ALL_METADATA]: metadataOf(tenant.metadata),
  });
}

/** Of all the metadata a tenant holds, the keys `keys` names. */
function pick(all: unknown, keys: readonly string[]): Record<string, string> {
  const source = (all ?? {}) as Record<string, string>;
  return Object.fromEntries(keys.filter((key) => key in source).map((key) => [key, source[key]!]));
}

/** Writes the declared metadata: merges its keys, then removes those this resource set before and no longer declares. */
async function writeMetadata(client: FronteggClient, tenantId: string, desired: Record<string, string>, previous: Record<string, string>): Promise<void> {
  if (Object.keys(desired).length > 0) await client.tenants.mergeMetadata(tenantId, desired);
  for (const key of Object.keys(previous).filter((key) => !(key in desired))) {
    await ignoreNotFound(() => client.tenants.deleteMetadataKey(tenantId, key));
  }
}

const describe = (i: { tenantId?: unknown }): string => `tenant "${String(i.tenantId)}"`;

/** The Tenant resource kind. */
export const tenant = defineResource<Inputs>({
  kind: "Tenant",
  example: `resource demo "frontegg-native:index:Tenant" {
  tenantId = "demo"
  name = "Demo account"
  applicationUrl = "https://demo.example.com"
  metadata = {
    tier = "internal"
  }
}`,
  description:
    "A tenant (account) kept as configuration: internal, demo or seed tenants. Its metadata is merged key by key, so " +
    "keys other tools set survive. Deleting a tenant in Frontegg deletes ALL ITS USERS with it and moves its " +
    "sub-tenants to its parent, irreversibly; its SSO connections, roles and policies go too. So deleting the " +
    "resource fails unless `allowDeletion: true` was applied first; then it deletes the tenant.",
  inputs,
  outputs,
  replaceOnChanges: ["tenantId"],
  secrets: [],
  writeOnly: ["allowDeletion"],
  claimedBy: ["tenantId"],
  claims: (i) => (typeof i.tenantId === "string" ? [describe(i)] : []),
  describe,
  idOf: (state) => String(state.tenantId),
  managedPart(found, stored) {
    const { [ALL_METADATA]: all, ...rest } = found;
    const managed = stored.metadata;
    return managed === undefined || managed === null ? rest : { ...rest, metadata: pick(all, Object.keys(managed as object)) };
  },
  environment: {
    // An environment's tenants are mostly its customers' accounts: export and diff-env read them only with --tenants.
    optIn: { flag: "tenants" },
    readAll: async (client) =>
      (await client.tenants.list()).map((listed) => {
        const { [ALL_METADATA]: all, ...rest } = toState(listed);
        return Object.keys(all as object).length > 0 ? { ...rest, metadata: all } : rest;
      }),
  },
  collection: {
    scopeOf: () => undefined,
    list: async (client) => (await client.tenants.list()).map(toState),
    matches: (state, i) => state.tenantId === i.tenantId,
  },
  async create(client, i, created) {
    const fields = definedOnly(Object.fromEntries(FIELDS.map((field) => [field, i[field]])));
    const made = await client.tenants.create({ tenantId: i.tenantId, ...fields, name: i.name });
    const { [ALL_METADATA]: _all, ...state } = toState(made);
    created(state);
    if (i.metadata !== undefined) await writeMetadata(client, i.tenantId, i.metadata, {});
    return { ...state, ...definedOnly({ metadata: i.metadata, allowDeletion: i.allowDeletion }) };
  },
  async update(client, id, i, current, changed) {
    const fields = FIELDS.filter((field) => changed.includes(field) && i[field] !== undefined);
    if (fields.length > 0) await client.tenants.update(id, Object.fromEntries(fields.map((field) => [field, i[field]])));
    const previous = (current.metadata ?? {}) as Record<string, string>;
    if (i.metadata !== undefined && changed.includes("metadata")) await writeMetadata(client, id, i.metadata, previous);
    const { [ALL_METADATA]: all, ...rest } = current;
    // Adopting: `current` is the tenant as listed, whose metadata nobody has declared yet.
    const metadata = i.metadata ?? (all !== undefined ? undefined : current.metadata);
    return definedOnly({ ...rest, ...definedOnly(Object.fromEntries(fields.map((field) => [field, i[field]]))), metadata, allowDeletion: i.allowDeletion });
  },
  async delete(client, id, stored) {
    if (stored.allowDeletion !== true) {
      throw new ResourceError(
        `${describe(stored)} was not deleted: Frontegg would delete it with all its users. To delete it, set ` +
          "`allowDeletion: true` on the resource and run `pulumi up` first; to stop managing it without deleting it, " +
          "run `pulumi state delete` on the resource",
      );
    }
    await ignoreNotFound(() => client.tenants.delete(id));
  },
});
