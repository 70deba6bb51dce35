/**
 * Role: a named set of permissions given to users, environment-wide or for one tenant. Natural key: its key
 * within its scope. `permissionIds` is a set, reconciled through Frontegg's replace-the-set route.
 */
import { z } from "zod";
import { FronteggClient, Role as ApiRole } from "../client";
import { sameSet } from "../lifecycle/compare";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound } from "../lifecycle/errors";
import { adoptExistingField, descriptionField, keyField, nameField, tenantIdField } from "./fields";

const inputs = z.strictObject({
  key: keyField("role").describe("Role key, unique in its scope, e.g. `billing-admin`. Can be changed in place."),
  name: nameField("role").describe("Display name."),
  description: descriptionField,
  level: z
    .number()
    .int("level must be a whole number")
    .min(0, "level must be between 0 and 32767")
    .max(32767, "level must be between 0 and 32767")
    .describe("Role level for role elevation; a lower level is a stronger role."),
  isDefault: z.boolean().default(false).describe("Assign the role to every new user added without explicit roles."),
  firstUserRole: z.boolean().default(false).describe("Assign the role to the first user of a new tenant."),
  permissionIds: z
    .array(z.string().min(1, "permission ids must not be empty"))
    .default([])
    .describe("Ids of the permissions the role grants. A set: order and repetition never cause a change."),
  tenantId: tenantIdField,
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of a {@link Role}. */
export type RoleInputs = z.input<typeof inputs>;

function toState(role: ApiRole): State {
  return {
    roleId: role.id,
    key: role.key,
    name: role.name,
    description: role.description ?? "",
    level: role.level,
    isDefault: role.isDefault,
    firstUserRole: role.firstUserRole,
    permissionIds: [...role.permissions].sort(),
    tenantId: role.tenantId,
    createdAt: role.createdAt,
  };
}

/** Roles of exactly this scope: a tenant's list also shows environment-wide roles, which are not its own. */
async function listScope(client: FronteggClient, tenantId: string | undefined): Promise<State[]> {
  const roles = await client.roles.list({ tenantId });
  return roles.filter((role) => (role.tenantId ?? undefined) === tenantId).map(toState);
}

const scopeOf = (props: Readonly<Record<string, unknown>>): string | undefined =>
  typeof props.tenantId === "string" && props.tenantId !== "" ? props.tenantId : undefined;

const SCALARS = ["key", "name", "description", "level", "isDefault", "firstUserRole"] as const;

const outputs = z.object({
  roleId: z.string().describe("Frontegg's id of the role (also the resource id)."),
});
/** Every property of a {@link Role} as stored in state: the inputs plus what Frontegg computes. */
export type RoleState = z.output<typeof inputs> & z.output<typeof outputs>;

function describe(i: { key: string; tenantId?: string | undefined }): string {
  return `role "${i.key}"${i.tenantId ? ` of tenant "${i.tenantId}"` : ""}`;
}

/** The Role resource kind. */
export const role = defineResource<Inputs>({
  kind: "Role",
  example: `resource invoicesRead "frontegg-native:index:Permission" {
  __logicalName = "invoices-read"
  key = "invoices.read"
  name = "Read invoices"
}

resource invoicesWrite "frontegg-native:index:Permission" {
  __logicalName = "invoices-write"
  key = "invoices.write"
  name = "Write invoices"
}

resource billingAdmin "frontegg-native:index:Role" {
  __logicalName = "billing-admin"
  key = "billing-admin"
  name = "Billing admin"
  level = 1
  permissionIds = [invoicesRead.id, invoicesWrite.id]
}`,
  description: "A role: a named set of permissions given to users, environment-wide or scoped to one tenant.",
  inputs,
  outputs,
  replaceOnChanges: ["tenantId"],
  secrets: [],
  compare: { permissionIds: sameSet },
  references: { permissionIds: "Permission" },
  claimedBy: ["key", "tenantId"],
  // Frontegg refuses a tenant role that reuses an environment key and vice versa, but that is Frontegg's rule to
  // enforce; two resources of one stack with one key in one scope would manage the same role.
  claims: (i) => (typeof i.key === "string" ? [describe(i)] : []),
  describe,
  idOf: (state) => String(state.roleId),
  collection: { scopeOf, list: listScope, matches: (state, i) => state.key === i.key },
  environment: {
    // Frontegg's default roles ("Admin", "Read Only") come with every environment and grant only built-in
    // permissions: like the `fe.*` permissions, they are not part of what a program declares. They are not
    // built-ins to the lifecycle (a program may adopt and change them), so only export and diff-env leave them out.
    isProvided: (role) =>
      role.tenantId === undefined &&
      (role.key === "Admin" || role.key === "ReadOnly") &&
      ((role.permissionIds as readonly string[] | undefined) ?? []).every((key) => key.startsWith("fe.")),
  },
  async create(client, i, created) {
    const scope = { tenantId: i.tenantId };
    const role = await client.roles.createOne(
      {
        key: i.key,
        name: i.name,
        level: i.level,
        isDefault: i.isDefault,
        firstUserRole: i.firstUserRole,
        ...(i.description ? { description: i.description } : {}),
      },
      scope,
    );
    if (i.permissionIds.length === 0) return toState(role);
    created(toState(role));
    return toState(await client.roles.setPermissions(role.id, dedupe(i.permissionIds), scope));
  },
  async update(client, id, i, current, changed) {
    const scope = { tenantId: i.tenantId };
    let state = current;
    if (SCALARS.some((key) => changed.includes(key))) {
      state = toState(
        await client.roles.update(
          id,
          { key: i.key, name: i.name, description: i.description, level: i.level, isDefault: i.isDefault, firstUserRole: i.firstUserRole },
          scope,
        ),
      );
    }
    if (changed.includes("permissionIds")) state = toState(await client.roles.setPermissions(id, dedupe(i.permissionIds), scope));
    return state;
  },
  async delete(client, id, stored) {
    await ignoreNotFound(() => client.roles.delete(id, { tenantId: stored.tenantId as string | undefined }));
  },
});

function dedupe(values: readonly string[]): string[] {
  return [...new Set(values)];
}
