import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { fail } from "../errors";
import { defineRoute } from "../route";
import type { EmulatorState, JsonObject, Tenant } from "../state";
import { found, nowIso, paged } from "./common";
import { unassignTenant } from "./applications";
import { removeRole } from "./roles";

/**
 * Tenants (accounts). POST answers 201 with the tenant (the spec documents no 2xx; 201 is what a create
 * answers everywhere else in Frontegg). `GET /v1/{tenantId}` answers an array of 0 or 1. Deleting a tenant
 * deletes what is scoped to it (roles, policies, SSO configurations, IP restrictions). Other routes do not
 * require the tenant named in `frontegg-tenant-id` to exist: the notes are silent, and tests need not create
 * tenants. `GET /v2/{tenantId}` answers the tenant, or an empty array when there is none (spec description).
 * Metadata changes only through its own routes: POST merges the keys sent (existing keys overwritten, others
 * kept; a JSON string holding an object is accepted too), DELETE removes one key (spec; notes-3 §9).
 */

const V1 = "/tenants/resources/tenants/v1";
const SORT_FIELDS = ["createdAt", "name", "tenantId"] as const;
const ORDERS = ["ASC", "DESC"] as const;

function tenantView(state: EmulatorState, tenant: Tenant): Record<string, unknown> {
  return {
    id: tenant.id,
    tenantId: tenant.tenantId,
    vendorId: state.vendorId,
    ...tenant.fields,
    // Frontegg answers metadata as a JSON string (first notes; spec example `maximumUsers: 50`).
    metadata: JSON.stringify(tenant.metadata ?? {}),
    createdAt: tenant.createdAt,
    updatedAt: tenant.updatedAt,
  };
}

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  const match = allowed.find((a) => a.toLowerCase() === String(value).toLowerCase());
  if (!match) throw fail("VALIDATION", `${name} must be one of the following values: ${allowed.join(", ")}`);
  return match;
}

/** Metadata as sent: a JSON object, or a string holding one; anything else is the 400 the spec describes. */
function metadataObject(value: unknown): JsonObject {
  let parsed = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value);
    } catch {
      parsed = undefined;
    }
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw fail("VALIDATION", "The given metadata is neither a JSON, nor JSON-string");
  }
  return parsed as JsonObject;
}

/** Registers the tenant routes. */
export function registerTenantRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = (): EmulatorState => ctx.store.state;
  const fieldNames = ctx.spec.propertyNames("tenants", "CreateTenantRequest").filter((name) => name !== "tenantId");
  const pickFields = (body: JsonObject): JsonObject =>
    Object.fromEntries(fieldNames.filter((name) => body[name] !== undefined).map((name) => [name, body[name]]));
  const tenant = (tenantId: string): Tenant =>
    found(state().tenants.find((t) => t.tenantId === tenantId), "TENANT_NOT_FOUND", "Tenant", tenantId);

  defineRoute<JsonObject>(app, ctx, `POST ${V1}`, ({ body }) => {
    const tenantId = typeof body.tenantId === "string" ? body.tenantId : randomUUID();
    if (!/^[^\s/?#]+$/.test(tenantId)) throw fail("VALIDATION", "tenantId must be non-empty, without spaces or slashes");
    if (state().tenants.some((t) => t.tenantId === tenantId)) {
      throw fail("TENANT_ALREADY_EXISTS", `Tenant ${tenantId} already exists`);
    }
    const now = nowIso();
    const created: Tenant = { id: randomUUID(), tenantId, fields: pickFields(body), createdAt: now, updatedAt: now };
    state().tenants.push(created);
    return { status: 201, body: tenantView(state(), created) };
  });

  defineRoute(app, ctx, `GET ${V1}/{tenantId}`, ({ params }) => ({
    status: 200,
    body: state()
      .tenants.filter((t) => t.tenantId === params.tenantId)
      .map((t) => tenantView(state(), t)),
  }));

  defineRoute<JsonObject>(app, ctx, `PUT ${V1}/{tenantId}`, ({ body, params }) => {
    const target = tenant(params.tenantId);
    const changes = pickFields(body);
    // "400 when the body changes nothing" (spec's response description, notes-3 §9).
    if (Object.entries(changes).every(([name, value]) => JSON.stringify(target.fields[name]) === JSON.stringify(value))) {
      throw fail("VALIDATION", "Nothing to update");
    }
    target.fields = { ...target.fields, ...changes };
    target.updatedAt = nowIso();
    return { status: 200, body: tenantView(state(), target) };
  });

  defineRoute(app, ctx, `DELETE ${V1}/{tenantId}`, ({ params }) => {
    const target = tenant(params.tenantId);
    const s = state();
    s.tenants = s.tenants.filter((t) => t !== target);
    for (const role of s.roles.filter((r) => r.tenantId === target.tenantId)) removeRole(s, role);
    s.policies = s.policies.filter((p) => p.tenantId !== target.tenantId);
    s.ssoConfigurations = s.ssoConfigurations.filter((c) => c.tenantId !== target.tenantId);
    s.ipRestrictions = s.ipRestrictions.filter((r) => r.tenantId !== target.tenantId);
    unassignTenant(s, target.tenantId);
    return { status: 200 };
  });

  defineRoute(app, ctx, "GET /tenants/resources/tenants/v2/{tenantId}", ({ params }) => {
    const match = state().tenants.find((t) => t.tenantId === params.tenantId);
    return { status: 200, body: match ? tenantView(state(), match) : [] };
  });

  defineRoute<{ metadata: unknown }>(app, ctx, `POST ${V1}/{tenantId}/metadata`, ({ body, params }) => {
    const target = tenant(params.tenantId!);
    target.metadata = { ...target.metadata, ...metadataObject(body.metadata) };
    target.updatedAt = nowIso();
    return { status: 201, body: tenantView(state(), target) };
  });

  defineRoute(app, ctx, `DELETE ${V1}/{tenantId}/metadata/{key}`, ({ params }) => {
    const target = tenant(params.tenantId!);
    const { [params.key!]: _gone, ...rest } = target.metadata ?? {};
    target.metadata = rest;
    target.updatedAt = nowIso();
    return { status: 200, body: tenantView(state(), target) };
  });

  // `_offset` is a 0-based PAGE number, not a record offset (notes).
  defineRoute(app, ctx, "GET /tenants/resources/tenants/v2", ({ query }) => {
    const limit = typeof query._limit === "number" ? Math.floor(query._limit) : 50;
    const page = typeof query._offset === "number" ? Math.floor(query._offset) : 0;
    const sortBy = oneOf("_sortBy", query._sortBy, SORT_FIELDS, "createdAt");
    const order = oneOf("_order", query._order, ORDERS, "ASC");
    const filter = typeof query._filter === "string" ? query._filter.toLowerCase() : "";
    const ids = Array.isArray(query._tenantIds) ? new Set(query._tenantIds.map(String)) : undefined;
    const views = state()
      .tenants.filter((t) => ids === undefined || ids.has(t.tenantId))
      .filter((t) => filter === "" || `${t.tenantId} ${String(t.fields.name ?? "")}`.toLowerCase().includes(filter))
      .map((t) => tenantView(state(), t));
    const sortKey = (view: Record<string, unknown>): string => String(view[sortBy] ?? "");
    views.sort((a, b) => sortKey(a).localeCompare(sortKey(b)) * (order === "ASC" ? 1 : -1));
    return { status: 200, body: paged(views, "/resources/tenants/v2", limit, page) };
  });
}
