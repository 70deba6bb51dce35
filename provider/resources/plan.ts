/**
 * Plan: an entitlements plan and the set of features it grants.
 *
 * Natural key: the name. A plan has no key of its own, and its id differs per environment; Frontegg's Terraform
 * provider finds an existing plan by name (TF:resource_frontegg_plan.go). Whether Frontegg enforces unique names
 * is unverified (notes-more "Not reliably sourced"), so this provider makes it a rule of the stack: one Plan per
 * name, and a create whose name Frontegg already holds fails unless `adoptExisting` is set (TF adopts silently).
 *
 * Features are a set managed only through the link and unlink routes, never through `featureKeys` on the plan
 * body, whose interaction with links (replace or add) is unverified (notes-more §11). They are read from the
 * plan's own features route with every page followed: the incumbent read one page and lost features past the
 * tenth (TF-log:cfa954e).
 */
import { z } from "zod";
import { FronteggClient, Plan as ApiPlan, PlanRequest } from "../client";
import { sameSet } from "../lifecycle/compare";
import { defineResource, definedOnly, State } from "../lifecycle/definition";
import { ignoreNotFound } from "../lifecycle/errors";
import { metadataField, metadataText, rulesField, sameMetadata, treatmentField } from "./entitlement-fields";
import { adoptExistingField, descriptionField, nameField } from "./fields";

const inputs = z.strictObject({
  name: nameField("plan").describe("Plan name; a stack may declare each name once. Can be changed in place."),
  description: descriptionField,
  featureIds: z
    .array(z.string().min(1, "featureIds must not contain an empty id"))
    .default([])
    .describe(
      "Ids of the features the plan grants, compared as a set (order never matters), any number of them: the " +
        "`featureId` of Feature resources, or `lookupFeatureIds` for features not managed here. Features linked " +
        "in Frontegg but not listed here are unlinked.",
    ),
  defaultTreatment: treatmentField("defaultTreatment")
    .optional()
    .describe("The treatment when no rule matches: `\"true\"` or `\"false\"`. Omit to leave Frontegg's value as it is."),
  rules: rulesField.describe("Targeting rules, evaluated in order. Omit to leave Frontegg's rules as they are; `[]` removes them."),
  metadata: metadataField,
  defaultTimeLimitation: z
    .number()
    .int("defaultTimeLimitation must be a whole number of days")
    .positive("defaultTimeLimitation must be at least 1 day")
    .optional()
    .describe("How many days a plan assigned on sign-up lasts. Omit to leave Frontegg's value as it is."),
  assignOnSignup: z.boolean().default(false).describe("Whether new accounts get the plan when they sign up."),
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of a {@link Plan}. */
export type PlanInputs = z.input<typeof inputs>;

const outputs = z.object({
  planId: z.string().describe("Frontegg's id of the plan (also the resource id)."),
});
/** Every property of a {@link Plan} as stored in state: the inputs plus what Frontegg computes. */
export type PlanState = Inputs & z.output<typeof outputs>;

function toState(plan: ApiPlan, featureIds: readonly string[]): State {
  return {
    planId: plan.id,
    name: plan.name,
    description: plan.description ?? "",
    featureIds: [...featureIds],
    defaultTreatment: plan.defaultTreatment,
    rules: plan.rules,
    metadata: metadataText(plan.metadata),
    defaultTimeLimitation: plan.defaultTimeLimitation,
    assignOnSignup: plan.assignOnSignup ?? false,
  };
}

/**
 * The plan fields the program declares: the body of a create or update (undeclared optional ones are left out,
 * so Frontegg keeps its values), and what they are in Frontegg afterwards (the spec gives PATCH no answer schema).
 */
function declared(i: Inputs): PlanRequest & { name: string } {
  const { featureIds: _links, adoptExisting: _control, ...fields } = i;
  return definedOnly(fields) as unknown as PlanRequest & { name: string };
}

/**
 * Every plan with its linked features. This is the kind's one listing per operation: the plans list plus each
 * plan's features list, every page of each (Frontegg returns no features on the plans list, TF says).
 */
async function listPlans(client: FronteggClient): Promise<State[]> {
  const api = client.entitlements.plans;
  const plans = await api.list();
  return Promise.all(plans.map(async (plan) => toState(plan, await api.featureIds(plan.id))));
}

/** Links and unlinks so the plan grants exactly `desired`. */
async function syncFeatures(client: FronteggClient, planId: string, current: readonly string[], desired: readonly string[]): Promise<void> {
  const api = client.entitlements.plans;
  const have = new Set(current);
  const want = new Set(desired);
  await api.link(planId, [...want].filter((id) => !have.has(id)));
  await api.unlink(planId, [...have].filter((id) => !want.has(id)));
}

const describe = (i: { name: string }): string => `plan "${i.name}"`;

/** The Plan resource kind. */
export const plan = defineResource<Inputs>({
  kind: "Plan",
  example: `resource sso "frontegg-native:index:Feature" {
  key = "sso"
  name = "Single sign-on"
}

resource auditLogs "frontegg-native:index:Feature" {
  __logicalName = "audit-logs"
  key = "audit-logs"
  name = "Audit logs"
}

resource enterprise "frontegg-native:index:Plan" {
  name = "Enterprise"
  description = "Everything"
  featureIds = [sso.featureId, auditLogs.featureId]
  defaultTreatment = "true"
}`,
  description:
    "An entitlements plan and the set of features it grants (any number: every page of Frontegg's list is " +
    "read). Natural key: the name. Deleting the resource deletes the plan.",
  inputs,
  outputs,
  replaceOnChanges: [],
  secrets: [],
  compare: { featureIds: sameSet, metadata: sameMetadata },
  references: { featureIds: "Feature" },
  claimedBy: ["name"],
  claims: (i) => (typeof i.name === "string" ? [describe(i)] : []),
  describe,
  idOf: (state) => String(state.planId),
  collection: { scopeOf: () => undefined, list: listPlans, matches: (state, i) => state.name === i.name },
  async create(client, i, created) {
    const made = await client.entitlements.plans.create(declared(i));
    const state = { ...toState(made, []), ...declared(i) };
    if (i.featureIds.length === 0) return state;
    created(state);
    await syncFeatures(client, made.id, [], i.featureIds);
    return { ...state, featureIds: [...i.featureIds] };
  },
  async update(client, id, i, current, changed) {
    if (changed.some((key) => key !== "featureIds")) await client.entitlements.plans.update(id, declared(i));
    if (changed.includes("featureIds")) await syncFeatures(client, id, (current.featureIds as string[] | undefined) ?? [], i.featureIds);
    return { ...current, ...declared(i), planId: id, featureIds: [...i.featureIds] };
  },
  async delete(client, id) {
    await ignoreNotFound(() => client.entitlements.plans.delete(id));
  },
});
