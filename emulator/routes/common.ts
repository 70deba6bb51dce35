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

/**
 * One page of `items` in Frontegg's pagination envelope: `_offset` is a 0-based page number, `_links` are
 * relative to the service. identity.json's FronteggPaginationLinks requires all four links, so one that does not
 * exist is an empty string; tenants.json gives its v2 list no response schema, and the same gateway envelope is
 * the safer reading than a second one of our own.
 */
export function paged<T>(items: readonly T[], path: string, limit: number, pageNumber: number): Record<string, unknown> {
  const totalPages = Math.ceil(items.length / limit);
  const last = Math.max(totalPages - 1, 0);
  const link = (p: number): string => `${path}?_limit=${limit}&_offset=${p}`;
  return {
    items: items.slice(pageNumber * limit, (pageNumber + 1) * limit),
    _metadata: { totalItems: items.length, totalPages },
    _links: {
      first: link(0),
      last: link(last),
      next: pageNumber < last ? link(pageNumber + 1) : "",
      prev: pageNumber > 0 ? link(Math.min(pageNumber - 1, last)) : "",
    },
  };
}
