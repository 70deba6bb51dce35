/**
 * Runs programs under the real Pulumi engine: the CLI built or found by `npm run setup:pulumi`, driven through
 * the Automation API, with a fresh `file://` backend per stack and a fresh emulator per test file.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pulumiCliPath, pulumiCommandFor } from "../../scripts/pulumi-cli";
import { ConfigMap, InlineProgramArgs, LocalWorkspace, PulumiCommand, PulumiFn, Stack } from "@pulumi/pulumi/automation";
import { CLIENT_ID, SECRET, TestEmulator } from "../support/emulator";
import { filesUnder } from "../support/project";

const repo = join(__dirname, "..", "..");
/** Work directories live inside the repo so the dynamic provider plugin resolves `pulumi-frontegg` from them. */
const stacksRoot = join(repo, ".test-stacks");
export const PASSPHRASE = "engine-test-passphrase";
/** Project of every test stack: program config keys are `frontegg-engine-test:<key>`. */
export const PROJECT = "frontegg-engine-test";

let command: Promise<PulumiCommand> | undefined;

/** The Pulumi CLI that `npm run setup:pulumi` chose (see scripts/pulumi-cli.ts), else PATH. */
export function pulumiCommand(): Promise<PulumiCommand> {
  command ??= (async () => {
    const built = pulumiCliPath();
    if (built) return pulumiCommandFor(built);
    try {
      execFileSync("pulumi", ["version"], { stdio: "ignore" });
    } catch {
      throw new Error("No Pulumi CLI found: run `npm run setup:pulumi` (npm test does) before the engine tests");
    }
    return PulumiCommand.get();
  })();
  return command;
}

/** A stack of one program on its own backend. */
export interface EngineStack {
  readonly stack: Stack;
  readonly workDir: string;
  /** The stack's state as `pulumi stack export` prints it. */
  exportText(): Promise<string>;
  /** The stack's state as `pulumi stack export --show-secrets` prints it: secrets decrypted, still marked. */
  exportShowingSecrets(): string;
  /** Every file of the stack's backend, concatenated: what sits on disk. */
  backendText(): string;
  /** Removes the work directory and backend. */
  dispose(): Promise<void>;
}

/** Where a stack's settings come from besides the credentials. */
export interface StackOptions {
  /** Defaults to {@link PROJECT}. */
  readonly projectName?: string;
  /** A Pulumi.<stack>.yaml to start from, as a user's checkout has it. */
  readonly stackConfigFile?: string;
  /** Whether to configure the emulator's credentials and URL. Default true. */
  readonly credentials?: boolean;
  /** Directories put first on the engine's PATH (where it finds plugins such as `pulumi-resource-frontegg-native`). */
  readonly pathPrefix?: readonly string[];
}

/** Creates `name` for `program` against `emulator`; the secret goes in as a secret. */
export async function engineStack(name: string, program: PulumiFn, emulator: TestEmulator, config: ConfigMap = {}, options: StackOptions = {}): Promise<EngineStack> {
  mkdirSync(stacksRoot, { recursive: true });
  const workDir = mkdtempSync(join(stacksRoot, `${name}-`));
  if (options.stackConfigFile) copyFileSync(options.stackConfigFile, join(workDir, `Pulumi.${name}.yaml`));
  const backend = join(workDir, "backend");
  mkdirSync(backend);
  const projectName = options.projectName ?? PROJECT;
  const cli = (await pulumiCommand()).command;
  const pulumiBin = join(cli, "..");
  const args: InlineProgramArgs = { stackName: name, projectName, program };
  const envVars = {
    PULUMI_CONFIG_PASSPHRASE: PASSPHRASE,
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_BACKEND_URL: `file://${backend}`,
    // The dynamic provider plugin's launcher sits beside the CLI.
    PATH: [...(options.pathPrefix ?? []), pulumiBin, process.env.PATH ?? ""].join(":"),
  };
  const stack = retryingConnectionRace(
    await LocalWorkspace.createOrSelectStack(args, {
      workDir,
      pulumiCommand: await pulumiCommand(),
      projectSettings: { name: projectName, runtime: "nodejs", backend: { url: `file://${backend}` } },
      envVars,
    }),
  );
  const credentials: ConfigMap =
    options.credentials === false
      ? {}
      : {
          "frontegg-native:clientId": { value: CLIENT_ID },
          "frontegg-native:secretKey": { value: SECRET, secret: true },
          "frontegg-native:apiBaseUrl": { value: emulator.url },
        };
  await stack.setAllConfig({ ...credentials, ...config });
  return {
    stack,
    workDir,
    // As a user runs it: the Automation API's exportStack adds --show-secrets.
    exportText: async () => execFileSync(cli, ["stack", "export", "--stack", name], { cwd: workDir, env: { ...process.env, ...envVars }, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 }),
    exportShowingSecrets: () =>
      execFileSync(cli, ["stack", "export", "--show-secrets", "--stack", name], { cwd: workDir, env: { ...process.env, ...envVars }, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 }),
    backendText: () => filesUnder(backend).map((file) => readFileSync(file, "utf8")).join("\n"),
    dispose: async () => rmSync(workDir, { recursive: true, force: true }),
  };
}

/**
 * Why an inline program could fail at its first call to the engine with `14 UNAVAILABLE: No connection
 * established` (once in a few full runs, more often under load). Every inline program of a test file runs in this
 * one process, and grpc-js keeps one global pool of subchannels keyed by address. When a new engine listens on a
 * port that an engine already gone had used (the OS hands ephemeral ports out again), the program's new client is
 * given that engine's subchannel, still in reconnect backoff after the old engine exited; a fresh channel then
 * reports the subchannel's failure at once ("Last error: null": the channel itself saw none), and the SDK's calls
 * do not wait for a connection. A subchannel pool per channel gives every program a connection of its own.
 * `pulumi up` runs each program in a process of its own, so users never meet this; only long-lived processes that
 * run many inline programs (the Automation API, these tests) do.
 */
(require("@pulumi/pulumi/runtime/settings") as { grpcClientOptions: Record<string, unknown> }).grpcClientOptions["grpc.use_local_subchannel_pool"] = 1;

/**
 * Should the cause above ever show again, the operation is run once more, and that is printed: the program failed
 * at its first call, before registering anything, so nothing happened and running it again is exact. Any other
 * failure, and a second one, fails the test as before.
 */
function retryingConnectionRace(stack: Stack): Stack {
  const race = (error: unknown) => error instanceof Error && /14 UNAVAILABLE: No connection established(\. Last error: null\.|$|\n)/m.test(error.message);
  for (const operation of ["preview", "up", "refresh", "destroy"] as const) {
    const original = stack[operation].bind(stack) as (...args: unknown[]) => Promise<unknown>;
    (stack as unknown as Record<string, unknown>)[operation] = async (...args: unknown[]) => {
      try {
        return await original(...args);
      } catch (error) {
        if (!race(error)) throw error;
        process.stderr.write(`engine test: ${operation} of stack ${stack.name} could not reach its engine at start (see harness.ts); running it once more\n`);
        return original(...args);
      }
    };
  }
  return stack;
}

/** Resources of exported state text (dynamic or native), without the stack and provider entries. */
export function managedResources(exported: string): Array<{ urn: string; type: string; id?: string; inputs?: Record<string, unknown>; outputs?: Record<string, unknown> }> {
  const { deployment } = JSON.parse(exported) as { deployment: { resources?: Array<{ urn: string; type: string; id?: string; inputs?: Record<string, unknown>; outputs?: Record<string, unknown> }> } };
  return (deployment.resources ?? []).filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/") || r.type.startsWith("frontegg-native:index:"));
}

/** Counts of a preview or update summary that are not "same". */
export function changesOf(summary: Record<string, number> | undefined): Record<string, number> {
  return Object.fromEntries(Object.entries(summary ?? {}).filter(([op, count]) => op !== "same" && count > 0));
}

/** Reads a file of the repo (for example programs' fixtures). */
export function repoFile(...parts: string[]): string {
  return readFileSync(join(repo, ...parts), "utf8");
}
