/**
 * The one lifecycle every resource kind runs on: Pulumi's dynamic provider contract (check, diff, create, read,
 * update, delete) implemented once over a {@link ResourceDefinition}.
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";
import { FronteggAmbiguousRequestError } from "../client";
import { sameValue } from "./compare";
import { definedOnly, ResourceDefinition, State, withWriteOnly } from "./definition";
import { builtInMessage, existsMessage, inContext, PartialCreateError, ResourceError, step, userFacing } from "./errors";
import { IMPORTED } from "./import-id";
import { findById, findByKey, listKey, listKeyOf } from "./lookup";
import { preflight } from "./preflight";
import { withRotatedKeyHint } from "./rotated-key";
import { APPLIED_KEY, appliedFingerprints, appliedOf, scrub, sealSecrets, secretValuesOf } from "./secrets";
import { Session, WriteTicket } from "./session";
import { isUnknown } from "./unknowns";
import { InputFailure, validateInputs } from "./validation";

/** Keys the engine or the lifecycle adds to every resource's properties. */
const PROVIDER_KEY = "__provider";
/** Creates sent for one resource whose outcome stays unknown, each followed by a lookup, before giving up. */
const CREATE_ATTEMPTS = 3;

/** Lifecycle switches and records that are never properties of the Frontegg object. */
const CONTROL_KEYS: ReadonlySet<string> = new Set([PROVIDER_KEY, APPLIED_KEY, "adoptExisting", IMPORTED]);
/** What the engine or the lifecycle keeps beside an object's own stored properties. */
const STORED_CONTROL_KEYS = [PROVIDER_KEY, APPLIED_KEY] as const;

type Props = Record<string, unknown>;

/** A diff as the lifecycle computes it: the dynamic provider's result, plus which properties changed. */
export interface LifecycleDiff extends dynamic.DiffResult {
  /** The properties whose declared value differs from the stored one (the native provider's detailed diff). */
  readonly diffs: string[];
  readonly replaces: string[];
}

/** The lifecycle of one kind: the dynamic provider contract, with a diff that names the changed properties. */
export type Lifecycle = Required<Omit<dynamic.ResourceProvider<Props, Props>, "configure" | "diff">> & {
  diff(id: string, olds: Props, news: Props): Promise<LifecycleDiff>;
};

/** Options of {@link createLifecycle}. */
export interface LifecycleOptions {
  /**
   * Whether `check` also asks Frontegg what a preview must know: that the credentials work, that a new object's
   * key is free and that referenced ids exist. Default true; false keeps `check` to validation alone.
   */
  readonly checkAgainstFrontegg?: boolean;
}

/**
 * Builds the dynamic provider for `definition`. `session` is asked for the operation's session at each call,
 * never captured, so no client or credential is serialized into state.
 */
export function createLifecycle<Inputs extends Props>(
  definition: ResourceDefinition<Inputs>,
  session: () => Session,
  options: LifecycleOptions = {},
): Lifecycle {
  const checkAgainstFrontegg = options.checkAgainstFrontegg ?? true;
  const sealed = (props: Props): Props => sealSecrets(props, definition.secrets);

  /**
   * The declared properties that differ from the stored ones. A sealed property also differs when what was last
   * applied differs from what is declared: a program that takes up the secret the portal holds now gets one
   * update that records it as applied (a write of the same value), or every later refresh would report it.
   */
  const changedProperties = (current: Props, desired: Props): string[] => {
    const have = sealed(current);
    const want = sealed(desired);
    const applied = appliedOf(current);
    return Object.keys(desired).filter((key) => {
      if (CONTROL_KEYS.has(key) || desired[key] === undefined) return false;
      if (isUnknown(desired[key])) return true;
      // Nothing recorded of a value Frontegg never returns (an import): the program's is taken as applied.
      if (have[key] === undefined && definition.neverReturned?.includes(key)) return false;
      const same = definition.compare?.[key] ?? sameValue;
      return !same(have[key], want[key]) || (applied[key] !== undefined && applied[key] !== want[key]);
    });
  };

  /**
   * The stored outputs: what state keeps of the object, secrets as fingerprints, and the fingerprints of the
   * secrets applied (`applied`: those `inputs` declare after a write; carried over from the stored ones on a read).
   */
  const outputsOf = (state: State, applied: Props | undefined): Props =>
    definedOnly({ ...sealed(storedPropertiesOf(definition, state)), [APPLIED_KEY]: applied });
  /** The fingerprints of the secrets a write of `inputs` applies. */
  const appliedBy = (inputs: Props): Props | undefined => appliedFingerprints(inputs, definition.secrets);

  /** Keeps a listed kind's cached list in step with what this provider just wrote. */
  const remember = (s: Session, state: State, inputs: Inputs): void => {
    const key = listKeyOf(definition, { ...state, ...inputs });
    if (key) s.lists.put(key, state, (item) => definition.idOf(item, inputs));
  };

  /** Brings an object that already exists to the declared state; returns its new state. */
  const converge = async (s: Session, existing: State, inputs: Inputs, ticket?: WriteTicket): Promise<State> => {
    const id = definition.idOf(existing, inputs);
    // What Frontegg never returns may differ from the program's: taking an object over writes it.
    const unknown = (definition.neverReturned ?? []).filter((key) => inputs[key] !== undefined && existing[key] === undefined);
    const changed = [...new Set([...changedProperties(existing, inputs), ...unknown])];
    if (changed.length === 0) return existing;
    return step("updating", definition.describe(inputs), () => written(s, inputs, () => definition.update(s.client, id, inputs, existing, changed), ticket));
  };

  /** Whether Frontegg answers this kind's writes with no body, so each is read back (`readBackAfterWrite`). */
  const readsBack = definition.collection !== undefined && definition.singletonScope !== undefined && definition.readBackAfterWrite === true;

  /**
   * Tells the operation's session that a write of this kind is coming, so the read-backs of the writes before it
   * can wait and share one read with it. Only kinds that read back after writing need to know.
   */
  const announceWrite = (): void => {
    if (!readsBack) return;
    try {
      session().writes.expect(definition.kind);
    } catch {
      // No session (the configuration is incomplete): the write will fail the same way, so there is nothing to wait for.
    }
  };

  /**
   * Runs a write; for a kind Frontegg answers without a body, completes its result with a read afterwards. The
   * write's ticket is settled before that read, which must not wait for its own write.
   */
  const written = async (s: Session, inputs: Inputs, write: () => Promise<State>, ticket?: WriteTicket): Promise<State> => {
    let result: State;
    try {
      result = await write();
    } finally {
      ticket?.settle();
    }
    const collection = definition.collection;
    if (!readsBack || !collection) return result;
    const scope = collection.scopeOf(inputs);
    const list = await s.lists.readAfterWrite(
      listKey(definition.kind, scope),
      () => collection.list(s.client, scope),
      () => s.writes.awaits(definition.kind),
    );
    const found = list.find((state) => collection.matches(state, inputs));
    if (!found) throw new Error("Frontegg accepted the write, but the object is missing from the list read right after it");
    return { ...result, ...found };
  };

  /** Creates the object, or takes over or adopts the one that exists; `ticket` settles once the write is done. */
  const createObject = async (s: Session, inputs: Inputs, subject: string, provider: unknown, ticket: WriteTicket): Promise<State> => {
    // A kind that is read back after writing is looked up only to adopt: see `readBackAfterWrite`.
    const lookUp = !readsBack || inputs.adoptExisting === true;
    const existing = lookUp ? await step("looking up", subject, () => findByKey(s, definition, inputs)) : undefined;
    if (definition.singletonScope) {
      // A singleton always exists in some form: take over the current one, writing only what differs.
      return existing
        ? converge(s, existing, inputs, ticket)
        : step("creating", subject, () => written(s, inputs, () => definition.create(s.client, inputs, () => undefined), ticket));
    }
    if (existing) {
      refuseBuiltIn(existing, inputs);
      if (inputs.adoptExisting !== true) throw new ResourceError(existsMessage(subject, definition.idOf(existing, inputs)));
      return converge(s, existing, inputs);
    }
    return createTracked(s, inputs, subject, provider);
  };

  const refuseBuiltIn = (state: State, inputs: Inputs): void => {
    if (definition.isBuiltIn?.(state)) throw new ResourceError(builtInMessage(definition.describe(inputs)));
  };

  /**
   * Creates the object. A create whose outcome is unknown (connection lost after sending) is never blindly sent
   * again: the object is looked up by its natural key and, when found, taken as created; only when Frontegg
   * provably holds no such object is the create sent again. A create that made the object but failed a later
   * step removes it again, or, when even that fails, reports it to the engine so the stack tracks it.
   */
  const createTracked = async (s: Session, inputs: Inputs, subject: string, provider: unknown): Promise<State> => {
    for (let attempt = 1; ; attempt++) {
      let made: State | undefined;
      try {
        return await definition.create(s.client, inputs, (state) => {
          made = withWriteOnly(definition.writeOnly, state, inputs);
        });
      } catch (error) {
        if (made) return undoPartialCreate(s, made, inputs, subject, error, provider);
        if (!(error instanceof FronteggAmbiguousRequestError)) throw inContext("creating", subject, error);
        const found = await lookUpAfterInterruptedCreate(s, inputs, subject, error);
        if (found) return converge(s, found, inputs);
        if (attempt >= CREATE_ATTEMPTS) {
          throw new ResourceError(
            `creating ${subject}: Frontegg gave no answer to ${CREATE_ATTEMPTS} creates in a row (last: ${error.reason}), ` +
              `and a lookup afterwards shows it holds no such object, so nothing was created: run \`pulumi up\` again once Frontegg answers`,
          );
        }
      }
    }
  };

  /**
   * After a create with an unknown outcome, whether Frontegg holds the object. When even the lookup fails, the
   * user is told the one thing that can then happen: the next `pulumi up` may find the object taken.
   */
  const lookUpAfterInterruptedCreate = async (s: Session, inputs: Inputs, subject: string, cause: Error): Promise<State | undefined> => {
    const key = listKeyOf(definition, inputs);
    if (key) s.lists.forget(key);
    try {
      return await findByKey(s, definition, inputs);
    } catch (lookupError) {
      throw new ResourceError(
        `creating ${subject}: ${cause.message}. Looking it up afterwards failed too (${messageOf(lookupError)}). ` +
          `If the next \`pulumi up\` reports that it already exists, this create made it: set adoptExisting: true ` +
          `on the resource for that one run to take it over`,
      );
    }
  };

  const undoPartialCreate = async (s: Session, made: State, inputs: Inputs, subject: string, error: unknown, provider: unknown): Promise<never> => {
    const id = definition.idOf(made, inputs);
    const cause = messageOf(inContext("creating", subject, error));
    try {
      await definition.delete(s.client, id, made);
    } catch (rollbackError) {
      throw new PartialCreateError(
        `${cause}. The object was created (id ${id}) but not completed, and removing it failed too ` +
          `(${messageOf(rollbackError)}): the stack now tracks it, and the next \`pulumi up\` completes it`,
        id,
        { ...outputsOf(made, appliedBy(inputs)), [PROVIDER_KEY]: provider },
      );
    }
    throw new ResourceError(`${cause}. The half-created object was removed again, so Frontegg holds nothing of it: fix the cause and run \`pulumi up\` again`);
  };

  const lifecycle: Lifecycle = {
    async check(olds, news) {
      const raw = stripControl(news, [PROVIDER_KEY]);
      const { inputs, failures } = validateInputs(definition.inputs, raw);
      const checked = definedOnly(inputs as Props);
      const stored = stripControl(olds, [PROVIDER_KEY]);
      const problems = failures.length > 0 || !checkAgainstFrontegg ? failures : await preflight(session, definition, stored, checked as Inputs);
      // A resource with no stored inputs is created next (in an update; a preview writes nothing, and ends).
      if (problems.length === 0 && Object.keys(stored).length === 0) announceWrite();
      const secrets = secretValuesOf(raw, definition.secrets);
      return { inputs: checked, failures: problems.map((failure) => forEngine(failure, secrets)) };
    },

    async diff(_id, olds, news) {
      const changed = changedProperties(olds, stripControl(news, [PROVIDER_KEY]));
      const replaces = changed.filter((key) => definition.replaceOnChanges.includes(key));
      if (changed.length > 0) announceWrite(); // an update, or the create of a replacement
      // Natural keys are unique in Frontegg, so the old object must go before its replacement can take the key.
      return { changes: changed.length > 0, replaces, stables: [], deleteBeforeReplace: replaces.length > 0, diffs: changed };
    },

    async create(news) {
      const inputs = stripControl(news, [PROVIDER_KEY]) as Inputs;
      const subject = definition.describe(inputs);
      const s = session();
      const ticket = s.writes.begin(definition.kind);
      let state: State;
      try {
        state = await createObject(s, inputs, subject, news[PROVIDER_KEY], ticket);
      } finally {
        ticket.settle();
      }
      state = withWriteOnly(definition.writeOnly, state, inputs);
      remember(s, state, inputs);
      return { id: definition.idOf(state, inputs), outs: outputsOf(state, appliedBy(inputs)) };
    },

    async read(id, props = {}) {
      const stored = stripControl(props, STORED_CONTROL_KEYS);
      const state = await step("reading", describeStored(stored), () => findById(session(), definition, id, stored)).catch((error: unknown) => {
        throw withRotatedKeyHint(error);
      });
      if (!state) return { id: "" };
      const applied = appliedAtRead(props);
      const outs = outputsOf(state, applied);
      return { id, props: outs, inputs: { ...inputsFrom(outs), ...applied } };
    },

    async update(id, olds, news) {
      const inputs = stripControl(news, [PROVIDER_KEY]) as Inputs;
      const changed = changedProperties(olds, inputs);
      const s = session();
      const current = stripControl(olds, STORED_CONTROL_KEYS);
      const ticket = s.writes.begin(definition.kind);
      let updated: State;
      try {
        if (changed.length === 0) return { outs: outputsOf(current, appliedBy(inputs)) };
        updated = await step("updating", definition.describe(inputs), () => written(s, inputs, () => definition.update(s.client, id, inputs, current, changed), ticket));
      } finally {
        ticket.settle();
      }
      // What was just sent: a write-only property the program no longer declares is no longer known.
      const state = withWriteOnly(definition.writeOnly, updated, inputs);
      remember(s, state, inputs);
      return { outs: outputsOf(state, appliedBy(inputs)) };
    },

    async delete(id, props) {
      const stored = stripControl(props, STORED_CONTROL_KEYS);
      if (definition.isBuiltIn?.(stored)) return;
      const s = session();
      await step("deleting", describeStored(stored), () => definition.delete(s.client, id, stored)).catch((error: unknown) => {
        throw withRotatedKeyHint(error);
      });
      const key = listKeyOf(definition, stored);
      if (key) s.lists.remove(key, id, (item) => definition.idOf(item, stored as Inputs));
    },
  };
  return guarded(lifecycle, (props) => secretValuesOf(props, definition.secrets));

  function describeStored(stored: Props): string {
    try {
      return definition.describe(stored as Inputs);
    } catch {
      return definition.kind;
    }
  }

  /**
   * The fingerprints of the secrets last applied, as a read finds them recorded in the stored outputs. State
   * written before they were recorded has only the fingerprint of the last read, which stands in for them. An
   * import has neither: its secrets are left to the program.
   */
  function appliedAtRead(props: Props): Props | undefined {
    if (props[IMPORTED] === true) return undefined;
    const recorded = appliedOf(props);
    const applied = Object.fromEntries(
      definition.secrets.flatMap((key) => {
        const fingerprint = recorded[key] ?? props[key];
        return typeof fingerprint === "string" ? [[key, fingerprint]] : [];
      }),
    );
    return Object.keys(applied).length > 0 ? applied : undefined;
  }

  /**
   * The inputs a refresh hands back for later diffs: the declared properties as they now are in Frontegg, but
   * for the sealed ones, which `read` sets to the fingerprints last applied (see `APPLIED_KEY`).
   */
  function inputsFrom(outs: Props): Props {
    const inputs: Props = {};
    for (const key of inputKeysOf(definition)) {
      if (outs[key] !== undefined && !definition.secrets.includes(key)) inputs[key] = outs[key];
    }
    return inputs;
  }
}

/**
 * Every method's failure reaches the user as a message: what failed, on which object, what to do; scrubbed of the
 * secrets among the resource's properties.
 */
function guarded<P extends Record<string, (...args: never[]) => Promise<unknown>>>(methods: P, secretsOf: (props: Props) => string[]): P {
  const out: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(methods)) {
    out[name] = async (...args: unknown[]) => {
      try {
        return await (method as (...a: unknown[]) => Promise<unknown>)(...args);
      } catch (error) {
        const secrets = args.filter((arg): arg is Props => arg !== null && typeof arg === "object" && !Array.isArray(arg)).flatMap(secretsOf);
        throw userFacing(error, secrets);
      }
    };
  }
  return out as P;
}

/**
 * A failure as the engine gets it. The property is named in the reason, not in the failure's own field: for a
 * named property the engine prints the property's whole value beside the reason, which may be a secret, a
 * private key pasted in the wrong place, or a megabyte of text.
 */
function forEngine(failure: InputFailure, secrets: readonly string[]): { property: string; reason: string } {
  const reason = failure.property ? `${failure.property}: ${failure.reason}` : failure.reason;
  return { property: "", reason: scrub(reason, secrets) };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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

/** The property names of a definition's input schema. */
export function inputKeysOf<I extends Props>(definition: ResourceDefinition<I>): string[] {
  const shape = (definition.inputs as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function stripControl(props: Props, keys: readonly string[]): Props {
  const out: Props = {};
  for (const [key, value] of Object.entries(props ?? {})) if (!keys.includes(key)) out[key] = value;
  return out;
}
