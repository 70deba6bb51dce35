import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { fail } from "../errors";
import { defineRoute } from "../route";
import type { EmulatorState, Feature, FeatureFlag, JsonObject, JsonValue, Plan } from "../state";
import { applyPatch, assertKnownIds, found, nowIso } from "./common";

/**
 * Entitlements: features, plans (with their feature links) and feature flags (spec:entitlements.json;
 * notes-more §11). All environment-wide: the routes declare no tenant header.
 *
 * Lists page like Frontegg's entitlements service (notes-more "Entitlements pagination"): `offset` and `limit`
 * (default 10), answer `{ items, hasNext }`. A `limit` above 10 is a 400 ("Server enforces limit<=10", comment in
 * TF:resource_frontegg_entitlement.go). The spec calls `offset` a "page offset" but every loop of Frontegg's own
 * Terraform provider advances it by `limit`, including the fix for plans with 11+ features (TF-log:cfa954e): the
 * emulator reads it as a record offset (unverified). Default order: `createdAt` descending (spec default).
 *
 * Unverified choices, each the strict reading:
 * - A feature key is unique (TF checks `featureKeys=<key>` before a create); a duplicate is 409.
 * - A feature's permission keys must name existing permissions (400 otherwise).
 * - `metadata` is a JSON string on writes; features and plans answer it parsed (an object), flags as the string
 *   (spec: FeatureDto/PlanDto type it `object`, FeatureFlagDto `string`). A string that is not a JSON object is 400.
 * - One flag per feature (FeatureDto carries one `featureFlag`): a second is 409. Deleting a feature deletes its
 *   flag and its plan links.
 * - Plan names are not unique (the spec says nothing; TF's adopt-by-name is its own rule).
 * - `featureKeys` on plan POST links those features; on PATCH it replaces the plan's links (how it combines with
 *   link/unlink is unverified, notes-more §11).
 * - Unlinking features none of which is linked is 404 "Feature Bundle not found" (TF:resource_frontegg_plan_feature.go
 *   treats that message as "already unlinked").
 */

const FEATURES = "/entitlements/resources/features";
const PLANS = "/entitlements/resources/plans/v1";
const FLAGS = "/entitlements/resources/feature-flags/v1";
const MAX_LIMIT = 10;

interface FeatureBody {
  name?: string;
  key?: string;
  description?: string;
  permissions?: (string | { permissionKey?: string; permissionId?: string })[];
  metadata?: string;
}

interface PlanBody {
  name?: string;
  defaultTreatment?: string;
  rules?: JsonValue[];
  description?: string;
  metadata?: string;
  defaultTimeLimitation?: number;
  assignOnSignup?: boolean;
  featureKeys?: string[];
}

interface FlagBody {
  name?: string;
  on?: boolean;
  offTreatment?: string;
  defaultTreatment?: string;
  featureId?: string;
  description?: string;
  metadata?: string;
  rules?: JsonValue[];
}

/** A comma-separated array filter (spec: "Comma separated ..."), as one or several query values. */
function listFilter(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const values = Array.isArray(value) ? value : [value];
  return values.flatMap((v) => String(v).split(",")).map((v) => v.trim()).filter((v) => v !== "");
}

/** One page of `items` as the entitlements service answers it. */
function page<T extends { createdAt: string; name: string }>(items: readonly T[], query: Readonly<Record<string, unknown>>, view: (item: T) => unknown) {
  const limit = typeof query.limit === "number" ? Math.floor(query.limit) : MAX_LIMIT;
  if (limit > MAX_LIMIT) throw fail("PAGE_LIMIT_TOO_LARGE", `limit must not be greater than ${MAX_LIMIT}`);
  if (limit < 1) throw fail("VALIDATION", "limit must be at least 1");
  const offset = typeof query.offset === "number" ? Math.max(0, Math.floor(query.offset)) : 0;
  const orderBy = query.orderBy === "name" || query.orderBy === "key" ? query.orderBy : "createdAt";
  const direction = query.sortType === "ASC" ? 1 : -1;
  const text = typeof query.filter === "string" ? query.filter.toLowerCase() : undefined;
  const selected = (text ? items.filter((item) => item.name.toLowerCase().includes(text)) : [...items])
    // Stable: equal keys keep insertion order, so pages never overlap or skip while nothing changes.
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const ka = String((a.item as Record<string, unknown>)[orderBy] ?? "");
      const kb = String((b.item as Record<string, unknown>)[orderBy] ?? "");
      return ka === kb ? a.index - b.index : ka < kb ? -direction : direction;
    })
    .map(({ item }) => item);
  return { items: selected.slice(offset, offset + limit).map(view), hasNext: offset + limit < selected.length };
}

/** A `metadata` JSON string as the object Frontegg answers; 400 when it is not a JSON object. */
function parseMetadata(text: string): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw fail("VALIDATION", "metadata must be a JSON string");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw fail("VALIDATION", "metadata must be a JSON object string");
  return parsed as JsonObject;
}

/** Registers the entitlements routes. */
export function registerEntitlementRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = (): EmulatorState => ctx.store.state;
  const feature = (id: string): Feature => found(state().features.find((f) => f.id === id), "FEATURE_NOT_FOUND", "Feature", id);
  const plan = (id: string): Plan => found(state().plans.find((p) => p.id === id), "PLAN_NOT_FOUND", "Plan", id);
  const flag = (id: string): FeatureFlag => found(state().featureFlags.find((f) => f.id === id), "FEATURE_FLAG_NOT_FOUND", "Feature flag", id);

  const flagThin = (f: FeatureFlag) => ({
    id: f.id,
    name: f.name,
    on: f.on,
    offTreatment: f.offTreatment,
    defaultTreatment: f.defaultTreatment,
    ...(f.description !== null ? { description: f.description } : {}),
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
  });
  const featureView = (f: Feature) => {
    const ownFlag = state().featureFlags.find((candidate) => candidate.featureId === f.id);
    return {
      id: f.id,
      vendorId: state().vendorId,
      key: f.key,
      name: f.name,
      ...(f.description !== null ? { description: f.description } : {}),
      permissions: f.permissions,
      metadata: f.metadata,
      ...(ownFlag ? { featureFlag: flagThin(ownFlag) } : {}),
      createdAt: f.createdAt,
      updatedAt: f.updatedAt,
    };
  };
  const planFeatureView = (f: Feature) => ({ id: f.id, name: f.name, key: f.key, permissions: f.permissions });
  const linkedFeatures = (p: Plan): Feature[] =>
    p.featureIds.map((id) => state().features.find((f) => f.id === id)).filter((f): f is Feature => f !== undefined);
  const planView = (p: Plan, withFeatures: boolean) => ({
    id: p.id,
    vendorId: state().vendorId,
    name: p.name,
    ...(p.description !== null ? { description: p.description } : {}),
    ...(p.defaultTreatment !== null ? { defaultTreatment: p.defaultTreatment } : {}),
    rules: p.rules,
    metadata: p.metadata,
    ...(p.defaultTimeLimitation !== null ? { defaultTimeLimitation: p.defaultTimeLimitation } : {}),
    assignOnSignup: p.assignOnSignup,
    // The single-plan GET says "including linked features and entitlements"; lists leave them out.
    ...(withFeatures ? { features: linkedFeatures(p).map(planFeatureView), entitlements: [] } : {}),
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  });
  const flagView = (f: FeatureFlag) => {
    const owner = state().features.find((candidate) => candidate.id === f.featureId);
    return {
      ...flagThin(f),
      ...(owner ? { feature: { id: owner.id, key: owner.key, name: owner.name } } : {}),
      ...(f.metadata !== null ? { metadata: f.metadata } : {}),
      rules: f.rules,
    };
  };

  /** Permission keys of a v1 (keys) or v2 (`{permissionKey, permissionId}`) body, checked to exist. */
  const permissionKeys = (permissions: NonNullable<FeatureBody["permissions"]>): string[] => {
    const known = state().permissions;
    const keys = permissions.map((p) => {
      if (typeof p === "string") return p;
      const byId = p.permissionId !== undefined ? known.find((k) => k.id === p.permissionId)?.key : undefined;
      return byId ?? p.permissionKey ?? "";
    });
    assertKnownIds(keys, new Set(known.map((k) => k.key)), "permissions");
    return [...new Set(keys)];
  };
  const assertFreeKey = (key: string, exceptId?: string): void => {
    if (state().features.some((f) => f.key === key && f.id !== exceptId)) throw fail("FEATURE_ALREADY_EXISTS", `Feature with key ${key} already exists`);
  };
  const featureIdsOfKeys = (keys: readonly string[]): string[] => {
    assertKnownIds(keys, new Set(state().features.map((f) => f.key)), "features");
    return [...new Set(keys)].map((key) => state().features.find((f) => f.key === key)!.id);
  };
  const patchFeature = (f: Feature, body: FeatureBody): Feature => {
    if (body.key !== undefined) assertFreeKey(body.key, f.id);
    if (body.permissions !== undefined) f.permissions = permissionKeys(body.permissions);
    if (body.metadata !== undefined) f.metadata = parseMetadata(body.metadata);
    applyPatch(f, body, ["key", "name", "description"]);
    f.updatedAt = nowIso();
    return f;
  };

  // Features.
  defineRoute(app, ctx, `GET ${FEATURES}/v1`, ({ query }) => {
    const ids = listFilter(query.featureIds);
    const keys = listFilter(query.featureKeys);
    const permissionsWanted = listFilter(query.permissionKeys);
    const selected = state().features.filter(
      (f) =>
        (!ids || ids.includes(f.id)) &&
        (!keys || keys.includes(f.key)) &&
        (!permissionsWanted || f.permissions.some((p) => permissionsWanted.includes(p))) &&
        (query.hasFeatureFlag === undefined || state().featureFlags.some((flagged) => flagged.featureId === f.id) === (query.hasFeatureFlag === true)),
    );
    return { status: 200, body: page(selected, query, featureView) };
  });

  defineRoute<FeatureBody & { name: string; key: string }>(app, ctx, `POST ${FEATURES}/v1`, ({ body }) => {
    assertFreeKey(body.key);
    const now = nowIso();
    const created: Feature = {
      id: randomUUID(),
      key: body.key,
      name: body.name,
      description: body.description ?? null,
      permissions: permissionKeys(body.permissions ?? []),
      metadata: {},
      createdAt: now,
      updatedAt: now,
    };
    state().features.push(created);
    return { status: 200, body: featureView(created) };
  });

  for (const version of ["v1", "v2"]) {
    defineRoute<FeatureBody>(app, ctx, `PATCH ${FEATURES}/${version}/{featureId}`, ({ body, params }) => ({
      status: 200,
      body: featureView(patchFeature(feature(params.featureId ?? ""), body)),
    }));
  }

  defineRoute(app, ctx, `DELETE ${FEATURES}/v1/{featureId}`, ({ params }) => {
    const gone = feature(params.featureId ?? "");
    const s = state();
    s.features = s.features.filter((f) => f.id !== gone.id);
    s.featureFlags = s.featureFlags.filter((f) => f.featureId !== gone.id);
    for (const p of s.plans) p.featureIds = p.featureIds.filter((id) => id !== gone.id);
    return { status: 200 };
  });

  // Plans.
  defineRoute(app, ctx, `GET ${PLANS}`, ({ query }) => {
    const ids = listFilter(query.featureIds);
    const selected = state().plans.filter((p) => !ids || p.featureIds.some((id) => ids.includes(id)));
    return { status: 200, body: page(selected, query, (p) => planView(p, false)) };
  });

  defineRoute<PlanBody & { name: string }>(app, ctx, `POST ${PLANS}`, ({ body }) => {
    const now = nowIso();
    const created: Plan = {
      id: randomUUID(),
      name: body.name,
      description: body.description ?? null,
      defaultTreatment: body.defaultTreatment ?? null,
      rules: body.rules ?? [],
      metadata: body.metadata !== undefined ? parseMetadata(body.metadata) : {},
      defaultTimeLimitation: body.defaultTimeLimitation ?? null,
      assignOnSignup: body.assignOnSignup ?? false,
      featureIds: featureIdsOfKeys(body.featureKeys ?? []),
      createdAt: now,
      updatedAt: now,
    };
    state().plans.push(created);
    return { status: 200, body: planView(created, true) };
  });

  defineRoute(app, ctx, `GET ${PLANS}/{id}`, ({ params }) => ({ status: 200, body: planView(plan(params.id ?? ""), true) }));

  defineRoute<PlanBody>(app, ctx, `PATCH ${PLANS}/{id}`, ({ body, params }) => {
    const p = plan(params.id ?? "");
    const featureIds = body.featureKeys !== undefined ? featureIdsOfKeys(body.featureKeys) : p.featureIds;
    const metadata = body.metadata !== undefined ? parseMetadata(body.metadata) : p.metadata;
    Object.assign(p, {
      name: body.name ?? p.name,
      description: body.description ?? p.description,
      defaultTreatment: body.defaultTreatment ?? p.defaultTreatment,
      rules: body.rules ?? p.rules,
      defaultTimeLimitation: body.defaultTimeLimitation ?? p.defaultTimeLimitation,
      assignOnSignup: body.assignOnSignup ?? p.assignOnSignup,
      metadata,
      featureIds,
      updatedAt: nowIso(),
    });
    return { status: 200, body: planView(p, true) };
  });

  defineRoute(app, ctx, `DELETE ${PLANS}/{id}`, ({ params }) => {
    const gone = plan(params.id ?? "");
    state().plans = state().plans.filter((p) => p.id !== gone.id);
    return { status: 200 };
  });

  defineRoute(app, ctx, `GET ${PLANS}/{id}/features`, ({ params, query }) => {
    const ids = listFilter(query.featureIds);
    const keys = listFilter(query.featureKeys);
    const selected = linkedFeatures(plan(params.id ?? "")).filter((f) => (!ids || ids.includes(f.id)) && (!keys || keys.includes(f.key)));
    return { status: 200, body: page(selected, query, planFeatureView) };
  });

  defineRoute<{ featuresIds: string[] }>(app, ctx, `PATCH ${PLANS}/{id}/features/link`, ({ body, params }) => {
    const p = plan(params.id ?? "");
    assertKnownIds(body.featuresIds, new Set(state().features.map((f) => f.id)), "features");
    p.featureIds = [...new Set([...p.featureIds, ...body.featuresIds])];
    p.updatedAt = nowIso();
    return { status: 200 };
  });

  defineRoute<{ featuresIds: string[] }>(app, ctx, `PATCH ${PLANS}/{id}/features/unlink`, ({ body, params }) => {
    const p = plan(params.id ?? "");
    if (!body.featuresIds.some((id) => p.featureIds.includes(id))) throw fail("FEATURE_BUNDLE_NOT_FOUND", "Feature Bundle not found");
    p.featureIds = p.featureIds.filter((id) => !body.featuresIds.includes(id));
    p.updatedAt = nowIso();
    return { status: 200 };
  });

  // Feature flags.
  defineRoute(app, ctx, `GET ${FLAGS}`, ({ query }) => ({ status: 200, body: page(state().featureFlags, query, flagView) }));

  const assertFlaggable = (featureId: string, exceptId?: string): void => {
    if (!state().features.some((f) => f.id === featureId)) throw fail("UNKNOWN_REFERENCE", `feature not found: ${featureId}`);
    if (state().featureFlags.some((f) => f.featureId === featureId && f.id !== exceptId)) {
      throw fail("FEATURE_FLAG_ALREADY_EXISTS", `Feature ${featureId} already has a feature flag`);
    }
  };
  const checkedMetadata = (metadata: string | undefined): string | undefined => {
    if (metadata !== undefined) parseMetadata(metadata);
    return metadata;
  };

  defineRoute<Required<Pick<FlagBody, "name" | "on" | "offTreatment" | "defaultTreatment" | "featureId">> & FlagBody>(app, ctx, `POST ${FLAGS}`, ({ body }) => {
    assertFlaggable(body.featureId);
    const now = nowIso();
    const created: FeatureFlag = {
      id: randomUUID(),
      featureId: body.featureId,
      name: body.name,
      on: body.on,
      offTreatment: body.offTreatment,
      defaultTreatment: body.defaultTreatment,
      description: body.description ?? null,
      metadata: checkedMetadata(body.metadata) ?? null,
      rules: body.rules ?? [],
      createdAt: now,
      updatedAt: now,
    };
    state().featureFlags.push(created);
    return { status: 200, body: flagView(created) };
  });

  defineRoute(app, ctx, `GET ${FLAGS}/{id}`, ({ params }) => ({ status: 200, body: flagView(flag(params.id ?? "")) }));

  defineRoute<FlagBody>(app, ctx, `PATCH ${FLAGS}/{id}`, ({ body, params }) => {
    const f = flag(params.id ?? "");
    if (body.featureId !== undefined) assertFlaggable(body.featureId, f.id);
    Object.assign(f, {
      featureId: body.featureId ?? f.featureId,
      name: body.name ?? f.name,
      on: body.on ?? f.on,
      offTreatment: body.offTreatment ?? f.offTreatment,
      defaultTreatment: body.defaultTreatment ?? f.defaultTreatment,
      description: body.description ?? f.description,
      metadata: checkedMetadata(body.metadata) ?? f.metadata,
      rules: body.rules ?? f.rules,
      updatedAt: nowIso(),
    });
    return { status: 200, body: flagView(f) };
  });

  defineRoute(app, ctx, `DELETE ${FLAGS}/{id}`, ({ params }) => {
    const gone = flag(params.id ?? "");
    state().featureFlags = state().featureFlags.filter((f) => f.id !== gone.id);
    return { status: 200 };
  });
}
