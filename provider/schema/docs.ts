/** Renders the API docs (one Markdown page per resource, plus an index) from schema.json's content. */
import { PackageSchema, PropertySpec, ResourceSpec } from "./pulumi-schema";

/** File name → Markdown content. */
export type DocPages = Record<string, string>;

const GENERATED = "<!-- Generated from schema.json by `npm run schema`. Do not edit by hand. -->\n\n";

/** Every page of the API docs. */
export function renderDocs(schema: PackageSchema): DocPages {
  const pages: DocPages = {};
  const kinds = Object.keys(schema.resources).map((token) => token.split(":")[2]!);
  for (const kind of kinds) pages[`${kind}.md`] = resourcePage(kind, schema.resources[`${schema.name}:index:${kind}`]!, schema);
  pages["README.md"] = indexPage(schema, kinds);
  return pages;
}

function indexPage(schema: PackageSchema, kinds: string[]): string {
  const rows = kinds.map((kind) => {
    const first = schema.resources[`${schema.name}:index:${kind}`]!.description.split("\n")[0]!;
    return `| [${kind}](${kind}.md) | ${first.replace(/\|/g, "\\|")} |`;
  });
  const config = Object.entries(schema.config.variables).map(
    ([key, spec]) => `| \`${schema.name}:${key}\` | ${typeOf(spec, schema)} | ${spec.secret ? "yes" : ""} | ${escape(spec.description ?? "")} |`,
  );
  return (
    GENERATED +
    `# pulumi-frontegg API reference\n\n${schema.description}\n\n## Resources\n\n| Resource | What it manages |\n| --- | --- |\n${rows.join("\n")}\n\n` +
    `## Configuration\n\n| Key | Type | Secret | Description |\n| --- | --- | --- | --- |\n${config.join("\n")}\n`
  );
}

function resourcePage(kind: string, resource: ResourceSpec, schema: PackageSchema): string {
  const inputs = Object.entries(resource.inputProperties).map(([name, spec]) => {
    const flags = [resource.requiredInputs.includes(name) ? "required" : "optional", spec.willReplaceOnChanges ? "replaces on change" : "", spec.secret ? "secret" : ""]
      .filter(Boolean)
      .join(", ");
    const fallback = spec.default === undefined ? "" : `\`${JSON.stringify(spec.default)}\``;
    return `| \`${name}\` | ${typeOf(spec, schema)} | ${flags} | ${fallback} | ${escape(spec.description ?? "")} |`;
  });
  const outputs = Object.entries(resource.properties)
    .filter(([name]) => !(name in resource.inputProperties))
    .map(([name, spec]) => `| \`${name}\` | ${typeOf(spec, schema)} | ${escape(spec.description ?? "")} |`);
  return (
    GENERATED +
    `# ${kind}\n\n${resource.description}\n` +
    `## Inputs\n\n| Property | Type | | Default | Description |\n| --- | --- | --- | --- | --- |\n${inputs.join("\n")}\n\n` +
    (outputs.length > 0
      ? `## Outputs\n\nEvery input, plus:\n\n| Property | Type | Description |\n| --- | --- | --- |\n${outputs.join("\n")}\n`
      : "## Outputs\n\nEvery input, as Frontegg holds it; nothing else.\n")
  );
}

function typeOf(spec: PropertySpec, schema: PackageSchema): string {
  if (spec.$ref) {
    const type = schema.types[spec.$ref.replace("#/types/", "")];
    if (type?.enum) return type.enum.map((e) => `\`"${e.value}"\``).join(" \\| ");
    if (type?.properties) {
      return `{ ${Object.entries(type.properties).map(([k, v]) => `${k}${type.required?.includes(k) ? "" : "?"}: ${typeOf(v, schema)}`).join("; ")} }`;
    }
  }
  if (spec.type === "array" && spec.items) return `${typeOf(spec.items, schema)}[]`;
  return spec.type ?? "any";
}

function escape(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
