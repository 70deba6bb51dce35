/**
 * Settling by natural key: which object Frontegg holds, if any, under the key a resource's inputs name. It is how
 * a write whose outcome is unknown is settled: the lifecycle after a create that got no answer, and `recover` for
 * the creates a killed `pulumi up` left pending in state.
 */
import { findByKey, listKeyOf } from "./lookup";
import type { Session } from "./session";
import type { Props, ResourceDefinition, State } from "./types";

/**
 * The object with the natural key `inputs` declare, read afresh: a list the session read before is dropped first,
 * since a write with an unknown outcome may have changed it. Undefined when Frontegg holds no such object.
 */
export async function settleByNaturalKey<I extends Props>(session: Session, definition: ResourceDefinition<I>, inputs: I): Promise<State | undefined> {
  const key = listKeyOf(definition, inputs);
  if (key) session.lists.forget(key);
  return findByKey(session, definition, inputs);
}
