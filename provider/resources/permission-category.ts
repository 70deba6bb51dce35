/** PermissionCategory: a named group of permissions in the Frontegg portal. Natural key: its name. */
import { z } from "zod";
import { FronteggClient, PermissionCategory as Category } from "../client";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound } from "../lifecycle/errors";
import { adoptExistingField, descriptionField, nameField } from "./fields";

const inputs = z.strictObject({
  name: nameField("category").describe("Category name, unique in the environment."),
  description: descriptionField,
  adoptExisting: adoptExistingField,
});
/** Inputs of a {@link PermissionCategory}. */
export type PermissionCategoryInputs = z.input<typeof inputs>;

function toState(category: Category): State {
  return {
    categoryId: category.id,
    name: category.name,
    description: category.description ?? "",
    feCategory: category.feCategory,
    createdAt: category.createdAt,
  };
}

async function listAll(client: FronteggClient): Promise<State[]> {
  return (await client.categories.list()).map(toState);
}

const outputs = z.object({
  categoryId: z.string().describe("Frontegg's id of the category (also the resource id)."),
});
/** Every property of a {@link PermissionCategory} as stored in state: the inputs plus what Frontegg computes. */
export type PermissionCategoryState = z.output<typeof inputs> & z.output<typeof outputs>;

/** The PermissionCategory resource kind. */
export const permissionCategory = defineResource<z.output<typeof inputs>>({
  kind: "PermissionCategory",
  example: `resource billing "frontegg-native:index:PermissionCategory" {
  name = "Billing"
  description = "Invoices, payment methods and plans"
}`,
  description: "A permission category: groups permissions in the Frontegg portal. Frontegg's built-in categories are never modified.",
  inputs,
  outputs,
  replaceOnChanges: [],
  secrets: [],
  claimedBy: ["name"],
  claims: (i) => (typeof i.name === "string" ? [`permission category "${i.name}"`] : []),
  describe: (i) => `permission category "${i.name}"`,
  idOf: (state) => String(state.categoryId),
  collection: { scopeOf: () => undefined, list: (client) => listAll(client), matches: (state, i) => state.name === i.name },
  async create(client, i) {
    return toState(await client.categories.create({ name: i.name, ...(i.description ? { description: i.description } : {}) }));
  },
  async update(client, id, i, current) {
    await client.categories.update(id, { name: i.name, description: i.description });
    // Frontegg answers the update with an empty body: the new state is the old one with the changes applied.
    return { ...current, name: i.name, description: i.description };
  },
  async delete(client, id) {
    await ignoreNotFound(() => client.categories.delete(id));
  },
  isBuiltIn: (state) => state.feCategory === true,
});
