/**
 * The entitlements part of an environment snapshot: features by key, plans by name (with their features as
 * sorted keys), feature flags by their feature's key. Ids are replaced by natural keys so two environments compare.
 */
import { FronteggClient, Rule } from "../client";
import { definedOnly } from "../lifecycle/definition";
import { metadataText } from "../resources/entitlement-fields";

export interface FeatureSnapshot {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  /** Permission keys, sorted. */
  readonly permissions: readonly string[];
  /** JSON text; absent when Frontegg holds none (or `{}`). */
  readonly metadata?: string;
}

export interface PlanSnapshot {
  readonly name: string;
  readonly description: string;
  /** Keys of the linked features, sorted. */
  readonly features: readonly string[];
  readonly defaultTreatment?: string;
  /** Absent when the plan has none. */
  readonly rules?: readonly Rule[];
  readonly metadata?: string;
  readonly defaultTimeLimitation?: number;
  readonly assignOnSignup: boolean;
}

export interface FeatureFlagSnapshot {
  /** The key of the feature the flag switches. */
  readonly feature: string;
  readonly name: string;
  readonly description: string;
  readonly on: boolean;
  readonly offTreatment: string;
  readonly defaultTreatment: string;
  readonly rules?: readonly Rule[];
  readonly metadata?: string;
}

/** The entitlements groups of a snapshot. */
export interface EntitlementsSnapshot {
  readonly Feature: Record<string, FeatureSnapshot>;
  /** Keyed by name (the Plan kind's natural key); should Frontegg hold two plans of one name, the later wins. */
  readonly Plan: Record<string, PlanSnapshot>;
  /** Keyed by the feature's key: a feature has at most one flag. */
  readonly FeatureFlag: Record<string, FeatureFlagSnapshot>;
}

/** Reads every feature, plan (with every page of its features) and feature flag. */
export async function readEntitlements(client: FronteggClient): Promise<EntitlementsSnapshot> {
  const api = client.entitlements;
  const [features, plans, flags] = await Promise.all([api.features.list(), api.plans.list(), api.featureFlags.list()]);
  const links = await Promise.all(plans.map((plan) => api.plans.featureIds(plan.id)));
  const keyOf = new Map(features.map((f) => [f.id, f.key]));
  const snapshot: EntitlementsSnapshot = { Feature: {}, Plan: {}, FeatureFlag: {} };
  for (const f of features) {
    snapshot.Feature[f.key] = definedOnly({
      key: f.key,
      name: f.name,
      description: f.description ?? "",
      permissions: [...f.permissions].sort(),
      metadata: meaningfulMetadata(f.metadata),
    });
  }
  for (const [index, p] of plans.entries()) {
    snapshot.Plan[p.name] = definedOnly({
      name: p.name,
      description: p.description ?? "",
      features: (links[index] ?? []).map((id) => keyOf.get(id) ?? id).sort(),
      defaultTreatment: p.defaultTreatment,
      rules: p.rules && p.rules.length > 0 ? p.rules : undefined,
      metadata: meaningfulMetadata(p.metadata),
      defaultTimeLimitation: p.defaultTimeLimitation,
      assignOnSignup: p.assignOnSignup ?? false,
    });
  }
  for (const flag of flags) {
    const feature = flag.feature ? keyOf.get(flag.feature.id) : undefined;
    if (!feature) continue;
    snapshot.FeatureFlag[feature] = definedOnly({
      feature,
      name: flag.name,
      description: flag.description ?? "",
      on: flag.on,
      offTreatment: flag.offTreatment,
      defaultTreatment: flag.defaultTreatment,
      rules: flag.rules.length > 0 ? flag.rules : undefined,
      metadata: meaningfulMetadata(flag.metadata),
    });
  }
  return snapshot;
}

/** Metadata as JSON text, or undefined when there is none worth declaring (`{}` is Frontegg's "none"). */
function meaningfulMetadata(value: unknown): string | undefined {
  const text = metadataText(value);
  return text === undefined || text === "{}" ? undefined : text;
}
