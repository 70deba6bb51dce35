/**
 * What a resource kind declares: its input schema, its output-only properties, how its properties compare, what
 * forces a replacement, what is secret, and how it maps onto Frontegg's API. Everything else (validation, diff,
 * adoption, drift, 404 handling) is the shared lifecycle's job, so it behaves the same for every kind.
 */
import { z } from "zod";
import { FronteggClient } from "../client";
import { Comparator } from "./compare";

/** The properties every resource stores besides its own. */
export type State = Record<string, unknown>;

/** A resource kind over the shared lifecycle. */
export interface ResourceDefinition<Inputs extends Record<string, unknown> = Record<string, unknown>> {
  /** Class and type name, e.g. `Role` (type token `pulumi-nodejs:dynamic/frontegg:Role`). */
  readonly kind: string;
  /** Markdown description for schema.json and the docs. */
  readonly description: string;
  /** A TypeScript usage example for schema.json and the docs (`frontegg` is the imported package). */
  readonly example: string;
  /** The inputs: validation, TypeScript types, schema.json and docs all come from this schema. */
  readonly inputs: z.ZodType<Inputs, Record<string, unknown>>;
  /** Output-only properties (ids, timestamps, derived fields), for the SDK's typings and schema.json. */
  readonly outputs: z.ZodObject;
  /** Input properties Frontegg cannot change in place: a change replaces the object. */
  readonly replaceOnChanges: readonly string[];
  /** Properties (input or output) that hold secrets: never stored or shown in plain text. */
  readonly secrets: readonly string[];
  /** Property comparisons other than plain equality. */
  readonly compare?: Readonly<Record<string, Comparator>>;
  /**
   * How a singleton is scoped (the environment, a tenant, a template type): at most one resource per scope in a
   * stack. Singletons are created by upsert and "deleted" by restoring Frontegg's default.
   */
  readonly singletonScope?: (inputs: Inputs) => string;
  /** A phrase naming the object for messages, e.g. `role "billing-admin"`. */
  describe(inputs: Inputs): string;
  /** The id Pulumi stores. */
  idOf(state: State, inputs: Inputs): string;
  /** Reads the object by its natural key (for adoption and recovery); undefined when absent. */
  find(client: FronteggClient, inputs: Inputs): Promise<State | undefined>;
  /** Reads the object by id; undefined when it no longer exists. */
  read(client: FronteggClient, id: string, stored: State): Promise<State | undefined>;
  /** Creates the object (for a singleton: upserts it). */
  create(client: FronteggClient, inputs: Inputs): Promise<State>;
  /** Changes the listed properties of the object in place. */
  update(client: FronteggClient, id: string, inputs: Inputs, current: State, changed: readonly string[]): Promise<State>;
  /** Deletes the object, or restores Frontegg's default for a singleton. An object already gone is not an error. */
  delete(client: FronteggClient, id: string, stored: State): Promise<void>;
  /** Frontegg's own objects (`fePermission`, `feCategory`) are never taken over, changed or deleted. */
  isBuiltIn?(state: State): boolean;
}

/** Identity function that checks a definition against {@link ResourceDefinition} while keeping its exact type. */
export function defineResource<Inputs extends Record<string, unknown>>(definition: ResourceDefinition<Inputs>): ResourceDefinition<Inputs> {
  return definition;
}
