import { isPlainObject } from "./json";
import type { LengthLimits } from "./spec-overrides";

/**
 * Puts a `maxLength` on every unbounded string a request body can carry, so the emulator answers an overlong
 * value with Frontegg's 400 instead of storing it. The numbers come from LENGTH_LIMITS in spec-overrides.ts.
 */

type Node = { [key: string]: unknown };

/** The parts of one bundled service this step reads and changes. */
export interface LimitableService {
  readonly paths: Record<string, Partial<Record<string, { requestBody?: { content?: Record<string, { schema?: unknown }> } }>>>;
  readonly components: { schemas: Record<string, unknown> };
}

const LOCAL_REF = "#/components/schemas/";

/** Changes `service` in place: the component schemas its request bodies use, and inline request schemas. */
export function applyLengthLimits(service: LimitableService, limits: LengthLimits): void {
  const requestSchemas: unknown[] = [];
  for (const operations of Object.values(service.paths)) {
    for (const operation of Object.values(operations)) {
      const schema = operation?.requestBody?.content?.["application/json"]?.schema;
      if (schema !== undefined) requestSchemas.push(schema);
    }
  }
  const visited = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isPlainObject(node)) return;
    if (typeof node.$ref === "string" && node.$ref.startsWith(LOCAL_REF)) {
      const name = node.$ref.slice(LOCAL_REF.length);
      if (!visited.has(name)) {
        visited.add(name);
        visit(service.components.schemas[name]);
      }
    }
    if (isPlainObject(node.properties)) {
      for (const [property, schema] of Object.entries(node.properties)) limit(schema, property, limits);
    }
    for (const [key, value] of Object.entries(node)) if (key !== "$ref") visit(value);
  };
  requestSchemas.forEach(visit);
}

/** Bounds a property's schema, or the strings of an array property, when nothing bounds them yet. */
function limit(schema: unknown, property: string, limits: LengthLimits): void {
  if (!isPlainObject(schema)) return;
  const target = schema.type === "array" && isPlainObject(schema.items) ? schema.items : schema;
  if (!isUnboundedString(target)) return;
  target.maxLength = Object.hasOwn(limits.byProperty, property) ? limits.byProperty[property] : limits.default;
}

function isUnboundedString(schema: Node): boolean {
  return schema.type === "string" && schema.maxLength === undefined && schema.enum === undefined;
}
