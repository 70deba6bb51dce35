/**
 * The docs' examples agree with their one source: every kind of the kind table has a PCL example in its definition,
 * schema.json's description of every resource holds it in TypeScript, Python, Go and YAML, and each language's
 * program declares exactly the resources (logical names and type tokens) the PCL declares. The installation page's
 * names are the ones the packages really have. (test/projects/docs-examples.test.ts compiles or runs the programs.)
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CONFIG_KEYS } from "../provider/config-keys";
import { PACKAGE, PLUGIN_EXECUTABLE, PYTHON_PACKAGE } from "../provider/package-name";
import { RESOURCE_KINDS } from "../provider/resources";
import { EXAMPLE_LANGUAGES } from "../provider/schema/examples";
import { declaredIn, docsExamples, pclResources, readSchema, sortedDeclared } from "./support/docs-examples";

const repo = join(__dirname, "..");
const schema = readSchema();
const examples = docsExamples(schema);

describe.each(examples.map((example) => [example.kind, example] as const))("the example of %s", (kind, example) => {
  it("is PCL in the kind's definition, declaring a resource of the kind", () => {
    const declared = pclResources(example.pcl);
    expect(declared.length).toBeGreaterThan(0);
    expect(declared.map((r) => r.token)).toContain(`${PACKAGE}:index:${kind}`);
    // Every resource block is read: a block the parser misses would go unchecked below.
    expect(declared).toHaveLength(example.pcl.match(/^resource /gm)?.length ?? 0);
  });

  it("is in schema.json's description of the kind in every language", () => {
    expect(example.code).toBeDefined();
    for (const { id } of EXAMPLE_LANGUAGES) expect({ language: id, empty: example.code![id].trim() === "" }).toEqual({ language: id, empty: false });
  });

  it.each(EXAMPLE_LANGUAGES.map(({ id }) => id))("declares in %s exactly the resources its PCL declares", (language) => {
    expect(sortedDeclared(declaredIn(language, example.code![language], schema))).toEqual(sortedDeclared(pclResources(example.pcl)));
  });
});

it("has an example for every kind of the registry and no other", () => {
  expect(examples.map((e) => e.kind)).toEqual([...RESOURCE_KINDS]);
  expect(Object.keys(schema.resources).sort()).toEqual(RESOURCE_KINDS.map((kind) => `${PACKAGE}:index:${kind}`).sort());
});

describe("docs/installation-configuration.md", () => {
  const page = readFileSync(join(repo, "docs", "installation-configuration.md"), "utf8");
  const full = JSON.parse(readFileSync(join(repo, "schema.json"), "utf8")) as { config: { variables: Record<string, { secret?: boolean }> } };

  it("names the packages as they are published from this repository", () => {
    const npm = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { name: string; bin: Record<string, string> };
    expect(schema.name).toBe(PACKAGE);
    expect(schema.language.nodejs.packageName).toBe(npm.name);
    expect(page).toContain(`npm install ${npm.name}`);
    expect(schema.language.python.packageName).toBe(PYTHON_PACKAGE);
    expect(existsSync(join(repo, "sdk", "python", PYTHON_PACKAGE, "__init__.py"))).toBe(true);
    expect(page).toContain(`pip install ${PYTHON_PACKAGE}`);
    // The Go import path is the module of sdk/go/go.mod plus the package directory beside it.
    const goImport = schema.language.go.importBasePath;
    const goModule = /^module (\S+)$/m.exec(readFileSync(join(repo, "sdk", "go", "go.mod"), "utf8"))![1]!;
    expect(goImport.startsWith(`${goModule}/`)).toBe(true);
    expect(existsSync(join(repo, "sdk", "go", goImport.slice(goModule.length + 1)))).toBe(true);
    expect(page).toContain(`go get ${goImport}`);
  });

  it("names the plugin the engine runs", () => {
    const npm = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { bin: Record<string, string> };
    expect(npm.bin[PLUGIN_EXECUTABLE]).toBeDefined();
    expect(page).toContain(`\`${PLUGIN_EXECUTABLE}\``);
    expect(page).toContain(`pulumi plugin install resource ${PACKAGE} `);
  });

  it("lists every setting the provider reads, under its stack config key, secret ones set with --secret", () => {
    expect(Object.keys(full.config.variables).sort()).toEqual(Object.keys(CONFIG_KEYS).sort());
    for (const [setting, key] of Object.entries(CONFIG_KEYS)) {
      expect(page).toContain(`\`pulumi config set ${full.config.variables[setting]!.secret ? "--secret " : ""}${key} <value>\``);
    }
  });
});
