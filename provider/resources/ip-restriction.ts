/**
 * IpRestriction: one address or CIDR range on the allow or block list of the environment or of one tenant.
 * Natural key: the range (in canonical form) within its scope.
 *
 * Frontegg's write is "Create or update" with no id in the path (identity.json), most likely keyed by `ip`
 * (notes-more §12, unverified). So the resource id is the scope and the range, not Frontegg's entry id: an update
 * re-sends the entry, and should Frontegg answer with a new entry instead of updating the old one, the old one
 * is removed and the new id kept (`restrictionId`), without the resource's identity changing.
 */
import { z } from "zod";
import { FronteggApiError, FronteggClient, IP_RESTRICTION_STRATEGIES, IpRestriction as ApiIpRestriction, IpRestrictionRequest } from "../client";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound, ResourceError } from "../lifecycle/errors";
import { ImportIdSpec } from "../lifecycle/import-id";
import { adoptExistingField, descriptionField, tenantIdField } from "./fields";
import { canonicalIp, parseIpOrCidr, sameIp } from "./ip-address";

const inputs = z.strictObject({
  ip: z
    .string()
    .superRefine((value, ctx) => {
      const parsed = parseIpOrCidr(value);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: `ip ${parsed.reason}` });
    })
    .describe(
      "The address or CIDR range, IPv4 or IPv6, e.g. `203.0.113.7`, `203.0.113.0/24` or `2001:db8::/32`. Compared " +
        "and sent in canonical form, so another spelling of the same range (`203.0.113.7/32`, upper-case hex) is " +
        "no change. Changing the range replaces the restriction.",
    ),
  strategy: z
    .enum(IP_RESTRICTION_STRATEGIES)
    .describe("`ALLOW` puts the range on the allow list, `BLOCK` on the block list. Which list is enforced is the `IpRestrictionMode`'s strategy."),
  description: descriptionField,
  isActive: z.boolean().default(true).describe("Whether the entry is in force."),
  tenantId: tenantIdField,
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of an {@link IpRestriction}. */
export type IpRestrictionInputs = z.input<typeof inputs>;

const outputs = z.object({
  restrictionId: z.string().describe("Frontegg's id of the entry. The resource id is the scope and the range, since Frontegg's write is keyed by the range."),
});
/** Every property of an {@link IpRestriction} as stored in state: the inputs plus what Frontegg computes. */
export type IpRestrictionState = Inputs & z.output<typeof outputs>;

/** The `frontegg-tenant-id` scope of an IP restriction or of the IP restriction mode. */
export function ipScope(tenantId: unknown): { tenantId?: string } {
  return typeof tenantId === "string" && tenantId !== "" ? { tenantId } : {};
}

/**
 * Whether a read failed because Frontegg refuses the environment scope to the API key in use, as
 * {@link withTenantHint} reports it: that scope then has nothing to export.
 */
export function refusedWithoutTenant(error: unknown): boolean {
  return isTenantRequiredError(error) || (error instanceof ResourceError && isTenantRequiredError(error.cause));
}

/** Whether Frontegg refused a call for want of a tenant header ("Tenant ID is not specified", notes-more). */
export function isTenantRequiredError(error: unknown): boolean {
  return error instanceof FronteggApiError && error.status === 403 && /tenant id is not specified/i.test(error.message);
}

/**
 * Runs an IP restriction call. The spec says the tenant header is "required ... when using a management token"
 * (identity.json): this provider never guesses a tenant for an environment-wide object (sending the vendor id as a
 * tenant could land the entry in the wrong place), so it sends none, and when Frontegg refuses that it says how to
 * declare the object per tenant instead.
 */
export async function withTenantHint<T>(scope: { tenantId?: string }, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (scope.tenantId === undefined && isTenantRequiredError(error)) {
      throw new ResourceError(
        `${(error as Error).message}. Frontegg does not take environment-wide IP restrictions from this API key: set tenantId on ` +
          "the IpRestriction or IpRestrictionMode to restrict one tenant (account)",
        { cause: error },
      );
    }
    throw error;
  }
}

/** The entry's state (fields Frontegg leaves out of its answer keep what was sent: see `writeOnly`). */
function toState(item: ApiIpRestriction, tenantId: unknown): State {
  return {
    restrictionId: item.id,
    ip: item.ip,
    strategy: item.strategy,
    description: item.description,
    isActive: item.isActive,
    ...ipScope(tenantId),
  };
}

function describe(i: { ip: string; tenantId?: string | undefined }): string {
  return `IP restriction ${canonicalIp(i.ip)} of ${i.tenantId ? `tenant "${i.tenantId}"` : "the environment"}`;
}

/** The resource id: the scope and the range in canonical form. */
function idOf(state: State): string {
  return `${state.tenantId ? `tenant/${String(state.tenantId)}` : "environment"}/${canonicalIp(String(state.ip))}`;
}

/** The resource id, in any spelling of the range. */
const importId: ImportIdSpec = {
  format: "`environment/<ip>` of the environment, `tenant/<tenantId>/<ip>` of a tenant, e.g. `environment/203.0.113.0/24`",
  parse(id) {
    const match = /^(?:environment|tenant\/([^/]+))\/(.+)$/.exec(id);
    if (!match || !parseIpOrCidr(match[2]!).ok) return undefined;
    const stored = { ...ipScope(match[1]), ip: canonicalIp(match[2]!) };
    return { id: idOf(stored), stored };
  },
};

/** Writes the entry (create or update) and returns its state, finding it in the scope's list if the answer is empty. */
async function save(client: FronteggClient, i: Inputs): Promise<State> {
  const scope = ipScope(i.tenantId);
  const sent: IpRestrictionRequest = { ip: canonicalIp(i.ip), strategy: i.strategy, description: i.description, isActive: i.isActive };
  const api = client.restrictions.ip;
  const answered = await withTenantHint(scope, () => api.save(sent, scope));
  const item = answered ?? (await api.list(scope)).find((listed) => sameIp(listed.ip, sent.ip));
  if (!item) throw new ResourceError(`Frontegg accepted ${describe(i)} but does not list it: run \`pulumi up\` again`);
  return toState(item, i.tenantId);
}

/** The IpRestriction resource kind. */
export const ipRestriction = defineResource<Inputs>({
  kind: "IpRestriction",
  example: `resource office "frontegg-native:index:IpRestriction" {
  ip = "203.0.113.0/24"
  strategy = "ALLOW"
  description = "Head office"
}

resource acmeVpn "frontegg-native:index:IpRestriction" {
  __logicalName = "acme-vpn"
  ip = "2001:db8:ac::/48"
  strategy = "ALLOW"
  tenantId = "acme"
}`,
  description:
    "An IP address or CIDR range (IPv4 or IPv6) on the allow or block list of the environment, or of one tenant " +
    "when `tenantId` is set. Which list applies, and whether restrictions are enforced at all, is the " +
    "`IpRestrictionMode`. Deleting the resource removes the entry. Without `tenantId` no tenant header is sent: " +
    "should Frontegg require one for the API key in use, the error says to set `tenantId`.",
  inputs,
  outputs,
  replaceOnChanges: ["ip", "tenantId"],
  secrets: [],
  // The entries' response schema is empty in the spec (notes-more §12): a field Frontegg leaves out keeps the
  // value this provider last wrote instead of reading as a change.
  writeOnly: ["strategy", "description", "isActive"],
  // An entry without a description may come back without the field: that is the declared default "".
  compare: { ip: sameIp, description: (current, desired) => (current ?? "") === (desired ?? "") },
  claimedBy: ["ip", "tenantId"],
  claims: (i) => (typeof i.ip === "string" ? [describe(i)] : []),
  describe,
  idOf,
  importId,
  environment: {
    canonical: { ip: (value) => canonicalIp(String(value)) },
    // An API key Frontegg refuses environment-wide restrictions to has none to export there; tenants still count.
    readsAsNone: refusedWithoutTenant,
    namePrefix: "ip",
  },
  collection: {
    scopeOf: (props) => ipScope(props.tenantId).tenantId,
    list: async (client, tenantId) => {
      const scope = ipScope(tenantId);
      return (await withTenantHint(scope, () => client.restrictions.ip.list(scope))).map((item) => toState(item, tenantId));
    },
    matches: (state, i) => sameIp(state.ip, i.ip),
  },
  create: (client, i) => save(client, i),
  async update(client, _id, i, current) {
    const state = await save(client, i);
    // Frontegg made a second entry rather than updating the first (its upsert key is unverified): drop the first.
    if (current.restrictionId !== undefined && current.restrictionId !== state.restrictionId) {
      await ignoreNotFound(() => client.restrictions.ip.delete(String(current.restrictionId), ipScope(i.tenantId)));
    }
    return state;
  },
  async delete(client, _id, stored) {
    const scope = ipScope(stored.tenantId);
    await ignoreNotFound(() => withTenantHint(scope, () => client.restrictions.ip.delete(String(stored.restrictionId), scope)));
  },
});
