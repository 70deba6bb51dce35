/**
 * The docs' examples as the tests take them: re-derived from schema.json, the one place the docs pages and the SDKs'
 * doc comments take them from, never from a checked-in copy; beside each, what its PCL source (the kind's
 * definition) declares. Also what a program in each language declares, read from its text, and the renaming that
 * lets every example share one Python or YAML program.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { RESOURCE_KINDS } from "../../provider/resources";
import { exampleSources, LanguageExamples, splitExamples } from "../../provider/schema/examples";
import { serviceAccountJson } from "./service-account";
import { samlMetadata } from "./saml-metadata";

const repo = join(__dirname, "..", "..");

/** What schema.json says that the examples and their programs need. */
export interface ExamplesSchema {
  readonly name: string;
  readonly resources: Readonly<Record<string, { readonly description: string }>>;
  readonly language: {
    readonly nodejs: { readonly packageName: string };
    readonly python: { readonly packageName: string };
    readonly go: { readonly importBasePath: string };
  };
}

/** schema.json as committed. */
export function readSchema(): ExamplesSchema {
  return JSON.parse(readFileSync(join(repo, "schema.json"), "utf8")) as ExamplesSchema;
}

/** One resource a program declares: its logical name and type token. */
export interface Declared {
  readonly name: string;
  readonly token: string;
}

/** A stack config key a PCL example reads, and the input it feeds (when it is assigned to one directly). */
export interface ExampleConfig {
  readonly key: string;
  readonly secret: boolean;
  readonly property: string | undefined;
}

/** One kind's example: its PCL source and the programs schema.json holds. */
export interface DocsExample {
  readonly kind: string;
  readonly pcl: string;
  /** Undefined when schema.json's description of the kind has no examples chunk. */
  readonly code: LanguageExamples | undefined;
}

/** Every kind's example, in the kind table's order. */
export function docsExamples(schema: ExamplesSchema = readSchema()): DocsExample[] {
  const sources = exampleSources();
  return RESOURCE_KINDS.map((kind) => {
    const resource = schema.resources[`${schema.name}:index:${kind}`];
    return { kind, pcl: sources[kind] ?? "", code: resource === undefined ? undefined : splitExamples(resource.description).example };
  });
}

/** The top-level blocks of a PCL program: `resource <name> "<token>" {` or `config <name> "<type>" {` up to the `}` at column 0. */
function pclBlocks(pcl: string, keyword: "resource" | "config"): Array<{ name: string; label: string; body: string }> {
  const blocks: Array<{ name: string; label: string; body: string }> = [];
  for (const match of pcl.matchAll(new RegExp(`^${keyword} (\\w+) "([^"]+)" \\{\\n([\\s\\S]*?)^\\}`, "gm"))) {
    blocks.push({ name: match[1]!, label: match[2]!, body: match[3]! });
  }
  return blocks;
}

/** The resources a PCL example declares: a block's logical name is its `__logicalName`, else the block's name. */
export function pclResources(pcl: string): Declared[] {
  return pclBlocks(pcl, "resource").map(({ name, label, body }) => ({ name: /^ {2}__logicalName = "([^"]+)"$/m.exec(body)?.[1] ?? name, token: label }));
}

/** `declared` in one order (by token, then name), for comparing two lists. */
export function sortedDeclared(declared: readonly Declared[]): Declared[] {
  return [...declared].sort((a, b) => `${a.token} ${a.name}`.localeCompare(`${b.token} ${b.name}`));
}

/** The config keys a PCL example reads, each with the input it is assigned to (`publicCertificate = acmeIdpCertificate`). */
export function pclConfig(pcl: string): ExampleConfig[] {
  return pclBlocks(pcl, "config").map(({ name, body }) => ({
    key: name,
    secret: /^ {2}secret = true$/m.test(body),
    property: new RegExp(`^ +(\\w+) = ${name}$`, "m").exec(pcl)?.[1],
  }));
}

/** `frontegg-native:Role` (YAML's short form) or `frontegg-native:index:Role` as the full token. */
function fullToken(type: string): string {
  const parts = type.split(":");
  return parts.length === 2 ? `${parts[0]}:index:${parts[1]}` : type;
}

/** The alias a program gives the SDK's module, from its import line; fails when it does not import it. */
function moduleAlias(code: string, pattern: RegExp, language: string): string {
  const alias = pattern.exec(code)?.[1];
  if (alias === undefined) throw new Error(`a ${language} example does not import the SDK as expected (${pattern}):\n${code}`);
  return alias;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * How each language spells a resource declaration, as a pattern over the program text whose groups are the class
 * and the logical name, given the SDK module's alias (found by `alias`).
 */
const DECLARATIONS: Record<Exclude<keyof LanguageExamples, "yaml">, { alias: (schema: ExamplesSchema) => RegExp; declaration: (alias: string) => RegExp }> = {
  typescript: {
    alias: (schema) => new RegExp(`^import \\* as (\\w+) from "${escape(schema.language.nodejs.packageName)}(?:/native)?";$`, "m"),
    declaration: (alias) => new RegExp(`\\bnew ${escape(alias)}\\.([A-Z]\\w*)\\("([^"]*)"`, "g"),
  },
  python: {
    alias: (schema) => new RegExp(`^import ${escape(schema.language.python.packageName)} as (\\w+)$`, "m"),
    declaration: (alias) => new RegExp(`\\b${escape(alias)}\\.([A-Z]\\w*)\\("([^"]*)"`, "g"),
  },
  go: {
    alias: (schema) => new RegExp(`^\\s*(?:(\\w+) )?"${escape(schema.language.go.importBasePath)}"$`, "m"),
    declaration: (alias) => new RegExp(`\\b${escape(alias)}\\.New([A-Z]\\w*)\\(ctx, "([^"]*)"`, "g"),
  },
};

/** The Go import line names the package by its alias, or by the import path's last element when it has none. */
function goAlias(code: string, schema: ExamplesSchema): string {
  const pattern = DECLARATIONS.go.alias(schema);
  const match = pattern.exec(code);
  if (!match) throw new Error(`a Go example does not import ${schema.language.go.importBasePath}:\n${code}`);
  return match[1] ?? schema.language.go.importBasePath.split("/").pop()!;
}

/** The resources a program in `language` declares, read from its text. */
export function declaredIn(language: keyof LanguageExamples, code: string, schema: ExamplesSchema = readSchema()): Declared[] {
  if (language === "yaml") {
    const program = parse(code) as { resources?: Record<string, { type: string; name?: string }> };
    return Object.entries(program.resources ?? {}).map(([key, resource]) => ({ name: resource.name ?? key, token: fullToken(resource.type) }));
  }
  const alias = language === "go" ? goAlias(code, schema) : moduleAlias(code, DECLARATIONS[language].alias(schema), language);
  return [...code.matchAll(DECLARATIONS[language].declaration(alias))].map((m) => ({ name: m[2]!, token: `${schema.name}:index:${m[1]!}` }));
}

/**
 * The logical name a resource of `kind`'s example gets in a program holding every example: examples may declare
 * the same resource (a `Feature` "sso" for a plan and for a feature flag), which one stack cannot hold twice.
 */
export function mergedName(kind: string, name: string): string {
  return `${kind}-${name}`;
}

/** A Python example with each resource's logical name made {@link mergedName}; fails unless each is found exactly once. */
export function renamedPython(example: DocsExample, schema: ExamplesSchema = readSchema()): string {
  const code = example.code!.python;
  const alias = moduleAlias(code, DECLARATIONS.python.alias(schema), "python");
  let renamed = code;
  for (const { name, token } of pclResources(example.pcl)) {
    const declaration = `${alias}.${token.split(":").pop()!}(${JSON.stringify(name)}`;
    const count = renamed.split(declaration).length - 1;
    if (count !== 1) throw new Error(`the Python example of ${example.kind} declares ${declaration} ${count} times, not once`);
    renamed = renamed.replace(declaration, `${alias}.${token.split(":").pop()!}(${JSON.stringify(mergedName(example.kind, name))}`);
  }
  return renamed;
}

/** A Pulumi YAML program: the sections the examples' converter writes. */
export interface YamlProgram {
  configuration?: Record<string, unknown>;
  variables?: Record<string, unknown>;
  resources?: Record<string, { type: string; name?: string; properties?: unknown; options?: unknown }>;
}

/**
 * Every kind's YAML example in one program: each resource's key prefixed with its kind (and every `${key...}`
 * reference to it rewritten), its logical name made {@link mergedName}; configuration shared, each key declared
 * alike wherever it is.
 */
export function mergedYaml(examples: readonly DocsExample[]): Required<YamlProgram> {
  const merged: Required<YamlProgram> = { configuration: {}, variables: {}, resources: {} };
  for (const example of examples) {
    const program = parse(example.code!.yaml) as YamlProgram;
    const unknown = Object.keys(program).filter((section) => !["configuration", "variables", "resources"].includes(section));
    if (unknown.length > 0) throw new Error(`the YAML example of ${example.kind} has sections the merge does not know: ${unknown.join(", ")}`);
    const keys = [...Object.keys(program.resources ?? {}), ...Object.keys(program.variables ?? {})];
    const prefixed = (key: string) => `${example.kind.charAt(0).toLowerCase()}${example.kind.slice(1)}${key.charAt(0).toUpperCase()}${key.slice(1)}`;
    const rewrite = (value: unknown): unknown => {
      if (typeof value === "string") return value.replace(/\$\{(\w+)(?=[.[}])/g, (whole, key: string) => (keys.includes(key) ? `\${${prefixed(key)}` : whole));
      if (Array.isArray(value)) return value.map(rewrite);
      if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v)]));
      return value;
    };
    for (const [key, spec] of Object.entries(program.configuration ?? {})) {
      if (key in merged.configuration && JSON.stringify(merged.configuration[key]) !== JSON.stringify(spec)) {
        throw new Error(`the YAML examples declare config ${key} differently: ${JSON.stringify(merged.configuration[key])} and ${JSON.stringify(spec)}`);
      }
      merged.configuration[key] = spec;
    }
    for (const [key, value] of Object.entries(program.variables ?? {})) merged.variables[prefixed(key)] = rewrite(value);
    for (const [key, resource] of Object.entries(program.resources ?? {})) {
      if (prefixed(key) in merged.resources) throw new Error(`two YAML examples' resources merge into one key, ${prefixed(key)}`);
      merged.resources[prefixed(key)] = { ...(rewrite(resource) as typeof resource), name: mergedName(example.kind, resource.name ?? key) };
    }
  }
  return merged;
}

/** Each example's resources as the merged programs declare them ({@link mergedName}), for comparison with a plan. */
export function mergedResources(examples: readonly DocsExample[]): Declared[] {
  return examples.flatMap((example) => pclResources(example.pcl).map(({ name, token }) => ({ name: mergedName(example.kind, name), token })));
}

const CERT_PEM = readFileSync(join(__dirname, "..", "fixtures", "idp-cert.pem"), "utf8");

/**
 * A value for each config key the examples read, valid for the input it feeds: inputs whose format is checked get
 * a value of that format (a certificate, IdP metadata, a service-account key), any other a placeholder string.
 */
export function exampleConfigValues(examples: readonly DocsExample[]): Map<string, { value: string; secret: boolean }> {
  const byProperty: Readonly<Record<string, () => string>> = {
    publicCertificate: () => CERT_PEM,
    idpMetadata: () => samlMetadata("https://idp.initech.example", { signing: [CERT_PEM] }),
    serviceAccount: () => serviceAccountJson("docs-example-private-key"),
  };
  const values = new Map<string, { value: string; secret: boolean }>();
  for (const example of examples) {
    for (const { key, secret, property } of pclConfig(example.pcl)) {
      const value = property !== undefined && property in byProperty ? byProperty[property]!() : `docs-example-${key}`;
      values.set(key, { value, secret: secret || values.get(key)?.secret === true });
    }
  }
  return values;
}
