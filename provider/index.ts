/**
 * The provider side of pulumi-frontegg: the management API client and the resource implementations. The SDK's
 * serialized shims load this module by package name at run time (`require("pulumi-frontegg/provider")`), so
 * state holds a few hundred bytes per resource and always runs the installed version.
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";
import { configuredSession, configureFromStack } from "./configuration";
import { watchEngineIfProviderHost } from "./engine-watchdog";
import { createLifecycle } from "./lifecycle/lifecycle";
import { definitionOf } from "./resources";

export * from "./client";
export { CONFIG_KEYS, configureFromStack, configuredClient, configuredSession } from "./configuration";
export { Session } from "./lifecycle/session";
export { createLifecycle } from "./lifecycle/lifecycle";
export { UNKNOWN } from "./lifecycle/unknowns";
export type { ResourceDefinition } from "./lifecycle/definition";
export { RESOURCE_DEFINITIONS, definitionOf, isResourceKind } from "./resources";
export type * from "./resources";

// Inside the plugin process only: exit when the engine is gone rather than write on to Frontegg unrecorded.
watchEngineIfProviderHost();

const providers = new Map<string, dynamic.ResourceProvider>();

/** The dynamic provider implementation of `kind`, as the SDK's shim calls it. */
export function shim(kind: string): dynamic.ResourceProvider {
  let provider = providers.get(kind);
  if (!provider) {
    const definition = definitionOf(kind);
    if (!definition) {
      throw new Error(`pulumi-frontegg has no resource kind "${kind}": the installed package may be older than the one that created this state`);
    }
    provider = {
      ...createLifecycle(definition, configuredSession, { kinds: { definitionOf } }),
      configure: async (request) => configureFromStack(request.config),
    };
    providers.set(kind, provider);
  }
  return provider;
}
