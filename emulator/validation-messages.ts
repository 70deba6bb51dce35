import type { ErrorObject } from "ajv";

/**
 * Turns ajv errors into messages that read like Frontegg's (class-validator: "enabled must be a boolean
 * value", "maxAttempts must not be less than 1"), each naming the offending field.
 */

/** Where the validated value came from; decides how fields are named. */
export type ValueLocation = "body" | "path" | "query" | "header";

const TYPE_PHRASES: Record<string, string> = {
  boolean: "a boolean value",
  string: "a string",
  number: "a number conforming to the specified constraints",
  integer: "an integer number",
  array: "an array",
  object: "an object",
  null: "null",
};

function typePhrase(type: unknown): string {
  const types = Array.isArray(type) ? type : String(type).split(",");
  const first = types.find((t) => t !== "null") ?? "null";
  return TYPE_PHRASES[String(first)] ?? `of type ${String(first)}`;
}

/** "/0/level" → "[0].level"; "/sessionTimeoutConfiguration/timeout" → "sessionTimeoutConfiguration.timeout". */
function fieldName(instancePath: string, child?: string): string {
  const segments = instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (child !== undefined) segments.push(child);
  return segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

function describe(error: ErrorObject, location: ValueLocation): string | undefined {
  const params = error.params as Record<string, unknown>;
  const name = fieldName(error.instancePath);
  switch (error.keyword) {
    case "required": {
      const missing = fieldName(error.instancePath, String(params.missingProperty));
      return location === "header" ? `${missing} header is required` : `${missing} should not be empty`;
    }
    case "type":
      return name === "" ? `Expected body to be ${typePhrase(params.type)}` : `${name} must be ${typePhrase(params.type)}`;
    case "minimum":
      return `${name} must not be less than ${String(params.limit)}`;
    case "maximum":
      return `${name} must not be greater than ${String(params.limit)}`;
    case "exclusiveMinimum":
      return `${name} must be greater than ${String(params.limit)}`;
    case "exclusiveMaximum":
      return `${name} must be less than ${String(params.limit)}`;
    case "enum":
      return `${name} must be one of the following values: ${(params.allowedValues as unknown[]).join(", ")}`;
    case "minLength":
      return `${name} must be longer than or equal to ${String(params.limit)} characters`;
    case "maxLength":
      return `${name} must be shorter than or equal to ${String(params.limit)} characters`;
    case "minItems":
      return `${name} must contain at least ${String(params.limit)} elements`;
    case "minProperties":
      return `${name || location} must contain at least ${String(params.limit)} property to change`;
    case "format":
      return `${name} must be a valid ${String(params.format)}`;
    case "pattern":
      return `${name} must match ${String(params.pattern)} regular expression`;
    case "additionalProperties":
      return `property ${fieldName(error.instancePath, String(params.additionalProperty))} should not exist`;
    case "anyOf":
    case "oneOf":
    case "allOf":
      // The branch errors already say what is wrong; the combinator's own line adds nothing.
      return undefined;
    default:
      return `${name || location} ${error.message ?? "is invalid"}`;
  }
}

/** Readable, de-duplicated messages for a failed validation. */
export function formatErrors(errors: readonly ErrorObject[] | null | undefined, location: ValueLocation): string[] {
  const messages = (errors ?? []).map((e) => describe(e, location)).filter((m): m is string => m !== undefined);
  return [...new Set(messages.length > 0 ? messages : [`${location} is invalid`])];
}
