/**
 * The generated SDKs under the real engine: for Python (sdk/python) and Go (sdk/go), an inline program over the
 * SDK, run through that language's Automation API with the native provider plugin, runs up, a no-change preview
 * and destroy against the emulator. Python and the Pulumi SDK from PyPI come from scripts/setup-python.sh (which
 * .ci/run also calls); Go builds the program from the same module cache as the Pulumi CLI.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { pluginOnPath } from "../support/plugin";
import { installPythonSdk } from "../support/project";
import { changesOf, pulumiCommand } from "./harness";

jest.setTimeout(600_000);

const run = promisify(execFile);
const { goEnv } = require("../../scripts/go-tool.js") as { goEnv(flags?: string[]): NodeJS.ProcessEnv };
const repo = join(__dirname, "..", "..");
const programs = join(__dirname, "programs");

/** How to run a language's program: the command, and what it needs in its environment. */
interface Runner {
  readonly command: string;
  readonly args: readonly string[];
  readonly env: Record<string, string>;
}

/** Sets up a language in `work` (its SDK installed as a user would) and returns how to run its program. */
const LANGUAGES: Record<string, (work: string) => Promise<Runner>> = {
  async python(work) {
    const { python, sitePackages } = installPythonSdk(work);
    return { command: python, args: [join(programs, "native_python.py")], env: { PYTHONPATH: sitePackages } };
  },
  async go(work) {
    const binary = join(work, "native_go");
    const env = goEnv(["-mod=mod"]);
    await run("go", ["build", "-o", binary, "."], { cwd: join(programs, "native_go"), env, timeout: 540_000 });
    return { command: binary, args: [], env: {} };
  },
};

let emulator: TestEmulator;
let bin: string;

beforeAll(async () => {
  emulator = await useEmulator();
  bin = pluginOnPath();
});
afterAll(async () => {
  await emulator.stop();
  rmSync(bin, { recursive: true, force: true });
});

describe.each(Object.keys(LANGUAGES))("%s", (language) => {
  let work: string;
  let runner: Runner;

  beforeAll(async () => {
    const root = join(repo, ".test-stacks");
    mkdirSync(root, { recursive: true });
    work = mkdtempSync(join(root, `${language}-`));
    runner = await LANGUAGES[language]!(work);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  async function step(name: "up" | "preview" | "destroy"): Promise<{ changes: Record<string, number>; role_id?: string }> {
    const cli = (await pulumiCommand()).command;
    const { stdout } = await run(runner.command, [...runner.args, name], {
      env: {
        ...process.env,
        ...runner.env,
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

  it("runs up, a no-change preview and destroy of a program against the emulator", async () => {
    const key = `${language === "python" ? "py" : language}-role`;
    const up = await step("up");
    expect(up.changes).toEqual({ create: 4 });
    const role = (await emulator.client().roles.list()).find((r) => r.key === key);
    expect(role).toMatchObject({ id: up.role_id });
    expect(role!.permissions).toHaveLength(1);

    expect(changesOf((await step("preview")).changes)).toEqual({});
    expect((await step("destroy")).changes).toEqual({ delete: 4 });
    expect((await emulator.client().roles.list()).map((r) => r.key)).not.toContain(key);
  });
});
