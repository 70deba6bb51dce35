import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { defineRoute } from "../route";
import type { EmulatorState, Role } from "../state";
import { applyPatch, assertKnownIds, assertUniqueKeys, found, nowIso } from "./common";

/**
 * Roles (`/identity/resources/roles/v1`).
 *
 * Scope (the notes only say "with frontegg-tenant-id the role is tenant-scoped"): without the header a call
 * sees and changes environment-wide roles only; with it, GET lists the environment-wide roles AND that
 * tenant's own (what the tenant's users can be given), while PATCH/DELETE/PUT reach only the tenant's own
 * roles, so a tenant-scoped call can never change an environment role. A key must be unique among roles one
 * tenant can see together: a tenant role may not reuse an environment key and vice versa.
 */

const BASE = "/identity/resources/roles/v1";

interface RoleBody {
  key: string;
  name: string;
  level: number;
  description?: string;
  isDefault?: boolean;
  firstUserRole?: boolean;
  migrateRole?: boolean;
}

const PATCHABLE = ["key", "name", "level", "description", "isDefault", "firstUserRole"] as const;

/** The role as Frontegg answers it (`RoleResponse`). */
export function roleView(state: EmulatorState, role: Role): Record<string, unknown> {
  return {
    id: role.id,
    vendorId: state.vendorId,
    tenantId: role.tenantId,
    key: role.key,
    name: role.name,
    description: role.description,
    isDefault: role.isDefault,
    firstUserRole: role.firstUserRole,
    level: role.level,
    createdAt: role.createdAt,
    updatedAt: role.updatedAt,
    permissions: [...role.permissions],
  };
}

/** Roles a caller in `tenantId`'s scope can see (and assign): environment-wide ones plus the tenant's own. */
export function visibleRoles(state: EmulatorState, tenantId: string | null): Role[] {
  return state.roles.filter((r) => r.tenantId === null || r.tenantId === tenantId);
}

/** Keys a new or renamed role in this scope must not take (see the module comment). */
function takenKeys(state: EmulatorState, tenantId: string | null, except?: Role): string[] {
  return state.roles
    .filter((r) => r !== except && (tenantId === null || r.tenantId === null || r.tenantId === tenantId))
    .map((r) => r.key);
}

function ownRole(state: EmulatorState, tenantId: string | null, roleId: string): Role {
  return found(
    state.roles.find((r) => r.id === roleId && r.tenantId === tenantId),
    "ROLE_NOT_FOUND",
    "Role",
    roleId,
  );
}

/** Deletes a role and every reference to it (SSO default roles and group mappings). */
export function removeRole(state: EmulatorState, role: Role): void {
  state.roles = state.roles.filter((r) => r !== role);
  for (const config of state.ssoConfigurations) {
    config.roleIds = config.roleIds.filter((id) => id !== role.id);
    for (const group of config.groups) group.roleIds = group.roleIds.filter((id) => id !== role.id);
  }
}

/** Registers the role routes. */
export function registerRoleRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = (): EmulatorState => ctx.store.state;

  defineRoute(app, ctx, `GET ${BASE}`, ({ tenantId }) => ({
    status: 200,
    body: visibleRoles(state(), tenantId).map((r) => roleView(state(), r)),
  }));

  defineRoute<RoleBody[]>(app, ctx, `POST ${BASE}`, ({ body, tenantId }) => {
    const keys = body.map((r) => r.key);
    assertUniqueKeys(keys, takenKeys(state(), tenantId), "ROLE_ALREADY_EXISTS", "Roles already exists");
    const now = nowIso();
    const created = body.map(
      (input): Role => ({
        id: randomUUID(),
        tenantId,
        key: input.key,
        name: input.name,
        description: input.description ?? "",
        isDefault: input.isDefault ?? false,
        firstUserRole: input.firstUserRole ?? false,
        level: input.level,
        permissions: [],
        createdAt: now,
        updatedAt: now,
      }),
    );
    state().roles.push(...created);
    return { status: 201, body: created.map((r) => roleView(state(), r)) };
  });

  defineRoute<Partial<RoleBody>>(app, ctx, `PATCH ${BASE}/{roleId}`, ({ body, params, tenantId }) => {
    const role = ownRole(state(), tenantId, params.roleId);
    if (body.key !== undefined && body.key !== role.key) {
      assertUniqueKeys([body.key], takenKeys(state(), tenantId, role), "ROLE_ALREADY_EXISTS", "Roles already exists");
    }
    applyPatch(role, body, PATCHABLE);
    role.updatedAt = nowIso();
    return { status: 200, body: roleView(state(), role) };
  });

  defineRoute(app, ctx, `DELETE ${BASE}/{roleId}`, ({ params, tenantId }) => {
    removeRole(state(), ownRole(state(), tenantId, params.roleId));
    return { status: 204 };
  });

  defineRoute<{ permissionIds: string[] }>(app, ctx, `PUT ${BASE}/{roleId}/permissions`, ({ body, params, tenantId }) => {
    const role = ownRole(state(), tenantId, params.roleId);
    // Unknown ids in a body are the caller's mistake (400), not a missing role (404): a client treating 404
    // as "the role is gone" would otherwise recreate a role that exists.
    assertKnownIds(body.permissionIds, new Set(state().permissions.map((p) => p.id)), "Permissions");
    role.permissions = [...new Set(body.permissionIds)];
    role.updatedAt = nowIso();
    return { status: 200, body: roleView(state(), role) };
  });
}
