/**
 * The one lifecycle every resource kind runs on: Pulumi's dynamic provider contract (check, diff, create, read,
 * update, delete) implemented once over a {@link ResourceDefinition}.
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";
import { FronteggAmbiguousRequestError, FronteggClient } from "../client";
import { sameValue } from "./compare";
import { ResourceDefinition, State } from "./definition";
import { inContext, ResourceError, step } from "./errors";
import { isUnknown } from "./unknowns";
import { validateInputs } from "./validation";

/** Keys the engine or the lifecycle adds to every resource's properties. */
const PROVIDER_KEY = "__provider";
/** Lifecycle switches that are inputs but never properties of the Frontegg object. */
const CONTROL_KEYS: ReadonlySet<string> = new Set([PROVIDER_KEY, "adoptExisting"]);

type Props = Record<string, unknown>;

/** Builds the dynamic provider for `definition`; `client` is asked for a client at each call, never captured. */
export function createLifecycle<Inputs extends Props>(
  definition: ResourceDefinition<Inputs>,
  client: () => FronteggClient,
): Required<Omit<dynamic.ResourceProvider<Props, Props>, "configure">> {
  const changedProperties = (current: Props, desired: Props): string[] =>
    Object.keys(desired).filter((key) => {
      if (CONTROL_KEYS.has(key) || desired[key] === undefined) return false;
      if (isUnknown(desired[key])) return true;
      const same = definition.compare?.[key] ?? sameValue;
      return !same(current[key], desired[key]);
    });

  /** The stored outputs: the object's state plus the lifecycle switches the user declared. */
  const outputsOf = (state: State, inputs: Props): Props => withoutUndefined({ ...state, adoptExisting: inputs.adoptExisting ?? false });

  /** Brings an object that already exists to the declared state; returns its new state. */
  const converge = async (api: FronteggClient, existing: State, inputs: Inputs): Promise<State> => {
    const id = definition.idOf(existing, inputs);
    const changed = changedProperties(existing, inputs);
    if (changed.length === 0) return existing;
    return step("updating", definition.describe(inputs), () => definition.update(api, id, inputs, existing, changed));
  };

  const refuseBuiltIn = (state: State, inputs: Inputs): void => {
    if (definition.isBuiltIn?.(state)) {
      throw new ResourceError(
        `${definition.describe(inputs)} is one of Frontegg's built-in objects, which cannot be managed, changed or ` +
          `deleted; choose another key or name`,
      );
    }
  };

  return {
    async check(_olds, news) {
      const raw = stripControl(news, [PROVIDER_KEY]);
      const { inputs, failures } = validateInputs(definition.inputs, raw);
      return { inputs: withoutUndefined(inputs as Props), failures: [...failures] };
    },

    async diff(_id, olds, news) {
      const changed = changedProperties(olds, stripControl(news, [PROVIDER_KEY]));
      const replaces = changed.filter((key) => definition.replaceOnChanges.includes(key));
      // Natural keys are unique in Frontegg, so the old object must go before its replacement can take the key.
      return { changes: changed.length > 0, replaces, stables: [], deleteBeforeReplace: replaces.length > 0 };
    },

    async create(news) {
      const inputs = stripControl(news, [PROVIDER_KEY]) as Inputs;
      const subject = definition.describe(inputs);
      const api = client();
      let state: State;
      if (definition.singletonScope) {
        // A singleton always exists in some form: take over the current one, writing only what differs.
        const existing = await step("looking up", subject, () => definition.find(api, inputs));
        state = existing ? await converge(api, existing, inputs) : await step("creating", subject, () => definition.create(api, inputs));
      } else {
        const existing = await step("looking up", subject, () => definition.find(api, inputs));
        if (existing) {
          refuseBuiltIn(existing, inputs);
          if (inputs.adoptExisting !== true) {
            throw new ResourceError(
              `${subject} already exists in Frontegg (id ${definition.idOf(existing, inputs)}). To manage the existing ` +
                `object with this program, set adoptExisting: true on the resource (its properties will be brought to ` +
                `the declared values); otherwise choose another key`,
            );
          }
          state = await converge(api, existing, inputs);
        } else {
          state = await createOnce(api, inputs, subject);
        }
      }
      return { id: definition.idOf(state, inputs), outs: outputsOf(state, inputs) };
    },

    async read(id, props = {}) {
      const stored = stripControl(props, [PROVIDER_KEY]);
      const state = await step("reading", describeStored(stored), () => definition.read(client(), id, stored));
      if (!state) return { id: "" };
      const outs = outputsOf(state, stored);
      return { id, props: outs, inputs: inputsFrom(outs) };
    },

    async update(id, olds, news) {
      const inputs = stripControl(news, [PROVIDER_KEY]) as Inputs;
      const changed = changedProperties(olds, inputs);
      const state =
        changed.length === 0
          ? olds
          : await step("updating", definition.describe(inputs), () => definition.update(client(), id, inputs, olds, changed));
      return { outs: outputsOf(stripControl(state, [PROVIDER_KEY]), inputs) };
    },

    async delete(id, props) {
      const stored = stripControl(props, [PROVIDER_KEY]);
      if (definition.isBuiltIn?.(stored)) return;
      await step("deleting", describeStored(stored), () => definition.delete(client(), id, stored));
    },
  };

  /**
   * Creates the object. A create whose outcome is unknown (connection lost after sending) is never blindly sent
   * again: the object is looked up by its natural key and, when found, taken as created.
   */
  async function createOnce(api: FronteggClient, inputs: Inputs, subject: string): Promise<State> {
    try {
      return await definition.create(api, inputs);
    } catch (error) {
      if (!(error instanceof FronteggAmbiguousRequestError)) throw inContext("creating", subject, error);
      const found = await step("looking up after an interrupted create of", subject, () => definition.find(api, inputs));
      if (found) return converge(api, found, inputs);
      return step("creating", subject, () => definition.create(api, inputs));
    }
  }

  function describeStored(stored: Props): string {
    try {
      return definition.describe(stored as Inputs);
    } catch {
      return definition.kind;
    }
  }

  /**
   * The inputs a refresh hands back for later diffs: the declared properties as they now are in Frontegg.
   * Secrets are left out, so refreshed inputs never carry them in plain text.
   */
  function inputsFrom(outs: Props): Props {
    const inputKeys = inputKeysOf(definition);
    const inputs: Props = {};
    for (const key of inputKeys) {
      if (outs[key] !== undefined && !definition.secrets.includes(key)) inputs[key] = outs[key];
    }
    return inputs;
  }
}

/** The property names of a definition's input schema. */
export function inputKeysOf<I extends Props>(definition: ResourceDefinition<I>): string[] {
  const shape = (definition.inputs as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** The engine's wire format (a protobuf Struct) has no `undefined`: absent properties must be left out. */
function withoutUndefined(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined));
}

function stripControl(props: Props, keys: readonly string[]): Props {
  const out: Props = {};
  for (const [key, value] of Object.entries(props)) if (!keys.includes(key)) out[key] = value;
  return out;
}
