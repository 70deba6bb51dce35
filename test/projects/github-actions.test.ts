/**
 * examples/github-actions: the workflow's own `run:` steps, read from its YAML, executed in order against two
 * emulators (staging, production) on a local file backend, so the example cannot rot.
 *
 * The rule for what runs: `uses:` steps are GitHub's (checkout, setup-node, the Pulumi CLI install, the PR
 * comment) and are skipped; `run: npm ci` is replaced by linking this checkout's build as the project's
 * `pulumi-frontegg` (no registry here); every other `run:` step runs as GitHub runs it (`bash -eo pipefail`, the
 * workflow's, job's and step's `env:` with `secrets.*`/`vars.*` from the test, `$GITHUB_STEP_SUMMARY`). The
 * Pulumi CLI and its Node.js language host are real (scripts/setup-language-hosts.sh): each `pulumi` step reads
 * the example's Pulumi.yaml and compiles its index.ts, as on a GitHub runner.
 */
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { languageHostsDir } from "../support/project";
import { PASSPHRASE, pulumiCommand } from "../engine/harness";

jest.setTimeout(300_000);

const repo = join(__dirname, "..", "..");
const example = join(repo, "examples", "github-actions");
const workflow = parse(readFileSync(join(example, ".github", "workflows", "frontegg.yml"), "utf8")) as Workflow;

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly env?: Record<string, string>;
  readonly if?: string;
}
interface Job {
  readonly if?: string;
  readonly needs?: string | string[];
  readonly steps: Step[];
  readonly env?: Record<string, string>;
}
interface Workflow {
  readonly on: Record<string, unknown>;
  readonly env?: Record<string, string>;
  readonly defaults?: { run?: { shell?: string } };
  readonly jobs: Record<string, Job>;
}

type Event = "pull_request" | "push";

/** What a job did: each run step's output and status; the first failure ends the job, as on GitHub. */
interface JobRun {
  readonly job: string;
  readonly status: number;
  readonly output: string;
  readonly summary: string;
}

let work: string;
let staging: TestEmulator;
let production: TestEmulator;
let secrets: Record<string, string>;
let vars: Record<string, string>;
let realPulumi: string;

beforeAll(async () => {
  [staging, production] = await Promise.all([useEmulator(), useEmulator()]);
  realPulumi = (await pulumiCommand()).command;
  // Inside the repo, so the dynamic provider plugin resolves `pulumi-frontegg` to this checkout.
  mkdirSync(join(repo, ".test-stacks"), { recursive: true });
  work = mkdtempSync(join(repo, ".test-stacks", "github-actions-"));
  for (const file of ["Pulumi.yaml", "Pulumi.staging.yaml", "Pulumi.production.yaml", "index.ts", "package.json", "tsconfig.json"]) {
    copyFileSync(join(example, file), join(work, file));
  }
  mkdirSync(join(work, "backend"));
  secrets = {
    PULUMI_CONFIG_PASSPHRASE: PASSPHRASE,
    STAGING_FRONTEGG_CLIENT_ID: CLIENT_ID,
    STAGING_FRONTEGG_SECRET_KEY: SECRET,
    PRODUCTION_FRONTEGG_CLIENT_ID: CLIENT_ID,
    PRODUCTION_FRONTEGG_SECRET_KEY: SECRET,
  };
  vars = { PULUMI_BACKEND_URL: `file://${join(work, "backend")}`, STAGING_FRONTEGG_API_BASE_URL: staging.url, PRODUCTION_FRONTEGG_API_BASE_URL: production.url };
  // The README's one-time setup: both stacks exist on the backend.
  for (const stack of ["staging", "production"]) await shell(`pulumi stack init ${stack}`, { PULUMI_BACKEND_URL: vars.PULUMI_BACKEND_URL!, PULUMI_CONFIG_PASSPHRASE: PASSPHRASE });
});

afterAll(async () => {
  await Promise.all([staging?.stop(), production?.stop()]);
  if (work) rmSync(work, { recursive: true, force: true });
});

it("skips exactly GitHub's own steps and npm ci", () => {
  const skipped = Object.values(workflow.jobs).flatMap((job) => job.steps.filter((step) => step.run === undefined || step.run.trim() === "npm ci").map((step) => step.uses ?? step.run));
  expect(new Set(skipped)).toEqual(new Set(["actions/checkout@v4", "actions/setup-node@v4", "pulumi/actions@v6", "npm ci", "actions/github-script@v7"]));
  for (const job of Object.values(workflow.jobs)) for (const step of job.steps) expect(step.uses === undefined || step.run === undefined).toBe(true);
});

it("previews both environments on a pull request, changing nothing", async () => {
  const runs = await runEvent("pull_request");
  expect(runs.map(outcome)).toEqual([["preview", 0]]);
  // The files the comment step posts.
  for (const stack of ["staging", "production"]) expect(readFileSync(join(work, `preview-${stack}.txt`), "utf8")).toMatch(/\+ 9 to create/);
  expect(await roleKeys(staging)).toEqual([]);
  expect(await roleKeys(production)).toEqual([]);
});

it("on push to main passes the gate, then updates staging and production alike", async () => {
  const runs = await runEvent("push");
  expect(runs.map(outcome)).toEqual([["promotion-gate", 0], ["staging", 0], ["production", 0]]);
  expect(runs[0]!.summary).toContain("Staging and production are identical");
  expect(await roleKeys(staging)).toEqual(["analyst", "viewer"]);
  expect(await roleKeys(production)).toEqual(["analyst", "viewer"]);
});

it("stops the promotion when production drifted, with the difference in the job summary", async () => {
  await production.client().policies.mfa.save({ enforceMFAType: "Force" });
  const runs = await runEvent("push");
  expect(runs.map(outcome)).toEqual([["promotion-gate", 1, expect.any(String)]]);
  const line = '~ environment: enforceMFAType: "ForceExceptSAML" (STAGING) → "Force" (PRODUCTION)';
  expect(runs[0]!.output).toContain(line);
  expect(runs[0]!.summary).toContain("Staging and production differ: promotion stopped");
  expect(runs[0]!.summary).toContain(line);
  expect(runs[0]!.output).not.toContain(SECRET);
});

/** A job's name and status, with its output when it failed so that a failing test shows why. */
function outcome(run: JobRun): Array<string | number> {
  return run.status === 0 ? [run.job, run.status] : [run.job, run.status, run.output];
}

/** Runs the jobs `event` triggers in the order of their `needs`; a failed job skips the jobs that need it. */
async function runEvent(event: Event): Promise<JobRun[]> {
  const pending = Object.entries(workflow.jobs);
  const done = new Map<string, number>();
  const runs: JobRun[] = [];
  while (pending.length > 0) {
    const index = pending.findIndex(([, job]) => needsOf(job).every((need) => done.has(need)));
    if (index < 0) throw new Error(`jobs wait on each other: ${pending.map(([name]) => name).join(", ")}`);
    const [name, job] = pending.splice(index, 1)[0]!;
    if (!triggers(job, event) || needsOf(job).some((need) => done.get(need) !== 0)) {
      done.set(name, -1);
      continue;
    }
    const run = await runJob(name, job);
    done.set(name, run.status);
    runs.push(run);
  }
  return runs;
}

async function runJob(name: string, job: Job): Promise<JobRun> {
  const summaryFile = join(work, `summary-${name}.md`);
  writeFileSync(summaryFile, "");
  let output = "";
  let status = 0;
  for (const step of job.steps) {
    if (step.run === undefined) continue; // a GitHub action
    if (step.run.trim() === "npm ci") {
      linkPackage();
      continue;
    }
    if (step.if !== undefined) throw new Error(`step "${step.name ?? step.run}" has a condition the test does not evaluate: ${step.if}`);
    const env = { ...evaluate(workflow.env), ...evaluate(job.env), ...evaluate(step.env), GITHUB_STEP_SUMMARY: summaryFile };
    const result = await shell(step.run, env);
    output += result.output;
    status = result.status;
    if (status !== 0) break;
  }
  return { job: name, status, output, summary: readFileSync(summaryFile, "utf8") };
}

/** `if:` of a job: only the event test the workflow uses. */
function triggers(job: Job, event: Event): boolean {
  if (!(event in workflow.on)) return false;
  if (job.if === undefined) return true;
  const match = /^github\.event_name == '([a-z_]+)'$/.exec(job.if.trim());
  if (!match) throw new Error(`job condition the test does not evaluate: ${job.if}`);
  return match[1] === event;
}

function needsOf(job: Job): string[] {
  return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
}

/** An `env:` block with `${{ secrets.X }}` and `${{ vars.X }}` resolved as GitHub does (unset → empty). */
function evaluate(env: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env ?? {}).map(([name, value]) => [
      name,
      String(value).replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
        const match = /^(secrets|vars)\.([A-Z0-9_]+)$/.exec(expression);
        if (!match) throw new Error(`env ${name}: expression the test does not evaluate: ${expression}`);
        return (match[1] === "secrets" ? secrets : vars)[match[2]!] ?? "";
      }),
    ]),
  );
}

/** What `npm ci` gives the project: `pulumi-frontegg` on node_modules/.bin (its modules resolve from the repo). */
function linkPackage(): void {
  const bin = join(work, "node_modules", ".bin");
  if (existsSync(join(bin, "pulumi-frontegg"))) return;
  mkdirSync(bin, { recursive: true });
  // A launcher rather than a symlink: npm makes the bin executable, the build leaves it as it is.
  writeFileSync(join(bin, "pulumi-frontegg"), `#!/bin/sh\nexec "${process.execPath}" "${join(repo, "dist", "cli", "index.js")}" "$@"\n`, { mode: 0o755 });
}

/** Runs a step's script as GitHub's `shell: bash` does, in the project, with a clean environment plus `env`. */
function shell(script: string, env: Record<string, string>): Promise<{ status: number; output: string }> {
  expect(workflow.defaults?.run?.shell).toBe("bash");
  const base = { PATH: [join(realPulumi, ".."), languageHostsDir(), join(process.execPath, ".."), "/usr/bin", "/bin"].join(":"), HOME: process.env.HOME ?? "", PULUMI_SKIP_UPDATE_CHECK: "true" };
  return new Promise((resolve) => {
    const child = execFile("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], { cwd: work, env: { ...base, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ status: error ? (typeof error.code === "number" ? error.code : -1) : 0, output: stdout + stderr }),
    );
    child.stdin?.end();
  });
}

async function roleKeys(emulator: TestEmulator): Promise<string[]> {
  const roles = await emulator.client().roles.list();
  return roles.map((role) => role.key).filter((key) => ["analyst", "viewer"].includes(key)).sort();
}
