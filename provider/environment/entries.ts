/**
 * Reading a kind through its own definition: its collection's list in every scope it has, each object kept as the
 * inputs a program would declare, with ids of other objects turned into their natural keys through the
 * definition's `references`. What makes one kind differ from the rest is a hook on its definition
 * (`environment`, see EnvironmentHooks), never a case here.
 */
import { z } from "zod";
import { FronteggClient } from "../client";
import { sameValue } from "../lifecycle/compare";
import { ReferenceKind, ResourceDefinition, State } from "../lifecycle/definition";
import { IMPORTED } from "../lifecycle/import-id";

/** One object of a kind as a snapshot holds it: declared inputs, references as natural keys, no secrets. */
export type Entry = Readonly<Record<string, unknown>>;

/**
 * What a snapshot holds for a secret input Frontegg has a value for: the mark alone, so that an environment
 * holding one and one holding none differ, and the exported program reads it from stack config.
 */
export const SECRET_HELD = "(held by Frontegg, not read)";

/** The inputs a program declares for a kind: its input schema's properties but the lifecycle's own `adoptExisting`. */
export function declaredShape(definition: Pick<ResourceDefinition, "inputs">): Readonly<Record<string, z.ZodType>> {
  const { adoptExisting: _control, ...shape } = (definition.inputs as unknown as z.ZodObject).shape;
  return shape as Record<string, z.ZodType>;
}

/** Whether objects of the kind live in tenants as well as in the environment: its inputs have a `tenantId`. */
export function isTenantScoped(definition: Pick<ResourceDefinition, "inputs">): boolean {
  return "tenantId" in declaredShape(definition);
}

/**
 * `read` in every scope the kind has (the environment, then each tenant when the kind has tenants), in parallel. A
 * scope whose read fails in a way the kind counts as empty (`readsAsNone`) holds nothing.
 */
async function inEveryScope(definition: ResourceDefinition, tenants: readonly string[], read: (tenantId: string | undefined) => Promise<State[]>): Promise<State[]> {
  const scopes = isTenantScoped(definition) ? [undefined, ...tenants] : [undefined];
  const readsAsNone = definition.environment?.readsAsNone;
  const inScope = async (tenantId: string | undefined): Promise<State[]> => {
    try {
      return await read(tenantId);
    } catch (error) {
      if (readsAsNone?.(error)) return [];
      throw error;
    }
  };
  return (await Promise.all(scopes.map(inScope))).flat();
}

/** Every object of a listed kind as stored states: the environment's, then each tenant's when the kind has tenants. */
export async function listKind(client: FronteggClient, definition: ResourceDefinition, tenants: readonly string[]): Promise<State[]> {
  if (definition.environment?.readAll !== undefined) return definition.environment.readAll(client, tenants);
  const collection = definition.collection;
  if (!collection) throw new Error(`${definition.kind} has no list to read it from: it is not a listed kind`);
  return inEveryScope(definition, tenants, (tenantId) => collection.list(client, tenantId));
}

/**
 * The object of a singleton kind in every scope it has, as stored states, through the kind's own read (as an import
 * reads it: the whole object, not a declared part of it). A scope without one has none.
 */
export async function readSingletons(client: FronteggClient, definition: ResourceDefinition, tenants: readonly string[]): Promise<State[]> {
  if (definition.collection !== undefined) throw new Error(`${definition.kind} is a listed kind: read it with listKind`);
  return inEveryScope(definition, tenants, async (tenantId) => {
    const stored: State = { ...(tenantId === undefined ? {} : { tenantId }), [IMPORTED]: true };
    const state = await definition.read(client, definition.idOf(stored, stored), stored);
    return state === undefined ? [] : [state];
  });
}

/**
 * The natural key of an object: the values of the inputs its kind claims by (`claimedBy`), the tenant first, joined
 * by `/` (`acme/ops` for a tenant's role, `invoices.read` for a permission). References are natural keys by then,
 * so a feature flag's key is its feature's.
 */
export function naturalKey(definition: Pick<ResourceDefinition, "claimedBy" | "environment">, entry: Entry): string {
  if (definition.environment?.naturalKey !== undefined) return definition.environment.naturalKey(entry);
  const properties = [...definition.claimedBy].sort((a, b) => Number(b === "tenantId") - Number(a === "tenantId"));
  const spelling = definition.environment?.keySpelling;
  return properties
    .filter((property) => entry[property] !== undefined && entry[property] !== "")
    .map((property) => (spelling?.[property] ?? String)(String(entry[property])))
    .join("/");
}

/** Finds the natural key of an object of `kind` by its id. */
export type KeyOf = (kind: ReferenceKind, id: string) => string;

/**
 * A stored state as a snapshot entry: the declared inputs it holds in the kind's canonical spelling (the
 * `canonical` hook), each reference turned into natural keys (a
 * set of them sorted, so order never differs), secrets left out but for the mark {@link SECRET_HELD} where
 * Frontegg holds one (a snapshot is shown and compared; it never holds a secret), and values the kind compares equal to none (`{}` metadata, an empty set) left out like an omitted input.
 */
export function entryOf(definition: ResourceDefinition, state: State, keyOf: KeyOf): Entry {
  const entry: Record<string, unknown> = {};
  for (const property of Object.keys(declaredShape(definition))) {
    if (definition.secrets.includes(property)) {
      if (typeof state[property] === "string" && state[property] !== "") entry[property] = SECRET_HELD;
      continue;
    }
    const canonical = definition.environment?.canonical?.[property];
    let value = canonical === undefined || state[property] === undefined ? state[property] : canonical(state[property]);
    const target = definition.references?.[property];
    if (target !== undefined && value !== undefined && value !== null) {
      value = Array.isArray(value) ? value.map((id) => keyOf(target, String(id))).sort() : keyOf(target, String(value));
    }
    const same = definition.compare?.[property] ?? sameValue;
    if (value === undefined || value === null) continue;
    if (same(value, undefined) && !definition.environment?.alwaysDeclared?.includes(property)) continue;
    entry[property] = Array.isArray(value) && definition.compare?.[property] !== undefined ? [...(value as unknown[])].sort() : value;
  }
  return entry;
}
