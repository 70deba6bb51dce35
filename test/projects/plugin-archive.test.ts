/**
 * The self-contained plugin as a user without Node.js gets it: scripts/build-plugin.js packs this checkout's build
 * for this machine's platform, `pulumi plugin install resource frontegg-native <version> --file <archive>` installs it into
 * a fresh PULUMI_HOME, and a Pulumi YAML program and a Python program (the generated SDK, whose plugin metadata
 * names the download URL) declaring one resource of every kind each go up, preview with no changes and are
 * destroyed, with no `node` on the PATH the CLI, the engine, the language host and the plugin see (and no plugin
 * on it either: the installed archive is the only provider the engine can find).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { TestEmulator, useEmulator } from "../support/emulator";
import { EveryKindLanguage, upEveryKind, writeEveryKindProgram } from "../support/every-kind-project";
import { SAMPLE_TENANT } from "../support/kind-samples";
import { newProject, Project } from "../support/project";
import { expectOnlyBuiltIns } from "../engine/lifecycle";
import { PACKAGE, PLUGIN_EXECUTABLE } from "../../provider/package-name";

jest.setTimeout(900_000);

const repo = join(__dirname, "..", "..");
const { version } = require(join(repo, "package.json")) as { version: string };

const LANGUAGES: readonly EveryKindLanguage[] = ["yaml", "python"];

let emulator: TestEmulator;
let archiveDir: string;
let archive: string;

beforeAll(async () => {
  const root = join(repo, ".test-stacks");
  mkdirSync(root, { recursive: true });
  archiveDir = mkdtempSync(join(root, "plugin-archive-"));
  // The script prints the archives it built, one a line; stderr carries its sizes and what it skipped.
  archive = execFileSync(process.execPath, [join(repo, "scripts", "build-plugin.js"), "--out", archiveDir], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], timeout: 600_000 })
    .trim()
    .split("\n")
    .pop()!;
  emulator = await useEmulator();
});
afterAll(async () => {
  await emulator?.stop();
  if (archiveDir) rmSync(archiveDir, { recursive: true, force: true });
});

it("is named as the engine looks plugins up", () => {
  expect(basename(archive)).toMatch(new RegExp(`^${PLUGIN_EXECUTABLE}-v${version.replace(/\./g, "\\.")}-(linux|darwin|windows)-(amd64|arm64)\\.tar\\.gz$`));
});

describe.each(LANGUAGES)("%s", (language) => {
  let project: Project;
  let env: Record<string, string>;

  beforeAll(async () => {
    await emulator.reset();
    await emulator.client().tenants.create({ tenantId: SAMPLE_TENANT, name: "ACME" });
    project = newProject(`plugin-archive-${language}`, { inRepo: false, withoutNode: true });
    env = writeEveryKindProgram(project, language, `plugin-archive-${language}`);
  });
  afterAll(() => project?.dispose());

  it("runs where no Node.js is on the PATH", async () => {
    const found = await project.sh("command -v node npm npx", { env, allowFailure: true });
    expect(found).toMatchObject({ status: 1, stdout: "" });
  });

  it("installs with `pulumi plugin install --file`", async () => {
    await project.sh(`pulumi plugin install resource ${PACKAGE} ${version} --file ${archive}`, { env });
    const listed = (await project.sh("pulumi plugin ls --json", { env })).stdout;
    expect(JSON.parse(listed)).toEqual([expect.objectContaining({ name: PACKAGE, kind: "resource", version })]);
  });

  it("brings up one resource of every kind", async () => {
    await upEveryKind(project, env, emulator.url);
  });

  it("previews with no changes", async () => {
    await project.sh("pulumi preview --expect-no-changes", { env });
  });

  it("destroys everything it created", async () => {
    await project.sh("pulumi destroy", { env });
    await expectOnlyBuiltIns(emulator);
  });
});
