/**
 * `npm run release` refuses a checkout whose versions disagree, before it builds anything, with one message that
 * names each file that disagrees and the command that fixes it. Run on a copy of the files the check reads (and
 * the release script), never on the checkout.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const repo = join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { changelogHasSection, pypiVersion } = require("../../scripts/release/versions.js") as { changelogHasSection(text: string, version: string): boolean; pypiVersion(version: string): string };
const schema = JSON.parse(readFileSync(join(repo, "schema.json"), "utf8")) as { language: { python: { packageName: string }; go: { importBasePath: string } } };
const { version } = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { version: string };
const PYTHON_PLUGIN = `sdk/python/${schema.language.python.packageName}/pulumi-plugin.json`;
const GO_PLUGIN = `sdk/go/${schema.language.go.importBasePath.split("/").pop()}/pulumi-plugin.json`;
/** What the check reads, and the script itself. */
const FILES = ["package.json", "package-lock.json", "schema.json", "CHANGELOG.md", "sdk/python/pyproject.toml", PYTHON_PLUGIN, GO_PLUGIN, "sdk/go/go.mod", "scripts/release.js", "scripts/release", "scripts/go-tool.js"];

let copy: string;

beforeEach(() => {
  copy = mkdtempSync(join(tmpdir(), "release-versions-"));
  for (const file of FILES) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(repo, file), join(copy, file), { recursive: true });
  }
});
afterEach(() => rmSync(copy, { recursive: true, force: true }));

function editJson(file: string, edit: (value: Record<string, unknown>) => void): void {
  const value = JSON.parse(readFileSync(join(copy, file), "utf8")) as Record<string, unknown>;
  edit(value);
  writeFileSync(join(copy, file), JSON.stringify(value, null, 2));
}

/** `release.js --check` in the copy: how it ended and what it said. */
function releaseCheck(): Promise<{ status: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(copy, "scripts", "release.js"), "--check"], { cwd: copy, timeout: 60_000 }, (error, _stdout, stderr) =>
      resolve({ status: error ? (typeof error.code === "number" ? error.code : -1) : 0, stderr }),
    );
  });
}

it("names the one file that disagrees, what it says and how to fix it, and nothing else", async () => {
  editJson(GO_PLUGIN, (plugin) => (plugin.version = "0.0.9"));
  const { status, stderr } = await releaseCheck();
  expect(status).toBe(1);
  expect(stderr).toContain(`the versions are not in step with package.json's ${version}:\n  - ${GO_PLUGIN} says 0.0.9: run \`npm run schema\`, then \`npm run sdk\`\n`);
  expect(stderr.match(/^ {2}- /gm)).toHaveLength(1);
  expect(stderr).toContain("nothing was built");
  expect(existsSync(join(copy, "dist"))).toBe(false);
});

it("names every file when only package.json's version moved, the CHANGELOG with the section to add", async () => {
  editJson("package.json", (pkg) => (pkg.version = "0.2.0-rc.1"));
  const { status, stderr } = await releaseCheck();
  expect(status).toBe(1);
  const problems = stderr.split("\n").filter((line) => line.startsWith("  - "));
  expect(problems).toEqual([
    `  - package-lock.json says ${version}: run \`npm install --package-lock-only\``,
    `  - package-lock.json (packages[""]) says ${version}: run \`npm install --package-lock-only\``,
    `  - schema.json says ${version}: run \`npm run schema\``,
    `  - sdk/python/pyproject.toml says ${pypiVersion(version)} (package.json's 0.2.0-rc.1 as PyPI writes it: 0.2.0rc1): run \`npm run schema\`, then \`npm run sdk\``,
    `  - ${PYTHON_PLUGIN} says ${version}: run \`npm run schema\`, then \`npm run sdk\``,
    `  - ${GO_PLUGIN} says ${version}: run \`npm run schema\`, then \`npm run sdk\``,
    "  - CHANGELOG.md has no section for 0.2.0-rc.1: add a `## [0.2.0-rc.1] - <date>` section saying what the release changes",
  ]);
});

it("says which file is missing", async () => {
  rmSync(join(copy, PYTHON_PLUGIN));
  const { status, stderr } = await releaseCheck();
  expect(status).toBe(1);
  expect(stderr).toContain(`  - ${PYTHON_PLUGIN} is missing: run \`npm run schema\`, then \`npm run sdk\``);
});

it("refuses a version PyPI cannot take, saying which forms it can", async () => {
  editJson("package.json", (pkg) => (pkg.version = "1.0.0-next.3"));
  const { status, stderr } = await releaseCheck();
  expect(status).toBe(1);
  expect(stderr).toContain("package.json's version 1.0.0-next.3 is not one the release can publish to PyPI: use x.y.z, or x.y.z-alpha.N, -beta.N or -rc.N");
});

describe("the spellings it compares", () => {
  it.each([
    ["1.2.3", "1.2.3"],
    ["1.2.3-alpha.4", "1.2.3a4"],
    ["1.2.3-beta.0", "1.2.3b0"],
    ["1.2.3-rc.12", "1.2.3rc12"],
  ])("semver %s is %s on PyPI", (semver, pypi) => {
    expect(pypiVersion(semver)).toBe(pypi);
  });

  it("finds a CHANGELOG section in Keep a Changelog's form or the plain one, and not a version that only starts the same", () => {
    expect(changelogHasSection("# Changelog\n\n## [1.2.3] - 2026-12-07\n", "1.2.3")).toBe(true);
    expect(changelogHasSection("## 1.2.3\n", "1.2.3")).toBe(true);
    expect(changelogHasSection("## [1.2.30] - 2026-12-07\n", "1.2.3")).toBe(false);
    expect(changelogHasSection("## [Unreleased]\n\n- 1.2.3 fixes\n", "1.2.3")).toBe(false);
  });
});
