/**
 * An environment's identity configuration read as plain data keyed by natural keys (category name, permission
 * key, role key per scope, template type, policy scope, SSO connection, group per connection), with ids,
 * timestamps, secrets and Frontegg's built-ins left out, so two environments, or an environment and a program,
 * can be compared and written out. Every kind is read through its own definition (./entries), with what sets a
 * kind apart declared as hooks on the definition (`environment`), never as a case here.
 */
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { FronteggClient } from "../client";
import type { State } from "../lifecycle/types";
import { isResourceKind, RESOURCE_DEFINITIONS, RESOURCE_KINDS, ResourceKind } from "../resources";
import { Entry, entryOf, KeyOf, listKind, naturalKey, readSingletons } from "./entries";
import { readKindOf } from "./kind-order";
import { definitionFor } from "./render-kind";

/** Where a tenant-scoped object lives: `""` for the environment itself. */
export type Scope = string;

/**
 * What one object of a kind reads as in a snapshot: its declared inputs as read through the kind's definition
 * (see ./entries), references as natural keys, an omitted one at its default, a secret only marked as held.
 */
export type SnapshotEntry<K extends ResourceKind> = Readonly<Partial<Omit<z.output<(typeof RESOURCE_DEFINITIONS)[K]["inputs"]>, "adoptExisting">>>;

/** What one object of each kind reads as in a snapshot. */
export type SnapshotEntries = { readonly [K in ResourceKind]: SnapshotEntry<K> };

/**
 * Everything the provider manages in one environment: per resource kind, its objects keyed by natural key
 * (policies and modes by scope: `""` for the environment, else the tenant id).
 */
export type EnvironmentSnapshot = { readonly [K in ResourceKind]: Record<string, SnapshotEntries[K]> };


/** A snapshot of an environment holding nothing the provider manages. */
export function emptySnapshot(): EnvironmentSnapshot {
  return Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, {}])) as unknown as EnvironmentSnapshot;
}

/** What {@link readEnvironment} counts: `tenants`, or a kind's objects as {@link readKindOf} names them (see READ_KINDS). */
export type ReadKind = string;

/**
 * How far {@link readEnvironment} has got: objects read so far per kind, as Frontegg lists them (built-ins and
 * tenants' views of environment roles not yet left out), and the scopes whose settings are read.
 */
export interface ReadProgress {
  /** A kind appears once its first list is read. */
  readonly counts: Readonly<Record<ReadKind, number>>;
  /** Scopes (the environment, then each tenant) whose roles, policies, SSO connections and restrictions are read. */
  readonly scopesRead: number;
  /** How many scopes there are; known once the tenants are listed. */
  readonly scopes?: number;
}

/** Options of {@link readEnvironment}. */
export interface ReadOptions {
  /** Called after each list or scope is read; it sees the running totals and cannot change the result. */
  readonly onProgress?: (progress: ReadProgress) => void;
  /** The opt-in kinds to read too, by their flag (`tenants`: see `environment.optIn`); the others are read as none. */
  readonly include?: readonly string[];
}

/**
 * Reads every managed kind from the environment, in the environment scope and in each existing tenant.
 * Tenants themselves are your customers' accounts, not configuration: only their settings are read.
 */
export async function readEnvironment(client: FronteggClient, options: ReadOptions = {}): Promise<EnvironmentSnapshot> {
  const tally = new ReadTally(options.onProgress);
  const tenants = (await tally.tenants(client.tenants.list())).map((tenant) => tenant.tenantId);
  const entries = await readKinds(client, tenants, tally, options.include ?? []);
  // Every scope's settings are read by now: the environment's and each tenant's.
  for (let scope = 0; scope <= tenants.length; scope++) tally.scopeRead({});
  return { ...emptySnapshot(), ...entries };
}

/**
 * Reads every kind through its definition: a listed kind's list, a singleton's own read, in every scope it has
 * (the tenants listed once for all), then each object as a snapshot entry keyed by its natural key, leaving out
 * what Frontegg provides (`isBuiltIn`, the `isProvided` hook) and a tenant's copy of the environment's
 * (`inheritsEnvironment`). References become natural keys through `keyOf`, which knows every object read,
 * built-ins too.
 */
async function readKinds(client: FronteggClient, scopes: readonly string[], tally: ReadTally, include: readonly string[]): Promise<Record<ResourceKind, Record<string, Entry>>> {
  const read = async (kind: ResourceKind) => {
    const definition = definitionFor(kind);
    const optIn = definition.environment?.optIn;
    if (optIn !== undefined && !include.includes(optIn.flag)) return [kind, [] as State[]] as const;
    const states = definition.collection ? listKind(client, definition, scopes) : readSingletons(client, definition, scopes);
    // The Tenant kind's objects are the tenants already counted as scopes: not counted twice.
    return [kind, readKindOf(kind) === "tenants" ? await states : await tally.list(readKindOf(kind), states)] as const;
  };
  const states = new Map(await Promise.all(RESOURCE_KINDS.map(read)));
  const keys = new Map<string, Map<string, string>>();
  const keyOf: KeyOf = (kind, id) => {
    let byId = keys.get(kind);
    if (byId === undefined) {
      const definition = definitionFor(kind);
      const listed = isResourceKind(kind) ? states.get(kind) : undefined;
      if (listed === undefined) throw new Error(`cannot turn ${kind} ids into keys: ${kind} is not read through its definition`);
      byId = new Map(listed.map((state) => [definition.idOf(state, state), naturalKey(definition, entryOf(definition, state, keyOf))]));
      keys.set(kind, byId);
    }
    return byId.get(id) ?? id;
  };
  return Object.fromEntries(
    RESOURCE_KINDS.map((kind) => {
      const definition = definitionFor(kind);
      const kept = states.get(kind)!.filter((state) => !definition.isBuiltIn?.(state)).map((state) => entryOf(definition, state, keyOf));
      const own = definition.environment?.inheritsEnvironment ? withoutInherited(kept) : kept;
      const declared = own.filter((entry) => !definition.environment?.isProvided?.(entry));
      return [kind, Object.fromEntries(declared.map((entry) => [naturalKey(definition, entry), entry]))];
    }),
  ) as Record<ResourceKind, Record<string, Entry>>;
}

/**
 * The entries of a singleton Frontegg answers a tenant without one of its own with the environment's for: a
 * tenant's equal to the environment's, tenantId aside, is taken to be no policy of its own (how Frontegg answers
 * such a tenant is not documented: notes-more §2).
 */
function withoutInherited(entries: readonly Entry[]): Entry[] {
  const scopeless = ({ tenantId: _tenant, ...rest }: Entry) => rest;
  const environment = entries.find((entry) => entry.tenantId === undefined);
  return entries.filter((entry) => entry.tenantId === undefined || environment === undefined || !isDeepStrictEqual(scopeless(entry), scopeless(environment)));
}

/** The running totals behind {@link ReadOptions.onProgress}. */
class ReadTally {
  readonly #counts: Record<ReadKind, number> = {};
  #scopesRead = 0;
  #scopes: number | undefined;

  readonly #report: ((progress: ReadProgress) => void) | undefined;

  constructor(report: ((progress: ReadProgress) => void) | undefined) {
    this.#report = report;
  }

  /** Counts a list's rows once it is read. */
  list<T extends readonly unknown[]>(kind: ReadKind, read: Promise<T>): Promise<T> {
    return read.then((rows) => (this.add({ [kind]: rows.length }), rows));
  }

  /** Counts the tenants, which makes the number of scopes known: the environment and each tenant. */
  tenants<T extends readonly unknown[]>(read: Promise<T>): Promise<T> {
    return read.then((tenants) => ((this.#scopes = tenants.length + 1), this.add({ tenants: tenants.length }), tenants));
  }

  scopeRead(counts: Record<ReadKind, number>): void {
    this.#scopesRead += 1;
    this.add(counts);
  }

  private add(counts: Record<ReadKind, number>): void {
    for (const [kind, count] of Object.entries(counts) as Array<[ReadKind, number]>) this.#counts[kind] = (this.#counts[kind] ?? 0) + count;
    this.#report?.({ counts: { ...this.#counts }, scopesRead: this.#scopesRead, ...(this.#scopes === undefined ? {} : { scopes: this.#scopes }) });
  }
}

/** The opt-in kinds' flags (`tenants`): what `export` and `diff-env` offer as `--<flag>`. */
export function optInFlags(): string[] {
  return [...new Set(RESOURCE_KINDS.flatMap((kind) => definitionFor(kind).environment?.optIn?.flag ?? []))];
}

/** The flags among `options` set to true that name opt-in kinds: {@link ReadOptions.include}. */
export function includedBy(options: object): string[] {
  return optInFlags().filter((flag) => (options as Record<string, unknown>)[flag] === true);
}
