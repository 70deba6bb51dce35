import { isPlainObject } from "./json";

/**
 * OpenAPI 3.0 schema objects → JSON Schema that ajv compiles: `nullable` becomes a `null` type (OpenAPI 3.0
 * has no null type of its own), and local `$ref`s are made absolute so they resolve against the service's
 * registered components wherever the schema is compiled.
 */

/** A schema node, as parsed from JSON. */
export type SchemaNode = { [key: string]: unknown };

const LOCAL_REF = "#/components/schemas/";

const isNode = isPlainObject;

/** Converts one schema (recursively). `refBase` is the `$id` under which the service's components are registered. */
export function toJsonSchema(schema: unknown, refBase: string): unknown {
  if (Array.isArray(schema)) return schema.map((item) => toJsonSchema(item, refBase));
  if (!isNode(schema)) return schema;
  const converted: SchemaNode = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "nullable") continue;
    if (key === "$ref" && typeof value === "string" && value.startsWith(LOCAL_REF)) {
      converted.$ref = `${refBase}${value}`;
    } else {
      converted[key] = toJsonSchema(value, refBase);
    }
  }
  return schema.nullable === true ? allowNull(converted) : converted;
}

function allowNull(schema: SchemaNode): SchemaNode {
  if (typeof schema.type === "string") {
    const withNull: SchemaNode = { ...schema, type: [schema.type, "null"] };
    if (Array.isArray(schema.enum)) withNull.enum = [...schema.enum, null];
    return withNull;
  }
  return { anyOf: [schema, { type: "null" }] };
}

/** The `default` of each property of an object schema (OpenAPI puts Frontegg's defaults there). */
export function propertyDefaults(schema: unknown): SchemaNode {
  const defaults: SchemaNode = {};
  const properties = isNode(schema) && isNode(schema.properties) ? schema.properties : {};
  for (const [name, property] of Object.entries(properties)) {
    if (isNode(property) && property.default !== undefined) defaults[name] = structuredClone(property.default);
  }
  return defaults;
}
