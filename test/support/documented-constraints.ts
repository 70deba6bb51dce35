/**
 * The constraints the docs state for a kind's inputs, read from the same JSON Schema the docs are generated from
 * (required properties, enumerations, ranges, lengths, patterns, formats, item counts), each turned into inputs
 * that break it and nothing else. A constraint the docs state but validation does not enforce then fails the
 * bad-input corpus.
 */
import { z } from "zod";
import { definitionOf } from "../../provider/resources";

type Props = Record<string, unknown>;
type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minItems?: number;
  anyOf?: JsonSchema[];
};

/** One documented constraint, broken. */
export interface Violation {
  readonly kind: string;
  /** The property's path as messages name it, e.g. `level` or `sessionIdleTimeoutConfiguration.timeout`. */
  readonly property: string;
  /** What is broken, e.g. `maximum 1000`. */
  readonly constraint: string;
  readonly inputs: Props;
}

/** The JSON Schema of a kind's inputs, as the docs and schema.json are generated from. */
export function inputSchemaOf(kind: string): JsonSchema {
  return z.toJSONSchema(definitionOf(kind)!.inputs as z.ZodType, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

/** Values that break one keyword of `schema`, with the keyword. */
function breaking(schema: JsonSchema): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  const numeric = schema.type === "integer" || schema.type === "number";
  if (schema.enum) out.push([`enum ${schema.enum.slice(0, 4).join("|")}${schema.enum.length > 4 ? "|…" : ""}`, "not-a-listed-value"]);
  if (numeric && schema.minimum !== undefined) out.push([`minimum ${schema.minimum}`, schema.minimum - 1]);
  if (numeric && schema.exclusiveMinimum !== undefined) out.push([`exclusiveMinimum ${schema.exclusiveMinimum}`, schema.exclusiveMinimum]);
  if (numeric && schema.maximum !== undefined) out.push([`maximum ${schema.maximum}`, schema.maximum + 1]);
  if (numeric && schema.exclusiveMaximum !== undefined) out.push([`exclusiveMaximum ${schema.exclusiveMaximum}`, schema.exclusiveMaximum]);
  if (schema.type === "string" && schema.minLength !== undefined && schema.minLength > 0) out.push([`minLength ${schema.minLength}`, "x".repeat(schema.minLength - 1)]);
  if (schema.type === "string" && schema.maxLength !== undefined) out.push([`maxLength ${schema.maxLength}`, "x".repeat(schema.maxLength + 1)]);
  if (schema.type === "string" && schema.pattern !== undefined) {
    const pattern = new RegExp(schema.pattern);
    const candidate = ["not valid!", "has space", "-", "ÄÖÜ", "x"].find((value) => !pattern.test(value) && value.length >= (schema.minLength ?? 0));
    if (candidate !== undefined) out.push([`pattern ${schema.pattern}`, candidate]);
  }
  if (schema.type === "string" && (schema.format === "email" || schema.format === "uri")) out.push([`format ${schema.format}`, "not a valid value"]);
  if (schema.type === "array" && schema.minItems !== undefined && schema.minItems > 0) out.push([`minItems ${schema.minItems}`, []]);
  // A kind of switches only (an SSO domain policy) documents nothing but their type.
  if (schema.type === "boolean") out.push(["type boolean", "yes"]);
  return out;
}

/** Every documented constraint of `kind`, broken one at a time in `valid`. */
export function violationsOf(kind: string, valid: Props): Violation[] {
  const schema = inputSchemaOf(kind);
  const out: Violation[] = [];
  for (const property of schema.required ?? []) {
    const { [property]: _omitted, ...rest } = valid;
    out.push({ kind, property, constraint: "required", inputs: rest });
  }
  for (const [property, spec] of Object.entries(schema.properties ?? {})) {
    for (const [constraint, value] of breaking(spec)) out.push({ kind, property, constraint, inputs: { ...valid, [property]: value } });
    // One level down (a session policy's timeouts): the nested object keeps its declared or minimal shape.
    for (const [inner, innerSpec] of Object.entries(spec.properties ?? {})) {
      const base = typeof valid[property] === "object" && valid[property] !== null ? (valid[property] as Props) : {};
      for (const [constraint, value] of breaking(innerSpec)) {
        out.push({ kind, property: `${property}.${inner}`, constraint, inputs: { ...valid, [property]: { ...base, [inner]: value } } });
      }
    }
  }
  return out;
}
