/**
 * What RedirectUri and AllowedOrigin share: an environment-wide entry whose only property is a URL, which is its
 * natural key and its resource id, compared up to one trailing `/` (notes-more §7), and which Frontegg cannot
 * change in place (a new URL replaces the resource).
 */
import { withoutTrailingSlash } from "../client";
import { sameUrl } from "../lifecycle/compare";
import { byKey } from "../lifecycle/import-id";
import { State } from "../lifecycle/definition";

/** The definition parts of a kind keyed by the URL in property `key`; `noun` names it in messages. */
export function urlEntry<K extends string>(key: K, noun: string) {
  const describe = (i: Readonly<Record<K, string>>): string => `${noun} "${withoutTrailingSlash(i[key])}"`;
  return {
    noun,
    replaceOnChanges: [key],
    secrets: [],
    compare: { [key]: sameUrl },
    claimedBy: [key],
    claims: (i: Readonly<Record<K, string>>) => (typeof i[key] === "string" ? [describe(i)] : []),
    describe,
    idOf: (state: State) => withoutTrailingSlash(String(state[key])),
    // Imported by the URL itself, with or without the trailing `/`.
    importId: byKey(key, { normalize: withoutTrailingSlash, isUrl: true }),
    matches: (state: State, i: Readonly<Record<K, string>>) => sameUrl(state[key], i[key]),
    // The URL is the only property and a new one replaces the resource: nothing ever changes in place.
    update: async (_client: unknown, _id: string, _i: unknown, current: State) => current,
  } as const;
}
