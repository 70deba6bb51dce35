/**
 * The create step: creates the object, or takes over a singleton or an object the program asks to adopt. A
 * create whose outcome is unknown is settled by natural key before anything is sent again, and a create that made
 * the object but failed a later step is rolled back.
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";
import { FronteggAmbiguousRequestError } from "../client";
import { withWriteOnly } from "./definition";
import { builtInMessage, existsMessage, inContext, PartialCreateError, ResourceError, step } from "./errors";
import { findByKey, rememberWritten } from "./lookup";
import { declaredIn, outputsAfterWrite, providerSourceIn, withProviderSource } from "./properties";
import { readsBack, written } from "./read-back";
import type { Session, WriteTicket } from "./session";
import { settleByNaturalKey } from "./settle";
import type { StepContext } from "./step-context";
import type { Props, State } from "./types";
import { converge } from "./update";

/** Creates sent for one resource whose outcome stays unknown, each followed by a lookup, before giving up. */
const CREATE_ATTEMPTS = 3;

/** One create: the object it is for, and what it needs along the way. */
interface CreateContext<I extends Props> extends StepContext<I> {
  readonly s: Session;
  readonly inputs: I;
  /** The object in messages: `role "admin"`. */
  readonly subject: string;
  /** The provider's source, which a partial create reports to the engine with the object's outputs. */
  readonly provider: unknown;
}

/** The dynamic provider's `create`. */
export function createStep<I extends Props>(kind: StepContext<I>): (news: Props) => Promise<dynamic.CreateResult> {
  const { definition, session } = kind;
  return async (news) => {
    const inputs = declaredIn(news) as I;
    const s = session();
    const ticket = s.writes.begin(definition.kind);
    let state: State;
    try {
      state = await createObject({ ...kind, s, inputs, subject: definition.describe(inputs), provider: providerSourceIn(news) }, ticket);
    } finally {
      ticket.settle();
    }
    state = withWriteOnly(definition.writeOnly, state, inputs);
    rememberWritten(s, definition, state, inputs);
    return { id: definition.idOf(state, inputs), outs: outputsAfterWrite(definition, state, inputs) };
  };
}

/** Creates the object, or takes over or adopts the one that exists; `ticket` settles once the write is done. */
async function createObject<I extends Props>(c: CreateContext<I>, ticket: WriteTicket): Promise<State> {
  const { definition, s, inputs, subject } = c;
  // A kind that is read back after writing is looked up only to adopt: see `readBackAfterWrite`.
  const lookUp = !readsBack(definition) || inputs.adoptExisting === true;
  const existing = lookUp ? await step("looking up", subject, () => findByKey(s, definition, inputs)) : undefined;
  if (definition.singletonScope) {
    // A singleton always exists in some form: take over the current one, writing only what differs.
    return existing
      ? converge(c, s, existing, inputs, ticket)
      : step("creating", subject, () => written(definition, s, inputs, () => definition.create(s.client, inputs, () => undefined), ticket));
  }
  if (existing) {
    if (definition.isBuiltIn?.(existing)) throw new ResourceError(builtInMessage(subject));
    if (inputs.adoptExisting !== true) throw new ResourceError(existsMessage(subject, definition.idOf(existing, inputs)));
    return converge(c, s, existing, inputs);
  }
  return createTracked(c);
}

/**
 * Creates the object. A create whose outcome is unknown (connection lost after sending) is never blindly sent
 * again: the object is looked up by its natural key and, when found, taken as created; only when Frontegg
 * provably holds no such object is the create sent again. A create that made the object but failed a later
 * step removes it again, or, when even that fails, reports it to the engine so the stack tracks it.
 */
async function createTracked<I extends Props>(c: CreateContext<I>): Promise<State> {
  const { definition, s, inputs, subject } = c;
  for (let attempt = 1; ; attempt++) {
    let made: State | undefined;
    try {
      return await definition.create(s.client, inputs, (state) => {
        made = withWriteOnly(definition.writeOnly, state, inputs);
      });
    } catch (error) {
      if (made) return undoPartialCreate(c, made, error);
      if (!(error instanceof FronteggAmbiguousRequestError)) throw inContext("creating", subject, error);
      const found = await settleInterruptedCreate(c, error);
      if (found) return converge(c, s, found, inputs);
      if (attempt >= CREATE_ATTEMPTS) {
        throw new ResourceError(
          `creating ${subject}: Frontegg gave no answer to ${CREATE_ATTEMPTS} creates in a row (last: ${error.reason}), ` +
            `and a lookup afterwards shows it holds no such object, so nothing was created: run \`pulumi up\` again once Frontegg answers`,
        );
      }
    }
  }
}

/**
 * After a create with an unknown outcome, whether Frontegg holds the object. When even the lookup fails, the
 * user is told the one thing that can then happen: the next `pulumi up` may find the object taken.
 */
async function settleInterruptedCreate<I extends Props>({ definition, s, inputs, subject }: CreateContext<I>, cause: Error): Promise<State | undefined> {
  try {
    return await settleByNaturalKey(s, definition, inputs);
  } catch (lookupError) {
    throw new ResourceError(
      `creating ${subject}: ${cause.message}. Looking it up afterwards failed too (${messageOf(lookupError)}). ` +
        `If the next \`pulumi up\` reports that it already exists, this create made it: set adoptExisting: true ` +
        `on the resource for that one run to take it over`,
    );
  }
}

/**
 * Rolls back a create that made the object but failed a later step. When the rollback fails too, the object is
 * reported to the engine (a partial create), so the stack tracks it and the next `up` completes it.
 */
async function undoPartialCreate<I extends Props>({ definition, s, inputs, subject, provider }: CreateContext<I>, made: State, error: unknown): Promise<never> {
  const id = definition.idOf(made, inputs);
  const cause = messageOf(inContext("creating", subject, error));
  try {
    await definition.delete(s.client, id, made);
  } catch (rollbackError) {
    throw new PartialCreateError(
      `${cause}. The object was created (id ${id}) but not completed, and removing it failed too ` +
        `(${messageOf(rollbackError)}): the stack now tracks it, and the next \`pulumi up\` completes it`,
      id,
      withProviderSource(outputsAfterWrite(definition, made, inputs), provider),
    );
  }
  throw new ResourceError(`${cause}. The half-created object was removed again, so Frontegg holds nothing of it: fix the cause and run \`pulumi up\` again`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
