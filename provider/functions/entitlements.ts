/** Entitlements features by key and plans by name. */
import { z } from "zod";
import type { Feature, Plan } from "../client/api/entitlements";
import { ENTITLEMENT_TREATMENTS } from "../client/generated/spec-enums";
import { definedOnly } from "../lifecycle/definition";
import { defineFunction } from "./definition";
import { idsOf, pickByKey, pickUnique } from "./find";

const WHERE = "the Frontegg environment";

/** A feature as the functions return it. */
export const FeatureResult = z.object({
  id: z.string().describe("The feature's id in this environment (ids differ between environments)."),
  key: z.string().describe("The feature's key."),
  name: z.string().describe("The feature's display name."),
  description: z.string().optional().describe("The feature's description."),
  permissionKeys: z.array(z.string()).describe("Keys of the permissions the feature grants."),
});

function featureResult(feature: Feature): z.output<typeof FeatureResult> {
  const { id, key, name, description } = feature;
  return definedOnly({ id, key, name, description, permissionKeys: feature.permissions });
}

const FEATURE_ADVICE = "check the keys, or declare the features with Feature resources and use their featureId outputs";

/** `getFeatures`: features by key, or every feature; with their ids by key. */
export const getFeatures = defineFunction({
  name: "getFeatures",
  description:
    "Entitlements features: the ones with the given keys (failing, naming every key not found), or every feature. `ids` maps each " +
    "key to its feature's id, for a Plan's or FeatureFlag's `featureIds`.",
  inputs: z.object({ keys: z.array(z.string().min(1)).optional().describe("The features' keys. Without it, every feature.") }),
  outputs: z.object({
    features: z.array(FeatureResult).describe("The features, in the order of `keys`."),
    ids: z.record(z.string(), z.string()).describe("Each feature's id by its key."),
  }),
  async run(client, { keys }, caller) {
    const wanted = keys && [...new Set(keys)];
    // Frontegg filters by key itself: a lookup reads the pages of the asked features, not of every feature.
    const features = wanted?.length === 0 ? [] : await client.entitlements.features.list(wanted);
    const asked = keys ?? features.map((feature) => feature.key);
    const found = pickByKey({ caller, noun: "feature", where: WHERE, advice: FEATURE_ADVICE }, asked, features, (f) => f.key);
    return { features: found.map(featureResult), ids: idsOf(asked, found) };
  },
});

/** `getFeature`: one feature by key. */
export const getFeature = defineFunction({
  name: "getFeature",
  description: "One entitlements feature by key. Fails when no feature has the key.",
  inputs: z.object({ key: z.string().min(1).describe("The feature's key.") }),
  outputs: FeatureResult,
  // getFeatures with one key: the same message for a missing key.
  run: async (client, { key }, caller) => (await getFeatures.run(client, { keys: [key] }, caller)).features[0]!,
});

/** A plan as the functions return it. */
export const PlanResult = z.object({
  id: z.string().describe("The plan's id in this environment."),
  name: z.string().describe("The plan's name."),
  description: z.string().optional().describe("The plan's description."),
  defaultTreatment: z.enum(ENTITLEMENT_TREATMENTS).optional().describe("What the plan grants when no rule matches."),
});

function planResult(plan: Plan): z.output<typeof PlanResult> {
  const { id, name, description, defaultTreatment } = plan;
  return definedOnly({ id, name, description, defaultTreatment });
}

/** `getPlan`: one plan by name. */
export const getPlan = defineFunction({
  name: "getPlan",
  description: "One entitlements plan by name. Fails when no plan has the name, or when several do.",
  inputs: z.object({ name: z.string().min(1).describe("The plan's name.") }),
  outputs: PlanResult,
  async run(client, { name }, caller) {
    const plans = await client.entitlements.plans.list();
    return planResult(pickUnique({ caller, noun: "plan", keyName: "name", where: WHERE, advice: "check the name" }, name, plans, (p) => p.name, (p) => p.id));
  },
});
