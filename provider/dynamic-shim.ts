/**
 * What the engine stores in every resource's state as `__provider`: the source of a module whose `handler`
 * returns the dynamic provider of one resource kind.
 *
 * Pulumi's dynamic resources normally serialize the provider object with its closure. This module is written
 * out directly instead: one line that loads the implementation from the installed package by name. State thus
 * holds about a hundred bytes per resource, never any captured credential or code, and a package upgrade takes
 * effect without a diff, because no code travels in state. It also sidesteps the closure serializer's known
 * failure modes (captured clients, classes, native functions).
 */

/** Pulumi's dynamic provider plugin runs resources whose type is in this package. */
export const DYNAMIC_PACKAGE = "pulumi-nodejs";

/** The state key the dynamic provider plugin reads the provider's source from. */
export const PROVIDER_KEY = "__provider";

/** The type token of a resource of kind `kind`: `pulumi-nodejs:dynamic/frontegg:Role`. */
export function typeTokenOf(kind: string): string {
  return `${DYNAMIC_PACKAGE}:dynamic/frontegg:${kind}`;
}

/** The kind a type token of this package names (`Role`); undefined for another package's token. */
export function kindOfTypeToken(type: string): string | undefined {
  const prefix = typeTokenOf("");
  const kind = type.startsWith(prefix) ? type.slice(prefix.length) : "";
  return /^[A-Za-z]+$/.test(kind) ? kind : undefined;
}

/** The `__provider` source for resource kind `kind`. */
export function providerSource(kind: string): string {
  if (!/^[A-Za-z]+$/.test(kind)) throw new Error(`invalid resource kind ${JSON.stringify(kind)}`);
  // Written tight: the engine stores it twice per resource (inputs and outputs) and rewrites it at every checkpoint.
  return `exports.handler=()=>require("pulumi-frontegg/provider").shim("${kind}")`;
}
