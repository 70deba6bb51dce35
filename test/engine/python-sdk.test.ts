/**
 * The generated Python SDK (sdk/python) under the real engine: an inline Python program through Pulumi's Python
 * Automation API, with the native provider plugin, runs up, a no-change preview and destroy against the emulator.
 * Python and the Pulumi SDK from PyPI come from scripts/setup-python.sh (which .ci/run also calls).
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { pluginOnPath } from "../support/plugin";
import { changesOf, pulumiCommand } from "./harness";

jest.setTimeout(300_000);

const run = promisify(execFile);
const repo = join(__dirname, "..", "..");

let emulator: TestEmulator;
let python: string;
let bin: string;
let work: string;
let sitePackages: string;

beforeAll(async () => {
  emulator = await useEmulator();
  bin = pluginOnPath();
  const { stdout } = await run("bash", [join(repo, "scripts", "setup-python.sh")], { timeout: 240_000 });
  python = stdout.trim().split("\n").pop()!;
  const root = join(repo, ".test-stacks");
  mkdirSync(root, { recursive: true });
  work = mkdtempSync(join(root, "python-"));
  // The SDK as a user's `pip install` leaves it (with its metadata, which it reads its version from), outside the venv.
  const source = join(work, "sdk");
  cpSync(join(repo, "sdk", "python"), source, { recursive: true });
  sitePackages = join(work, "site-packages");
  await run(python, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps", "--target", sitePackages, source]);
});
afterAll(async () => {
  await emulator.stop();
  rmSync(bin, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

async function step(name: "up" | "preview" | "destroy"): Promise<{ changes: Record<string, number>; role_id?: string }> {
  const cli = (await pulumiCommand()).command;
  const { stdout } = await run(python, [join(__dirname, "programs", "native_python.py"), name], {
    env: {
      ...process.env,
      PYTHONPATH: sitePackages,
      FRONTEGG_TEST_URL: emulator.url,
      FRONTEGG_TEST_CLIENT_ID: CLIENT_ID,
      FRONTEGG_TEST_SECRET: SECRET,
      WORK_DIR: join(work, "stack"),
      PULUMI_ROOT: join(cli, "..", ".."),
      PLUGIN_BIN: bin,
    },
  });
  return JSON.parse(stdout.trim().split("\n").pop()!);
}

it("runs up, a no-change preview and destroy of a Python program against the emulator", async () => {
  const up = await step("up");
  expect(up.changes).toEqual({ create: 4 });
  const role = (await emulator.client().roles.list()).find((r) => r.key === "py-role");
  expect(role).toMatchObject({ id: up.role_id, name: "Python role", level: 2 });
  expect(role!.permissions).toHaveLength(1);

  expect(changesOf((await step("preview")).changes)).toEqual({});
  expect((await step("destroy")).changes).toEqual({ delete: 4 });
  expect((await emulator.client().roles.list()).map((r) => r.key)).not.toContain("py-role");
});
