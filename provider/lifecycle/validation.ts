/**
 * Turns zod's verdict on a resource's inputs into Pulumi check failures: every problem at once, each naming the
 * property and the rule, and none for a value that is merely unknown during preview.
 */
import { z } from "zod";
import { containsUnknown, isUnknown, valueAt } from "./unknowns";

/** One failed rule, in the shape Pulumi's check expects. */
export interface InputFailure {
  /** Dotted property path, e.g. `permissionIds[2]`. */
  readonly property: string;
  readonly reason: string;
}

/** The checked inputs (defaults applied when everything was known) and every failure found. */
export interface ValidationResult<T> {
  readonly inputs: T | Record<string, unknown>;
  readonly failures: readonly InputFailure[];
}

/** Validates `raw` against `schema`, ignoring issues whose value (or any part of it) is unknown. */
export function validateInputs<S extends z.ZodType>(schema: S, raw: Record<string, unknown>): ValidationResult<z.output<S>> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { inputs: parsed.data, failures: [] };

  const failures = parsed.error.issues.filter((issue) => !blamesUnknown(raw, issue)).flatMap(toFailures);
  // With unknowns left in, zod could not produce a parsed value: hand back the raw inputs, which the engine will
  // check again once every value is known.
  return { inputs: raw, failures };
}

function blamesUnknown(raw: Record<string, unknown>, issue: z.core.$ZodIssue): boolean {
  const value = valueAt(raw, issue.path);
  if (isUnknown(value) || containsUnknown(value)) return true;
  // A rule across several fields (a refinement on the whole object) cannot be judged while one of them is unknown.
  return issue.path.length === 0 && containsUnknown(raw);
}

/** `permissionIds[2]`, `domains[0]`, `name`. */
export function propertyPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
}

function toFailures(issue: z.core.$ZodIssue): InputFailure[] {
  if (issue.code === "unrecognized_keys") {
    // One failure per stray property, named, so the engine points at the line with the typo.
    return issue.keys.map((key) => ({
      property: propertyPath([...issue.path, key]),
      reason: `unknown property "${key}": check its spelling against the resource's documentation`,
    }));
  }
  return [{ property: propertyPath(issue.path), reason: issue.message }];
}
