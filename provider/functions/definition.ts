/**
 * What a function (a Pulumi "invoke", e.g. `frontegg-native:index:getRole`) declares: its name, its input and result
 * schemas, and how it reads Frontegg through the client. It knows nothing of Pulumi: the native plugin's Invoke,
 * the dynamic SDK's lookups and users' own scripts run the same `run`. schema.json, the docs and the SDKs' types
 * are generated from the two zod schemas, so what a program passes and gets back cannot drift from what runs.
 */
import { z } from "zod";
import { FronteggClient } from "../client";
import { ResourceError } from "../lifecycle/errors";

/** One function over the client. */
export interface FunctionDefinition<Inputs extends Record<string, unknown> = Record<string, unknown>, Result extends Record<string, unknown> = Record<string, unknown>> {
  /** The function's name, e.g. `getRole` (token `frontegg-native:index:getRole`). */
  readonly name: string;
  /** Markdown description for schema.json, the docs and the SDKs. */
  readonly description: string;
  /** The arguments: validation, schema.json and the SDKs' argument types come from this schema. */
  readonly inputs: z.ZodType<Inputs, Record<string, unknown>>;
  /** The result: every property is always set, unless optional here. */
  readonly outputs: z.ZodType<Result, Record<string, unknown>>;
  /**
   * Reads what the function returns. `caller` is the name the user called it by (`getRoles`, or the dynamic
   * SDK's `lookupRoleIds`), so an error names what the program wrote.
   */
  run(client: FronteggClient, inputs: Inputs, caller: string): Promise<Result>;
}

/** Identity function that checks a definition against {@link FunctionDefinition} while keeping its exact types. */
export function defineFunction<Inputs extends Record<string, unknown>, Result extends Record<string, unknown>>(
  definition: FunctionDefinition<Inputs, Result>,
): FunctionDefinition<Inputs, Result> {
  return definition;
}

/**
 * A lookup that found nothing (or too much) for some of the keys it was given. The message names the function,
 * every key, where it looked and what to do; `missing` lets callers and tests tell which keys without parsing it.
 * A ResourceError, so the native plugin and the dynamic host show it as it is, without a stack.
 */
export class LookupError extends ResourceError {
  readonly missing: readonly string[];

  constructor(message: string, missing: readonly string[]) {
    super(message);
    this.name = "LookupError";
    this.missing = missing;
  }
}
