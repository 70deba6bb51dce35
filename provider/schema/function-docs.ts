/** The API docs' pages of the functions (one per function, plus a section of the index), from schema.json. */
import type { FunctionSpec, ObjectSpec } from "./functions-schema";
import type { PackageSchema, PropertySpec } from "./pulumi-schema";
import { PYTHON_PACKAGE } from "../package-name";

/** `get<Kind>.md` for every function. */
export function functionPages(schema: PackageSchema, typeOf: (spec: PropertySpec, schema: PackageSchema) => string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(schema.functions ?? {}).map(([token, spec]) => {
      const name = token.split(":")[2]!;
      return [`${name}.md`, functionPage(name, token, spec, schema, typeOf)];
    }),
  );
}

/** The index's section listing every function. */
export function functionIndex(schema: PackageSchema): string {
  const rows = Object.entries(schema.functions ?? {}).map(([token, spec]) => {
    const name = token.split(":")[2]!;
    return `| [${name}](${name}.md) | ${spec.description.split(". ")[0]!.replace(/\|/g, "\\|")}. |`;
  });
  return rows.length === 0 ? "" : `\n## Functions\n\n| Function | What it returns |\n| --- | --- |\n${rows.join("\n")}\n`;
}

function functionPage(name: string, token: string, spec: FunctionSpec, schema: PackageSchema, typeOf: (spec: PropertySpec, schema: PackageSchema) => string): string {
  const table = (object: ObjectSpec) =>
    Object.entries(object.properties)
      .map(([key, property]) => `| \`${key}\` | ${typeOf(property, schema)} | ${object.required.includes(key) ? "required" : "optional"} | ${(property.description ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ")} |`)
      .join("\n");
  return (
    "<!-- Generated from schema.json by `npm run schema`. Do not edit by hand. -->\n\n" +
    `# ${name}\n\n${spec.description}\n\nToken \`${token}\`. In TypeScript \`${name}\` / \`${name}Output\` of \`pulumi-frontegg/native\`; in Python ` +
    `\`${PYTHON_PACKAGE}.${snake(name)}\`; in Go \`frontegg.${name[0]!.toUpperCase()}${name.slice(1)}\`; in YAML \`fn::invoke\` with \`function: ${token}\`. ` +
    "Each honours an explicit provider (`{ provider }`, `opts=pulumi.InvokeOptions(provider=...)`, `pulumi.Provider(...)`, `options: { provider: ... }`).\n\n" +
    `## Arguments\n\n| Argument | Type | | Description |\n| --- | --- | --- | --- |\n${table(spec.inputs)}\n\n` +
    `## Result\n\n| Property | Type | | Description |\n| --- | --- | --- | --- |\n${table(spec.outputs)}\n`
  );
}

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
