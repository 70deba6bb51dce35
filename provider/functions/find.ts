/** Picking objects out of a list by their natural key, failing once for every key not found. */
import { LookupError } from "./definition";

/** How one lookup names things in its messages. */
export interface KeyedLookup {
  /** The function the program called, e.g. `getRoles` or `lookupRoleIds`. */
  readonly caller: string;
  /** The kind, e.g. `role`. */
  readonly noun: string;
  /** What the key is called, e.g. `key` or `name`. */
  readonly keyName?: string;
  /** The place that was searched, e.g. `the Frontegg environment`. */
  readonly where: string;
  /** What to do about a key that is not found. */
  readonly advice?: string;
}

/**
 * The objects with the given keys, in the order asked (a key asked twice is returned twice). The first object with
 * a key wins: callers list the preferred scope first. Fails naming every key no object has, so one run shows all
 * the mistakes.
 */
export function pickByKey<T>(lookup: KeyedLookup, keys: readonly string[], objects: Iterable<T>, keyOf: (object: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const object of objects) if (!byKey.has(keyOf(object))) byKey.set(keyOf(object), object);
  const missing = [...new Set(keys.filter((key) => !byKey.has(key)))];
  if (missing.length > 0) {
    const { caller, noun, keyName = "key", where, advice } = lookup;
    throw new LookupError(`${caller}: no ${noun} with ${keyName} ${missing.map((k) => `"${k}"`).join(", ")} in ${where}${advice ? `: ${advice}` : ""}`, missing);
  }
  return keys.map((key) => byKey.get(key)!);
}

/**
 * The one object with `key`, refusing a key several objects share (application names are not unique in Frontegg):
 * the program would get one of them at random.
 */
export function pickUnique<T>(lookup: KeyedLookup, key: string, objects: readonly T[], keyOf: (object: T) => string, idOf: (object: T) => string): T {
  const matching = objects.filter((object) => keyOf(object) === key);
  if (matching.length > 1) {
    const { caller, noun, keyName = "key", where } = lookup;
    throw new LookupError(
      `${caller}: ${matching.length} ${noun}s have ${keyName} "${key}" in ${where} (ids ${matching.map((o) => `"${idOf(o)}"`).join(", ")}): rename all but one in the portal, or refer to it by id`,
      [key],
    );
  }
  return pickByKey(lookup, [key], matching, keyOf)[0]!;
}

/** `items` as an object from each one's key to its id, for programs that grant by id. */
export function idsOf<T extends { readonly id: string }>(keys: readonly string[], items: readonly T[]): Record<string, string> {
  return Object.fromEntries(keys.map((key, i) => [key, items[i]!.id]));
}
