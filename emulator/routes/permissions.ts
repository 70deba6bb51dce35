import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { fail } from "../errors";
import { defineRoute } from "../route";
import type { EmulatorState, Permission } from "../state";
import { applyPatch, assertKnownIds, assertUniqueKeys, found, nowIso } from "./common";

/**
 * Permissions (`/identity/resources/permissions/v1`), environment-wide. Role↔permission associations are
 * stored only on roles, so `roleIds` here is derived and both sides always agree.
 */

const BASE = "/identity/resources/permissions/v1";

interface PermissionBody {
  key: string;
  name: string;
  description?: string;
  categoryId?: string;
  assignmentType?: string;
}

const PATCHABLE = ["key", "name", "description", "categoryId"] as const;

function permissionView(state: EmulatorState, permission: Permission): Record<string, unknown> {
  return {
    id: permission.id,
    key: permission.key,
    name: permission.name,
    description: permission.description,
    categoryId: permission.categoryId,
    roleIds: state.roles.filter((r) => r.permissions.includes(permission.id)).map((r) => r.id),
    fePermission: permission.fePermission,
    ...(permission.assignmentType !== undefined ? { assignmentType: permission.assignmentType } : {}),
    createdAt: permission.createdAt,
    updatedAt: permission.updatedAt,
  };
}

function assertCategoryExists(state: EmulatorState, categoryId: string | undefined): void {
  if (categoryId !== undefined) assertKnownIds([categoryId], new Set(state.categories.map((c) => c.id)), "Category");
}

/** Frontegg's own objects are read-only for API callers: 403, so a client neither retries nor forgets them. */
export function assertNotBuiltin(builtin: boolean, label: string, id: string): void {
  if (builtin) throw fail("BUILTIN_IMMUTABLE", `${label} ${id} is a Frontegg built-in and cannot be changed or deleted`);
}

/** Registers the permission routes (categories live in categories.ts). */
export function registerPermissionRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = (): EmulatorState => ctx.store.state;
  const permission = (id: string): Permission =>
    found(state().permissions.find((p) => p.id === id), "PERMISSION_NOT_FOUND", "Permission", id);
  const takenKeys = (except?: Permission): string[] => state().permissions.filter((p) => p !== except).map((p) => p.key);

  defineRoute(app, ctx, `GET ${BASE}`, () => ({
    status: 200,
    body: state().permissions.map((p) => permissionView(state(), p)),
  }));

  defineRoute<PermissionBody[]>(app, ctx, `POST ${BASE}`, ({ body }) => {
    assertUniqueKeys(body.map((p) => p.key), takenKeys(), "PERMISSION_ALREADY_EXISTS", "Permission already exists");
    for (const input of body) assertCategoryExists(state(), input.categoryId);
    const now = nowIso();
    const created = body.map(
      (input): Permission => ({
        id: randomUUID(),
        key: input.key,
        name: input.name,
        description: input.description ?? "",
        categoryId: input.categoryId ?? null,
        ...(input.assignmentType !== undefined ? { assignmentType: input.assignmentType } : {}),
        fePermission: false,
        createdAt: now,
        updatedAt: now,
      }),
    );
    state().permissions.push(...created);
    return { status: 201, body: created.map((p) => permissionView(state(), p)) };
  });

  defineRoute<Partial<PermissionBody>>(app, ctx, `PATCH ${BASE}/{permissionId}`, ({ body, params }) => {
    const target = permission(params.permissionId);
    assertNotBuiltin(target.fePermission, "Permission", target.id);
    if (body.key !== undefined && body.key !== target.key) {
      assertUniqueKeys([body.key], takenKeys(target), "PERMISSION_ALREADY_EXISTS", "Permission already exists");
    }
    assertCategoryExists(state(), body.categoryId);
    applyPatch(target, body, PATCHABLE);
    target.updatedAt = nowIso();
    return { status: 200, body: permissionView(state(), target) };
  });

  defineRoute(app, ctx, `DELETE ${BASE}/{permissionId}`, ({ params }) => {
    const target = permission(params.permissionId);
    assertNotBuiltin(target.fePermission, "Permission", target.id);
    state().permissions = state().permissions.filter((p) => p !== target);
    for (const role of state().roles) role.permissions = role.permissions.filter((id) => id !== target.id);
    return { status: 204 };
  });

  // Self-service classification of several permissions at once. The spec answers a single
  // PermissionResponse: the first permission listed. Built-ins may be classified too (not edited).
  defineRoute<{ permissionIds: string[]; type: string }>(app, ctx, `PUT ${BASE}/classification`, ({ body }) => {
    assertKnownIds(body.permissionIds, new Set(state().permissions.map((p) => p.id)), "Permissions");
    const now = nowIso();
    for (const id of body.permissionIds) Object.assign(permission(id), { assignmentType: body.type, updatedAt: now });
    return { status: 200, body: permissionView(state(), permission(body.permissionIds[0])) };
  });

  // Adds associations, never removes them (the spec's "set a permission to multiple roles"; the notes call
  // replace-vs-add unverified and the spec's AddRolesToPermissionRequest wording says add). Allowed on
  // built-in permissions: assigning Frontegg's permissions to your roles is the normal use.
  defineRoute<{ roleIds: string[] }>(app, ctx, `PUT ${BASE}/{permissionId}/roles`, ({ body, params }) => {
    const target = permission(params.permissionId);
    assertKnownIds(body.roleIds, new Set(state().roles.map((r) => r.id)), "Roles");
    const now = nowIso();
    for (const role of state().roles) {
      if (body.roleIds.includes(role.id) && !role.permissions.includes(target.id)) {
        role.permissions.push(target.id);
        role.updatedAt = now;
      }
    }
    return { status: 200, body: permissionView(state(), target) };
  });
}
