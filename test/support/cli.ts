/** Runs the built `pulumi-frontegg` (dist/cli/index.js) as a child process, as an installed package runs it. */
import { execFile } from "node:child_process";
import { join } from "node:path";

export const BUILT_CLI = join(__dirname, "..", "..", "dist", "cli", "index.js");

/** What a run printed and its exit status. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built command line with `env` added to this process's environment. Asynchronously: emulators running
 * in the test process must keep answering while it runs.
 */
export function runBuiltCli(args: readonly string[], env: NodeJS.ProcessEnv = {}, cwd?: string): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BUILT_CLI, ...args], { env: { ...process.env, ...env }, ...(cwd ? { cwd } : {}) }, (error, stdout, stderr) =>
      resolve({ status: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

/** A Node stack trace line, which no error of the command line should print. */
export const STACK_TRACE = /^\s+at .+[:(]/m;
