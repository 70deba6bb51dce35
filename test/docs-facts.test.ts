/**
 * The facts the docs state about each input are the schema's: for every kind's page in docs/, each property's
 * default, enumeration and numeric range (and those of the fields of an object-typed property, such as a session
 * policy's timeouts) are read from the page's text and compared with the zod schema's JSON Schema, the source
 * validation uses. A page edited by hand, or a generator that drops a fact, fails here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RESOURCE_DEFINITIONS } from "../provider/resources";
import { inputSchemaOf } from "./support/documented-constraints";

type Js = ReturnType<typeof inputSchemaOf>;

/** The inputs table of a kind's page: property → its cells (type, flags, default, description). */
function documentedInputs(kind: string): Map<string, { type: string; fallback: string; description: string }> {
  const page = readFileSync(join(__dirname, "..", "docs", `${kind}.md`), "utf8");
  const table = page.slice(page.indexOf("## Inputs"), page.indexOf("## Outputs"));
  const rows = new Map<string, { type: string; fallback: string; description: string }>();
  for (const line of table.split("\n").filter((l) => l.startsWith("| `"))) {
    const cells = line.slice(2, -2).split(/ (?<!\\)\| /);
    rows.set(cells[0]!.replace(/`/g, ""), { type: cells[1]!, fallback: cells[3]!, description: cells[4]! });
  }
  return rows;
}

/** The sentence a range is documented with, or undefined when the schema states none a reader needs. */
function rangeSentence(js: Js): string | undefined {
  const max = js.maximum !== undefined && js.maximum < Number.MAX_SAFE_INTEGER ? js.maximum : undefined;
  if (js.minimum !== undefined && max !== undefined) return `Between ${js.minimum} and ${max}.`;
  if (js.exclusiveMinimum !== undefined && max !== undefined) return `Greater than ${js.exclusiveMinimum}, at most ${max}.`;
  if (js.minimum !== undefined) return `At least ${js.minimum}.`;
  if (js.exclusiveMinimum !== undefined) return `Greater than ${js.exclusiveMinimum}.`;
  if (max !== undefined) return `At most ${max}.`;
  return undefined;
}

describe.each(Object.keys(RESOURCE_DEFINITIONS))("docs/%s.md", (kind) => {
  const schema = inputSchemaOf(kind);
  const documented = documentedInputs(kind);

  it("documents every input, with the schema's default, enumeration and range", () => {
    expect([...documented.keys()].sort()).toEqual(Object.keys(schema.properties ?? {}).sort());
    for (const [property, js] of Object.entries(schema.properties ?? {}) as Array<[string, Js & { default?: unknown }]>) {
      const row = documented.get(property)!;
      const fallback = row.fallback === "" ? undefined : JSON.parse(row.fallback.replace(/^`|`$/g, ""));
      expect({ property, fallback }).toEqual({ property, fallback: js.default });
      if (js.enum) expect({ property, values: [...row.type.matchAll(/`"([^"]*)"`/g)].map((m) => m[1]) }).toEqual({ property, values: js.enum.map(String) });
      const range = rangeSentence(js);
      if (range) expect({ property, documents: row.description.includes(range) }).toEqual({ property, documents: true });
      for (const [field, inner] of Object.entries(js.properties ?? {}) as Array<[string, Js]>) {
        const innerRange = rangeSentence(inner);
        const said = row.description.split(/(?=`\w+`: )/).find((part) => part.startsWith(`\`${field}\`: `)) ?? "";
        if (innerRange) expect({ property: `${property}.${field}`, documents: said.includes(innerRange) }).toEqual({ property: `${property}.${field}`, documents: true });
      }
    }
  });
});
