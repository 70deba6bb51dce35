/**
 * Policies managed in part: the program declares some of an object's properties, and only those are compared,
 * stored and changed. These helpers pick the declared part of an object, and the part of Frontegg's current
 * object that can be sent back as it is.
 */
import { z } from "zod";
import { Comparator, sameValue } from "../lifecycle/compare";
import { State } from "../lifecycle/definition";

/**
 * The part of `state` that `declared` names: its properties and, inside a declared object, the properties
 * declared there, recursively. Properties `state` lacks are left out.
 */
export function declaredPart(state: State, declared: State): State {
  const part: State = {};
  for (const [key, template] of Object.entries(declared)) {
    const value = state[key];
    if (value === undefined || template === undefined) continue;
    part[key] = isPlainObject(template) && isPlainObject(value) ? declaredPart(value, template) : value;
  }
  return part;
}

/**
 * Equality of what the program declares: an object property equals its declared part, so properties Frontegg
 * holds beside the declared ones (all of them, after an import) are no change.
 */
export const sameDeclaredPart: Comparator = (current, desired) =>
  isPlainObject(current) && isPlainObject(desired) ? sameValue(declaredPart(current, desired), desired) : sameValue(current, desired);

/**
 * The properties of `value` that `schema` (a resource's inputs) accepts as they are, recursively inside object
 * properties: what a write may send back unchanged. A value Frontegg returns but refuses on write (a sign-in
 * method that can be read, not set) is left out rather than failing the write.
 */
export function writableFields(schema: z.ZodObject, value: State): State {
  const writable: State = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const current = value[key];
    if (current === undefined) continue;
    const inner = unwrap(field);
    if (inner instanceof z.ZodObject && isPlainObject(current)) writable[key] = writableFields(inner, current);
    else if (field.safeParse(current).success) writable[key] = current;
  }
  return writable;
}

/** `base` with every property `declared` sets laid over it; objects merge key by key, so undeclared flags stay. */
export function mergeDeclared(base: State, declared: State): State {
  const merged: State = { ...base };
  for (const [key, value] of Object.entries(declared)) {
    if (value === undefined) continue;
    const under = merged[key];
    merged[key] = isPlainObject(value) && isPlainObject(under) ? mergeDeclared(under, value) : value;
  }
  return merged;
}

/** The schema inside `.optional()`, `.nullable()` and `.default()` wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return inner;
}

/** A JSON object (not an array, not null). */
function isPlainObject(value: unknown): value is State {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
