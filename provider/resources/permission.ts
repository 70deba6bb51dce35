/** Permission: a key that roles grant and applications check. Natural key: its key. */
import { z } from "zod";
import { FronteggClient, Permission as ApiPermission, PERMISSION_ASSIGNMENT_TYPES } from "../client";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound } from "../lifecycle/errors";
import { adoptExistingField, descriptionField, keyField, nameField } from "./fields";

const inputs = z.strictObject({
  key: keyField("permission")
    .refine((key) => !key.startsWith("fe."), "permission keys starting with \"fe.\" are reserved for Frontegg's built-ins")
    .describe("Permission key, unique in the environment, e.g. `invoices.read`. Can be changed in place."),
  name: nameField("permission").describe("Display name."),
  description: descriptionField,
  categoryId: z.string().min(1).optional().describe("Id of the PermissionCategory the permission belongs to."),
  assignmentType: z
    .enum(PERMISSION_ASSIGNMENT_TYPES)
    .optional()
    .describe("Whether the permission can be assigned to roles: `ASSIGNABLE`, `NEVER` or `ALWAYS`. Omit to keep Frontegg's default."),
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of a {@link Permission}. */
export type PermissionInputs = z.input<typeof inputs>;

/**
 * The permission as stored. Which roles grant it is left out: that is the roles' state, changes whenever a role
 * does, and would make every permission of a stack drift on refresh after any role edit.
 */
function toState(permission: ApiPermission): State {
  return {
    permissionId: permission.id,
    key: permission.key,
    name: permission.name,
    description: permission.description ?? "",
    categoryId: permission.categoryId,
    assignmentType: permission.assignmentType,
    fePermission: permission.fePermission,
    createdAt: permission.createdAt,
  };
}

async function listAll(client: FronteggClient): Promise<State[]> {
  return (await client.permissions.list()).map(toState);
}

const outputs = z.object({
  permissionId: z.string().describe("Frontegg's id of the permission (also the resource id)."),
});
/** Every property of a {@link Permission} as stored in state: the inputs plus what Frontegg computes. */
export type PermissionState = z.output<typeof inputs> & z.output<typeof outputs>;

/** The Permission resource kind. */
export const permission = defineResource<Inputs>({
  kind: "Permission",
  example: `resource billing "frontegg-native:index:PermissionCategory" {
  name = "Billing"
}

resource invoicesRead "frontegg-native:index:Permission" {
  __logicalName = "invoices-read"
  key = "invoices.read"
  name = "Read invoices"
  categoryId = billing.id
}`,
  description: "A permission: a key that roles grant and applications check. Frontegg's built-in `fe.*` permissions are never modified.",
  inputs,
  outputs,
  replaceOnChanges: [],
  secrets: [],
  // Frontegg's permission responses do not carry the assignment type: the value this provider set is kept.
  writeOnly: ["assignmentType"],
  references: { categoryId: "PermissionCategory" },
  claimedBy: ["key"],
  claims: (i) => (typeof i.key === "string" ? [`permission "${i.key}"`] : []),
  describe: (i) => `permission "${i.key}"`,
  idOf: (state) => String(state.permissionId),
  // Permissions are environment-wide: one list whatever the scope.
  collection: { scopeOf: () => undefined, list: (client) => listAll(client), matches: (state, i) => state.key === i.key },
  async create(client, i) {
    const created = await client.permissions.createOne({
      key: i.key,
      name: i.name,
      ...(i.description ? { description: i.description } : {}),
      ...(i.categoryId ? { categoryId: i.categoryId } : {}),
      ...(i.assignmentType ? { assignmentType: i.assignmentType } : {}),
    });
    return toState(created);
  },
  async update(client, id, i, current, changed) {
    let state = current;
    const fields = changed.filter((key) => key !== "assignmentType");
    if (fields.length > 0) {
      const updated = await client.permissions.update(id, { key: i.key, name: i.name, description: i.description, categoryId: i.categoryId });
      state = toState(updated);
    }
    // The update route has no assignment type; Frontegg changes it through the classification route.
    if (changed.includes("assignmentType") && i.assignmentType) {
      await client.permissions.classify([id], i.assignmentType);
      state = { ...state, assignmentType: i.assignmentType };
    }
    return state;
  },
  async delete(client, id) {
    await ignoreNotFound(() => client.permissions.delete(id));
  },
  isBuiltIn: (state) => state.fePermission === true,
  // Roles of an exported program grant built-in permissions by key: their ids differ per environment.
  environment: { lookup: "lookupPermissionIds" },
});
