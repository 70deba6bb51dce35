/**
 * Every docs example compiles or runs, re-derived from schema.json (the one place the docs and the SDKs' doc
 * comments take them from; never a checked-in copy):
 * - TypeScript: all examples in one program, as `tsc --noEmit` under Pulumi's template tsconfig (strict, no
 *   skipLibCheck) against the built package, twice over: as generated (`<npm package>/native`) and switched to the
 *   package root's dynamic classes, which the docs say take the same arguments.
 * - Go: one module on this checkout's sdk/go, a `package main` per example, each compiled by the Go compiler
 *   (`go list -export ./...`: what `go build ./...` compiles, without linking) and vetted (`go vet ./...`). Not
 *   `go build` itself: it links every main package, two seconds per Pulumi program here (110 s for all), and a link
 *   cannot fail for pure Go code that compiles; test/engine/sdk-languages.test.ts builds and runs a program on sdk/go.
 * - YAML: every example merged into one program, one real `pulumi preview` with the YAML language host against the
 *   emulator through the native plugin.
 * - Python: likewise one `pulumi preview` with the real Python language host, each example a module of its own
 *   that `__main__.py` imports (module-level code, as generated, runs unchanged; the modules' names never clash).
 *   One merged program rather than `set_mocks` per example: it runs what a user runs, the SDK against the plugin,
 *   and the engine checks every resource's inputs as a user's preview does.
 * Two examples may declare the same resource (a `Feature` "sso" for a plan and for a feature flag), which one stack
 * cannot hold twice, so the merged programs give each example's resources names of their own (`mergedName`); the
 * previews must plan exactly the union of the examples' resources.
 */
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { stringify } from "yaml";
import { onDynamicClasses } from "../../provider/schema/examples";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { Declared, docsExamples, DocsExample, exampleConfigValues, mergedResources, mergedYaml, readSchema, renamedPython, sortedDeclared } from "../support/docs-examples";
import { pluginOnPath } from "../support/plugin";
import { newProject, Project, pythonProject } from "../support/project";
import { typeCheckAsTemplate } from "../support/ts-template";

jest.setTimeout(600_000);

const repo = join(__dirname, "..", "..");
const run = promisify(execFile);
const { goEnv } = require("../../scripts/go-tool.js") as { goEnv(flags?: string[]): NodeJS.ProcessEnv };
const schema = readSchema();
const examples = docsExamples(schema);

/** Elapsed seconds of each part, printed at the end: the whole file's budget is three minutes. */
const timings: Record<string, number> = {};
async function timed<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const start = Date.now();
  try {
    return await work();
  } finally {
    timings[label] = (Date.now() - start) / 1000;
  }
}
afterAll(() => console.log(`docs examples, seconds per part: ${JSON.stringify(timings)}`));

it("has an example in every language for every kind", () => {
  expect(examples.length).toBeGreaterThan(0);
  expect(examples.filter((example) => example.code === undefined).map((example) => example.kind)).toEqual([]);
});

describe("TypeScript", () => {
  let scratch: string;
  beforeAll(() => {
    // Inside the checkout, where `pulumi-frontegg` resolves to this build.
    scratch = mkdtempSync(join(repo, ".test-docs-examples-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("type-checks every example, on the native classes as generated and on the dynamic classes", async () => {
    const npm = schema.language.nodejs.packageName;
    const files: string[] = [];
    for (const [dir, code] of [
      ["native", (example: DocsExample) => example.code!.typescript],
      ["dynamic", (example: DocsExample) => onDynamicClasses(example.code!.typescript, npm)],
    ] as const) {
      mkdirSync(join(scratch, dir));
      for (const example of examples) {
        const file = join(scratch, dir, `${example.kind}.ts`);
        writeFileSync(file, code(example));
        files.push(file);
      }
    }
    const { problems } = await timed("typescript", () => typeCheckAsTemplate(files));
    expect(problems).toEqual([]);
  });
});

describe("Go", () => {
  let module: string;
  beforeAll(() => {
    module = mkdtempSync(join(tmpdir(), "docs-examples-go-"));
  });
  afterAll(() => rmSync(module, { recursive: true, force: true }));

  it("compiles and vets every example against this checkout's sdk/go", async () => {
    const sdk = join(repo, "sdk", "go");
    const sdkMod = readFileSync(join(sdk, "go.mod"), "utf8");
    const sdkModule = /^module (\S+)$/m.exec(sdkMod)![1]!;
    const goVersion = /^go (\S+)$/m.exec(sdkMod)![1]!;
    const pulumiSdk = /^\s*github\.com\/pulumi\/pulumi\/sdk\/v3 (\S+)$/m.exec(sdkMod)![1]!;
    writeFileSync(
      join(module, "go.mod"),
      `module docs-examples\n\ngo ${goVersion}\n\nrequire (\n\t${sdkModule} v0.0.0\n\tgithub.com/pulumi/pulumi/sdk/v3 ${pulumiSdk}\n)\n\nreplace ${sdkModule} => ${sdk}\n`,
    );
    // The SDK's checksums cover what the examples import; -mod=mod lets go record the rest from the module cache.
    copyFileSync(join(sdk, "go.sum"), join(module, "go.sum"));
    for (const example of examples) {
      mkdirSync(join(module, example.kind));
      writeFileSync(join(module, example.kind, "main.go"), example.code!.go);
    }
    // -trimpath keeps the temporary directory out of the build cache's keys, so a second run compiles nothing that
    // has not changed (measured: 31 s without it, under 1 s with it once the cache holds the packages).
    const env = goEnv(["-mod=mod", "-trimpath"]);
    const go = (args: string[]) => run("go", args, { cwd: module, env, maxBuffer: 64 * 1024 * 1024, timeout: 540_000 }).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`go ${args.join(" ")} failed:\n${error.stdout ?? ""}${error.stderr ?? String(error)}`);
    });
    await timed("go compile", () => go(["list", "-export", "-f", "{{.ImportPath}}", "./..."]));
    await timed("go vet", () => go(["vet", "./..."]));
  });
});

/** The resources a `pulumi preview --json` plans to create, the stack and providers left out. */
function plannedCreates(previewJson: string): Declared[] {
  const { steps } = JSON.parse(previewJson) as { steps: Array<{ op: string; urn: string }> };
  return steps
    .filter((step) => step.op === "create")
    .map((step) => {
      const parts = step.urn.split("::");
      return { token: parts[2]!.split("$").pop()!, name: parts.slice(3).join("::") };
    })
    .filter((r) => r.token !== "pulumi:pulumi:Stack" && !r.token.startsWith("pulumi:providers:"));
}

/** Single-quoted for bash. */
const quoted = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

describe.each(["yaml", "python"] as const)("%s", (language) => {
  let emulator: TestEmulator;
  let plugin: string;
  let project: Project;
  let env: Record<string, string>;

  beforeAll(async () => {
    // The emulator is empty: a preview creates nothing, and every example's objects are new to it.
    emulator = await useEmulator();
    plugin = pluginOnPath();
    project = newProject(`docs-examples-${language}`, { inRepo: false, pathPrefix: [plugin] });
    const name = `docs-examples-${language}`;
    if (language === "yaml") {
      writeFileSync(join(project.dir, "Pulumi.yaml"), stringify({ name, runtime: "yaml", description: "Every docs example", ...mergedYaml(examples) }));
      env = {};
    } else {
      writeFileSync(join(project.dir, "Pulumi.yaml"), `name: ${name}\nruntime: python\ndescription: Every docs example\n`);
      const modules = examples.map((example) => `example_${example.kind.toLowerCase()}`);
      examples.forEach((example, i) => writeFileSync(join(project.dir, `${modules[i]}.py`), renamedPython(example, schema)));
      writeFileSync(join(project.dir, "__main__.py"), `"""Every docs example, each a module of its own."""\n${modules.map((m) => `import ${m}  # noqa: F401`).join("\n")}\n`);
      env = pythonProject(project);
    }
    await project.sh("pulumi stack init test", { env });
    const settings = [
      `--plaintext ${quoted(`${schema.name}:clientId=${CLIENT_ID}`)}`,
      `--plaintext ${quoted(`${schema.name}:apiBaseUrl=${emulator.url}`)}`,
      `--secret ${quoted(`${schema.name}:secretKey=${SECRET}`)}`,
      ...[...exampleConfigValues(examples)].map(([key, { value, secret }]) => `${secret ? "--secret" : "--plaintext"} ${quoted(`${key}=${value}`)}`),
    ];
    await project.sh(`pulumi config set-all ${settings.join(" ")}`, { env });
  });
  afterAll(async () => {
    project?.dispose();
    if (plugin) rmSync(plugin, { recursive: true, force: true });
    await emulator?.stop();
  });

  it("previews every example in one program, planning exactly their resources", async () => {
    const preview = await timed(`${language} preview`, () => project.sh("pulumi preview --json", { env }));
    const planned = sortedDeclared(plannedCreates(preview.stdout));
    expect(planned.length).toBeGreaterThan(0);
    expect(planned).toEqual(sortedDeclared(mergedResources(examples)));
  });
});
