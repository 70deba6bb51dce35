/**
 * Writes Frontegg answers with no body (`readBackAfterWrite`, email templates): the object is read back from a
 * list read right after the write, one read shared by the writes that land together and by those the operation
 * has announced and not yet sent.
 */
import type { Session, WriteTicket } from "./session";
import type { StepContext } from "./step-context";
import type { Props, ResourceDefinition, State } from "./types";
import { listKey } from "./lookup";

/** Whether Frontegg answers this kind's writes with no body, so each is read back. */
export function readsBack<I extends Props>(definition: ResourceDefinition<I>): boolean {
  return definition.collection !== undefined && definition.singletonScope !== undefined && definition.readBackAfterWrite === true;
}

/**
 * Tells the operation's session that a write of this kind is coming, so the read-backs of the writes before it
 * can wait and share one read with it. Only kinds that read back after writing need to know.
 */
export function announceWrite<I extends Props>({ definition, session }: StepContext<I>): void {
  if (!readsBack(definition)) return;
  try {
    session().writes.expect(definition.kind);
  } catch {
    // No session (the configuration is incomplete): the write will fail the same way, so there is nothing to wait for.
  }
}

/**
 * Runs a write; for a kind Frontegg answers without a body, completes its result with a read afterwards. The
 * write's ticket is settled before that read, which must not wait for its own write.
 */
export async function written<I extends Props>(
  definition: ResourceDefinition<I>,
  s: Session,
  inputs: I,
  write: () => Promise<State>,
  ticket?: WriteTicket,
): Promise<State> {
  let result: State;
  try {
    result = await write();
  } finally {
    ticket?.settle();
  }
  const collection = definition.collection;
  if (!readsBack(definition) || !collection) return result;
  const scope = collection.scopeOf(inputs);
  const list = await s.lists.readAfterWrite(
    listKey(definition.kind, scope),
    () => collection.list(s.client, scope),
    () => s.writes.awaits(definition.kind),
  );
  const found = list.find((state) => collection.matches(state, inputs));
  if (!found) throw new Error("Frontegg accepted the write, but the object is missing from the list read right after it");
  return { ...result, ...found };
}
