/**
 * Input properties the entitlements kinds (Feature, Plan, FeatureFlag) share: treatments, targeting rules and
 * `metadata`, a JSON object Frontegg takes as a string (spec:entitlements.json).
 */
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { ENTITLEMENT_TREATMENTS, RULE_ATTRIBUTE_TYPES, RULE_CONDITION_LOGICS, RULE_CONDITION_OPERATIONS } from "../client";
import { Comparator } from "../lifecycle/compare";

/** A treatment: Frontegg spells it as the string `"true"` or `"false"`. */
export function treatmentField(what: string) {
  return z.enum(ENTITLEMENT_TREATMENTS, { message: `${what} must be "true" or "false" (strings, as Frontegg spells treatments)` });
}

const conditionField = z.strictObject({
  attribute: z.string().min(1, "a rule condition's attribute must not be empty").describe("The attribute tested, e.g. `plan` or a custom attribute's name."),
  attributeType: z.enum(RULE_ATTRIBUTE_TYPES).describe("`custom` for an attribute the application sends, `frontegg` for one of Frontegg's own."),
  negate: z.boolean().default(false).describe("Whether the condition is negated."),
  op: z.enum(RULE_CONDITION_OPERATIONS).describe("The operation, e.g. `in_list`, `equal`, `starts_with`, `between_date`."),
  value: z
    .record(z.string(), z.unknown())
    .describe("The operation's data; each operation has its own shape, e.g. `{ list: [\"a\", \"b\"] }` for `in_list` (see Frontegg's entitlements docs)."),
});

/** Targeting rules (`RuleDto[]`), evaluated in order. */
export const rulesField = z
  .array(
    z.strictObject({
      description: z.string().max(1024, "a rule's description must be at most 1024 characters").default("").describe("What the rule is for."),
      conditionLogic: z.enum(RULE_CONDITION_LOGICS).default("and").describe("How the conditions combine; Frontegg knows only `and`."),
      conditions: z.array(conditionField).min(1, "a rule needs at least one condition").describe("The conditions, all of which must hold."),
      treatment: treatmentField("a rule's treatment").describe("The treatment when the rule matches: `\"true\"` or `\"false\"`."),
    }),
  )
  .optional();

/** `metadata`: a JSON object, written as a string. Compared by content, so spacing and key order are no change. */
export const metadataField = z
  .string()
  .refine(isJsonObjectText, "metadata must be a JSON object as a string, e.g. '{\"tier\":\"gold\"}' (use JSON.stringify)")
  .optional()
  .describe(
    "Custom data as a JSON object in a string, e.g. `JSON.stringify({ tier: \"gold\" })`, as Frontegg's entitlements API takes it " +
      "(an `Application`'s metadata is an object of strings instead). Omit to leave Frontegg's value as it is.",
  );

/** Metadata as state keeps it: the canonical JSON text of what Frontegg holds; undefined when it holds none. */
export function metadataText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** Two metadata texts compare by the JSON objects they hold; Frontegg's `{}` is the same as none. */
export const sameMetadata: Comparator = (current, desired) => isDeepStrictEqual(parsedObject(current), parsedObject(desired));

function parsedObject(value: unknown): unknown {
  if (typeof value !== "string") return value ?? {};
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function isJsonObjectText(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}
