/**
 * schema.json's `functions`, from the function definitions' zod schemas (provider/functions), the way resources
 * come from theirs: Pulumi's code generators then write `get_role` / `GetRole` / `getRole` for Python, Go and
 * TypeScript, and Pulumi YAML checks `fn::invoke` arguments against the same spec.
 */
import { z } from "zod";
import { FUNCTION_DEFINITIONS, functionOf } from "../functions";
import type { FunctionDefinition } from "../functions";
import { tokenOf } from "../package-name";
import { PropertySpec, toProperty, TypeSpec } from "./pulumi-schema";

type JsonSchema = Parameters<typeof toProperty>[0];

/** An object of named properties (a function's arguments or result). */
export interface ObjectSpec {
  type: "object";
  description?: string;
  properties: Record<string, PropertySpec>;
  required: string[];
}

/** A function in Pulumi's package schema. */
export interface FunctionSpec {
  description: string;
  inputs: ObjectSpec;
  outputs: ObjectSpec;
}

/** The token of a function, e.g. `frontegg-native:index:getRole`. */
export function functionToken(name: string): string {
  return tokenOf(name);
}

/** Every function's spec, by token; the named types they use go into `types`. */
export function functionSpecs(types: Record<string, TypeSpec>): Record<string, FunctionSpec> {
  const specs: Record<string, FunctionSpec> = {};
  for (const name of Object.keys(FUNCTION_DEFINITIONS).sort()) specs[functionToken(name)] = functionSpec(functionOf(name)!, types);
  return specs;
}

function functionSpec(definition: FunctionDefinition, types: Record<string, TypeSpec>): FunctionSpec {
  // Named types of a function's result are prefixed with its name (`GetRolesRole`), as Pulumi's own providers do,
  // so they never collide with a resource's (`Role`) in the generated SDKs.
  const prefix = `${definition.name[0]!.toUpperCase()}${definition.name.slice(1)}`;
  return {
    description: definition.description,
    inputs: objectSpec(z.toJSONSchema(definition.inputs, { io: "input", unrepresentable: "any" }) as JsonSchema, prefix, types),
    outputs: objectSpec(z.toJSONSchema(definition.outputs, { io: "output", unrepresentable: "any" }) as JsonSchema, prefix, types),
  };
}

function objectSpec(js: JsonSchema, prefix: string, types: Record<string, TypeSpec>): ObjectSpec {
  const properties: Record<string, PropertySpec> = {};
  for (const [key, value] of Object.entries(js.properties ?? {})) {
    properties[key] = toProperty(value, `${prefix}${key[0]!.toUpperCase()}${key.slice(1)}`, types);
  }
  return { type: "object", properties, required: [...(js.required ?? [])].sort() };
}
