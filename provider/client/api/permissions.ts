/** Permissions and permission categories: `/identity/resources/permissions/v1`. */
import { z } from "zod";
import { PERMISSION_ASSIGNMENT_TYPES } from "../generated/spec-enums";
import { CreateBatcher } from "../batch";
import { HttpTransport } from "../http";
import { optionalString, segment, timestamp } from "./common";

const BASE = "/identity/resources/permissions/v1";
const CATEGORIES = `${BASE}/categories`;

import type { PermissionAssignmentType } from "../enums";
export type { PermissionAssignmentType } from "../enums";

/** A permission as Frontegg returns it. */
export const PermissionSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  description: optionalString,
  categoryId: optionalString,
  /** Frontegg's own answers carry it only on some routes. */
  assignmentType: z.enum(PERMISSION_ASSIGNMENT_TYPES).nullish().transform((v) => v ?? undefined),
  roleIds: z.array(z.string()).default([]),
  /** True for Frontegg's built-in `fe.*` permissions, which must never be changed. */
  fePermission: z.boolean().default(false),
  createdAt: timestamp,
  updatedAt: timestamp,
});
/** A permission as Frontegg returns it. */
export type Permission = z.output<typeof PermissionSchema>;

/** Body of one permission in a create call. */
export interface CreatePermissionRequest {
  readonly key: string;
  readonly name: string;
  readonly description?: string;
  readonly categoryId?: string;
  readonly assignmentType?: PermissionAssignmentType;
}

/** Body of a partial permission update (the spec's PATCH has no assignmentType). */
export type UpdatePermissionRequest = Partial<Omit<CreatePermissionRequest, "assignmentType">>;

/** A permission category as Frontegg returns it. */
export const PermissionCategorySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: optionalString,
  createdAt: timestamp,
  /** True for Frontegg's built-in categories, which must never be changed. */
  feCategory: z.boolean().default(false),
});
/** A permission category as Frontegg returns it. */
export type PermissionCategory = z.output<typeof PermissionCategorySchema>;

/** Body of a category create call. */
export interface CreateCategoryRequest {
  readonly name: string;
  readonly description?: string;
  /** Optional id chosen by the caller. */
  readonly id?: string;
}

/** Typed calls for permissions. */
export class PermissionsApi {
  readonly #batcher: CreateBatcher<CreatePermissionRequest, Permission>;

  constructor(private readonly http: HttpTransport) {
    this.#batcher = new CreateBatcher(BASE, (requests) => this.create(requests), { request: (r) => r.key, created: (p) => p.key });
  }

  /** Every permission in the environment, built-ins included. */
  list(): Promise<Permission[]> {
    return this.http.send({ method: "GET", path: BASE, response: z.array(PermissionSchema) });
  }

  /** Creates permissions; Frontegg takes an array even for one. */
  create(permissions: readonly CreatePermissionRequest[]): Promise<Permission[]> {
    return this.http.send({ method: "POST", path: BASE, body: permissions, response: z.array(PermissionSchema) });
  }

  /**
   * Creates one permission, sent in one array POST with the other creates that arrive within a few milliseconds:
   * a program's permissions become ready together, and Frontegg's route takes them all at once.
   */
  createOne(permission: CreatePermissionRequest): Promise<Permission> {
    return this.#batcher.create(permission);
  }

  /** Updates the given fields. */
  update(permissionId: string, changes: UpdatePermissionRequest): Promise<Permission> {
    return this.http.send({ method: "PATCH", path: `${BASE}/${segment(permissionId)}`, body: changes, response: PermissionSchema });
  }

  /** Deletes a permission (404 when it does not exist). */
  delete(permissionId: string): Promise<void> {
    return this.http.send({ method: "DELETE", path: `${BASE}/${segment(permissionId)}` });
  }

  /** Associates the permission with the given roles (Frontegg documents this as adding, not replacing). */
  addToRoles(permissionId: string, roleIds: readonly string[]): Promise<Permission> {
    return this.http.send({ method: "PUT", path: `${BASE}/${segment(permissionId)}/roles`, body: { roleIds }, response: PermissionSchema });
  }

  /** Sets the assignment type of the given permissions (the only route that changes it after creation). */
  classify(permissionIds: readonly string[], type: PermissionAssignmentType): Promise<void> {
    return this.http.send({ method: "PUT", path: `${BASE}/classification`, body: { permissionIds, type } });
  }
}

/** Typed calls for permission categories. */
export class PermissionCategoriesApi {
  constructor(private readonly http: HttpTransport) {}

  /** Every category, built-ins included. */
  list(): Promise<PermissionCategory[]> {
    return this.http.send({ method: "GET", path: CATEGORIES, response: z.array(PermissionCategorySchema) });
  }

  /** Creates a category. */
  create(category: CreateCategoryRequest): Promise<PermissionCategory> {
    return this.http.send({ method: "POST", path: CATEGORIES, body: category, response: PermissionCategorySchema });
  }

  /** Updates the given fields; Frontegg may answer with an empty body, so nothing is returned. */
  update(categoryId: string, changes: Partial<Omit<CreateCategoryRequest, "id">>): Promise<void> {
    return this.http.send({ method: "PATCH", path: `${CATEGORIES}/${segment(categoryId)}`, body: changes });
  }

  /** Deletes a category (404 when it does not exist). */
  delete(categoryId: string): Promise<void> {
    return this.http.send({ method: "DELETE", path: `${CATEGORIES}/${segment(categoryId)}` });
  }
}
