/**
 * The resource classes of the native provider, one per kind, all built by one factory from the kinds'
 * definitions: type tokens `frontegg:index:<Kind>`, output properties and secrets from the definition. They take
 * the same arguments as the dynamic classes, plus `provider` and `import` in their options.
 */
import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { inputKeysOf } from "../../provider/lifecycle/lifecycle";
import { definitionOf } from "../../provider/resources";
import type * as kinds from "../../provider/resources";
import { ArgsOf, OutputsOf } from "../resource";

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
    super(`frontegg:index:${kind}`, name, props, {
      ...opts,
      additionalSecretOutputs: [...new Set([...(opts.additionalSecretOutputs ?? []), ...definition.secrets])],
    });
  }
}

/** A native resource class of one kind. */
export interface NativeResourceClass<Inputs, State> {
  new (name: string, args: ArgsOf<Inputs>, opts?: pulumi.CustomResourceOptions): NativeResource & OutputsOf<State>;
  /** The existing object `id` as a read-only resource of the program (the engine reads it, never changes it). */
  get(name: string, id: pulumi.Input<string>, opts?: pulumi.CustomResourceOptions): NativeResource & OutputsOf<State>;
}

/** The class of `kind`. */
export function nativeResourceClass<Inputs, State>(kind: string): NativeResourceClass<Inputs, State> {
  const named = {
    [kind]: class extends NativeResource {
      constructor(name: string, args: ArgsOf<Inputs>, opts?: pulumi.CustomResourceOptions) {
        super(kind, name, args as Record<string, unknown>, opts);
      }

      static get(name: string, id: pulumi.Input<string>, opts: pulumi.CustomResourceOptions = {}) {
        return new named(name, undefined as unknown as ArgsOf<Inputs>, { ...opts, id });
      }
    },
  }[kind]!;
  return named as unknown as NativeResourceClass<Inputs, State>;
}

export const PermissionCategory = nativeResourceClass<kinds.PermissionCategoryInputs, kinds.PermissionCategoryState>("PermissionCategory");
export type PermissionCategory = InstanceType<typeof PermissionCategory>;
export const Permission = nativeResourceClass<kinds.PermissionInputs, kinds.PermissionState>("Permission");
export type Permission = InstanceType<typeof Permission>;
export const Role = nativeResourceClass<kinds.RoleInputs, kinds.RoleState>("Role");
export type Role = InstanceType<typeof Role>;
export const SsoConfiguration = nativeResourceClass<kinds.SsoConfigurationInputs, kinds.SsoConfigurationState>("SsoConfiguration");
export type SsoConfiguration = InstanceType<typeof SsoConfiguration>;
export const MfaPolicy = nativeResourceClass<kinds.MfaPolicyInputs, kinds.MfaPolicyState>("MfaPolicy");
export type MfaPolicy = InstanceType<typeof MfaPolicy>;
export const LockoutPolicy = nativeResourceClass<kinds.LockoutPolicyInputs, kinds.LockoutPolicyState>("LockoutPolicy");
export type LockoutPolicy = InstanceType<typeof LockoutPolicy>;
export const EmailTemplate = nativeResourceClass<kinds.EmailTemplateInputs, kinds.EmailTemplateState>("EmailTemplate");
export type EmailTemplate = InstanceType<typeof EmailTemplate>;
