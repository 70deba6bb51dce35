/**
 * What a resource kind declares: its input schema, its output-only properties, how its properties compare, what
 * forces a replacement, what is secret, and how it maps onto Frontegg's API. Everything else (validation, diff,
 * adoption, drift, 404 handling) is the shared lifecycle's job, so it behaves the same for every kind.
 *
 * The declarations themselves are types in ./types; this module gives the kinds the helpers they declare with.
 */
import type { ResourceDefinition, State } from "./types";

export type {
  Collection,
  CollectionDefinition,
  EnvironmentHooks,
  ListedSingletonDefinition,
  ReferenceKind,
  ResourceDefinition,
  SecretConfig,
  SingletonDefinition,
  State,
} from "./types";

/**
 * `value` without its undefined properties: what Frontegg is sent and what state records. The engine's wire
 * format (a protobuf Struct) has no `undefined`, so absent properties must be left out, not set to undefined.
 */
export function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * `state` with the write-only properties (see `writeOnly` in ./types) it leaves out taken from `written`: the
 * inputs just sent, or the state stored after the last write.
 */
export function withWriteOnly(writeOnly: readonly string[] | undefined, state: State, written: Readonly<Record<string, unknown>>): State {
  const kept = (writeOnly ?? []).filter((key) => state[key] === undefined && written[key] !== undefined);
  return kept.length === 0 ? state : { ...state, ...Object.fromEntries(kept.map((key) => [key, written[key]])) };
}

/** Identity function that checks a definition against {@link ResourceDefinition} while keeping its exact type. */
export function defineResource<Inputs extends Record<string, unknown>>(definition: ResourceDefinition<Inputs>): ResourceDefinition<Inputs> {
  return definition;
}
