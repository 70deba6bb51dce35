/**
 * A Python program on the generated SDK and a Pulumi YAML program, each in a project directory with `pulumi` and
 * the real language host (scripts/setup-language-hosts.sh), each declaring one resource of every kind (rendered
 * from the kind table, so a new kind is covered by construction) through the native plugin on PATH:
 * up, a no-change preview, refresh, `pulumi import` of an object made outside Pulumi with the program then
 * declaring it (YAML: the code the import writes, pasted into the program), destroy; no secret in
 * `pulumi stack export` or the backend's files.
 */
import { rmSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { assertSamplesCoverRegistry, KIND_SAMPLES, SAMPLE_SECRETS, SAMPLE_TENANT } from "../support/kind-samples";
import { pluginOnPath } from "../support/plugin";
import { newProject, Project } from "../support/project";
import { upEveryKind, writeEveryKindProgram } from "../support/every-kind-project";
import { managedResources } from "../engine/harness";
import { pythonProgram, yamlProject, yamlText } from "../support/sample-programs";
import { expectOnlyBuiltIns, expectSecretsAbsent } from "../engine/lifecycle";

jest.setTimeout(900_000);

const IMPORTED = { key: "oob", name: "Made in the portal", level: 4 };

/** How a language's project is written and how it takes in an imported resource. */
interface Language {
  /** Writes the program's files; returns what its commands need in their environment. */
  setUp(project: Project): Record<string, string>;
  /** Runs `pulumi import` of role `id` and makes the program declare it. */
  importRole(project: Project, id: string, env: Record<string, string>): Promise<void>;
}

const LANGUAGES: Record<string, Language> = {
  python: {
    setUp(project) {
      return writeEveryKindProgram(project, "python", "every-kind-python");
    },
    async importRole(project, id, env) {
      // The v3.68 Python host cannot generate code (see the README): the declaration is written by hand.
      await project.sh(`pulumi import frontegg-native:index:Role imported ${id} --protect=false --generate-code=false`, { env });
      const declaration = `frontegg.Role("imported", key=${JSON.stringify(IMPORTED.key)}, name=${JSON.stringify(IMPORTED.name)}, level=${IMPORTED.level})\n`;
      writeFileSync(join(project.dir, "__main__.py"), pythonProgram(declaration));
    },
  },
  yaml: {
    setUp(project) {
      return writeEveryKindProgram(project, "yaml", "every-kind-yaml");
    },
    async importRole(project, id, env) {
      await project.sh(`pulumi import frontegg-native:index:Role imported ${id} --protect=false --out imported.yaml`, { env });
      const printed = parse(readFileSync(join(project.dir, "imported.yaml"), "utf8")) as { resources: Record<string, unknown> };
      const program = yamlProject("every-kind-yaml");
      writeFileSync(join(project.dir, "Pulumi.yaml"), yamlText({ ...program, resources: { ...(program.resources as object), ...printed.resources } }));
      rmSync(join(project.dir, "imported.yaml"));
    },
  },
};

let emulator: TestEmulator;
let plugin: string;

beforeAll(async () => {
  assertSamplesCoverRegistry();
  emulator = await useEmulator();
  plugin = pluginOnPath();
});
afterAll(async () => {
  await emulator?.stop();
  if (plugin) rmSync(plugin, { recursive: true, force: true });
});

describe.each(Object.keys(LANGUAGES))("%s", (language) => {
  let project: Project;
  let env: Record<string, string>;

  beforeAll(async () => {
    await emulator.reset();
    await emulator.client().tenants.create({ tenantId: SAMPLE_TENANT, name: "ACME" });
    project = newProject(`every-kind-${language}`, { inRepo: false, pathPrefix: [plugin] });
    env = LANGUAGES[language]!.setUp(project);
  });
  afterAll(() => project?.dispose());

  it("brings up one resource of every kind", async () => {
    await upEveryKind(project, env, emulator.url);
    const state = managedResources((await project.sh("pulumi stack export", { env })).stdout);
    expect(state.map((r) => r.type.slice("frontegg-native:index:".length)).sort()).toEqual(KIND_SAMPLES.map((row) => row.kind).sort());
    expect(state.every((r) => r.id !== undefined && r.id !== "")).toBe(true);
  });

  it("previews and refreshes with no changes", async () => {
    await project.sh("pulumi preview --expect-no-changes", { env });
    await project.sh("pulumi refresh --expect-no-changes", { env });
  });

  it("imports an object made outside Pulumi, and the program that then declares it previews with no changes", async () => {
    const [made] = await emulator.client().roles.create([IMPORTED]);
    await LANGUAGES[language]!.importRole(project, made!.id, env);
    await project.sh("pulumi preview --expect-no-changes", { env });
  });

  it("keeps every secret out of the export and the backend's files", async () => {
    const exported = (await project.sh("pulumi stack export", { env })).stdout;
    expectSecretsAbsent(exported, project.backendText(), [SECRET, ...Object.values(SAMPLE_SECRETS)]);
  });

  it("destroys everything it created and imported", async () => {
    await project.sh("pulumi destroy", { env });
    await expectOnlyBuiltIns(emulator);
  });
});
