/** Runs the Pulumi CLI for a command: the `pulumi` on PATH, in the project directory, with the caller's environment. */
import { execFile } from "node:child_process";
import { ExitError, EXIT } from "./errors";

/** Where and how `pulumi` runs. */
export interface PulumiContext {
  /** The project directory (where Pulumi.yaml is). */
  readonly cwd: string;
  /** Environment: backend URL, passphrase, PATH. */
  readonly env: NodeJS.ProcessEnv;
}

/** `pulumi <args>`'s stdout; a failure becomes an {@link ExitError} saying what was being done and Pulumi's message. */
export function runPulumi(args: readonly string[], context: PulumiContext, doing: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // Asynchronous, so a caller's event loop (and any server it runs) keeps going while the CLI works.
    execFile("pulumi", [...args], { cwd: context.cwd, env: context.env, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const detail = String(stderr || error.message).trim();
      reject(new ExitError(EXIT.error, `could not ${doing} with the Pulumi CLI: ${detail}`));
    });
  });
}

/** `--stack NAME` when a stack is named; the CLI otherwise uses the selected one. */
export function stackArgs(stack: string | undefined): string[] {
  return stack === undefined ? [] : ["--stack", stack];
}
