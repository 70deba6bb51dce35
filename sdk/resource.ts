/**
 * The base of every pulumi-frontegg resource class: a resource of Pulumi's dynamic provider plugin whose
 * provider is a one-line module loading this package (see ./shim), and whose output properties and secrets come
 * from the kind's definition.
 */
import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { inputKeysOf } from "../provider/lifecycle/lifecycle";
import { definitionOf } from "../provider/resources";
import { claimWhenKnown } from "./claims";
import { DYNAMIC_PACKAGE, PROVIDER_KEY, providerSource } from "./shim";

/** A value, or an output or promise of it, at every level of arrays and objects. */
export type DeepInput<T> = T extends readonly (infer E)[]
  ? pulumi.Input<DeepInput<E>[]>
  : T extends object
    ? pulumi.Input<{ [K in keyof T]: DeepInput<T[K]> }>
    : pulumi.Input<T>;

/** The constructor arguments of a resource whose inputs are `T`. */
export type ArgsOf<T> = { [K in keyof T]: DeepInput<T[K]> };

/** The output properties of a resource whose state is `T`. */
export type OutputsOf<T> = { readonly [K in keyof T]-?: pulumi.Output<T[K]> };

/** Base class of the resource classes: type tokens read `pulumi-nodejs:dynamic/frontegg:Role`. */
export abstract class FronteggResource extends pulumi.CustomResource {
  /** The object's id in Frontegg (for singletons, their scope). */
  declare readonly id: pulumi.Output<string>;

  protected constructor(kind: string, name: string, args: Record<string, unknown>, opts: pulumi.CustomResourceOptions = {}) {
    const definition = definitionOf(kind);
    if (!definition) throw new Error(`unknown pulumi-frontegg resource kind ${kind}`);
    if (definition.singletonScope && args !== undefined) {
      const scopeOf = definition.singletonScope;
      claimWhenKnown(kind, name, { tenantId: args.tenantId as pulumi.Input<string> | undefined, type: args.type as pulumi.Input<string> | undefined }, (resolved) =>
        scopeOf(resolved),
      );
    }

    const props: Record<string, unknown> = {};
    // Every property must be present (if only as undefined) for the engine to fill it in on the instance.
    for (const key of [...inputKeysOf(definition), ...Object.keys((definition.outputs as z.ZodObject).shape)]) props[key] = undefined;
    for (const [key, value] of Object.entries(args ?? {})) {
      // A secret input is secret whether or not the program wrapped it: it must never reach state in plain text.
      props[key] = definition.secrets.includes(key) && value !== undefined ? pulumi.secret(value) : value;
    }

    props[PROVIDER_KEY] = providerSource(kind);

    super(`${DYNAMIC_PACKAGE}:dynamic/frontegg:${kind}`, name, props, {
      ...opts,
      additionalSecretOutputs: [...new Set([...(opts.additionalSecretOutputs ?? []), ...definition.secrets])],
    });
  }
}
