/**
 * JwtTemplateTargeting: which `JwtTemplate` applies to which tokens. One per environment: an ordered list of
 * rules, the first whose conditions all hold naming the template (by key) the token is issued with. Sources:
 * spec:identity.json, notes-3 §1b (TF#238 for the `{ list }` value and the empty PUT answer).
 *
 * Better than TF's resource: an existing targeting is taken over instead of relying on a 409; a condition's
 * values compare as a set and a rule's conditions regardless of their order (they are and-ed), while the rules
 * themselves keep their order, which decides the match; the targeting Frontegg holds is read before every write,
 * so the write that replaces the whole list is an update of the object that is there.
 */
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { FronteggClient, JWT_TARGETING_ATTRIBUTES, JWT_TARGETING_OPERATIONS, JwtTargetingRule, JwtTemplateTargeting as ApiTargeting } from "../client";
import { Comparator, duplicatesIn } from "../lifecycle/compare";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound } from "../lifecycle/errors";
import { environmentSingleton } from "./environment-singleton";
import { adoptExistingField } from "./fields";


const condition = z.strictObject({
  attribute: z.enum(JWT_TARGETING_ATTRIBUTES).describe("What is tested: `userId`, `applicationId`, `tenantId`, `roleIds`, `tokenType` or `userEmail`."),
  op: z.enum(JWT_TARGETING_OPERATIONS).describe("How: `in_list`, `contains` or `ends_with`."),
  value: z
    .strictObject({
      list: z.array(z.string().min(1, "each value of a condition's list must not be empty")).min(1, "a condition's value.list needs at least one value"),
    })
    .describe("The values tested against, as `{ list: [...] }` (the payload Frontegg takes, TF#238). The list is a set."),
  negate: z.boolean().default(false).describe("Whether the condition holds when the test fails instead."),
});

const rule = z.strictObject({
  conditionLogic: z.enum(["and"]).default("and").describe("How the conditions combine; Frontegg knows only `and`."),
  conditions: z.array(condition).min(1, "a rule needs at least one condition").describe("The conditions, all of which must hold. Their order is no change."),
  treatment: z
    .string()
    .min(1, "a rule's treatment must name a JWT template key")
    .describe("The `key` of the `JwtTemplate` tokens matching the rule are issued with (pass `template.key` so the template is created first)."),
});

const inputs = z
  .strictObject({
    rules: z
      .array(rule)
      .describe("The rules, in order: the first rule whose conditions all hold picks the template. `[]` applies no template."),
    adoptExisting: adoptExistingField,
  })
  .superRefine((i, ctx) => {
    i.rules.forEach((r, index) =>
      r.conditions.forEach((c, at) => {
        for (const repeated of duplicatesIn(c.value.list)) {
          ctx.addIssue({ code: "custom", path: ["rules", index, "conditions", at, "value", "list"], message: `"${repeated}" is listed twice in a condition's value.list` });
        }
      }),
    );
  });
type Inputs = z.output<typeof inputs>;
/** Inputs of a {@link JwtTemplateTargeting}. */
export type JwtTemplateTargetingInputs = z.input<typeof inputs>;

const outputs = z.object({
  targetingId: z.string().describe("Frontegg's id of the targeting object."),
});
/** Every property of a {@link JwtTemplateTargeting} as stored in state. */
export type JwtTemplateTargetingState = Inputs & z.output<typeof outputs>;

/** A condition with its list sorted and a rule with its conditions sorted: how a set is spelled in state. */
function canonicalRules(rules: readonly JwtTargetingRule[]): JwtTargetingRule[] {
  return rules.map((r) => ({
    conditionLogic: r.conditionLogic,
    treatment: r.treatment,
    conditions: r.conditions
      .map((c) => ({ attribute: c.attribute, op: c.op, negate: c.negate, value: Array.isArray(c.value.list) ? { ...c.value, list: [...(c.value.list as unknown[])].map(String).sort() } : c.value }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  }));
}

/** Rules compare in order; within a rule, conditions and each condition's list compare as sets. */
export const sameRules: Comparator = (current, desired) =>
  isDeepStrictEqual(canonicalRules((current ?? []) as JwtTargetingRule[]), canonicalRules((desired ?? []) as JwtTargetingRule[]));

function toState(targeting: ApiTargeting): State {
  return { targetingId: targeting.id, rules: canonicalRules(targeting.targeting.rules) };
}

async function read(client: FronteggClient): Promise<State | undefined> {
  const targeting = await client.jwtTemplateTargeting.get();
  return targeting && toState(targeting);
}

/**
 * Writes the whole rule list. Frontegg's write replaces the list (the object holds nothing else), so what is read
 * first decides only the verb: PUT where a targeting exists, POST where none does.
 */
async function save(client: FronteggClient, i: Inputs): Promise<State> {
  const api = client.jwtTemplateTargeting;
  const body = { rules: i.rules.map((r) => ({ conditionLogic: r.conditionLogic, treatment: r.treatment, conditions: r.conditions.map((c) => ({ ...c, value: { list: [...new Set(c.value.list)] } })) })) };
  const written = (await api.get()) === undefined ? await api.create(body) : await api.replace(body);
  return toState(written);
}

/** The JwtTemplateTargeting resource kind. */
export const jwtTemplateTargeting = defineResource<Inputs>({
  kind: "JwtTemplateTargeting",
  noun: "JWT template targeting",
  description:
    "Which JWT template each token is issued with: an ordered list of rules, the first whose conditions all hold " +
    "naming a `JwtTemplate` by key. There is one per environment: creating the resource takes over the existing " +
    "targeting, and deleting it deletes the targeting, so tokens are issued without a template. The rules keep " +
    "their order; a rule's conditions and a condition's values are sets. Whether Frontegg checks that a rule names " +
    "an existing template is unverified: pass a declared template's `key` output.",
  example: `resource partner "frontegg-native:index:JwtTemplate" {
  key = "partner"
  name = "Partner API token"
  expiration = 3600
  algorithm = "RS256"
  claims = {
    iss = "{{issuer}}"
    sub = "{{user.id}}"
    aud = "{{clientId}}"
    exp = "{{exp}}"
    iat = "{{iat}}"
  }
}

resource targeting "frontegg-native:index:JwtTemplateTargeting" {
  rules = [{
    treatment = partner.key
    conditions = [{
      attribute = "applicationId"
      op = "in_list"
      value = {
        list = ["partner-app-id"]
      }
    }]
  }]
}`,
  inputs,
  outputs,
  replaceOnChanges: [],
  secrets: [],
  compare: { rules: sameRules },
  ...environmentSingleton({ noun: "JWT template targeting", read, save }),
  async delete(client) {
    // The object Frontegg holds now, whatever its id: the portal may have recreated it since the last write.
    const current = await client.jwtTemplateTargeting.get();
    if (current !== undefined) await ignoreNotFound(() => client.jwtTemplateTargeting.delete(current.id));
  },
});
