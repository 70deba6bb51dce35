/**
 * FeatureFlag: the switch of one feature (spec:entitlements.json only; Frontegg's Terraform provider has no such
 * resource, notes-more §11).
 *
 * Natural key: the feature. A flag has no key of its own, and a feature carries one `featureFlag` (FeatureDto), so
 * a feature has at most one flag; whether flag names are unique is unverified. Moving a flag to another feature
 * replaces it.
 *
 * The sources say what the fields are, not how Frontegg evaluates them (spec descriptions only: `on` "whether the
 * feature flag is on", `offTreatment` "the treatment in case feature flag is off", `defaultTreatment`, rules
 * "targeting the feature"). So the defaults are the safe ones: a flag is created off, and both treatments are
 * `"false"`, so declaring a flag grants nothing until the program says so. Rules are managed only when declared:
 * a program that does not mention them never wipes targeting set up in the portal.
 */
import { z } from "zod";
import { FeatureFlag as ApiFeatureFlag, FeatureFlagRequest } from "../client";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound } from "../lifecycle/errors";
import { metadataField, metadataText, rulesField, sameMetadata, treatmentField } from "./entitlement-fields";
import { adoptExistingField, descriptionField, nameField } from "./fields";

const inputs = z.strictObject({
  featureId: z
    .string()
    .min(1, "featureId must not be empty: use the featureId output of a Feature, or lookupFeatureIds")
    .describe("Id of the feature the flag switches (one flag per feature). Changing it replaces the flag."),
  name: nameField("feature flag").describe("Display name."),
  description: descriptionField,
  on: z.boolean().default(false).describe("Whether the flag is on. Default `false`: off, serving `offTreatment`."),
  offTreatment: treatmentField("offTreatment").default("false").describe("The treatment while the flag is off: `\"true\"` or `\"false\"` (default)."),
  defaultTreatment: treatmentField("defaultTreatment")
    .default("false")
    .describe("The treatment while the flag is on and no rule matches: `\"true\"` or `\"false\"` (default)."),
  rules: rulesField.describe("Targeting rules while the flag is on, evaluated in order. Omit to leave Frontegg's rules as they are; `[]` removes them."),
  metadata: metadataField,
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of a {@link FeatureFlag}. */
export type FeatureFlagInputs = z.input<typeof inputs>;

const outputs = z.object({
  featureFlagId: z.string().describe("Frontegg's id of the feature flag (also the resource id)."),
});
/** Every property of a {@link FeatureFlag} as stored in state: the inputs plus what Frontegg computes. */
export type FeatureFlagState = Inputs & z.output<typeof outputs>;

function toState(flag: ApiFeatureFlag): State {
  return {
    featureFlagId: flag.id,
    featureId: flag.feature?.id,
    name: flag.name,
    description: flag.description ?? "",
    on: flag.on,
    offTreatment: flag.offTreatment,
    defaultTreatment: flag.defaultTreatment,
    rules: flag.rules,
    metadata: metadataText(flag.metadata),
  };
}

function request(i: Inputs): FeatureFlagRequest {
  return {
    name: i.name,
    featureId: i.featureId,
    on: i.on,
    offTreatment: i.offTreatment,
    defaultTreatment: i.defaultTreatment,
    description: i.description,
    ...(i.rules !== undefined ? { rules: i.rules } : {}),
    ...(i.metadata !== undefined ? { metadata: i.metadata } : {}),
  };
}

const describe = (i: { name: string; featureId: string }): string => `feature flag "${i.name}" of feature ${i.featureId}`;

/** The FeatureFlag resource kind. */
export const featureFlag = defineResource<Inputs>({
  kind: "FeatureFlag",
  example: `resource sso "frontegg-native:index:Feature" {
  key = "sso"
  name = "Single sign-on"
}

resource ssoFlag "frontegg-native:index:FeatureFlag" {
  __logicalName = "sso-flag"
  featureId = sso.featureId
  name = "SSO rollout"
  on = true
  defaultTreatment = "false"
  rules = [{
    treatment = "true"
    conditions = [{
      attribute = "tier"
      attributeType = "custom"
      op = "in_list"
      value = {
        list = ["gold"]
      }
    }]
  }]
}`,
  description:
    "The feature flag of one feature: on/off, the treatments served, and targeting rules. Created off with both " +
    "treatments `\"false\"` unless declared otherwise. Deleting the resource deletes the flag.",
  inputs,
  outputs,
  replaceOnChanges: ["featureId"],
  secrets: [],
  // FeatureFlagDto does not require `feature`: should Frontegg leave it out, the feature last written is kept.
  writeOnly: ["featureId"],
  compare: { metadata: sameMetadata },
  references: { featureId: "Feature" },
  claimedBy: ["featureId"],
  claims: (i) => (typeof i.featureId === "string" ? [`feature flag of feature ${i.featureId}`] : []),
  describe,
  idOf: (state) => String(state.featureFlagId),
  collection: {
    scopeOf: () => undefined,
    list: async (client) => (await client.entitlements.featureFlags.list()).map((flag) => toState(flag)),
    matches: (state, i) => state.featureId === i.featureId,
  },
  async create(client, i) {
    const made = await client.entitlements.featureFlags.create(request(i));
    return { ...toState(made), rules: made.rules, metadata: i.metadata ?? metadataText(made.metadata) };
  },
  async update(client, id, i, current) {
    await client.entitlements.featureFlags.update(id, request(i));
    return { ...current, ...request(i), featureFlagId: id, rules: i.rules ?? current.rules, metadata: i.metadata ?? current.metadata };
  },
  async delete(client, id) {
    await ignoreNotFound(() => client.entitlements.featureFlags.delete(id));
  },
});
