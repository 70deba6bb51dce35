/**
 * Renders the kind table (kind-samples.ts) as a program in each language a user writes: TypeScript (on the
 * dynamic classes or on `pulumi-frontegg/native`), Python on the generated SDK, and Pulumi YAML on the plugin.
 * Python's property and class names are read from the generated SDK and schema.json, not re-derived, so the
 * program uses exactly the names a Python user sees.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { isRef, isSecret, KIND_SAMPLES, sampleName, SampleValue } from "./kind-samples";

const repo = join(__dirname, "..", "..");

/** `samplePermissionCategory`: a variable for a kind's sample. */
function variable(kind: string): string {
  return `sample${kind}`;
}

/** The secret config keys the samples read, in table order. */
export function sampleSecretKeys(): string[] {
  const keys: string[] = [];
  const visit = (value: SampleValue): void => {
    if (isSecret(value)) keys.push(value.$secret);
    else if (typeof value === "object" && !isRef(value)) (Array.isArray(value) ? value : Object.values(value)).forEach(visit);
  };
  for (const row of KIND_SAMPLES) visit(row.args);
  return keys;
}

/**
 * A TypeScript program declaring every sample with `frontegg` imported from `module`; `extra` is appended (more
 * resources, exports). Each sample is a `const` named {@link variable}, e.g. `sampleRole`.
 */
export function typeScriptProgram(module: "pulumi-frontegg" | "pulumi-frontegg/native", extra = ""): string {
  const value = (v: SampleValue): string => {
    if (isRef(v)) return `${variable(v.$ref)}.id`;
    if (isSecret(v)) return `config.requireSecret(${JSON.stringify(v.$secret)})`;
    if (Array.isArray(v)) return `[${v.map(value).join(", ")}]`;
    if (typeof v === "object") return `{ ${Object.entries(v as Record<string, SampleValue>).map(([k, x]) => `${k}: ${value(x)}`).join(", ")} }`;
    return JSON.stringify(v);
  };
  const lines = KIND_SAMPLES.map((row) => `export const ${variable(row.kind)} = new frontegg.${row.kind}(${JSON.stringify(sampleName(row.kind))}, ${value(row.args)});`);
  return [
    "// One resource of every kind of pulumi-frontegg (rendered from test/support/kind-samples.ts).",
    'import * as pulumi from "@pulumi/pulumi";',
    `import * as frontegg from ${JSON.stringify(module)};`,
    "",
    "const config = new pulumi.Config();",
    ...lines,
    "",
    extra,
  ].join("\n");
}

/** Python names of the generated SDK: schema property name → Python argument name. */
function pythonNames(): Map<string, string> {
  const names = new Map<string, string>();
  const dir = join(repo, "sdk", "python", "pulumi_frontegg_native");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".py"))) {
    for (const match of readFileSync(join(dir, file), "utf8").matchAll(/@pulumi\.getter\(name="(\w+)"\)\s*\n\s*def (\w+)\(/g)) names.set(match[1]!, match[2]!);
  }
  return names;
}

interface SchemaProperty {
  readonly $ref?: string;
  readonly items?: SchemaProperty;
  /** A map's values (`metadata`, JWT claims): a dict in Python, not an `Args` class. */
  readonly additionalProperties?: SchemaProperty;
}
interface PackageSchema {
  readonly resources: Record<string, { inputProperties: Record<string, SchemaProperty> }>;
  readonly types: Record<string, { properties?: Record<string, SchemaProperty> }>;
}

/** A Python program (`__main__.py`) declaring every sample through the generated SDK `pulumi_frontegg_native`. */
export function pythonProgram(extra = ""): string {
  const schema = JSON.parse(readFileSync(join(repo, "schema.json"), "utf8")) as PackageSchema;
  const names = pythonNames();
  const py = (name: string) => names.get(name) ?? name;
  const snake = (kind: string) => variable(kind).replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
  // Nested objects become the SDK's `<Type>Args` classes, found through the property's type in schema.json.
  const value = (v: SampleValue, property: SchemaProperty | undefined): string => {
    if (isRef(v)) return `${snake(v.$ref)}.id`;
    if (isSecret(v)) return `config.require_secret(${JSON.stringify(v.$secret)})`;
    if (Array.isArray(v)) return `[${v.map((x) => value(x, property?.items)).join(", ")}]`;
    if (typeof v === "object" && property?.additionalProperties !== undefined) {
      return `{${Object.entries(v as Record<string, SampleValue>).map(([k, x]) => `${JSON.stringify(k)}: ${value(x, property.additionalProperties)}`).join(", ")}}`;
    }
    if (typeof v === "object") {
      const token = property?.$ref?.replace("#/types/", "");
      const type = token === undefined ? undefined : schema.types[token];
      if (!token || !type?.properties) throw new Error(`schema.json has no object type for a sample's nested value (${JSON.stringify(v)})`);
      const className = `${token.split(":").pop()}Args`;
      return `frontegg.${className}(${Object.entries(v as Record<string, SampleValue>).map(([k, x]) => `${py(k)}=${value(x, type.properties![k])}`).join(", ")})`;
    }
    if (typeof v === "boolean") return v ? "True" : "False";
    return JSON.stringify(v);
  };
  const lines = KIND_SAMPLES.map((row) => {
    const inputs = schema.resources[`frontegg-native:index:${row.kind}`]!.inputProperties;
    const args = Object.entries(row.args).map(([k, x]) => `${py(k)}=${value(x, inputs[k])}`);
    return `${snake(row.kind)} = frontegg.${row.kind}(${JSON.stringify(sampleName(row.kind))}, ${args.join(", ")})`;
  });
  return [
    '"""One resource of every kind of pulumi-frontegg (rendered from test/support/kind-samples.ts)."""',
    "import pulumi",
    "import pulumi_frontegg_native as frontegg",
    "",
    "config = pulumi.Config()",
    ...lines,
    "",
    extra,
  ].join("\n");
}

/** A Pulumi YAML project (Pulumi.yaml) named `project`, declaring every sample on the plugin. */
export function yamlProject(project: string): Record<string, unknown> {
  const value = (v: SampleValue): unknown => {
    if (isRef(v)) return `\${${variable(v.$ref)}.id}`;
    if (isSecret(v)) return `\${${v.$secret}}`;
    if (Array.isArray(v)) return v.map(value);
    if (typeof v === "object") return Object.fromEntries(Object.entries(v as Record<string, SampleValue>).map(([k, x]) => [k, value(x)]));
    return v;
  };
  return {
    name: project,
    description: "One resource of every kind of pulumi-frontegg (rendered from test/support/kind-samples.ts).",
    runtime: "yaml",
    config: Object.fromEntries(sampleSecretKeys().map((key) => [key, { type: "string", secret: true }])),
    resources: Object.fromEntries(
      KIND_SAMPLES.map((row) => [variable(row.kind), { type: `frontegg-native:index:${row.kind}`, name: sampleName(row.kind), properties: value(row.args) }]),
    ),
  };
}

/** YAML text of a project object. */
export function yamlText(project: Record<string, unknown>): string {
  return stringify(project, { lineWidth: 0 });
}
