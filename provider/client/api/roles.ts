/** Roles: `/identity/resources/roles/v1`. There is no get-by-id: reading one role is listing and filtering. */
import { z } from "zod";
import { CreateBatcher } from "../batch";
import { HttpTransport } from "../http";
import { optionalString, segment, TenantScope, timestamp } from "./common";

const BASE = "/identity/resources/roles/v1";

/** A role as Frontegg returns it. */
export const RoleSchema = z.object({
  id: z.string(),
  vendorId: optionalString,
  /** Set for tenant-scoped roles; absent or null for environment-wide ones. */
  tenantId: optionalString,
  key: z.string(),
  name: z.string(),
  description: optionalString,
  isDefault: z.boolean().default(false),
  firstUserRole: z.boolean().default(false),
  level: z.number(),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Ids of the permissions the role grants. */
  permissions: z.array(z.string()).default([]),
});
/** A role as Frontegg returns it. */
export type Role = z.output<typeof RoleSchema>;

/** Body of one role in a create call. */
export interface CreateRoleRequest {
  readonly key: string;
  readonly name: string;
  /** 0–32767; a lower level is a stronger role. */
  readonly level: number;
  readonly description?: string;
  readonly isDefault?: boolean;
  readonly firstUserRole?: boolean;
  /** With `isDefault`, also assign the role to every existing user. */
  readonly migrateRole?: boolean;
}

/** Body of a partial role update; Frontegg lets even the key change in place. */
export type UpdateRoleRequest = Partial<CreateRoleRequest>;

/** Typed calls for roles. */
export class RolesApi {
  /** One batcher per tenant scope ("" for the environment): a POST carries one scope header. */
  readonly #batchers = new Map<string, CreateBatcher<CreateRoleRequest, Role>>();

  constructor(private readonly http: HttpTransport) {}

  /** Every role visible in the scope. */
  list(scope: TenantScope = {}): Promise<Role[]> {
    return this.http.send({ method: "GET", path: BASE, tenantId: scope.tenantId, response: z.array(RoleSchema) });
  }

  /** Creates roles; Frontegg takes an array even for one. */
  create(roles: readonly CreateRoleRequest[], scope: TenantScope = {}): Promise<Role[]> {
    return this.http.send({ method: "POST", path: BASE, body: roles, tenantId: scope.tenantId, response: z.array(RoleSchema) });
  }

  /** Creates one role, sent in one array POST with the other creates of its scope that arrive together. */
  createOne(role: CreateRoleRequest, scope: TenantScope = {}): Promise<Role> {
    const key = scope.tenantId ?? "";
    let batcher = this.#batchers.get(key);
    if (!batcher) {
      batcher = new CreateBatcher(BASE, (requests) => this.create(requests, scope), { request: (r) => r.key, created: (r) => r.key });
      this.#batchers.set(key, batcher);
    }
    return batcher.create(role);
  }

  /** Updates the given fields; does not touch the role's permissions. */
  update(roleId: string, changes: UpdateRoleRequest, scope: TenantScope = {}): Promise<Role> {
    return this.http.send({ method: "PATCH", path: `${BASE}/${segment(roleId)}`, body: changes, tenantId: scope.tenantId, response: RoleSchema });
  }

  /** Deletes a role (404 when it does not exist). */
  delete(roleId: string, scope: TenantScope = {}): Promise<void> {
    return this.http.send({ method: "DELETE", path: `${BASE}/${segment(roleId)}`, tenantId: scope.tenantId });
  }

  /** REPLACES the role's permission set with `permissionIds`. */
  setPermissions(roleId: string, permissionIds: readonly string[], scope: TenantScope = {}): Promise<Role> {
    return this.http.send({
      method: "PUT",
      path: `${BASE}/${segment(roleId)}/permissions`,
      body: { permissionIds },
      tenantId: scope.tenantId,
      response: RoleSchema,
    });
  }
}
