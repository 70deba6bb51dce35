/**
 * The native provider: Pulumi's resource provider protocol over the same definitions and lifecycle as the
 * dynamic resources, free of any wire format (./server binds it to gRPC). One instance serves one provider
 * resource: the engine starts a plugin process per provider instance and configures it once, so one Frontegg
 * environment, one client and one session per process.
 */
import { FronteggClient } from "../client";
import { functionOf, runFunction } from "../functions";
import { definitionOf } from "../resources";
import { ResourceDefinition } from "../lifecycle/definition";
import { PartialCreateError, ResourceError, userFacing } from "../lifecycle/errors";
import { IMPORTED, importTarget, notFoundOnImport } from "../lifecycle/import-id";
import { createLifecycle, Lifecycle } from "../lifecycle/lifecycle";
import { inputKeysOf } from "../lifecycle/properties";
import { APPLIED_KEY, scrub } from "../lifecycle/secrets";
import { Session } from "../lifecycle/session";
import { changedSettings, checkSettings, clientOptionsOf, SECRET_SETTINGS, SettingFailure } from "./settings";
import { PACKAGE } from "../package-name";
import { conceal, reveal } from "./wire";

type Props = Record<string, unknown>;


/** How a property changes, as the engine's detailed diff names it. */
export type PropertyChange = "ADD" | "ADD_REPLACE" | "UPDATE" | "UPDATE_REPLACE";

/** What invoke returns: the function's result, or its arguments' problems. */
export interface InvokeOutcome {
  readonly result?: Props;
  readonly failures: readonly SettingFailure[];
}

/** The outcome of a diff, resource or provider configuration. */
export interface DiffOutcome {
  readonly changes: boolean;
  /** Properties whose change replaces the object. */
  readonly replaces: readonly string[];
  /** Properties that certainly keep their value. */
  readonly stables: readonly string[];
  readonly deleteBeforeReplace: boolean;
  /** Each changed property and how it changes. */
  readonly detailedDiff: Readonly<Record<string, PropertyChange>>;
}

/** What check returns: the inputs to store, and the problems to show. */
export interface CheckOutcome {
  readonly inputs: Props;
  readonly failures: readonly SettingFailure[];
}

/** What read returns; an empty id when the object no longer exists. */
export interface ReadOutcome {
  readonly id: string;
  readonly properties?: Props;
  readonly inputs?: Props;
}

/** Options of {@link NativeProvider}; each says its default. */
export interface NativeProviderOptions {
  /** Stack config of the `frontegg` namespace, by setting name: defaults for the provider's inputs. Default none. */
  readonly stackConfig?: Props;
  /** Environment variables the client falls back to. Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A failure the engine should show as it is: no stack, message scrubbed. */
export class ProviderError extends ResourceError {
  constructor(message: string) {
    super(message);
    this.name = "ProviderError";
  }
}

/** One provider instance: settings, session, and the lifecycle of every kind. */
export class NativeProvider {
  readonly #stack: Props;
  readonly #env: Readonly<Record<string, string | undefined>>;
  readonly #lifecycles = new Map<string, { definition: ResourceDefinition; lifecycle: Lifecycle }>();
  #session: Session | undefined;
  #secretValues: string[] = [];
  #cancelled = false;

  constructor(options: NativeProviderOptions = {}) {
    this.#stack = options.stackConfig ?? {};
    this.#env = options.env ?? process.env;
  }

  /** Validates the provider's inputs. */
  checkConfig(news: Props): CheckOutcome {
    const { values } = reveal(news);
    return checkSettings(values, this.#stack, this.#env);
  }

  /** Which settings changed. A change never replaces the provider's resources: they stay where they are. */
  diffConfig(oldInputs: Props, news: Props): DiffOutcome {
    const changed = changedSettings(reveal(oldInputs).values, reveal(news).values);
    const detailedDiff = Object.fromEntries(changed.map((name) => [name, oldInputs[name] === undefined ? "ADD" : "UPDATE"] as const));
    return { changes: changed.length > 0, replaces: [], stables: [], deleteBeforeReplace: false, detailedDiff };
  }

  /**
   * Connects to the environment the inputs name and checks the credentials once, so wrong credentials fail the
   * preview before any resource is looked at.
   */
  async configure(args: Props): Promise<void> {
    const { values } = reveal(args);
    const options = clientOptionsOf(values, this.#stack);
    this.#secretValues = [options.secretKey, ...SECRET_SETTINGS.map((name) => values[name])].filter(
      (value): value is string => typeof value === "string" && value.length >= 4,
    );
    let session: Session;
    try {
      session = new Session(new FronteggClient(options, this.#env));
      await session.verifyCredentials();
    } catch (error) {
      throw new ProviderError(scrub(`the frontegg provider cannot connect: ${userFacing(error, this.#secretValues).message}`, this.#secretValues));
    }
    this.#session = session;
  }

  /** Validates a resource's inputs and, for what a preview must know, asks Frontegg. */
  async check(type: string, olds: Props, news: Props): Promise<CheckOutcome> {
    const { definition, lifecycle } = this.#kind(type);
    const old = reveal(olds);
    const next = reveal(news);
    const result = await this.#run(() => lifecycle.check(old.values, next.values));
    const secrets = [...next.secretKeys, ...secretKeysOf(definition)];
    return { inputs: conceal(result.inputs ?? {}, secrets), failures: result.failures ?? [] };
  }

  /** Compares the stored outputs with the new inputs, property by property, with each kind's comparators. */
  async diff(type: string, id: string, olds: Props, news: Props, ignoreChanges: readonly string[] = []): Promise<DiffOutcome> {
    const { lifecycle } = this.#kind(type);
    const old = reveal(olds).values;
    const result = await this.#run(() => lifecycle.diff(id, old, reveal(news).values));
    const ignored = new Set(ignoreChanges.map((path) => path.split(/[.[]/)[0]));
    const diffs = result.diffs.filter((key) => !ignored.has(key));
    const replaces = result.replaces.filter((key) => diffs.includes(key));
    const detailedDiff = Object.fromEntries(
      diffs.map((key) => {
        const replace = replaces.includes(key);
        const kind: PropertyChange = old[key] === undefined ? (replace ? "ADD_REPLACE" : "ADD") : replace ? "UPDATE_REPLACE" : "UPDATE";
        return [key, kind];
      }),
    );
    // Without a replacement every other stored property keeps its value: ids stay known in the preview.
    const stables = replaces.length > 0 ? [] : Object.keys(old).filter((key) => !diffs.includes(key));
    return { changes: diffs.length > 0, replaces, stables, deleteBeforeReplace: replaces.length > 0 && result.deleteBeforeReplace === true, detailedDiff };
  }

  /** Creates the object (or takes it over, for singletons and `adoptExisting`). */
  async create(type: string, properties: Props): Promise<{ id: string; properties: Props }> {
    const { definition, lifecycle } = this.#kind(type);
    const inputs = reveal(properties);
    const secrets = [...inputs.secretKeys, ...secretKeysOf(definition)];
    const result = await this.#run(() => lifecycle.create(inputs.values)).catch((error: unknown) => {
      // The object exists and the engine will record it: its properties go to state like any outputs.
      if (error instanceof PartialCreateError) throw new PartialCreateError(error.message, error.id, conceal(error.properties, secrets));
      throw error;
    });
    return { id: result.id, properties: conceal(result.outs ?? {}, secrets) };
  }

  /**
   * Reads the object as Frontegg now has it. With no stored properties and inputs this is an import: the object
   * is found by the import id alone, read as each kind's `importId` says (see ../lifecycle/import-id), and its
   * inputs are derived from what Frontegg holds.
   */
  async read(type: string, id: string, properties: Props, inputs: Props | undefined): Promise<ReadOutcome> {
    const { definition, lifecycle } = this.#kind(type);
    const stored = reveal(properties);
    const declared = reveal(inputs ?? {});
    const importing = Object.keys(stored.values).length === 0 && Object.keys(declared.values).length === 0;
    const result = importing ? await this.#import(definition, lifecycle, id) : await this.#run(() => lifecycle.read(id, stored.values));
    if (!result.id) return { id: "" };
    // What Frontegg never returns (secrets, write-only inputs, lifecycle switches) keeps its declared value.
    const readInputs = { ...pick(declared.values, inputKeysOf(definition)), ...(result.inputs ?? {}) };
    const secrets = [...stored.secretKeys, ...declared.secretKeys, ...secretKeysOf(definition)];
    return { id: result.id, properties: conceal(result.props ?? {}, secrets), inputs: conceal(readInputs, secrets) };
  }

  /** Brings the object to the new inputs; returns its full outputs. */
  async update(type: string, id: string, olds: Props, news: Props): Promise<{ properties: Props }> {
    const { definition, lifecycle } = this.#kind(type);
    const old = reveal(olds);
    const next = reveal(news);
    const result = await this.#run(() => lifecycle.update(id, old.values, next.values));
    return { properties: conceal(result.outs ?? {}, [...old.secretKeys, ...next.secretKeys, ...secretKeysOf(definition)]) };
  }

  /** Deletes the object (for a singleton: restores Frontegg's default). */
  async delete(type: string, id: string, properties: Props): Promise<void> {
    const { lifecycle } = this.#kind(type);
    const stored = reveal(properties).values;
    await this.#run(() => lifecycle.delete(id, stored));
  }

  /**
   * Runs a function (`frontegg-native:index:getRole`, ...) against this instance's environment: an explicit provider's
   * invokes read the environment it was configured for. Results hold ids, keys and names, never a secret, so
   * nothing is wrapped; arguments arrive unwrapped like any inputs.
   */
  async invoke(token: string, args: Props): Promise<InvokeOutcome> {
    const name = memberOf(token);
    const definition = name === undefined ? undefined : functionOf(name);
    if (!definition) throw new ProviderError(`the frontegg provider has no function ${token}: the installed plugin may be older than the program`);
    const session = this.#configured();
    const outcome = await this.#run(() => runFunction(session.client, definition, reveal(args).values));
    return outcome.failures ? { failures: outcome.failures } : { result: outcome.result, failures: [] };
  }

  /** The engine is shutting down: no new operation starts. */
  cancel(): void {
    this.#cancelled = true;
  }

  /** Any failure as the error the user sees: a message saying what to do, scrubbed of the provider's secrets. */
  userFacing(error: unknown): ResourceError {
    return userFacing(error, this.#secretValues);
  }

  async #run<T>(operation: () => Promise<T>): Promise<T> {
    if (this.#cancelled) throw new ProviderError("the operation was cancelled");
    return operation();
  }

  /** Reads the object an import id names, in each scope it may be in; fails naming the kind and its id format. */
  async #import(definition: ResourceDefinition, lifecycle: Lifecycle, importId: string): Promise<Awaited<ReturnType<Lifecycle["read"]>>> {
    const target = importTarget(definition, importId);
    const scopes = target.searchScopes ? await this.#run(() => target.searchScopes!(this.#configured())) : [{}];
    for (const scope of scopes) {
      const result = await this.#run(() => lifecycle.read(target.id, { ...target.stored, ...scope, [IMPORTED]: true }));
      if (result.id) return result;
    }
    throw notFoundOnImport(definition, importId);
  }

  #kind(type: string): { definition: ResourceDefinition; lifecycle: Lifecycle } {
    let entry = this.#lifecycles.get(type);
    if (!entry) {
      const definition = definitionOf(kindOf(type) ?? "");
      if (!definition) throw new ProviderError(`the frontegg provider has no resource type ${type}: the installed plugin may be older than the program`);
      entry = { definition, lifecycle: createLifecycle(definition, () => this.#configured(), { kinds: { definitionOf } }) };
      this.#lifecycles.set(type, entry);
    }
    return entry;
  }

  #configured(): Session {
    if (!this.#session) throw new ProviderError("the frontegg provider was used before it was configured");
    return this.#session;
  }
}

/** A type token of this package, `frontegg-native:index:<member>`. */
const TOKEN = new RegExp(`^${PACKAGE}:index:([A-Za-z][A-Za-z0-9]*)$`);

/** The member a type token of this package names (`Role`, `getRole`); undefined for another package's token. */
function memberOf(token: string): string | undefined {
  return TOKEN.exec(token)?.[1];
}

/** The kind of a type token `frontegg-native:index:Role`; undefined for another package's token. */
export function kindOf(type: string): string | undefined {
  return memberOf(type);
}

/** The properties of a kind that go to state encrypted: its sealed ones, and the fingerprints of those applied. */
function secretKeysOf(definition: ResourceDefinition): string[] {
  return definition.secrets.length > 0 ? [...definition.secrets, APPLIED_KEY] : [];
}

function pick(props: Props, keys: readonly string[]): Props {
  return Object.fromEntries(keys.filter((key) => props[key] !== undefined).map((key) => [key, props[key]]));
}
