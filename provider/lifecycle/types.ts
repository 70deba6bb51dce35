/**
 * The types the lifecycle and the kinds share: the state of an object, what a kind declares (its definition), how
 * its import ids read, and the registry of kinds the lifecycle resolves references through. Types only, and of
 * the lifecycle's modules it imports only ./compare (a leaf), so every lifecycle module can depend on it without a
 * cycle.
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";
import type { z } from "zod";
import type { FronteggClient } from "../client";
import type { Comparator } from "./compare";

/** The properties every resource stores besides its own. */
export type State = Record<string, unknown>;

/** Properties as the engine passes them: inputs, stored outputs. */
export type Props = Record<string, unknown>;

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

/**
 * The name of a kind whose objects ids can point at from another resource's inputs (`Permission`, `Role`): whatever a
 * definition's `references` names, which the kinds passed to the lifecycle (see {@link Kinds}) must resolve;
 * test/provider/kinds.test.ts checks that the registry does, for every definition.
 */
export type ReferenceKind = string;

/**
 * The kinds a lifecycle resolves references through (the ids a role's `permissionIds` names are permissions'). Given
 * to the lifecycle by whoever builds it (the dynamic shim, the native provider), so that the lifecycle never reaches
 * up into the registry of kinds, which is built on it.
 */
export interface Kinds {
  /** The definition of `kind`; undefined when there is no such kind. */
  definitionOf(kind: string): ResourceDefinition | undefined;
}

/** What an import's scope search reads through: the operation's client (a session is one). */
export interface ClientContext {
  readonly client: FronteggClient;
}

/** Where an import id points: the object's id in state and what `read` needs to find it. */
export interface ImportTarget {
  /** The object's id as state records it: what `idOf` gives. */
  readonly id: string;
  /** The stored properties `read` needs besides the id (its scope). */
  readonly stored: State;
  /**
   * For an id that leaves the scope out: the scopes to look in, in order, each as stored properties added to
   * `stored`. The first scope that holds the object wins.
   */
  readonly searchScopes?: (session: ClientContext) => Promise<State[]>;
}

/** How a kind's import ids read. */
export interface ImportIdSpec {
  /** The forms the id takes, in Markdown, for the docs and for errors: "`environment`, or `tenant/<tenantId>`". */
  readonly format: string;
  /** Where `importId` points; undefined when it is not of the format. */
  parse(importId: string, definition: ResourceDefinition): ImportTarget | undefined;
}

/**
 * How a listed kind (roles, permissions, ...) is read: Frontegg has no get-by-id for them, so the lifecycle reads
 * each scope's list once per operation and finds objects in it, by id for a refresh and by natural key before a
 * create.
 */
export interface Collection<Inputs> {
  /** The tenant whose list holds the object, from its inputs or stored state; undefined: environment-wide. */
  scopeOf(props: Readonly<Record<string, unknown>>): string | undefined;
  /** Every object of the kind in one scope, as states. */
  list(client: FronteggClient, tenantId: string | undefined): Promise<State[]>;
  /** Whether the listed object has the natural key `inputs` declare. */
  matches(state: State, inputs: Inputs): boolean;
}

/**
 * Where `export` and `diff-env` (provider/environment/) must treat a kind otherwise than the generic way: read
 * every scope's objects, keep the declared inputs with ids turned into natural keys, and render each object as
 * `new frontegg.<Kind>(...)`. Each hook is there because the kind truly differs; most kinds declare none.
 */
export interface EnvironmentHooks {
  /**
   * The heading an exported program declares the kind under together with the other kinds of the same section (the
   * security policies), in place of a heading of its own. The section sits where its first kind is in the registry;
   * its heading is written only when one of its kinds has objects.
   */
  readonly section?: string;
  /**
   * Objects Frontegg puts into every environment that a program does not declare (the default roles): left out of
   * a snapshot. `entry` is the object in input vocabulary, references already natural keys.
   */
  readonly isProvided?: (entry: Readonly<Record<string, unknown>>) => boolean;
  /**
   * Inputs holding natural keys (not ids) of other kinds' objects. An exported program refers to the declared
   * resource's output for them (`permission.key`), so the engine creates the referenced object first.
   */
  readonly keyReferences?: Readonly<Record<string, ReferenceKind>>;
  /**
   * For a kind other kinds reference by id: the package function (`lookupPermissionIds`) that gives the ids of its
   * objects a program does not declare (built-ins), by natural key. Without one, such a reference cannot be written.
   */
  readonly lookup?: string;
  /**
   * How a snapshot spells inputs the kind compares loosely (a domain in lower case, an IP range in canonical form,
   * metadata `{}` as none), so that two environments holding the same object compare equal; the exported program
   * declares the value so spelled.
   */
  readonly canonical?: Readonly<Record<string, (value: unknown) => unknown>>;
  /**
   * How an input is spelled in the object's natural key where the value itself must stay as Frontegg holds it (a
   * redirect URI keeps its trailing `/`, which the hosted login may match exactly, but is keyed without it).
   */
  readonly keySpelling?: Readonly<Record<string, (value: string) => string>>;
  /**
   * Whether a failed read of one scope's list means that scope holds nothing to export (Frontegg refuses the
   * environment's IP restrictions to some API keys): the other scopes are still read.
   */
  readonly readsAsNone?: (error: unknown) => boolean;
  /**
   * The words an exported resource's name starts with, where the last word of the kind's noun reads wrong
   * (`ip 203-0-113-7` rather than `restriction 203-0-113-7`, which an e-mail domain restriction would share).
   */
  readonly namePrefix?: string;
  /**
   * Inputs a snapshot keeps even where the kind compares them equal to none: a session setting that is off is
   * declared off, since a program leaving it out would leave a recreated tenant's setting as Frontegg sets it.
   */
  readonly alwaysDeclared?: readonly string[];
  /**
   * For a singleton Frontegg answers a tenant without one of its own with the environment's (password, session
   * policies): a tenant's equal to the environment's, tenantId aside, is taken to be none and left out.
   */
  readonly inheritsEnvironment?: boolean;
  /**
   * For a kind whose objects are usually data rather than configuration (the tenants: an environment's customers):
   * `export` and `diff-env` read it only when given `--<flag>`, so a production environment's thousands of
   * customer tenants neither become resources of an exported program nor differences between two environments.
   * The command line declares the flag (test/cli/command-line.test.ts holds it to every opt-in kind's).
   */
  readonly optIn?: { readonly flag: string };
  /**
   * The object's natural key where the inputs it claims by say more than identify it (an SSO connection claims its
   * domains and metadata too): by default the claimed values joined by `/`.
   */
  readonly naturalKey?: (entry: Readonly<Record<string, unknown>>) => string;
  /** The words an exported resource and its variable are named by, where prefix and key read wrong. */
  readonly nameOf?: (entry: Readonly<Record<string, unknown>>) => string;
  /**
   * How a program reads each secret input from stack config: the words of its config key, what to tell the user
   * it is, and, when not whenever Frontegg holds one, when it is declared. A secret never enters a snapshot: an
   * entry only marks that Frontegg holds one (see SECRET_HELD in provider/environment/entries.ts).
   */
  readonly secretConfig?: Readonly<Record<string, SecretConfig>>;
  /**
   * Plain (not secret) inputs Frontegg never returns but the kind requires in some cases (an SES e-mail provider's
   * region): an exported program reads each from stack config under a key of its own, which export lists to be set,
   * rather than leaving the input out and failing at preview. `when` defaults to: where the snapshot lacks it.
   */
  readonly configInputs?: Readonly<Record<string, SecretConfig>>;
  /**
   * How to read every object of a kind whose lists are not per tenant (an SSO group mapping's list is its
   * connection's), given the tenants.
   */
  readonly readAll?: (client: FronteggClient, tenants: readonly string[]) => Promise<State[]>;
}

/** How an exported program reads one secret input from stack config (see {@link EnvironmentHooks.secretConfig}). */
export interface SecretConfig {
  /** Words of the config key (`acme saml secret` → `acmeSamlSecret`). */
  readonly words: (entry: Readonly<Record<string, unknown>>) => string;
  /** What the value is, for the user setting it (never the value itself). */
  readonly description: (entry: Readonly<Record<string, unknown>>, held: boolean) => string;
  /** Whether the program declares it; default: when Frontegg holds one. */
  readonly when?: (entry: Readonly<Record<string, unknown>>) => boolean;
}

/** The part of a definition every kind has. */
interface DefinitionBase<Inputs extends Record<string, unknown>> {
  /** Class and type name, e.g. `Role` (type token `pulumi-nodejs:dynamic/frontegg:Role`). */
  readonly kind: string;
  /**
   * One object of the kind in prose (`MFA policy`), for headings and counts in the tooling. Default: words read
   * from {@link kind} (see `nounOf` in ./noun); declare it where those read wrong.
   */
  readonly noun?: string;
  /** Markdown description for schema.json and the docs. */
  readonly description: string;
  /**
   * The usage example, in PCL (Pulumi's program language, on the schema's type tokens `frontegg-native:index:<Kind>`):
   * `npm run schema` converts it to TypeScript, Python, Go and YAML with Pulumi's own program generators
   * (scripts/sdkgen `examples`, scripts/sdkgen-yaml) for schema.json, the docs and the SDKs' doc comments.
   */
  readonly example: string;
  /** The inputs: validation, TypeScript types, schema.json and docs all come from this schema. */
  readonly inputs: z.ZodType<Inputs, Record<string, unknown>>;
  /** Output-only properties (ids, timestamps, derived fields), for the SDK's typings and schema.json. */
  readonly outputs: z.ZodObject;
  /** Input properties Frontegg cannot change in place: a change replaces the object. */
  readonly replaceOnChanges: readonly string[];
  /**
   * Properties that hold secrets. They are never stored, shown or logged in plain text: outputs hold a SHA-256
   * fingerprint instead, which is what diff and refresh compare.
   */
  readonly secrets: readonly string[];
  /**
   * Inputs Frontegg accepts but may not return. Where an answer or a read leaves one out, the lifecycle keeps
   * the value this provider last wrote: what a create or update sent, what a refresh finds stored.
   */
  readonly writeOnly?: readonly string[];
  /**
   * Write-only inputs Frontegg never returns by any route (a custom-code secret's value): no read can tell whether
   * Frontegg holds the declared value. A diff against state that records none of it (an import) takes the
   * program's as applied, so an import matches the program; taking over an existing object writes it.
   */
  readonly neverReturned?: readonly string[];
  /**
   * Warnings about declared values Frontegg accepts but that will not work as meant (a SAML certificate that has
   * expired or soon will), as `property: message`. The SDK classes show them at preview and `up`; they read only
   * the inputs {@link advisedBy} names, so never a secret.
   */
  advise?(inputs: Readonly<Record<string, unknown>>, now: Date): string[];
  /** The input properties {@link advise} reads. */
  readonly advisedBy?: readonly (keyof Inputs & string)[];
  /** Property comparisons other than plain equality. */
  readonly compare?: Readonly<Record<string, Comparator>>;
  /** Input properties holding ids of other objects, checked to exist before anything is written. */
  readonly references?: Readonly<Record<string, ReferenceKind>>;
  /**
   * What the object claims that no other resource of the stack may claim too (its natural key, a domain), as
   * phrases such as `role "admin"`. Two resources claiming the same thing would fight over one object.
   */
  claims(inputs: Inputs): string[];
  /** The input properties {@link claims} reads. */
  readonly claimedBy: readonly (keyof Inputs & string)[];
  /** A phrase naming the object for messages, e.g. `role "billing-admin"`. */
  describe(inputs: Inputs): string;
  /** The id Pulumi stores. */
  idOf(state: State, inputs: Inputs): string;
  /**
   * How `pulumi import` ids of the kind read. Default: what the kind's shape implies (see `importIdOf` in
   * ./import-id): listed objects by their Frontegg id (`<tenantId>/<id>` where they have a tenant), singletons by
   * scope (`environment`, `tenant/<tenantId>`) or by the one input they are keyed by. Whatever the format, the id
   * `idOf` gives must be one.
   */
  readonly importId?: ImportIdSpec;
  /**
   * Creates the object (for a singleton: upserts it). A create of several steps calls `created` with the object's
   * state as soon as it exists, so a failure of a later step never leaves an object the stack does not track.
   */
  create(client: FronteggClient, inputs: Inputs, created: (state: State) => void): Promise<State>;
  /** Changes the listed properties of the object in place. */
  update(client: FronteggClient, id: string, inputs: Inputs, current: State, changed: readonly string[]): Promise<State>;
  /** Deletes the object, or restores Frontegg's default for a singleton. An object already gone is not an error. */
  delete(client: FronteggClient, id: string, stored: State): Promise<void>;
  /**
   * The part of an object a refresh finds that the resource manages, where a property is only partly its own (a
   * tenant's metadata: only the keys the program set, never the keys other tools keep there). `stored` is the
   * state the refresh started from. Default: all of it.
   */
  managedPart?(found: State, stored: State): State;
  /** Frontegg's own objects (`fePermission`, `feCategory`) are never taken over, changed or deleted. */
  isBuiltIn?(state: State): boolean;
  /** See {@link EnvironmentHooks}. */
  readonly environment?: EnvironmentHooks;
}

/** A kind of listed objects: found in its scope's list. */
export interface CollectionDefinition<Inputs extends Record<string, unknown>> extends DefinitionBase<Inputs> {
  readonly collection: Collection<Inputs>;
  readonly singletonScope?: undefined;
}

/**
 * A singleton (a policy per scope): at most one resource per scope in a stack, created by upsert and "deleted" by
 * restoring Frontegg's default. Read with one call of its own.
 */
export interface SingletonDefinition<Inputs extends Record<string, unknown>> extends DefinitionBase<Inputs> {
  readonly collection?: undefined;
  /** The scope (the environment, a tenant, a template type). */
  readonly singletonScope: (inputs: Inputs) => string;
  /** Reads the object of the scope `inputs` declare; undefined when absent. */
  find(client: FronteggClient, inputs: Inputs): Promise<State | undefined>;
  /** Reads the object by id; undefined when it no longer exists. */
  read(client: FronteggClient, id: string, stored: State): Promise<State | undefined>;
}

/**
 * A singleton Frontegg lists together with its siblings (a template per type): created by upsert and taken over
 * like any singleton, but read from the one list of all of them, once per operation, like a listed kind.
 */
export interface ListedSingletonDefinition<Inputs extends Record<string, unknown>> extends DefinitionBase<Inputs> {
  readonly collection: Collection<Inputs>;
  readonly singletonScope: (inputs: Inputs) => string;
  /**
   * Whether Frontegg answers a write of the kind with no body (email templates). The lifecycle then reads the
   * object back from a list read after the write: one read shared by the writes that land together, and by those
   * the operation has announced and not yet sent; what it shows completes the state `create` or `update`
   * returned. A create writes without looking the object up first (the write takes over whatever the scope
   * holds, and the read-back tells the rest), unless `adoptExisting` is set: a program that expects the object to
   * exist (an exported one) has it looked up and written only where it differs, so adopting it writes nothing.
   */
  readonly readBackAfterWrite?: boolean;
}

/** A resource kind over the shared lifecycle. */
export type ResourceDefinition<Inputs extends Record<string, unknown> = Record<string, unknown>> =
  | CollectionDefinition<Inputs>
  | SingletonDefinition<Inputs>
  | ListedSingletonDefinition<Inputs>;
