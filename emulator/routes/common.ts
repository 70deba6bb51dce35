import { fail, type ErrorName } from "../errors";

/** Helpers shared by the route modules. */

/** Current time as stored in `createdAt`/`updatedAt`. */
export const nowIso = (): string => new Date().toISOString();

/** The item, or throws the given not-found error naming the id. */
export function found<T>(item: T | undefined, error: ErrorName, label: string, id: string): T {
  if (item === undefined) throw fail(error, `${label} ${id} not found`);
  return item;
}

/**
 * Throws `error` when any of `keys` is already taken or repeats within the request: a batch create either
 * creates everything or nothing.
 */
export function assertUniqueKeys(keys: readonly string[], taken: Iterable<string>, error: ErrorName, message: string): void {
  const seen = new Set(taken);
  for (const key of keys) {
    if (seen.has(key)) throw fail(error, message, `${key} already exists`);
    seen.add(key);
  }
}

/** Throws UNKNOWN_REFERENCE listing the ids of `wanted` missing from `known` (ids named in a body, not the path). */
export function assertKnownIds(wanted: readonly string[], known: ReadonlySet<string>, label: string): void {
  const unknown = wanted.filter((id) => !known.has(id));
  if (unknown.length > 0) throw fail("UNKNOWN_REFERENCE", `${label} not found: ${unknown.join(", ")}`);
}

/** Copies into `target` the properties of `patch` that are defined, among `fields`. */
export function applyPatch<T extends object, K extends keyof T>(target: T, patch: Partial<Pick<T, K>>, fields: readonly K[]): void {
  for (const field of fields) {
    const value = patch[field];
    if (value !== undefined) target[field] = value as T[K];
  }
}
