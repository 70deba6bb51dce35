/**
 * The base of every pulumi-frontegg resource class: a resource of Pulumi's dynamic provider plugin whose
 * provider is a one-line module loading this package (see ./shim), and whose output properties and secrets come
 * from the kind's definition.
 */
import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { inputKeysOf } from "../provider/lifecycle/properties";
import { APPLIED_KEY } from "../provider/lifecycle/secrets";
import { definitionOf } from "../provider/resources";
import { adviseOn } from "./advisories";
import { claimInputs } from "./claims";
import { PROVIDER_KEY, providerSource, typeTokenOf } from "../provider/dynamic-shim";

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

  // `object`: the generated argument interfaces have no index signature.
  protected constructor(kind: string, name: string, argsObject: object, opts: pulumi.CustomResourceOptions = {}) {
    const args = argsObject as Record<string, unknown>;
    const definition = definitionOf(kind);
    if (!definition) throw new pulumi.RunError(`unknown pulumi-frontegg resource kind ${kind}`);
    const label = `${kind} "${name}"`;
    if (opts.import !== undefined) {
      const target = definition.claimedBy.length > 0 ? `the object with the same natural key (for a ${kind}: ${definition.claimedBy.join(", ")})` : `the environment's ${kind}`;
      // The dynamic provider host cannot read an object it has no provider source for: it would crash deep inside
      // Pulumi. Say what works instead, before anything is sent.
      throw new pulumi.RunError(
        `${label}: the \`import\` resource option is not supported by pulumi-frontegg's resources, which run in ` +
          `Pulumi's dynamic provider. To bring an existing object under management, remove \`import\` and set ` +
          `adoptExisting: true: the resource then takes over ${target} and brings it to the declared values. The classes of ` +
          `pulumi-frontegg/native (the native provider plugin) support \`import\``,
      );
    }
    const claimed = claimInputs(
      label,
      Object.fromEntries(definition.claimedBy.map((key) => [key, args?.[key]])),
      (resolved) => definition.claims(resolved),
    );

    const props: Record<string, unknown> = {};
    // Every property must be present (if only as undefined) for the engine to fill it in on the instance.
    for (const key of [...inputKeysOf(definition), ...Object.keys((definition.outputs as z.ZodObject).shape)]) props[key] = undefined;
    for (const [key, value] of Object.entries(args ?? {})) {
      // A secret input is secret whether or not the program wrapped it: it must never reach state in plain text.
      props[key] = definition.secrets.includes(key) && value !== undefined ? pulumi.secret(value) : value;
    }

    props[PROVIDER_KEY] = providerSource(kind);

    super(typeTokenOf(kind), name, props, {
      ...opts,
      // The fingerprints too: of the secret, and of the one last applied (see APPLIED_KEY).
      additionalSecretOutputs: [...new Set([...(opts.additionalSecretOutputs ?? []), ...definition.secrets, ...(definition.secrets.length > 0 ? [APPLIED_KEY] : [])])],
    });
    claimed(this);
    adviseOn(label, definition, args ?? {});
  }
}
