#!/usr/bin/env node
/**
 * The `pulumi-frontegg` command line, parsed by commander: one module per command, exit codes decided here and
 * only here (0 success, 1 `diff-env` found differences, 2 any error, usage errors included).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline/promises";
import { Command, CommanderError } from "commander";
import { FronteggError } from "../provider/client";
import { defineDiffEnv } from "./commands/diff-env";
import { defineExport } from "./commands/export";
import { defineRecover } from "./commands/recover";
import { ExitError, EXIT } from "./errors";
import { CommandIO } from "./io";

/** Where a run's output goes. */
export interface CliIO {
  readonly env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal. */
  readonly stderrIsTTY?: boolean;
  /** Asks a yes/no question; absent when there is no terminal. */
  confirm?(question: string): Promise<boolean>;
}

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
  const program = commandLine(io);
  defineExport(program, io, exit);
  defineDiffEnv(program, io, exit);
  defineRecover(program, io, exit);
  for (const command of program.commands) command.showHelpAfterError(`(pulumi-frontegg ${command.name()} --help shows the usage)`);
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    // Commander has printed its message (or the help, or the version) already.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.error;
    if (error instanceof ExitError) {
      if (error.message) cli.stderr(`pulumi-frontegg: ${error.message}\n`);
      return error.code;
    }
    // Client errors are written for people and never carry secrets. Anything else is unexpected: its message,
    // and the stack trace only when asked for.
    const message = error instanceof Error ? error.message : String(error);
    const debug = !(error instanceof FronteggError) && cli.env[DEBUG_VARIABLE] ? `\n${(error as Error).stack ?? ""}` : "";
    cli.stderr(`pulumi-frontegg: ${message}${debug}\n`);
    return EXIT.error;
  }
}

/** The program without its commands: settings every command inherits (they are copied when a command is added). */
function commandLine(io: CommandIO): Command {
  return new Command("pulumi-frontegg")
    .description("Export, compare and recover Frontegg environments managed with Pulumi.")
    .version(io.version, "-V, --version", "print the version")
    .helpOption("-h, --help", "print the help")
    .helpCommand("help [command]", "print the help of a command")
    .allowExcessArguments(false)
    .showSuggestionAfterError(true)
    .showHelpAfterError("(pulumi-frontegg --help shows the commands)")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(`pulumi-frontegg: ${text.replace(/^error: /, "")}`),
    })
    .addHelpText("after", "\nExit status: 0 success, 1 differences found (diff-env), 2 error.");
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
