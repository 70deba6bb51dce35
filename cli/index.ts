#!/usr/bin/env node
/**
 * The `pulumi-frontegg` command line, parsed by commander: one module per command, exit codes decided here and
 * only here (0 success, 1 `diff-env` found differences, 2 any error, usage errors included).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline/promises";
import { CommanderError } from "commander";
import { commandLine } from "./command-line";
import { ExitError, EXIT } from "./errors";
import { CommandIO } from "./io";

/** Where a run's output goes: what a command gets, less the version, which the entry point reads itself. */
export type CliIO = Omit<CommandIO, "version">;

const processIO: CliIO = {
  env: process.env,
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
  ...(process.stdin.isTTY && process.stdout.isTTY ? { confirm: askOnTerminal } : {}),
};

/** Asks on the terminal; only "y" or "yes" agrees. */
async function askOnTerminal(question: string): Promise<boolean> {
  const readline = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await readline.question(`${question} [y/N] `)).trim());
  } finally {
    readline.close();
  }
}

/** Set to print the stack trace of an unexpected error. */
const DEBUG_VARIABLE = "PULUMI_FRONTEGG_DEBUG";

/** Runs the command line `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], cli: CliIO = processIO): Promise<number> {
  const io: CommandIO = { ...cli, version: packageVersion() };
  let code: number = EXIT.ok;
  const exit = (result: number) => void (code = result);
  try {
    await commandLine(io, exit).parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    // Commander has printed its message (or the help, or the version) already.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.error;
    if (error instanceof ExitError) {
      for (const message of error.messages) cli.stderr(`pulumi-frontegg: ${message}\n`);
      return error.code;
    }
    // Client errors are written for people and never carry secrets (and a command that raises one has loaded
    // the client already). Anything else is unexpected: its message, and the stack trace only when asked for.
    const { FronteggError } = await import("../provider/client");
    const message = error instanceof Error ? error.message : String(error);
    const debug = !(error instanceof FronteggError) && cli.env[DEBUG_VARIABLE] ? `\n${(error as Error).stack ?? ""}` : "";
    cli.stderr(`pulumi-frontegg: ${message}${debug}\n`);
    return EXIT.error;
  }
}

/** This package's version, found from the source tree and the compiled one alike. */
function packageVersion(): string {
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
    if (pkg.name === "pulumi-frontegg" && pkg.version) return pkg.version;
  }
  return "0.0.0";
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
