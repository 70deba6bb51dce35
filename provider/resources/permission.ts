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
 * Frontegg's permission responses do not carry the assignment type, so the last value this provider set is kept
 * as the stored one.
 */
function toState(permission: ApiPermission, assignmentType: unknown): State {
  return {
    permissionId: permission.id,
    key: permission.key,
    name: permission.name,
    description: permission.description ?? "",
    categoryId: permission.categoryId,
    assignmentType: permission.assignmentType ?? assignmentType,
    roleIds: permission.roleIds,
    fePermission: permission.fePermission,
    createdAt: permission.createdAt,
    updatedAt: permission.updatedAt,
  };
}

async function findBy(client: FronteggClient, match: (p: ApiPermission) => boolean, assignmentType: unknown): Promise<State | undefined> {
  const found = (await client.permissions.list()).find(match);
  return found && toState(found, assignmentType);
}

const outputs = z.object({
  permissionId: z.string().describe("Frontegg's id of the permission (also the resource id)."),
  roleIds: z.array(z.string()).describe("Roles that grant the permission."),
  fePermission: z.boolean().describe("True for Frontegg's built-in permissions."),
  createdAt: z.string().optional().describe("When Frontegg created the permission (ISO 8601)."),
  updatedAt: z.string().optional().describe("When Frontegg last changed the permission (ISO 8601)."),
});
/** Every property of a {@link Permission} as stored in state: the inputs plus what Frontegg computes. */
export type PermissionState = z.output<typeof inputs> & z.output<typeof outputs>;

/** The Permission resource kind. */
export const permission = defineResource<Inputs>({
  kind: "Permission",
  example: `const billing = new frontegg.PermissionCategory("billing", { name: "Billing" });
const readInvoices = new frontegg.Permission("invoices-read", {
    key: "invoices.read",
    name: "Read invoices",
    categoryId: billing.id,
});`,
  description: "A permission: a key that roles grant and applications check. Frontegg's built-in `fe.*` permissions are never modified.",
  inputs,
  outputs,
  replaceOnChanges: [],
  secrets: [],
  describe: (i) => `permission "${i.key}"`,
  idOf: (state) => String(state.permissionId),
  find: (client, i) => findBy(client, (p) => p.key === i.key, i.assignmentType),
  read: (client, id, stored) => findBy(client, (p) => p.id === id, stored.assignmentType),
  async create(client, i) {
    const [created] = await client.permissions.create([
      {
        key: i.key,
        name: i.name,
        ...(i.description ? { description: i.description } : {}),
        ...(i.categoryId ? { categoryId: i.categoryId } : {}),
        ...(i.assignmentType ? { assignmentType: i.assignmentType } : {}),
      },
    ]);
    if (!created) throw new Error(`Frontegg created no permission for key "${i.key}"`);
    return toState(created, i.assignmentType);
  },
  async update(client, id, i, current, changed) {
    let state = current;
    const fields = changed.filter((key) => key !== "assignmentType");
    if (fields.length > 0) {
      const updated = await client.permissions.update(id, { key: i.key, name: i.name, description: i.description, categoryId: i.categoryId });
      state = toState(updated, current.assignmentType);
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
});
