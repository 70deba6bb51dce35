/**
 * How two values of one property are compared in diff. Most properties compare by value; a few need a notion of
 * sameness that is not equality of their JSON (sets, certificates in another encoding, URL patterns).
 */
import { isDeepStrictEqual } from "node:util";
import { withoutTrailingSlash } from "../client";

/** Whether the declared value `desired` is already what `current` holds. */
export type Comparator = (current: unknown, desired: unknown) => boolean;

/** Plain deep equality; `undefined`, `null` and absence are the same. */
export const sameValue: Comparator = (current, desired) => isDeepStrictEqual(current ?? undefined, desired ?? undefined);

/** Arrays compared as sets of strings: order and repetition never cause a diff. */
export const sameSet: Comparator = (current, desired) => {
  const a = new Set(asArray(current));
  const b = new Set(asArray(desired));
  return a.size === b.size && [...a].every((item) => b.has(item));
};

/** Domain names compare without regard to case or a trailing dot. */
export const sameDomainSet: Comparator = (current, desired) =>
  sameSet(asArray(current).map(normalizeDomain), asArray(desired).map(normalizeDomain));

/** Lower case, no trailing dot: how DNS compares names. */
export function normalizeDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/\.$/, "");
}

/**
 * URLs and origins compare with one trailing `/` trimmed: Frontegg appends one to every allowed origin and may
 * answer a URL with a slash it was sent without (notes-more §7 and "Trailing slashes"), which must not read as a
 * change forever.
 */
export const sameUrl: Comparator = (current, desired) => sameValue(trimSlash(current), trimSlash(desired));

function trimSlash(value: unknown): unknown {
  return typeof value === "string" ? withoutTrailingSlash(value) : value;
}

/** Whether a list of strings has the same item twice (case-sensitive). */
export function duplicatesIn(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

function asArray(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
