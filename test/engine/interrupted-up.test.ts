/**
 * An `up` killed part-way converges by the README's steps ("When an update is interrupted"): `pulumi-frontegg
 * recover`, then `pulumi up`. The `pulumi` CLI is SIGKILLed (as an OOM kill or a cancelled CI job does) at about
 * 20%, 50% and 80% of the writes a full `up` makes; after each, the next `up` succeeds with no duplicate, and a
 * destroy leaves nothing behind. The provider plugin, which the kill does not reach, must exit by itself.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { main } from "../../cli";
import { processRunning } from "../../cli/file-backend";
import type { EmulatorState } from "../../emulator/state";
import { beyond, duplicates, emulatorState } from "../support/census";
import { TestEmulator, useEmulator } from "../support/emulator";
import { changesOf, engineStack, EngineStack, PASSPHRASE, PROJECT, pulumiCommand } from "./harness";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manyResources } = require("./programs/many-resources") as { manyResources: ((secret: string) => () => Promise<void>) & { resourceCount: number } };

jest.setTimeout(600_000);

const STACK = "interrupted";
const OIDC_SECRET = "many-oidc-secret-7e6d5c4b3a";
/** After the kill, nothing may reach Frontegg later than this (the watchdog checks four times a second). */
const LATEST_WRITE_AFTER_KILL_MS = 2000;

let emulator: TestEmulator;
let engine: EngineStack;
let baseline: EmulatorState;
let cli: string;
beforeAll(async () => {
  emulator = await useEmulator();
  baseline = await emulatorState(emulator);
  engine = await engineStack(STACK, manyResources(OIDC_SECRET), emulator);
  cli = (await pulumiCommand()).command;
});
afterAll(async () => {
  await engine?.dispose();
  await emulator?.stop();
});

/** The environment a user's shell has: the CLI on PATH, the stack's backend and passphrase. */
function userEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${dirname(cli)}:${process.env.PATH ?? ""}`,
    PULUMI_BACKEND_URL: `file://${join(engine.workDir, "backend")}`,
    PULUMI_CONFIG_PASSPHRASE: PASSPHRASE,
    PULUMI_SKIP_UPDATE_CHECK: "true",
  };
}

/** Writes the emulator logged (anything but reads and authentication), with when they arrived. */
async function writes(): Promise<Array<{ route: string; at: number }>> {
  const { requests } = await emulator.control<{ requests: Array<{ method: string; route: string; at: string }> }>("GET", "/requests");
  return requests.filter((r) => r.method !== "GET" && r.route !== "POST /auth/vendor").map((r) => ({ route: r.route, at: Date.parse(r.at) }));
}

/** The README's steps after an interrupted update; returns what `recover` printed. */
async function readmeSteps(): Promise<string> {
  let stdout = "";
  let stderr = "";
  const code = await main(["recover", "--stack", STACK, "--cwd", engine.workDir, "--yes"], {
    env: userEnv(),
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  return stdout;
}

interface Kill {
  readonly writesBeforeKill: number;
  readonly writesAfterKill: number;
  readonly latestWriteAfterKillMs: number;
  readonly pluginsAliveAfterKill: number;
}

/** Runs `up` in a child process and SIGKILLs its `pulumi` CLI once the emulator has seen `atWrites` writes. */
async function killedUp(atWrites: number): Promise<Kill> {
  await emulator.control("DELETE", "/requests");
  const child = spawn(
    process.execPath,
    [join(__dirname, "programs", "up-in-child.js"), engine.workDir, join(cli, "..", ".."), STACK, PROJECT, userEnv().PULUMI_BACKEND_URL!, PASSPHRASE, OIDC_SECRET],
    { stdio: ["ignore", "pipe", "pipe"], cwd: join(__dirname, "..", "..") },
  );
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  try {
    let seen = 0;
    while ((seen = (await writes()).length) < atWrites) {
      if (child.exitCode !== null) throw new Error(`the update ended before ${atWrites} writes (${seen}): ${output}`);
      await sleep(20);
    }
    const pulumi = childrenOf(child.pid!).find((pid) => commandLine(pid).startsWith(cli));
    if (pulumi === undefined) throw new Error("the pulumi CLI process was not found");
    const plugins = childrenOf(pulumi).filter((pid) => commandLine(pid).includes("dynamic-provider"));
    expect(plugins.length).toBeGreaterThan(0);

    const killedAt = Date.now();
    process.kill(pulumi, "SIGKILL");
    // Bounded waits, not timing assertions: the child reports the failed update, the plugin notices by itself.
    await waitFor(() => child.exitCode !== null, 30_000);
    await waitFor(() => plugins.every((pid) => !processRunning(pid)), 10_000);
    expect(output).toContain("UP FAILED");

    const logged = await writes();
    const after = logged.filter((w) => w.at > killedAt);
    return {
      writesBeforeKill: logged.length - after.length,
      writesAfterKill: after.length,
      latestWriteAfterKillMs: Math.max(0, ...after.map((w) => w.at - killedAt)),
      pluginsAliveAfterKill: plugins.filter(processRunning).length,
    };
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
  }
}

it("converges after a SIGKILL at 20%, 50% and 80% of an up, by the README's steps: no duplicate, no orphan, the plugin gone", async () => {
  // A full update first: how many writes the program makes, and proof it runs.
  await emulator.control("DELETE", "/requests");
  const full = await engine.stack.up();
  expect(full.summary.result).toBe("succeeded");
  const totalWrites = (await writes()).length;
  expect((await engine.stack.destroy()).summary.result).toBe("succeeded");
  expect(beyond(baseline, await emulatorState(emulator))).toEqual([]);

  const figures: string[] = [];
  for (const fraction of [0.2, 0.5, 0.8]) {
    const kill = await killedUp(Math.round(totalWrites * fraction));
    expect(kill.pluginsAliveAfterKill).toBe(0);
    expect(kill.latestWriteAfterKillMs).toBeLessThanOrEqual(LATEST_WRITE_AFTER_KILL_MS);

    const recovered = await readmeSteps();
    const recordedCount = (recovered.match(/^ {2}recorded /gm) ?? []).length;
    const droppedCount = (recovered.match(/^ {2}dropped /gm) ?? []).length;
    expect(recovered).toMatch(/Next: pulumi up/);

    const up = await engine.stack.up();
    expect(up.summary.result).toBe("succeeded");
    const state = await emulatorState(emulator);
    const duplicated = duplicates(state);
    expect(duplicated).toEqual([]);
    const preview = await engine.stack.preview();
    expect(changesOf(preview.changeSummary)).toEqual({});

    expect((await engine.stack.destroy()).summary.result).toBe("succeeded");
    const orphans = beyond(baseline, await emulatorState(emulator));
    expect(orphans).toEqual([]);
    figures.push(
      `kill at ${Math.round(fraction * 100)}%: ${kill.writesBeforeKill} writes before, ${kill.writesAfterKill} after (latest +${kill.latestWriteAfterKillMs} ms), ` +
        `pending creates recorded ${recordedCount}, dropped ${droppedCount}; duplicates ${duplicated.length}, orphans ${orphans.length}`,
    );
  }
  console.log(`interrupted up: ${manyResources.resourceCount} resources, ${totalWrites} writes per full up; ${figures.join("; ")}`);
});

/** Direct children of `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((candidate) => {
      try {
        return Number(readFileSync(`/proc/${candidate}/stat`, "utf8").replace(/^.*\) /s, "").split(" ")[1]) === pid;
      } catch {
        return false;
      }
    });
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    return "";
  }
}

async function waitFor(condition: () => boolean, limitMs: number): Promise<void> {
  for (let waited = 0; !condition() && waited < limitMs; waited += 50) await sleep(50);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
