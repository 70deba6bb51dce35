/**
 * Which of a resource's properties are what: the declared inputs, what state keeps of an object, the control keys
 * the engine and the lifecycle add beside them, and the fingerprints of the secrets last applied. Pure functions of
 * a definition, shared by the lifecycle's steps.
 */
import type { z } from "zod";
import { PROVIDER_KEY } from "../dynamic-shim";
import { sameValue } from "./compare";
import { definedOnly } from "./definition";
import { APPLIED_KEY, appliedFingerprints, appliedOf, sealSecrets } from "./secrets";
import type { Props, ResourceDefinition, State } from "./types";
import { isUnknown } from "./unknowns";

/**
 * Set (true) among the stored properties `read` gets during an import, where nothing is stored: a kind that keeps
 * only what the program declares (a partial policy) then reads the whole object. Never stored in state.
 */
export const IMPORTED = "__imported";

/** Lifecycle switches and records that are never properties of the Frontegg object. */
const CONTROL_KEYS: ReadonlySet<string> = new Set([PROVIDER_KEY, APPLIED_KEY, "adoptExisting", IMPORTED]);
/** What the engine or the lifecycle keeps beside an object's own stored properties. */
const STORED_CONTROL_KEYS = [PROVIDER_KEY, APPLIED_KEY] as const;

/** The properties of a definition's input schema, by name; undefined for a schema that is not an object. */
export function inputShapeOf(definition: ResourceDefinition): Record<string, z.ZodType> | undefined {
  return (definition.inputs as unknown as { shape?: Record<string, z.ZodType> }).shape;
}

/** The property names of a definition's input schema. */
export function inputKeysOf<I extends Props>(definition: ResourceDefinition<I>): string[] {
  return Object.keys(inputShapeOf(definition as unknown as ResourceDefinition) ?? {});
}

/** Whether every object of the kind belongs to a tenant: its inputs require a `tenantId`. */
export function tenantRequired(definition: ResourceDefinition): boolean {
  const field = inputShapeOf(definition)?.tenantId;
  return field !== undefined && !field.safeParse(undefined).success;
}

/**
 * What state keeps of an object: its declared inputs and outputs. Whatever else the API returns (timestamps,
 * owner ids, built-in flags) serves the operation that read it and is never stored: the engine rewrites the whole
 * state at every step on a self-managed backend, so each stored byte is paid per resource and per step.
 */
export function storedPropertiesOf<I extends Props>(definition: ResourceDefinition<I>, state: State): Props {
  const keep = new Set([...inputKeysOf(definition), ...Object.keys(definition.outputs.shape)]);
  return Object.fromEntries(Object.entries(state).filter(([key]) => keep.has(key) && !CONTROL_KEYS.has(key)));
}

/** The properties the engine passes as new inputs, without the provider's source. */
export function declaredIn(news: Props): Props {
  return without(news, [PROVIDER_KEY]);
}

/** The stored properties of an object, without what the engine or the lifecycle keeps beside them. */
export function storedIn(props: Props): Props {
  return without(props, STORED_CONTROL_KEYS);
}

/** The provider's source among the properties the engine passes. */
export function providerSourceIn(props: Props): unknown {
  return props[PROVIDER_KEY];
}

/** `outputs` with the provider's source, as the engine stores them. */
export function withProviderSource(outputs: Props, source: unknown): Props {
  return { ...outputs, [PROVIDER_KEY]: source };
}

/**
 * The declared properties that differ from the stored ones. A sealed property also differs when what was last
 * applied differs from what is declared: a program that takes up the secret the portal holds now gets one
 * update that records it as applied (a write of the same value), or every later refresh would report it.
 */
export function changedProperties<I extends Props>(definition: ResourceDefinition<I>, current: Props, desired: Props): string[] {
  const have = sealSecrets(current, definition.secrets);
  const want = sealSecrets(desired, definition.secrets);
  const applied = appliedOf(current);
  return Object.keys(desired).filter((key) => {
    if (CONTROL_KEYS.has(key) || desired[key] === undefined) return false;
    if (isUnknown(desired[key])) return true;
    const same = definition.compare?.[key] ?? sameValue;
    return !same(have[key], want[key]) || (applied[key] !== undefined && applied[key] !== want[key]);
  });
}

/**
 * The stored outputs: what state keeps of the object, secrets as fingerprints, and the fingerprints of the
 * secrets applied (`applied`: those `inputs` declare after a write; carried over from the stored ones on a read).
 */
export function outputsOf<I extends Props>(definition: ResourceDefinition<I>, state: State, applied: Props | undefined): Props {
  return definedOnly({ ...sealSecrets(storedPropertiesOf(definition, state), definition.secrets), [APPLIED_KEY]: applied });
}

/** The outputs after a write of `inputs`: the object's state and the fingerprints of the secrets it applied. */
export function outputsAfterWrite<I extends Props>(definition: ResourceDefinition<I>, state: State, inputs: Props): Props {
  return outputsOf(definition, state, appliedFingerprints(inputs, definition.secrets));
}

/** A phrase naming a stored object for messages; the kind when its stored properties cannot say more. */
export function describeStored<I extends Props>(definition: ResourceDefinition<I>, stored: Props): string {
  try {
    return definition.describe(stored as I);
  } catch {
    return definition.kind;
  }
}

function without(props: Props, keys: readonly string[]): Props {
  const out: Props = {};
  for (const [key, value] of Object.entries(props ?? {})) if (!keys.includes(key)) out[key] = value;
  return out;
}
