/**
 * The order in which tooling presents kinds (an exported program's declarations, a read's progress counts), derived
 * from the registry so that a new kind takes its place without a list to extend: the registry's order, each kind
 * after the kinds it refers to (so an exported program declares a referenced resource before its variable is used),
 * and the kinds of one section (see `environment.section`) together where the first of them is.
 */
import { nounOf, pluralOf } from "../lifecycle/noun";
import { isResourceKind, RESOURCE_KINDS, ResourceKind } from "../resources";
import { definitionFor } from "./render-kind";

/** Kinds presented together: under the section's heading, or one kind under its own. */
export interface KindGroup {
  /** The section's heading; undefined for a kind with a heading of its own. */
  readonly section?: string;
  readonly kinds: readonly ResourceKind[];
}

/** The kinds `kind` refers to, by id or by natural key. */
function targetsOf(kind: ResourceKind): ResourceKind[] {
  const definition = definitionFor(kind);
  return [...Object.values(definition.references ?? {}), ...Object.values(definition.environment?.keyReferences ?? {})].filter(isResourceKind);
}

/** `kinds` with each after the kinds it refers to, otherwise in their given order. */
function referencesFirst(kinds: readonly ResourceKind[]): ResourceKind[] {
  const placed: ResourceKind[] = [];
  const pending = [...kinds];
  while (pending.length > 0) {
    const next = pending.findIndex((kind) => targetsOf(kind).every((target) => target === kind || placed.includes(target) || !pending.includes(target)));
    if (next === -1) throw new Error(`the kinds ${pending.join(", ")} refer to each other in a cycle: no order declares each after what it refers to`);
    placed.push(...pending.splice(next, 1));
  }
  return placed;
}

/** The kinds in presentation order, grouped by section. */
export function kindGroups(kinds: readonly ResourceKind[] = RESOURCE_KINDS): KindGroup[] {
  const groups: Array<{ section?: string; kinds: ResourceKind[] }> = [];
  for (const kind of referencesFirst(kinds)) {
    const section = definitionFor(kind).environment?.section;
    const group = section === undefined ? undefined : groups.find((g) => g.section === section);
    if (group !== undefined) group.kinds.push(kind);
    else groups.push(section === undefined ? { kinds: [kind] } : { section, kinds: [kind] });
  }
  return groups;
}

/** Every kind in presentation order. */
export const KINDS_IN_ORDER: readonly ResourceKind[] = kindGroups().flatMap((group) => group.kinds);

/**
 * What a read counts a kind's objects as: listed kinds by their plural (`permissions`), singletons together as
 * `policies` (a person reads "3 policies", not one count per kind).
 */
export function readKindOf(kind: ResourceKind): string {
  return pluralOf(readNounOf(kind));
}

/** One of what {@link readKindOf} counts: `permission`, `policy`. */
function readNounOf(kind: ResourceKind): string {
  const definition = definitionFor(kind);
  return definition.collection ? nounOf(definition) : "policy";
}

/**
 * What a read reports progress on, in the order a person reads them: the tenants (whose number gives the scopes
 * to read), then each kind's count in presentation order.
 */
export const READ_KINDS: readonly string[] = [...new Set(["tenants", ...KINDS_IN_ORDER.map(readKindOf)])];

/** What a count of one of {@link READ_KINDS} reads as: `1 plan`, `1 tenant`, `2 plans`. */
export function readCountOf(readKind: string, count: number): string {
  return `${count} ${count === 1 ? (SINGULAR_READ_KINDS.get(readKind) ?? readKind) : readKind}`;
}

const SINGULAR_READ_KINDS: ReadonlyMap<string, string> = new Map([["tenants", "tenant"], ...KINDS_IN_ORDER.map((kind) => [readKindOf(kind), readNounOf(kind)] as const)]);
