/**
 * SsoGroupMapping: a group the identity provider sends in its assertion, mapped to the roles its members get, on
 * one SSO connection (`/team/resources/sso/v1/configurations/{id}/groups`, tenant header required; notes-more §9).
 * Natural key: the group name within its connection. Listed once per connection and operation: there is no
 * get-by-id.
 */
import { z } from "zod";
import { FronteggApiError, FronteggClient, SsoGroup } from "../client";
import { sameSet } from "../lifecycle/compare";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound } from "../lifecycle/errors";
import { ImportIdSpec, tenantScopes } from "../lifecycle/import-id";
import { adoptExistingField } from "./fields";

const inputs = z.strictObject({
  tenantId: z
    .string()
    .min(1, "tenantId must not be empty")
    .describe(
      "Id of the tenant whose SSO connection this is: the connection's own `tenantId` (pass `connection.tenantId`). " +
        "Required although the connection implies it, because Frontegg's group routes are addressed per tenant and a " +
        "connection id alone does not say which (finding it would mean reading every tenant's connections). Changing it replaces the mapping.",
    ),
  ssoConfigurationId: z
    .string()
    .min(1, "ssoConfigurationId must not be empty: use the id output of an SsoConfiguration")
    .describe("Id of the SSO connection (an `SsoConfiguration`'s id) the group belongs to. Changing it replaces the mapping."),
  group: z
    .string()
    .max(255, "group must be at most 255 characters")
    .refine((value) => value.trim() !== "", "group must not be empty: give the group as the identity provider sends it in the assertion")
    .describe("The group as the identity provider sends it (a name or an id, depending on the provider). Unique within the connection; can be changed in place."),
  roleIds: z
    .array(z.string().min(1, "role ids must not be empty"), {
      error: (issue) => (issue.input === undefined ? "roleIds is required: list the ids of the roles the group's members get ([] for none)" : undefined),
    })
    .describe(
      "Ids of the roles members of the group get (environment-wide roles or the tenant's own). A set: order and repetition " +
        "never cause a change. Always sent, as Frontegg requires it; an empty list maps the group to no role.",
    ),
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of an {@link SsoGroupMapping}. */
export type SsoGroupMappingInputs = z.input<typeof inputs>;

const outputs = z.object({
  groupId: z.string().describe("Frontegg's id of the mapping (also the resource id)."),
});
/** Every property of an {@link SsoGroupMapping} as stored in state: the inputs plus what Frontegg computes. */
export type SsoGroupMappingState = z.output<typeof inputs> & z.output<typeof outputs>;

/** Where a mapping lives: the tenant and the connection. */
interface Connection {
  readonly tenantId: string;
  readonly ssoConfigurationId: string;
}

function toState(group: SsoGroup, where: Connection): State {
  return { groupId: group.id, ...where, group: group.group, roleIds: [...group.roleIds].sort() };
}

/**
 * A mapping's list is the connection's: the lifecycle's scope (one string) encodes the tenant and the connection,
 * so each connection's list is read once per operation.
 */
function scopeOf(props: Readonly<Record<string, unknown>>): string | undefined {
  const { tenantId, ssoConfigurationId } = props;
  return typeof tenantId === "string" && tenantId !== "" && typeof ssoConfigurationId === "string" && ssoConfigurationId !== ""
    ? JSON.stringify([tenantId, ssoConfigurationId])
    : undefined;
}

/** Every mapping of every connection of `tenants`. */
async function listEveryConnection(client: FronteggClient, tenants: readonly string[]): Promise<State[]> {
  const perTenant = await Promise.all(
    tenants.map(async (tenantId) => {
      const connections = await client.sso.list(tenantId);
      return Promise.all(connections.map((connection) => listConnection(client, scopeOf({ tenantId, ssoConfigurationId: connection.id }))));
    }),
  );
  return perTenant.flat(2);
}

async function listConnection(client: FronteggClient, scope: string | undefined): Promise<State[]> {
  if (scope === undefined) return [];
  const [tenantId, ssoConfigurationId] = JSON.parse(scope) as [string, string];
  try {
    return (await client.sso.listGroups(tenantId, ssoConfigurationId)).map((group) => toState(group, { tenantId, ssoConfigurationId }));
  } catch (error) {
    // The connection is gone, and its groups with it.
    if (error instanceof FronteggApiError && error.isNotFound) return [];
    throw error;
  }
}

function describe(i: { group?: unknown; ssoConfigurationId?: unknown; tenantId?: unknown }): string {
  return `SSO group "${String(i.group)}" of connection ${String(i.ssoConfigurationId)} of tenant "${String(i.tenantId)}"`;
}

/** The body Frontegg requires on create and update: both fields, roles deduplicated. */
function toRequest(i: Inputs): { group: string; roleIds: string[] } {
  return { group: i.group, roleIds: [...new Set(i.roleIds)] };
}

/**
 * `<tenantId>/<ssoConfigurationId>/<groupId>`, or the bare group id state holds, looked for on every connection of
 * every tenant (one list per tenant and connection).
 */
const importId: ImportIdSpec = {
  format: "`<tenantId>/<ssoConfigurationId>/<groupId>` (a bare `<groupId>`, as in state, is looked for on every SSO connection of every tenant)",
  parse(id) {
    const parts = id.split("/");
    if (parts.some((part) => part === "")) return undefined;
    if (parts.length === 1) {
      return {
        id,
        stored: {},
        searchScopes: async (session) =>
          (
            await Promise.all(
              (await tenantScopes(session)).map(async ({ tenantId }) =>
                (await session.client.sso.list(String(tenantId))).map((sso) => ({ tenantId, ssoConfigurationId: sso.id })),
              ),
            )
          ).flat(),
      };
    }
    const [tenantId, ssoConfigurationId, groupId] = parts;
    return parts.length === 3 ? { id: groupId!, stored: { tenantId, ssoConfigurationId } } : undefined;
  },
};

/** The SsoGroupMapping resource kind. */
export const ssoGroupMapping = defineResource<Inputs>({
  kind: "SsoGroupMapping",
  example: `config acmeIdpCertificate "string" {
  description = "The signing certificate of ACME's identity provider (PEM)"
}

resource acmeEngineer "frontegg-native:index:Role" {
  __logicalName = "acme-engineer"
  tenantId = "acme"
  key = "engineer"
  name = "Engineer"
  level = 2
}

resource acmeOkta "frontegg-native:index:SsoConfiguration" {
  __logicalName = "acme-okta"
  tenantId = "acme"
  type = "saml"
  ssoEndpoint = "https://acme.okta.com/app/acme/sso/saml"
  publicCertificate = acmeIdpCertificate
}

resource acmeOktaEngineering "frontegg-native:index:SsoGroupMapping" {
  __logicalName = "acme-okta-engineering"
  tenantId = acmeOkta.tenantId
  ssoConfigurationId = acmeOkta.id
  group = "Engineering"
  roleIds = [acmeEngineer.id]
}`,
  description:
    "An identity-provider group mapped to roles on a tenant's SSO connection: users who sign in through the connection " +
    "as members of the group get the roles. Deleting the resource deletes the mapping in Frontegg.",
  inputs,
  outputs,
  replaceOnChanges: ["tenantId", "ssoConfigurationId"],
  secrets: [],
  compare: { roleIds: sameSet },
  references: { ssoConfigurationId: "SsoConfiguration", roleIds: "Role" },
  environment: {
    readAll: listEveryConnection,
    // The connection's key already holds the tenant: `acme/saml/https://idp.example/sso/Engineering`.
    naturalKey: (entry) => `${String(entry.ssoConfigurationId)}/${String(entry.group)}`,
    // `acme saml Engineering`: the connection's type is the second part of its key (see ssoKey).
    nameOf: (entry) => `${String(entry.tenantId)} ${String(entry.ssoConfigurationId).split("/")[1] ?? ""} ${String(entry.group)}`,
    // A group mapped to no role is declared so, for a recreated mapping to map it to none.
    alwaysDeclared: ["roleIds"],
  },
  claimedBy: ["tenantId", "ssoConfigurationId", "group"],
  // Whether Frontegg refuses a group twice on one connection is unverified (notes-more §9): two resources of one
  // stack mapping the same group would fight over it, so the stack may declare it once.
  claims: (i) => (typeof i.group === "string" && typeof i.ssoConfigurationId === "string" ? [`SSO group "${i.group}" of connection ${i.ssoConfigurationId}`] : []),
  describe,
  idOf: (state) => String(state.groupId),
  importId,
  collection: { scopeOf, list: listConnection, matches: (state, i) => state.group === i.group },
  async create(client, i) {
    const where = { tenantId: i.tenantId, ssoConfigurationId: i.ssoConfigurationId };
    return toState(await client.sso.createGroup(i.tenantId, i.ssoConfigurationId, toRequest(i)), where);
  },
  async update(client, id, i, current) {
    // PATCH requires both fields, so it replaces the mapping; its answer's body is not relied on.
    await client.sso.updateGroup(i.tenantId, i.ssoConfigurationId, id, toRequest(i));
    return { ...current, group: i.group, roleIds: toRequest(i).roleIds.sort() };
  },
  async delete(client, id, stored) {
    await ignoreNotFound(() => client.sso.deleteGroup(String(stored.tenantId), String(stored.ssoConfigurationId), id));
  },
});
