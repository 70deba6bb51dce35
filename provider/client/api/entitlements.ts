/**
 * Entitlements: features, plans and their feature links, feature flags (`/entitlements/resources/...`,
 * spec:entitlements.json; notes-more §11). Environment-wide: the routes take no tenant header.
 */
import { z } from "zod";
import { ENTITLEMENT_TREATMENTS, RULE_ATTRIBUTE_TYPES, RULE_CONDITION_LOGICS, RULE_CONDITION_OPERATIONS } from "../generated/spec-enums";
import { FronteggApiError } from "../errors";
import { HttpTransport } from "../http";
import { optionalString, segment } from "./common";

const FEATURES = "/entitlements/resources/features";
const PLANS = "/entitlements/resources/plans/v1";
const FLAGS = "/entitlements/resources/feature-flags/v1";

/**
 * Items per page of every entitlements list. Frontegg rejects a larger `limit` with 400 ("Server enforces
 * limit<=10", TF:resource_frontegg_entitlement.go), and its default is 10 (spec).
 */
export const ENTITLEMENTS_PAGE_SIZE = 10;

/** `"true"` or `"false"`: how Frontegg spells a treatment. */
export type EntitlementTreatment = (typeof ENTITLEMENT_TREATMENTS)[number];

/** One condition of a targeting rule (`ConditionDto`). */
export interface RuleCondition {
  readonly attribute: string;
  readonly attributeType: (typeof RULE_ATTRIBUTE_TYPES)[number];
  readonly negate: boolean;
  readonly op: (typeof RULE_CONDITION_OPERATIONS)[number];
  /** The operation's data, e.g. `{ list: ["a", "b"] }` for `in_list`. */
  readonly value: Readonly<Record<string, unknown>>;
}

/** A targeting rule (`RuleDto`). */
export interface Rule {
  readonly description: string;
  readonly conditionLogic: (typeof RULE_CONDITION_LOGICS)[number];
  readonly conditions: readonly RuleCondition[];
  readonly treatment: EntitlementTreatment;
}

/** `RuleDto` as Frontegg answers it. */
export const RuleSchema = z.object({
  description: z.string(),
  conditionLogic: z.enum(RULE_CONDITION_LOGICS),
  conditions: z.array(
    z.object({
      attribute: z.string(),
      attributeType: z.enum(RULE_ATTRIBUTE_TYPES),
      negate: z.boolean(),
      op: z.enum(RULE_CONDITION_OPERATIONS),
      value: z.record(z.string(), z.unknown()),
    }),
  ),
  treatment: z.enum(ENTITLEMENT_TREATMENTS),
});

/** `metadata` as read: an object for features and plans, a JSON string for flags (spec); absent reads undefined. */
const metadataRead = z
  .union([z.record(z.string(), z.unknown()), z.string()])
  .nullish()
  .transform((value) => value ?? undefined);

/** A feature as Frontegg lists it (`FeatureDto`). */
export const FeatureSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  description: optionalString,
  /** Permission keys. */
  permissions: z.array(z.string()).nullish().transform((value) => value ?? []),
  metadata: metadataRead,
});
/** A feature as Frontegg lists it. */
export type Feature = z.output<typeof FeatureSchema>;

/** Body of a feature create (v1) or update (v1, all optional): permissions by key. */
export interface FeatureRequest {
  readonly key: string;
  readonly name: string;
  readonly description?: string;
  readonly permissions?: readonly string[];
}

/** A plan as Frontegg lists it (`PlanDto`); its features are read from their own paginated route. */
export const PlanSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: optionalString,
  defaultTreatment: z.enum(ENTITLEMENT_TREATMENTS).nullish().transform((value) => value ?? undefined),
  rules: z.array(RuleSchema).nullish().transform((value) => value ?? undefined),
  metadata: metadataRead,
  defaultTimeLimitation: z.number().nullish().transform((value) => value ?? undefined),
  assignOnSignup: z.boolean().nullish().transform((value) => value ?? undefined),
});
/** A plan as Frontegg lists it. */
export type Plan = z.output<typeof PlanSchema>;

/**
 * Body of a plan create or update. There is deliberately no `featureKeys`: how it combines with the link and
 * unlink routes (replace or add) is unverified (notes-more §11), so links are only ever changed by link/unlink.
 */
export interface PlanRequest {
  readonly name?: string;
  readonly description?: string;
  readonly defaultTreatment?: EntitlementTreatment;
  readonly rules?: readonly Rule[];
  /** A JSON object as a string. */
  readonly metadata?: string;
  readonly defaultTimeLimitation?: number;
  readonly assignOnSignup?: boolean;
}

/** A feature linked to a plan (`PlanFeatureDto`). */
const PlanFeatureSchema = z.object({ id: z.string(), key: z.string() });

/** A feature flag as Frontegg lists it (`FeatureFlagDto`). */
export const FeatureFlagSchema = z.object({
  id: z.string(),
  name: z.string(),
  on: z.boolean(),
  offTreatment: z.enum(ENTITLEMENT_TREATMENTS),
  defaultTreatment: z.enum(ENTITLEMENT_TREATMENTS),
  feature: z.object({ id: z.string() }).nullish().transform((value) => value ?? undefined),
  description: optionalString,
  metadata: metadataRead,
  rules: z.array(RuleSchema).nullish().transform((value) => value ?? []),
});
/** A feature flag as Frontegg lists it. */
export type FeatureFlag = z.output<typeof FeatureFlagSchema>;

/** Body of a feature flag create (every field) or update (any of them). */
export interface FeatureFlagRequest {
  readonly name: string;
  readonly featureId: string;
  readonly on: boolean;
  readonly offTreatment: EntitlementTreatment;
  readonly defaultTreatment: EntitlementTreatment;
  readonly description?: string;
  /** A JSON object as a string. */
  readonly metadata?: string;
  readonly rules?: readonly Rule[];
}

/**
 * Every item of an entitlements list: `{ items, hasNext }` pages of at most {@link ENTITLEMENTS_PAGE_SIZE},
 * followed while `hasNext` says so.
 *
 * The spec calls `offset` a "page offset", while Frontegg's own Terraform provider advances it by `limit` (a record
 * offset), which is its fix for plans with more than 10 features losing some (TF-log:cfa954e); which one the
 * server means is unverified (notes-more "Entitlements pagination"). Reading the wrong way loses items, so the
 * second request tells them apart: `offset=1` answers the first page's items shifted by one under a record offset,
 * and an entirely new page under a page offset. Items are kept by id, so an overlap never duplicates one, and a
 * page that brings nothing new ends the loop even should `hasNext` stay true.
 */
export async function readAllEntitlementPages<T extends { id: string }>(
  http: HttpTransport,
  path: string,
  item: z.ZodType<T>,
  filters: Readonly<Record<string, string | undefined>> = {},
): Promise<T[]> {
  const schema = z.object({ items: z.array(item), hasNext: z.boolean().nullish() });
  const limit = ENTITLEMENTS_PAGE_SIZE;
  const byId = new Map<string, T>();
  const fetch = (offset: number) => http.send({ method: "GET", path, query: { ...filters, offset: String(offset), limit: String(limit) }, response: schema });
  const keep = (items: readonly T[]): number => {
    const before = byId.size;
    for (const found of items) byId.set(found.id, found);
    return byId.size - before;
  };

  const first = await fetch(0);
  keep(first.items);
  if (first.hasNext !== true || first.items.length === 0) return [...byId.values()];
  const firstIds = new Set(first.items.map((found) => found.id));
  let offset = 1;
  let body = await fetch(offset);
  const recordOffset = body.items.some((found) => firstIds.has(found.id));
  const step = recordOffset ? limit : 1;
  for (;;) {
    const added = keep(body.items);
    if (body.hasNext !== true || body.items.length === 0 || added === 0) return [...byId.values()];
    offset += step;
    body = await fetch(offset);
  }
}

/** Feature calls. */
export class FeaturesApi {
  constructor(private readonly http: HttpTransport) {}

  /** Every feature (all pages); `keys` narrows the list to those keys. */
  list(keys?: readonly string[]): Promise<Feature[]> {
    return readAllEntitlementPages(this.http, `${FEATURES}/v1`, FeatureSchema, keys ? { featureKeys: keys.join(",") } : {});
  }

  /** Creates a feature (v1: permissions by key). */
  create(feature: FeatureRequest): Promise<Feature> {
    return this.http.send({ method: "POST", path: `${FEATURES}/v1`, body: feature, response: FeatureSchema });
  }

  /** Changes the fields sent (v1; the spec gives the answer no schema, so it is not read). */
  async update(id: string, feature: Partial<FeatureRequest>): Promise<void> {
    await this.http.send({ method: "PATCH", path: `${FEATURES}/v1/${segment(id)}`, body: feature });
  }

  /**
   * Sets `metadata`, a JSON object as a string: only the v2 update takes it. Nothing else is sent, so the v2
   * permission shape (`{permissionKey, permissionId}`) never matters here.
   */
  async setMetadata(id: string, metadata: string): Promise<void> {
    await this.http.send({ method: "PATCH", path: `${FEATURES}/v2/${segment(id)}`, body: { metadata } });
  }

  /** Deletes a feature. */
  delete(id: string): Promise<void> {
    return this.http.send({ method: "DELETE", path: `${FEATURES}/v1/${segment(id)}` });
  }
}

/** Plan calls, with the plan's feature links. */
export class PlansApi {
  constructor(private readonly http: HttpTransport) {}

  /** Every plan (all pages), without features. */
  list(): Promise<Plan[]> {
    return readAllEntitlementPages(this.http, PLANS, PlanSchema);
  }

  /** Creates a plan without features (link them with {@link link}). */
  create(plan: PlanRequest & { readonly name: string }): Promise<Plan> {
    return this.http.send({ method: "POST", path: PLANS, body: plan, response: PlanSchema });
  }

  /** Changes the fields sent. */
  async update(id: string, plan: PlanRequest): Promise<void> {
    await this.http.send({ method: "PATCH", path: `${PLANS}/${segment(id)}`, body: plan });
  }

  /** Deletes a plan. */
  delete(id: string): Promise<void> {
    return this.http.send({ method: "DELETE", path: `${PLANS}/${segment(id)}` });
  }

  /** The ids of every feature linked to the plan, all pages read (a plan may have any number). */
  async featureIds(planId: string): Promise<string[]> {
    return (await readAllEntitlementPages(this.http, `${PLANS}/${segment(planId)}/features`, PlanFeatureSchema)).map((f) => f.id);
  }

  /** Links features to the plan; linking one already linked changes nothing. Note the body's `featuresIds`. */
  async link(planId: string, featureIds: readonly string[]): Promise<void> {
    if (featureIds.length === 0) return;
    await this.http.send({ method: "PATCH", path: `${PLANS}/${segment(planId)}/features/link`, body: { featuresIds: featureIds } });
  }

  /**
   * Unlinks features from the plan. "Feature Bundle not found" means they are not linked (any more): done
   * (TF:resource_frontegg_plan_feature.go reads it the same way). Any other 404 (the plan is gone) is an error.
   */
  async unlink(planId: string, featureIds: readonly string[]): Promise<void> {
    if (featureIds.length === 0) return;
    try {
      await this.http.send({ method: "PATCH", path: `${PLANS}/${segment(planId)}/features/unlink`, body: { featuresIds: featureIds } });
    } catch (error) {
      if (error instanceof FronteggApiError && error.isNotFound && /feature bundle not found/i.test(error.message)) return;
      throw error;
    }
  }
}

/** Feature flag calls. */
export class FeatureFlagsApi {
  constructor(private readonly http: HttpTransport) {}

  /** Every feature flag (all pages). */
  list(): Promise<FeatureFlag[]> {
    return readAllEntitlementPages(this.http, FLAGS, FeatureFlagSchema);
  }

  /** Creates a flag. */
  create(flag: FeatureFlagRequest): Promise<FeatureFlag> {
    return this.http.send({ method: "POST", path: FLAGS, body: flag, response: FeatureFlagSchema });
  }

  /** Changes the fields sent. */
  async update(id: string, flag: Partial<FeatureFlagRequest>): Promise<void> {
    await this.http.send({ method: "PATCH", path: `${FLAGS}/${segment(id)}`, body: flag });
  }

  /** Deletes a flag. */
  delete(id: string): Promise<void> {
    return this.http.send({ method: "DELETE", path: `${FLAGS}/${segment(id)}` });
  }
}

/** The entitlements service, grouped. */
export class EntitlementsApi {
  readonly features: FeaturesApi;
  readonly plans: PlansApi;
  readonly featureFlags: FeatureFlagsApi;

  constructor(http: HttpTransport) {
    this.features = new FeaturesApi(http);
    this.plans = new PlansApi(http);
    this.featureFlags = new FeatureFlagsApi(http);
  }
}
