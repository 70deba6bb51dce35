/**
 * How tooling names a kind for people (diff-env's headings, export's summary): the definition's own `noun` where
 * it has one, else words read from the kind's class name, so a new kind is named without a table to extend.
 */
import type { ResourceDefinition } from "./types";

/** Words of a kind's name written as acronyms in prose. */
const ACRONYMS: Readonly<Record<string, string>> = { Sso: "SSO", Mfa: "MFA", Ip: "IP", Uri: "URI", Url: "URL", Oidc: "OIDC", Saml: "SAML" };

/** One object of the kind in prose: `noun` if declared, else from the class name (`SsoGroupMapping` → `SSO group mapping`). */
export function nounOf(definition: Pick<ResourceDefinition, "kind" | "noun">): string {
  if (definition.noun !== undefined) return definition.noun;
  const words = definition.kind.match(/[A-Z][a-z0-9]*/g) ?? [definition.kind];
  return words.map((word) => ACRONYMS[word] ?? word.toLowerCase()).join(" ");
}

/** The plural of a noun phrase: its last word's (`policy` → `policies`, `mode` → `modes`; `settings` stays). */
export function pluralOf(noun: string): string {
  if (/settings$/.test(noun)) return noun;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** `n` objects of the kind: `1 role`, `3 MFA policies`. */
export function countOf(definition: Pick<ResourceDefinition, "kind" | "noun">, n: number): string {
  const noun = nounOf(definition);
  return `${n} ${n === 1 ? noun : pluralOf(noun)}`;
}

/** A heading for the kind's objects: `MFA policies`, `E-mail domain restrictions`. */
export function titleOf(definition: Pick<ResourceDefinition, "kind" | "noun">): string {
  const plural = pluralOf(nounOf(definition));
  return plural[0]!.toUpperCase() + plural.slice(1);
}

/** A kind's name with its article as the name is read aloud: `a Role`, `an SsoConfiguration` (an S-S-O ...). */
export function withArticle(kind: string): string {
  const first = /^[A-Z][a-z0-9]*/.exec(kind)?.[0] ?? kind;
  // Read letter by letter, an acronym starts with a vowel sound where its first letter's name does (ef, em, ess).
  const vowelSound = ACRONYMS[first] !== undefined ? /^[AEFHILMNORSX]/.test(first) : /^[AEIOU]/.test(first);
  return `${vowelSound ? "an" : "a"} ${kind}`;
}
