import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { fail } from "../errors";
import { defineRoute } from "../route";
import type { Category, EmulatorState } from "../state";
import { applyPatch, found, nowIso } from "./common";
import { assertNotBuiltin } from "./permissions";

/**
 * Permission categories (`/identity/resources/permissions/v1/categories`). PATCH and DELETE answer an empty
 * 200, as Frontegg does. Deleting a category leaves its permissions uncategorized (`categoryId: null`)
 * rather than refusing: the notes are silent, and deleting permissions with it would destroy data.
 */

const BASE = "/identity/resources/permissions/v1/categories";

interface CategoryBody {
  name: string;
  description?: string;
  id?: string;
}

function categoryView(category: Category): Record<string, unknown> {
  return {
    id: category.id,
    name: category.name,
    description: category.description,
    createdAt: category.createdAt,
    feCategory: category.feCategory,
  };
}

function assertNameFree(state: EmulatorState, name: string, except?: Category): void {
  if (state.categories.some((c) => c !== except && c.name === name)) {
    throw fail("CATEGORY_ALREADY_EXISTS", `Category with name ${name} already exists`);
  }
}

/** Registers the category routes. */
export function registerCategoryRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = (): EmulatorState => ctx.store.state;
  const category = (id: string): Category =>
    found(state().categories.find((c) => c.id === id), "CATEGORY_NOT_FOUND", "Category", id);

  defineRoute(app, ctx, `GET ${BASE}`, () => ({ status: 200, body: state().categories.map(categoryView) }));

  defineRoute<CategoryBody>(app, ctx, `POST ${BASE}`, ({ body }) => {
    assertNameFree(state(), body.name);
    if (body.id !== undefined && state().categories.some((c) => c.id === body.id)) {
      throw fail("CATEGORY_ALREADY_EXISTS", `Category with id ${body.id} already exists`);
    }
    const created: Category = {
      id: body.id ?? randomUUID(),
      name: body.name,
      description: body.description ?? null,
      feCategory: false,
      createdAt: nowIso(),
    };
    state().categories.push(created);
    return { status: 201, body: categoryView(created) };
  });

  defineRoute<Partial<CategoryBody>>(app, ctx, `PATCH ${BASE}/{categoryId}`, ({ body, params }) => {
    const target = category(params.categoryId);
    assertNotBuiltin(target.feCategory, "Category", target.id);
    if (body.name !== undefined) assertNameFree(state(), body.name, target);
    applyPatch(target, body, ["name", "description"]);
    return { status: 200 };
  });

  defineRoute(app, ctx, `DELETE ${BASE}/{categoryId}`, ({ params }) => {
    const target = category(params.categoryId);
    assertNotBuiltin(target.feCategory, "Category", target.id);
    state().categories = state().categories.filter((c) => c !== target);
    for (const permission of state().permissions) {
      if (permission.categoryId === target.id) permission.categoryId = null;
    }
    return { status: 200 };
  });
}
