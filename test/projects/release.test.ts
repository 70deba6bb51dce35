/**
 * `npm run release` on this checkout, for this machine's platform only, and its artefacts used as a user uses them:
 *
 * - every artefact is there, named from package.json and schema.json (never hard-coded, so a renamed package is
 *   followed); `sha256sum -c SHA256SUMS` verifies them all; manifest.json lists each file's bytes and sha256;
 * - the npm tarball is byte for byte what `npm pack` of the checkout makes, which packed-package.test.ts installs
 *   into a new TypeScript project and uses (that suite is not repeated here);
 * - the wheel, installed with pip into a fresh virtualenv with `--no-index` (the Pulumi SDK and the other
 *   dependencies from scripts/setup-python.sh's wheelhouse), runs a Python program in a fresh project directory
 *   through the real Python language host, with the plugin installed from the release's archive into a fresh
 *   PULUMI_HOME and no Node.js on the PATH: up creates the objects in the emulator, a preview shows no changes,
 *   destroy removes them.
 *
 * The release runs with `--built`: `npm test` has built dist/, and a rebuild would delete it under the suites
 * running beside this one.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { newProject, Project } from "../support/project";
import { expectOnlyBuiltIns } from "../engine/lifecycle";

jest.setTimeout(900_000);

const repo = join(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { name: string; version: string };
const schema = JSON.parse(readFileSync(join(repo, "schema.json"), "utf8")) as { name: string; language: { python: { packageName: string } } };
const { version } = pkg;
const PYTHON_PACKAGE = schema.language.python.packageName;
const PLATFORM = (require("../../scripts/host-platform.js") as { hostPlatform(): string }).hostPlatform();

const EXPECTED = {
  npm: `${pkg.name}-${version}.tgz`,
  sdist: `${PYTHON_PACKAGE}-${version}.tar.gz`,
  wheel: `${PYTHON_PACKAGE}-${version}-py3-none-any.whl`,
  plugin: `pulumi-resource-${schema.name}-v${version}-${PLATFORM}.tar.gz`,
};

interface Manifest {
  version: string;
  tags: string[];
  files: Array<{ file: string; bytes: number; sha256: string }>;
}

let work: string;
let release: string;

beforeAll(() => {
  const root = join(repo, ".test-stacks");
  mkdirSync(root, { recursive: true });
  work = mkdtempSync(join(root, "release-"));
  const started = Date.now();
  const result = execFileSync(process.execPath, [join(repo, "scripts", "release.js"), "--built", "--platforms", PLATFORM, "--out", join(work, "release")], {
    cwd: repo,
    encoding: "utf8",
    // Its sizes, tags and what it skipped go to the test's output.
    stdio: ["ignore", "pipe", "inherit"],
    timeout: 600_000,
  });
  release = result.trim().split("\n").pop()!;
  process.stderr.write(`release.js --built --platforms ${PLATFORM}: ${((Date.now() - started) / 1000).toFixed(0)} s (no build: --built)\n`);
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the release directory", () => {
  it("holds every artefact, the manifest and the checksums, and nothing else", () => {
    expect(readdirSync(release).sort()).toEqual([...Object.values(EXPECTED), "manifest.json", "SHA256SUMS"].sort());
  });

  it("verifies with `sha256sum -c SHA256SUMS`, which covers every other file", () => {
    const checked = execFileSync("sha256sum", ["--strict", "-c", "SHA256SUMS"], { cwd: release, encoding: "utf8" });
    const ok = checked.trim().split("\n").map((line) => line.replace(/: OK$/, ""));
    expect(ok.sort()).toEqual(readdirSync(release).filter((file) => file !== "SHA256SUMS").sort());
  });

  it("has a manifest whose sizes and digests are the files' own, with the tags the release needs", () => {
    const manifest = JSON.parse(readFileSync(join(release, "manifest.json"), "utf8")) as Manifest;
    expect(manifest.version).toBe(version);
    expect(manifest.tags).toEqual([`v${version}`, `sdk/go/v${version}`]);
    expect(manifest.files.map((entry) => entry.file).sort()).toEqual(Object.values(EXPECTED).sort());
    for (const entry of manifest.files) {
      const bytes = readFileSync(join(release, entry.file));
      expect({ file: entry.file, bytes: statSync(join(release, entry.file)).size, sha256: createHash("sha256").update(bytes).digest("hex") }).toEqual(entry);
      process.stderr.write(`${entry.file}: ${entry.bytes} bytes (${(entry.bytes / 1024 / 1024).toFixed(2)} MB)\n`);
    }
  });

  it("has the npm tarball that packed-package.test.ts installs: the bytes `npm pack` of the checkout makes", () => {
    const [dryRun] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--loglevel=error"], { cwd: repo, encoding: "utf8" })) as Array<{ integrity: string }>;
    const integrity = `sha512-${createHash("sha512").update(readFileSync(join(release, EXPECTED.npm))).digest("base64")}`;
    expect(integrity).toBe(dryRun!.integrity);
  });
});

describe("the wheel, in a fresh virtualenv and a fresh project, with the plugin from the release's archive", () => {
  let emulator: TestEmulator;
  let project: Project;
  let env: Record<string, string>;

  beforeAll(async () => {
    emulator = await useEmulator();
    project = newProject("release-wheel", { inRepo: false, withoutNode: true });
    // A virtualenv of the cached Python's own interpreter, with nothing installed but what the wheel pulls in.
    const cachedPython = execFileSync("bash", [join(repo, "scripts", "setup-python.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], timeout: 300_000 }).trim().split("\n").pop()!;
    const venv = join(project.dir, "..", "venv");
    execFileSync(cachedPython, ["-m", "venv", venv]);
    const wheelhouse = join(dirname(dirname(cachedPython)), "wheelhouse");
    execFileSync(join(venv, "bin", "pip"), ["install", "--quiet", "--disable-pip-version-check", "--no-index", "--find-links", wheelhouse, join(release, EXPECTED.wheel)], { timeout: 300_000 });
    // The v3.68 Python host ignores `runtime.options.virtualenv` (see the README): the virtualenv is activated.
    env = { PATH: `${join(venv, "bin")}:${project.env.PATH}`, VIRTUAL_ENV: venv };
    writeFileSync(join(project.dir, "Pulumi.yaml"), "name: release-wheel\nruntime: python\ndescription: The released wheel in a new project\n");
    writeFileSync(
      join(project.dir, "__main__.py"),
      [
        "import pulumi",
        `import ${PYTHON_PACKAGE} as frontegg`,
        "",
        'billing = frontegg.PermissionCategory("billing", name="Billing (wheel)")',
        'read = frontegg.Permission("invoices-read", key="wheel.invoices.read", name="Read invoices", category_id=billing.id)',
        'admin = frontegg.Role("billing-admin", key="wheel-billing-admin", name="Billing admin", level=1, permission_ids=[read.id])',
        'pulumi.export("roleId", admin.id)',
        "",
      ].join("\n"),
    );
  });
  afterAll(async () => {
    project?.dispose();
    await emulator?.stop();
  });

  it("installed the wheel's package, at the release's version, from the virtualenv (no checkout on its path)", async () => {
    const shown = await project.sh(`python -c 'import importlib.metadata as m, ${PYTHON_PACKAGE} as p; print(m.version("${PYTHON_PACKAGE}")); print(p.__file__)'`, { env });
    const [installed, file] = shown.stdout.trim().split("\n");
    expect(installed).toBe(version);
    expect(file!.startsWith(env.VIRTUAL_ENV!)).toBe(true);
  });

  it("runs where no Node.js is on the PATH", async () => {
    expect(await project.sh("command -v node npm npx", { env, allowFailure: true })).toMatchObject({ status: 1, stdout: "" });
  });

  it("installs the plugin from the release's archive into the fresh PULUMI_HOME", async () => {
    await project.sh(`pulumi plugin install resource ${schema.name} ${version} --file ${join(release, EXPECTED.plugin)}`, { env });
    expect(JSON.parse((await project.sh("pulumi plugin ls --json", { env })).stdout)).toEqual([expect.objectContaining({ name: schema.name, kind: "resource", version })]);
  });

  it("creates the program's objects in Frontegg with `pulumi up`", async () => {
    await project.sh("pulumi stack init test", { env });
    await project.sh(`pulumi config set ${schema.name}:clientId ${CLIENT_ID} && pulumi config set ${schema.name}:apiBaseUrl ${emulator.url}`, { env });
    await project.sh(`pulumi config set --secret ${schema.name}:secretKey ${SECRET}`, { env });
    const up = await project.sh("pulumi up", { env });
    expect(up.stdout).toContain("+ 4 created");
    const roleId = (await project.sh("pulumi stack output roleId", { env })).stdout.trim();
    const state = await emulator.control<{
      roles: Array<{ id: string; key: string; permissions: string[] }>;
      permissions: Array<{ id: string; key: string; categoryId: string | null }>;
      categories: Array<{ id: string; name: string }>;
    }>("GET", "/state");
    const category = state.categories.find((c) => c.name === "Billing (wheel)");
    const permission = state.permissions.find((p) => p.key === "wheel.invoices.read");
    expect(category).toBeDefined();
    expect(permission).toMatchObject({ categoryId: category!.id });
    expect(state.roles.find((r) => r.key === "wheel-billing-admin")).toEqual(expect.objectContaining({ id: roleId, permissions: [permission!.id] }));
  });

  it("previews with no changes", async () => {
    await project.sh("pulumi preview --expect-no-changes", { env });
  });

  it("destroys what it created", async () => {
    await project.sh("pulumi destroy", { env });
    await expectOnlyBuiltIns(emulator);
  });
});
