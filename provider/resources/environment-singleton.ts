/**
 * The part of a definition every environment-wide singleton with a read and a write of its own shares (the JWT
 * template targeting, the e-mail provider): one per environment, stored under the id `environment`, taken over on
 * create, and read the same way for a refresh as before a create. Kinds whose delete restores a default and whose
 * API fits the policy store use `singletonPolicy` instead.
 */
import { FronteggClient } from "../client";
import { SingletonDefinition, State } from "../lifecycle/definition";

const ENVIRONMENT = "environment";

/** What differs between such singletons. */
export interface EnvironmentSingletonSpec<Inputs> {
  /** A phrase such as `e-mail provider`. */
  readonly noun: string;
  /** The object in the inputs' vocabulary; undefined when the environment has none. */
  readonly read: (client: FronteggClient) => Promise<State | undefined>;
  /** Writes the inputs (a create takes over what exists); returns the object as Frontegg then holds it. */
  readonly save: (client: FronteggClient, inputs: Inputs) => Promise<State>;
}

type Parts<Inputs extends Record<string, unknown>> = Pick<
  SingletonDefinition<Inputs>,
  "singletonScope" | "claimedBy" | "claims" | "describe" | "idOf" | "find" | "read" | "create" | "update"
>;

/** The scope, claim, id, reads and writes of an environment-wide singleton. */
export function environmentSingleton<Inputs extends Record<string, unknown>>(spec: EnvironmentSingletonSpec<Inputs>): Parts<Inputs> {
  return {
    singletonScope: () => ENVIRONMENT,
    claimedBy: [],
    claims: () => [`the ${spec.noun} of the environment`],
    describe: () => `${spec.noun} of the environment`,
    idOf: () => ENVIRONMENT,
    find: (client) => spec.read(client),
    read: (client) => spec.read(client),
    create: (client, i) => spec.save(client, i),
    update: (client, _id, i) => spec.save(client, i),
  };
}
