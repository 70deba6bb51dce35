/**
 * Finding objects in Frontegg: by natural key (before a create, and at preview to find conflicts), by id (on
 * refresh), and checking that referenced ids exist. Listed kinds are read once per scope and session.
 */
import { withWriteOnly } from "./definition";
import type { Session } from "./session";
import type { Props, ResourceDefinition, State } from "./types";

/** The cache key of one kind's list in one scope. */
export function listKey(kind: string, tenantId: string | undefined): string {
  return `${kind}\u0000${tenantId ?? ""}`;
}

/** The cache key of the list that holds the object `props` describe (undefined for singletons). */
export function listKeyOf<I extends Props>(definition: ResourceDefinition<I>, props: Props): string | undefined {
  return definition.collection ? listKey(definition.kind, definition.collection.scopeOf(props)) : undefined;
}

/** Every object of a listed kind in one scope, read at most once per session. */
export function listOf<I extends Props>(session: Session, definition: ResourceDefinition<I>, tenantId: string | undefined): Promise<State[]> {
  const collection = definition.collection;
  if (!collection) throw new Error(`${definition.kind} is not a listed kind`);
  return session.lists.get(listKey(definition.kind, tenantId), () => collection.list(session.client, tenantId));
}

/** The object with the natural key `inputs` declare; undefined when there is none. */
export async function findByKey<I extends Props>(session: Session, definition: ResourceDefinition<I>, inputs: I): Promise<State | undefined> {
  if (!definition.collection) return definition.find(session.client, inputs);
  const { collection } = definition;
  return (await listOf(session, definition, collection.scopeOf(inputs))).find((state) => collection.matches(state, inputs));
}

/** The object with id `id`; undefined when it no longer exists. Write-only properties keep their stored value. */
export async function findById<I extends Props>(session: Session, definition: ResourceDefinition<I>, id: string, stored: State): Promise<State | undefined> {
  const found = definition.collection
    ? (await listOf(session, definition, definition.collection.scopeOf(stored))).find((state) => definition.idOf(state, stored as I) === id)
    : await definition.read(session.client, id, stored);
  return found && withWriteOnly(definition.writeOnly, found, stored);
}

/**
 * The ids among `ids` that name no object of the referenced kind `definition`. Roles are looked for
 * environment-wide and, when the referring object belongs to a tenant, among that tenant's roles too.
 */
export async function missingIds(session: Session, definition: ResourceDefinition, ids: readonly string[], tenantId: string | undefined): Promise<string[]> {
  // A kind that is never tenant-scoped (permissions) maps every tenant to the environment: one list only.
  const scopes = [...new Set([undefined, definition.collection?.scopeOf({ tenantId })])];
  const lists = await Promise.all(scopes.map((scope) => listOf(session, definition, scope)));
  const known = new Set(lists.flat().map((state) => definition.idOf(state, state)));
  return ids.filter((id) => !known.has(id));
}

/** Keeps a listed kind's cached list in step with an object this provider just wrote. */
export function rememberWritten<I extends Props>(session: Session, definition: ResourceDefinition<I>, state: State, inputs: I): void {
  const key = listKeyOf(definition, { ...state, ...inputs });
  if (key) session.lists.put(key, state, (item) => definition.idOf(item, inputs));
}

/** Keeps a listed kind's cached list in step with an object this provider just deleted. */
export function rememberDeleted<I extends Props>(session: Session, definition: ResourceDefinition<I>, id: string, stored: Props): void {
  const key = listKeyOf(definition, stored);
  if (key) session.lists.remove(key, id, (item) => definition.idOf(item, stored as I));
}
