/**
 * Feature: an entitlements feature, which plans grant and feature flags switch. Natural key: its key (unique in
 * the environment: Frontegg's Terraform provider lists `featureKeys=<key>` before a create, notes-more §11).
 *
 * Written through v1 (permissions by key, as Frontegg lists them, so a refresh compares like with like); only
 * `metadata` goes through v2, the one route that takes it, and then alone.
 */
import { z } from "zod";
import { Feature as ApiFeature } from "../client";
import { sameSet } from "../lifecycle/compare";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound } from "../lifecycle/errors";
import { metadataField, metadataText, sameMetadata } from "./entitlement-fields";
import { adoptExistingField, descriptionField, keyField, nameField } from "./fields";

const inputs = z.strictObject({
  key: keyField("feature").describe("Feature key, unique in the environment, e.g. `sso`; what applications check. Can be changed in place."),
  name: nameField("feature").describe("Display name."),
  description: descriptionField,
  permissions: z
    .array(keyField("permission"))
    .default([])
    .describe("Keys of the permissions the feature grants (compared as a set), e.g. `[\"invoices.read\"]`. Empty: none."),
  metadata: metadataField,
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of a {@link Feature}. */
export type FeatureInputs = z.input<typeof inputs>;

const outputs = z.object({
  featureId: z.string().describe("Frontegg's id of the feature (also the resource id): what a Plan's `featureIds` and a FeatureFlag's `featureId` take."),
});
/** Every property of a {@link Feature} as stored in state: the inputs plus what Frontegg computes. */
export type FeatureState = Inputs & z.output<typeof outputs>;

function toState(feature: ApiFeature): State {
  return {
    featureId: feature.id,
    key: feature.key,
    name: feature.name,
    description: feature.description ?? "",
    permissions: feature.permissions,
    metadata: metadataText(feature.metadata),
  };
}

const describe = (i: { key: string }): string => `feature "${i.key}"`;

/** The Feature resource kind. */
export const feature = defineResource<Inputs>({
  kind: "Feature",
  example: `resource reportsExport "frontegg-native:index:Permission" {
  __logicalName = "reports-export"
  key = "reports.export"
  name = "Export reports"
}

resource reports "frontegg-native:index:Feature" {
  key = "reports"
  name = "Reports"
  permissions = [reportsExport.key]
  metadata = toJSON({
    tier = "enterprise"
  })
}`,
  description:
    "An entitlements feature: a key applications check, granted by plans (`Plan.featureIds`) and switched by a " +
    "`FeatureFlag`. Deleting the resource deletes the feature (Frontegg drops its plan links).",
  inputs,
  outputs,
  replaceOnChanges: [],
  secrets: [],
  compare: { permissions: sameSet, metadata: sameMetadata },
  claimedBy: ["key"],
  // `permissions` holds keys, not ids: Frontegg checks them on write, so an exported program refers to the
  // declared Permission's key output, which has the permission created first. A plan of the program may grant a
  // feature it does not declare through its lookup.
  environment: { keyReferences: { permissions: "Permission" }, lookup: "lookupFeatureIds" },
  claims: (i) => (typeof i.key === "string" ? [describe(i)] : []),
  describe,
  idOf: (state) => String(state.featureId),
  // Features are environment-wide: one list (every page of it) per operation.
  collection: {
    scopeOf: () => undefined,
    list: async (client) => (await client.entitlements.features.list()).map(toState),
    matches: (state, i) => state.key === i.key,
  },
  async create(client, i, created) {
    const api = client.entitlements.features;
    const made = await api.create({ key: i.key, name: i.name, description: i.description, permissions: i.permissions });
    const state = { ...toState(made), description: made.description ?? i.description, permissions: made.permissions };
    if (i.metadata === undefined) return state;
    created(state);
    await api.setMetadata(made.id, i.metadata);
    return { ...state, metadata: i.metadata };
  },
  async update(client, id, i, current, changed) {
    const api = client.entitlements.features;
    const fields = changed.filter((key) => key !== "metadata");
    if (fields.length > 0) await api.update(id, { key: i.key, name: i.name, description: i.description, permissions: i.permissions });
    if (changed.includes("metadata") && i.metadata !== undefined) await api.setMetadata(id, i.metadata);
    return { ...current, featureId: id, key: i.key, name: i.name, description: i.description, permissions: i.permissions, metadata: i.metadata ?? current.metadata };
  },
  async delete(client, id) {
    await ignoreNotFound(() => client.entitlements.features.delete(id));
  },
});
