/** The update step: changes the properties that differ from the stored ones in place. */
import type * as dynamic from "@pulumi/pulumi/dynamic";
import { withWriteOnly } from "./definition";
import { step } from "./errors";
import { rememberWritten } from "./lookup";
import { changedProperties, declaredIn, outputsAfterWrite, storedIn } from "./properties";
import { written } from "./read-back";
import type { Session, WriteTicket } from "./session";
import type { StepContext } from "./step-context";
import type { Props, ResourceDefinition, State } from "./types";

/** Brings an object that already exists to the declared state; returns its new state. */
export async function converge<I extends Props>({ definition }: StepContext<I>, s: Session, existing: State, inputs: I, ticket?: WriteTicket): Promise<State> {
  const changed = changedProperties(definition, existing, inputs);
  if (changed.length === 0) return existing;
  return updateInPlace({ definition, s, ticket }, definition.idOf(existing, inputs), inputs, existing, changed);
}

/** Sends the update of the `changed` properties; returns the object's new state. */
function updateInPlace<I extends Props>(
  { definition, s, ticket }: { definition: ResourceDefinition<I>; s: Session; ticket: WriteTicket | undefined },
  id: string,
  inputs: I,
  current: State,
  changed: string[],
): Promise<State> {
  return step("updating", definition.describe(inputs), () => written(definition, s, inputs, () => definition.update(s.client, id, inputs, current, changed), ticket));
}

/** The dynamic provider's `update`: writes what changed, and returns the whole output set. */
export function updateStep<I extends Props>({ definition, session }: StepContext<I>): (id: string, olds: Props, news: Props) => Promise<dynamic.UpdateResult> {
  return async (id, olds, news) => {
    const inputs = declaredIn(news) as I;
    const changed = changedProperties(definition, olds, inputs);
    const s = session();
    const current = storedIn(olds);
    const ticket = s.writes.begin(definition.kind);
    let updated: State;
    try {
      if (changed.length === 0) return { outs: outputsAfterWrite(definition, current, inputs) };
      updated = await updateInPlace({ definition, s, ticket }, id, inputs, current, changed);
    } finally {
      ticket.settle();
    }
    // What was just sent: a write-only property the program no longer declares is no longer known.
    const state = withWriteOnly(definition.writeOnly, updated, inputs);
    rememberWritten(s, definition, state, inputs);
    return { outs: outputsAfterWrite(definition, state, inputs) };
  };
}
