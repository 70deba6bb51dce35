/** Permissions by key (Frontegg's built-in `fe.*` ones included) and permission categories by name. */
import { z } from "zod";
import type { Permission, PermissionCategory } from "../client/api/permissions";
import { definedOnly } from "../lifecycle/definition";
import { defineFunction } from "./definition";
import { idsOf, pickByKey, pickUnique } from "./find";

const WHERE = "the Frontegg environment";

/** A permission as the functions return it. */
export const PermissionResult = z.object({
  id: z.string().describe("The permission's id in this environment (ids differ between environments)."),
  key: z.string().describe("The permission's key, e.g. `fe.secure.read.users`."),
  name: z.string().describe("The permission's display name."),
  description: z.string().optional().describe("The permission's description."),
  categoryId: z.string().optional().describe("The id of the permission's category."),
  builtIn: z.boolean().describe("Whether it is one of Frontegg's own `fe.*` permissions, which no stack manages."),
});

function permissionResult(permission: Permission): z.output<typeof PermissionResult> {
  const { id, key, name, description, categoryId } = permission;
  return definedOnly({ id, key, name, description, categoryId, builtIn: permission.fePermission });
}

const ADVICE = "check the keys, or declare the permissions with Permission resources and use their ids";

/** `getPermissions`: permissions by key, or every permission; with their ids by key. */
export const getPermissions = defineFunction({
  name: "getPermissions",
  description:
    "Permissions of the environment, Frontegg's built-in `fe.*` ones included: the ones with the given keys (failing, naming every " +
    "key not found), or every permission. `ids` maps each key to its permission's id, for a Role's `permissionIds`.",
  inputs: z.object({ keys: z.array(z.string().min(1)).optional().describe("The permissions' keys. Without it, every permission.") }),
  outputs: z.object({
    permissions: z.array(PermissionResult).describe("The permissions, in the order of `keys`."),
    ids: z.record(z.string(), z.string()).describe("Each permission's id by its key."),
  }),
  async run(client, { keys }, caller) {
    const permissions = await client.permissions.list();
    const asked = keys ?? permissions.map((permission) => permission.key);
    const found = pickByKey({ caller, noun: "permission", where: WHERE, advice: ADVICE }, asked, permissions, (p) => p.key);
    return { permissions: found.map(permissionResult), ids: idsOf(asked, found) };
  },
});

/** `getPermission`: one permission by key. */
export const getPermission = defineFunction({
  name: "getPermission",
  description: "One permission by key, Frontegg's built-in `fe.*` ones included. Fails when no permission has the key.",
  inputs: z.object({ key: z.string().min(1).describe("The permission's key, e.g. `fe.secure.read.users`.") }),
  outputs: PermissionResult,
  // getPermissions with one key: the same message for a missing key.
  run: async (client, { key }, caller) => (await getPermissions.run(client, { keys: [key] }, caller)).permissions[0]!,
});

/** A permission category as the functions return it. */
export const PermissionCategoryResult = z.object({
  id: z.string().describe("The category's id in this environment."),
  name: z.string().describe("The category's name."),
  description: z.string().optional().describe("The category's description."),
  builtIn: z.boolean().describe("Whether it is one of Frontegg's own categories, which no stack manages."),
});

function categoryResult(category: PermissionCategory): z.output<typeof PermissionCategoryResult> {
  const { id, name, description } = category;
  return definedOnly({ id, name, description, builtIn: category.feCategory });
}

/** `getPermissionCategory`: one category by name. */
export const getPermissionCategory = defineFunction({
  name: "getPermissionCategory",
  description:
    "One permission category by name, Frontegg's built-in ones included, for a Permission's `categoryId`. Fails when no category " +
    "has the name, or when several do.",
  inputs: z.object({ name: z.string().min(1).describe("The category's name.") }),
  outputs: PermissionCategoryResult,
  async run(client, { name }, caller) {
    const categories = await client.categories.list();
    const lookup = { caller, noun: "permission category", keyName: "name", where: WHERE, advice: "check the name" };
    return categoryResult(pickUnique(lookup, name, categories, (c) => c.name, (c) => c.id));
  },
});
