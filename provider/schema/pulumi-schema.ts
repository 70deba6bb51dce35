/**
 * Builds the Pulumi package schema (schema.json) from the resource definitions' zod schemas, so types, `check`,
 * schema.json and the docs can never disagree.
 */
import { z } from "zod";
import { importIdOf } from "../lifecycle/import-id";
import { inputKeysOf } from "../lifecycle/properties";
import { ResourceDefinition } from "../lifecycle/definition";
import { PROVIDER_SETTINGS } from "../configuration";
import { definitionOf, RESOURCE_DEFINITIONS } from "../resources";
import { FORMER_PACKAGE, PACKAGE, PYTHON_PACKAGE, tokenOf } from "../package-name";
import { FunctionSpec, functionSpecs } from "./functions-schema";
import { examplesChunk, LanguageExamples } from "./examples";

/** A property in Pulumi's package schema. */
export interface PropertySpec {
  type?: "string" | "integer" | "number" | "boolean" | "array" | "object";
  items?: PropertySpec;
  /** The values of a map (an object with arbitrary keys), e.g. `{ type: "string" }`. */
  additionalProperties?: PropertySpec;
  $ref?: string;
  description?: string;
  default?: string | number | boolean;
  secret?: boolean;
  willReplaceOnChanges?: boolean;
}

/** A named type (enum or object) in Pulumi's package schema. */
export interface TypeSpec {
  type: "string" | "object";
  description?: string;
  enum?: Array<{ name: string; value: string }>;
  properties?: Record<string, PropertySpec>;
  required?: string[];
}

/** A resource in Pulumi's package schema. */
export interface ResourceSpec {
  description: string;
  properties: Record<string, PropertySpec>;
  required: string[];
  inputProperties: Record<string, PropertySpec>;
  requiredInputs: string[];
  /** Former type tokens of the resource: the engine takes a resource of such a type in state as this one. */
  aliases: AliasSpec[];
}

/** An alias in Pulumi's package schema: a type the resource was known by. */
export interface AliasSpec {
  type: string;
}

/** The provider resource in Pulumi's package schema: one Frontegg environment. */
export interface ProviderSpec {
  description: string;
  properties: Record<string, PropertySpec>;
  inputProperties: Record<string, PropertySpec>;
  aliases: AliasSpec[];
}

/** Pulumi's package schema, the parts this package uses. */
export interface PackageSchema {
  name: string;
  displayName: string;
  version: string;
  description: string;
  keywords: string[];
  homepage: string;
  repository: string;
  license: string;
  publisher: string;
  pluginDownloadURL: string;
  config: { variables: Record<string, PropertySpec> };
  provider: ProviderSpec;
  types: Record<string, TypeSpec>;
  resources: Record<string, ResourceSpec>;
  functions: Record<string, FunctionSpec>;
  language: {
    nodejs: { packageName: string; packageDescription: string };
    python: { packageName: string; respectSchemaVersion: boolean; pyproject: { enabled: boolean } };
    go: { importBasePath: string; respectSchemaVersion: boolean };
  };
}

/** Package-level facts the schema states. */
export interface PackageFacts {
  readonly version: string;
  readonly description: string;
  readonly repository: string;
}

interface JsonSchema {
  type?: string;
  description?: string;
  default?: unknown;
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  required?: string[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
}

/** The token of a resource kind, e.g. `frontegg-native:index:Role`. */
export function resourceToken(kind: string): string {
  return tokenOf(kind);
}

/**
 * Builds schema.json's content. `examples` are the kinds' examples converted to every language (by kind); without
 * them the descriptions have none: that schema is what the examples are converted against.
 */
export function buildPackageSchema(facts: PackageFacts, examples?: Readonly<Record<string, LanguageExamples>>): PackageSchema {
  const types: Record<string, TypeSpec> = {};
  const resources: Record<string, ResourceSpec> = {};
  for (const kind of Object.keys(RESOURCE_DEFINITIONS).sort()) {
    const example = examples?.[kind];
    if (examples && !example) throw new Error(`no converted example of ${kind}: scripts/convert-examples.js converts every kind's`);
    resources[resourceToken(kind)] = resourceSpec(definitionOf(kind)!, types, example);
  }
  const functions = functionSpecs(types);
  return {
    name: PACKAGE,
    displayName: "Frontegg",
    version: facts.version,
    description: facts.description,
    keywords: ["pulumi", "frontegg", "identity", "sso", "category/infrastructure", "kind/native"],
    homepage: facts.repository,
    repository: facts.repository,
    license: "Apache-2.0",
    publisher: "pulumi-frontegg",
    pluginDownloadURL: pluginDownloadUrl(facts.repository),
    config: { variables: settingProperties() },
    provider: {
      description:
        `The provider of the \`${PACKAGE}\` package: one Frontegg environment. Each setting falls back to the stack ` +
        `config key \`${PACKAGE}:<setting>\`, then to its environment variable, so a program can manage several ` +
        "environments through several providers.",
      properties: settingProperties(),
      inputProperties: settingProperties(),
      aliases: [{ type: `pulumi:providers:${FORMER_PACKAGE}` }],
    },
    types: sortKeys(types),
    resources,
    functions,
    language: {
      nodejs: { packageName: "pulumi-frontegg", packageDescription: facts.description },
      // The Python and Go SDKs (sdk/python, sdk/go) carry the schema's version, so they ask for this plugin.
      // pyproject.toml rather than setup.py: what `python -m build` and current pip build the sdist and wheel from.
      python: { packageName: PYTHON_PACKAGE, respectSchemaVersion: true, pyproject: { enabled: true } },
      go: { importBasePath: `${goModulePath(facts.repository)}/sdk/go/frontegg`, respectSchemaVersion: true },
    },
  };
}

/**
 * Where the engine downloads the plugin archives (scripts/build-plugin.js) it does not have: the repository's
 * GitHub releases, asset `pulumi-resource-frontegg-native-v<version>-<os>-<arch>.tar.gz` of release `v<version>`. The
 * `github://` scheme goes through GitHub's API rather than a fixed https:// download path: the engine then finds
 * the asset by name in the release, and sends GITHUB_TOKEN when set, so it also works while the repository is
 * private and without the rate limit of anonymous downloads. The owner comes from package.json's repository, the
 * one place it is named.
 */
export function pluginDownloadUrl(repository: string): string {
  const match = /^(?:git\+)?https:\/\/github\.com\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(repository);
  if (!match) throw new Error(`package.json's repository.url ${repository} is not a GitHub repository: the plugin's download URL names its releases`);
  return `github://api.github.com/${match[1]}/${match[2]}`;
}

/** The Go module path of a repository URL: `https://github.com/o/r` → `github.com/o/r`. */
function goModulePath(repository: string): string {
  return repository.replace(/^[a-z+]+:\/\//, "").replace(/\.git$/, "");
}

/** The provider's settings as schema properties: the same for stack config and the provider's inputs. */
function settingProperties(): Record<string, PropertySpec> {
  return Object.fromEntries(
    Object.entries(PROVIDER_SETTINGS).map(([key, setting]) => [
      key,
      { type: setting.type, description: setting.description, ...(setting.secret ? { secret: true } : {}) },
    ]),
  );
}

function resourceSpec(definition: ResourceDefinition, types: Record<string, TypeSpec>, example: LanguageExamples | undefined): ResourceSpec {
  const inputSchema = z.toJSONSchema(definition.inputs, { io: "input", unrepresentable: "any" }) as JsonSchema;
  const outputSchema = z.toJSONSchema(definition.outputs, { io: "output", unrepresentable: "any" }) as JsonSchema;
  const inputProperties: Record<string, PropertySpec> = {};
  const properties: Record<string, PropertySpec> = {};
  const name = (prop: string) => `${definition.kind}${prop[0]!.toUpperCase()}${prop.slice(1)}`;

  for (const key of inputKeysOf(definition)) {
    const js = inputSchema.properties?.[key];
    if (!js) continue;
    const spec = toProperty(js, name(key), types);
    if (definition.secrets.includes(key)) spec.secret = true;
    if (definition.replaceOnChanges.includes(key)) spec.willReplaceOnChanges = true;
    inputProperties[key] = spec;
    const output = { ...spec };
    delete output.default;
    properties[key] = output;
  }
  for (const [key, js] of Object.entries(outputSchema.properties ?? {})) {
    properties[key] = { ...toProperty(js, name(key), types), ...(definition.secrets.includes(key) ? { secret: true } : {}) };
  }

  const requiredInputs = inputSchema.required ?? [];
  // Inputs with a default are always present in state, as are the required ones.
  const alwaysSet = inputKeysOf(definition).filter((key) => requiredInputs.includes(key) || inputSchema.properties?.[key]?.default !== undefined);
  return {
    description:
      `${definition.description}\n\n${example ? `${examplesChunk(example)}\n` : ""}` +
      `\n## Import\n\nWith the native provider, the \`import\` resource option and \`pulumi import ${resourceToken(definition.kind)} <name> <id>\` ` +
      `take the id ${importIdOf(definition).format}.\n`,
    properties,
    required: [...alwaysSet, ...(outputSchema.required ?? [])].sort(),
    inputProperties,
    requiredInputs: [...requiredInputs].sort(),
    aliases: [{ type: tokenOf(definition.kind, FORMER_PACKAGE) }],
  };
}

/** Whether `js` says nothing of its value (zod's `unknown`): any JSON value. */
function isAnyValue(js: JsonSchema): boolean {
  return Object.keys(js).every((key) => key === "description");
}

/**
 * The schema property of `js`; named enum and object types go into `types` as `frontegg-native:index:<typeName>`; a record
 * becomes a map of its values' type.
 */
export function toProperty(js: JsonSchema, typeName: string, types: Record<string, TypeSpec>): PropertySpec {
  const spec: PropertySpec = {};
  if (js.enum) {
    const token = tokenOf(typeName);
    types[token] = { type: "string", enum: js.enum.map((value) => ({ name: String(value), value: String(value) })) };
    spec.$ref = `#/types/${token}`;
  } else if (js.type === "array" && js.items) {
    spec.type = "array";
    spec.items = toProperty(js.items, typeName.replace(/s$/, ""), types);
  } else if (js.type === "object" && js.properties) {
    const token = tokenOf(typeName);
    const properties: Record<string, PropertySpec> = {};
    for (const [key, value] of Object.entries(js.properties)) properties[key] = toProperty(value, `${typeName}${key[0]!.toUpperCase()}${key.slice(1)}`, types);
    types[token] = { type: "object", properties, required: js.required ?? [] };
    spec.$ref = `#/types/${token}`;
  } else if (js.type === "string" || js.type === "integer" || js.type === "number" || js.type === "boolean") {
    spec.type = js.type;
  } else if (js.type === "object" && typeof js.additionalProperties === "object") {
    // A map with arbitrary keys (an application's metadata, a function's ids by key): its values' type is known.
    spec.type = "object";
    spec.additionalProperties = toProperty(js.additionalProperties, `${typeName}Value`, types);
  } else if (js.type === "object" || isAnyValue(js)) {
    // A free-form object (a rule condition's operation data), or a value of any JSON type (a JWT claim's).
    spec.$ref = "pulumi.json#/Any";
  } else {
    spec.type = "string";
  }
  const description = [js.description, constraints(js)].filter(Boolean).join(" ");
  if (description) spec.description = description;
  if (typeof js.default === "string" || typeof js.default === "number" || typeof js.default === "boolean") spec.default = js.default;
  return spec;
}

/** Validation rules zod enforces that Pulumi's schema has no field for: stated in the description instead. */
function constraints(schema: JsonSchema): string {
  // zod's `.int()` bounds integers by the largest safe one: no limit a reader needs to know.
  const js = schema.maximum !== undefined && schema.maximum >= Number.MAX_SAFE_INTEGER ? { ...schema, maximum: undefined } : schema;
  const rules: string[] = [];
  if (js.minimum !== undefined && js.maximum !== undefined) rules.push(`Between ${js.minimum} and ${js.maximum}.`);
  else if (js.exclusiveMinimum !== undefined && js.maximum !== undefined) rules.push(`Greater than ${js.exclusiveMinimum}, at most ${js.maximum}.`);
  else if (js.minimum !== undefined) rules.push(`At least ${js.minimum}.`);
  else if (js.exclusiveMinimum !== undefined) rules.push(`Greater than ${js.exclusiveMinimum}.`);
  else if (js.maximum !== undefined) rules.push(`At most ${js.maximum}.`);
  if (js.minItems !== undefined && js.minItems > 0) rules.push(`At least ${js.minItems} item${js.minItems === 1 ? "" : "s"}.`);
  if (js.maxLength !== undefined && js.maxLength >= 100) rules.push(`At most ${js.maxLength} characters.`);
  return rules.join(" ");
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
