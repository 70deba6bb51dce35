/**
 * Every function (`frontegg-native:index:get...`), by name, and the one way to run one: inputs checked against the zod
 * schema (each problem naming its property), the result checked against the declared result, so what the native
 * plugin answers is what schema.json promises. Adding a function is one definition plus one line here.
 */
import { FronteggClient } from "../client";
import { FunctionDefinition } from "./definition";
import { getApplication } from "./applications";
import { getFeature, getFeatures, getPlan } from "./entitlements";
import { getPermission, getPermissionCategory, getPermissions } from "./permissions";
import { getRole, getRoles } from "./roles";
import { getSsoConfigurations } from "./sso";

/** All function definitions, keyed by name. */
export const FUNCTION_DEFINITIONS = {
  getRole,
  getRoles,
  getPermission,
  getPermissions,
  getPermissionCategory,
  getFeature,
  getFeatures,
  getPlan,
  getApplication,
  getSsoConfigurations,
} as const;

/** The name of a function, e.g. `getRole`. */
export type FunctionName = keyof typeof FUNCTION_DEFINITIONS;

/** The definition named `name`, with its types erased, as the plugin and generators consume it. */
export function functionOf(name: string): FunctionDefinition | undefined {
  return Object.prototype.hasOwnProperty.call(FUNCTION_DEFINITIONS, name) ? (FUNCTION_DEFINITIONS[name as FunctionName] as unknown as FunctionDefinition) : undefined;
}

/** A problem with one argument, as the engine shows it. */
export interface ArgumentFailure {
  readonly property: string;
  readonly reason: string;
}

/** What running a function gives: its result, or the arguments' problems (then nothing was read). */
export type FunctionOutcome = { readonly result: Record<string, unknown>; readonly failures?: undefined } | { readonly result?: undefined; readonly failures: readonly ArgumentFailure[] };

/**
 * Runs `definition` with `args` as a program passed them. Arguments the schema refuses are reported, each naming
 * its property and the function, before any call to Frontegg.
 */
export async function runFunction(client: FronteggClient, definition: FunctionDefinition, args: Record<string, unknown>, caller = definition.name): Promise<FunctionOutcome> {
  const parsed = definition.inputs.safeParse(args);
  if (!parsed.success) {
    return {
      failures: parsed.error.issues.map((issue) => {
        const property = issue.path.map(String).join(".");
        return { property, reason: `${caller}: ${property ? `argument ${property}: ` : ""}${issue.message}` };
      }),
    };
  }
  const result = await definition.run(client, parsed.data, caller);
  return { result: definition.outputs.parse(result) };
}

export { LookupError } from "./definition";
export type { FunctionDefinition } from "./definition";
export { pickByKey, pickUnique } from "./find";
export type { KeyedLookup } from "./find";
export { getApplication, getFeature, getFeatures, getPermission, getPermissionCategory, getPermissions, getPlan, getRole, getRoles, getSsoConfigurations };
