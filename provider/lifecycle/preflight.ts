/**
 * What `check` asks Frontegg so that a preview tells the truth: a preview that passes is an update that can
 * apply. It runs once the inputs are valid, and costs nothing for a resource that did not change its key or its
 * references (a no-change preview makes one call in all: the credential check).
 *
 * - The credentials and endpoint work (one authentication per operation).
 * - A new object's natural key is free, or `adoptExisting` is set; never one of Frontegg's built-ins.
 * - Every id given as a plain value (not an output still unknown) names an existing object.
 */
import { builtInMessage, existsMessage } from "./errors";
import { findByKey, missingIds } from "./lookup";
import { nounOf, pluralOf, withArticle } from "./noun";
import { tenantRequired } from "./properties";
import type { Session } from "./session";
import type { Collection, Kinds, Props, ResourceDefinition, State } from "./types";
import { containsUnknown, isUnknown } from "./unknowns";
import type { InputFailure } from "./validation";

/**
 * Problems `up` would run into, as check failures; none when everything checks out. `kinds` resolves the kinds
 * the definition's references name.
 */
export async function preflight<I extends Props>(
  session: () => Session,
  kinds: Kinds,
  definition: ResourceDefinition<I>,
  olds: Props,
  inputs: I,
): Promise<InputFailure[]> {
  let s: Session;
  try {
    s = session();
    await s.verifyCredentials();
  } catch (error) {
    return [{ property: "", reason: reasonOf(error) }];
  }
  try {
    const isNew = Object.keys(olds).length === 0;
    const [conflict, references] = await Promise.all([keyConflict(s, definition, olds, inputs, isNew), missingReferences(s, kinds, definition, olds, inputs)]);
    return [...conflict, ...references];
  } catch (error) {
    return [{ property: "", reason: `checking ${definition.describe(inputs)} against Frontegg: ${reasonOf(error)}` }];
  }
}

/** A new (or re-keyed) object whose natural key Frontegg already holds. */
async function keyConflict<I extends Props>(s: Session, definition: ResourceDefinition<I>, olds: Props, inputs: I, isNew: boolean): Promise<InputFailure[]> {
  // Singletons always exist in some form and are taken over; only listed kinds have keys to collide on.
  if (!definition.collection || definition.singletonScope || containsUnknown(pick(inputs, definition.claimedBy))) return [];
  if (!isNew && sameKey(definition.collection, olds, inputs)) return [];
  const existing = await findByKey(s, definition, inputs);
  if (!existing) return [];
  const subject = definition.describe(inputs);
  if (definition.isBuiltIn?.(existing)) return [{ property: "", reason: builtInMessage(subject) }];
  if (inputs.adoptExisting === true) return [];
  return [{ property: "", reason: existsMessage(subject, definition.idOf(existing, inputs)) }];
}

/** Ids given as plain values that name no object; ids that were already in the stored inputs are not asked again. */
async function missingReferences<I extends Props>(s: Session, kinds: Kinds, definition: ResourceDefinition<I>, olds: Props, inputs: I): Promise<InputFailure[]> {
  const checks = Object.entries(definition.references ?? {}).map(async ([property, kind]) => {
    const referenced = kinds.definitionOf(kind);
    if (!referenced) throw new Error(`no resource kind ${kind}`);
    const before = new Set(idsIn(olds[property]));
    const ids = [...new Set(idsIn(inputs[property]))].filter((id) => !before.has(id));
    if (ids.length === 0) return [];
    const tenantId = typeof inputs.tenantId === "string" && !isUnknown(inputs.tenantId) ? inputs.tenantId : undefined;
    const missing = await missingIds(s, referenced, ids, tenantId);
    return missing.map((id) => ({ property, reason: noSuchObject(referenced, id, tenantId) }));
  });
  return (await Promise.all(checks)).flat();
}

/**
 * Why a referenced id fails, in the words of the referenced kind's definition: where its objects live (a tenant,
 * or the environment), and where a valid id comes from (a resource's output, or the kind's lookup function).
 */
function noSuchObject(referenced: ResourceDefinition, id: string, tenantId: string | undefined): string {
  const noun = nounOf(referenced);
  const resource = `${withArticle(referenced.kind)} resource`;
  if (tenantRequired(referenced)) {
    return `no ${noun} with id "${id}" exists in tenant "${tenantId ?? ""}": use the id output of ${resource} of that tenant`;
  }
  const lookup = referenced.environment?.lookup;
  const lookUp = lookup === undefined ? "" : `, or look the id up (${lookup} for ${pluralOf(noun)} not managed here)`;
  return `no ${noun} with id "${id}" exists in the Frontegg environment: use the id output of ${resource}${lookUp}`;
}

/** The known string ids in a property holding one id or a list of them. */
function idsIn(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.filter((item): item is string => typeof item === "string" && item !== "" && !isUnknown(item));
}

/** Whether the stored inputs and the new ones name the same object (same scope and natural key). */
function sameKey<I extends Props>(collection: Collection<I>, olds: Props, inputs: I): boolean {
  return collection.scopeOf(olds) === collection.scopeOf(inputs) && collection.matches(olds as State, inputs);
}

function pick(props: Props, keys: readonly string[]): Props {
  return Object.fromEntries(keys.map((key) => [key, props[key]]));
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
