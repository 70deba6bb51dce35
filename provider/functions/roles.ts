/** Roles by key, Frontegg's built-in `Admin` and `ReadOnly` included, environment-wide or in a tenant. */
import { z } from "zod";
import { FronteggClient } from "../client";
import type { Role } from "../client/api/roles";
import { definedOnly } from "../lifecycle/definition";
import { defineFunction } from "./definition";
import { idsOf, pickByKey } from "./find";

const tenantId = z
  .string()
  .min(1)
  .optional()
  .describe("Look among this tenant's own roles first, then the environment's. Without it, only the environment's roles are searched.");

/** A role as the functions return it. */
export const RoleResult = z.object({
  id: z.string().describe("The role's id in this environment (ids differ between environments)."),
  key: z.string().describe("The role's key, e.g. `Admin`."),
  name: z.string().describe("The role's display name."),
  description: z.string().optional().describe("The role's description."),
  level: z.number().describe("The role's level (0 is the strongest)."),
  tenantId: z.string().optional().describe("The tenant the role belongs to; absent for an environment role."),
  isDefault: z.boolean().describe("Whether new users get the role."),
  permissionIds: z.array(z.string()).describe("Ids of the permissions the role grants."),
});

function resultOf(role: Role): z.output<typeof RoleResult> {
  const { id, key, name, description, level, isDefault } = role;
  return definedOnly({ id, key, name, description, level, tenantId: role.tenantId || undefined, isDefault, permissionIds: role.permissions });
}

/**
 * The roles visible in one scope, the preferred first: a tenant's own, then the environment's. Frontegg's list of a
 * tenant's roles also shows the environment's; a tenant's own role wins over an environment role with the same key.
 * One list call.
 */
async function rolesIn(client: FronteggClient, tenantId: string | undefined): Promise<Role[]> {
  const roles = await client.roles.list(tenantId ? { tenantId } : {});
  const own = roles.filter((r) => (r.tenantId ?? undefined) === tenantId);
  const environment = tenantId ? roles.filter((r) => !r.tenantId) : [];
  return [...own, ...environment];
}

function where(tenantId: string | undefined): string {
  return tenantId ? `tenant "${tenantId}" or the Frontegg environment` : "the Frontegg environment (set tenantId to look in a tenant)";
}

const ADVICE = "check the keys (Frontegg's built-in roles are `Admin` and `ReadOnly`)";

/** `getRoles`: roles by key, or every role of the scope; with their ids by key. */
export const getRoles = defineFunction({
  name: "getRoles",
  description:
    "Roles of the environment or of a tenant, Frontegg's built-in `Admin` and `ReadOnly` included: the ones with the given keys " +
    "(failing, naming every key not found), or every role of the scope. `ids` maps each key to its role's id, for the `roleIds` " +
    "of an SSO connection or a group mapping.",
  inputs: z.object({
    keys: z.array(z.string().min(1)).optional().describe("The roles' keys. Without it, every role of the scope."),
    tenantId,
  }),
  outputs: z.object({
    roles: z.array(RoleResult).describe("The roles, in the order of `keys` (without keys: the tenant's own first)."),
    ids: z.record(z.string(), z.string()).describe("Each role's id by its key."),
  }),
  async run(client, { keys, tenantId }, caller) {
    const roles = await rolesIn(client, tenantId);
    const asked = keys ?? [...new Set(roles.map((role) => role.key))];
    const found = pickByKey({ caller, noun: "role", where: where(tenantId), advice: ADVICE }, asked, roles, (role) => role.key);
    return { roles: found.map(resultOf), ids: idsOf(asked, found) };
  },
});

/** `getRole`: one role by key. */
export const getRole = defineFunction({
  name: "getRole",
  description:
    "One role by key, in the environment or a tenant (its own roles first, then the environment's), Frontegg's built-in `Admin` " +
    "and `ReadOnly` included. Fails when no role has the key.",
  inputs: z.object({ key: z.string().min(1).describe("The role's key, e.g. `Admin`."), tenantId }),
  outputs: RoleResult,
  // getRoles with one key: the same scopes, the same message for a missing key.
  run: async (client, { key, tenantId }, caller) => (await getRoles.run(client, { keys: [key], ...(tenantId ? { tenantId } : {}) }, caller)).roles[0]!,
});
