/**
 * The resource classes of the native provider, one per kind, all built by one factory from the kinds'
 * definitions: type tokens `frontegg-native:index:<Kind>`, output properties and secrets from the definition. They take
 * the same arguments as the dynamic classes, plus `provider` and `import` in their options.
 */
import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { inputKeysOf } from "../../provider/lifecycle/properties";
import { FORMER_PACKAGE, tokenOf } from "../../provider/package-name";
import { packageOptions } from "./package-options";
import { definitionOf } from "../../provider/resources";
import { adviseOn } from "../advisories";

/** Base class of the native resource classes. */
export abstract class NativeResource extends pulumi.CustomResource {
  /** The object's id in Frontegg (for singletons, their scope). */
  declare readonly id: pulumi.Output<string>;

  protected constructor(kind: string, name: string, args: Record<string, unknown> | undefined, opts: pulumi.CustomResourceOptions = {}) {
    const definition = definitionOf(kind);
    if (!definition) throw new pulumi.RunError(`unknown pulumi-frontegg resource kind ${kind}`);
    const props: Record<string, unknown> = {};
    // Every property must be present (if only as undefined) for the engine to fill it in on the instance.
    for (const key of [...inputKeysOf(definition), ...Object.keys((definition.outputs as z.ZodObject).shape)]) props[key] = undefined;
    for (const [key, value] of Object.entries(args ?? {})) {
      props[key] = definition.secrets.includes(key) && value !== undefined ? pulumi.secret(value) : value;
    }
    super(tokenOf(kind), name, props, {
      ...packageOptions(opts, tokenOf(kind, FORMER_PACKAGE)),
      additionalSecretOutputs: [...new Set([...(opts.additionalSecretOutputs ?? []), ...definition.secrets])],
    });
    // Not for `get` (no args): a read-only resource declares nothing to advise on.
    if (args) adviseOn(`${kind} "${name}"`, definition, args);
  }
}

/** A native resource class of one kind, taking `Args` (e.g. `RoleArgs`) and having the properties of `Outputs`. */
export interface NativeResourceClass<Args, Outputs> {
  new (name: string, args: Args, opts?: pulumi.CustomResourceOptions): NativeResource & Outputs;
  /** The existing object `id` as a read-only resource of the program (the engine reads it, never changes it). */
  get(name: string, id: pulumi.Input<string>, opts?: pulumi.CustomResourceOptions): NativeResource & Outputs;
}

/** The class of `kind`. */
export function nativeResourceClass<Args, Outputs>(kind: string): NativeResourceClass<Args, Outputs> {
  const named = {
    [kind]: class extends NativeResource {
      constructor(name: string, args: Args, opts?: pulumi.CustomResourceOptions) {
        super(kind, name, args as Record<string, unknown>, opts);
      }

      static get(name: string, id: pulumi.Input<string>, opts: pulumi.CustomResourceOptions = {}) {
        return new named(name, undefined as unknown as Args, { ...opts, id });
      }
    },
  }[kind]!;
  return named as unknown as NativeResourceClass<Args, Outputs>;
}
