#!/usr/bin/env node
/**
 * The `pulumi-frontegg` command line: one module per command, exit codes decided here and only here.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline/promises";
import { FronteggError } from "../provider/client";
import { diffEnvCommand, USAGE as DIFF_USAGE } from "./commands/diff-env";
import { exportCommand, USAGE as EXPORT_USAGE } from "./commands/export";
import { recoverCommand, USAGE as RECOVER_USAGE } from "./commands/recover";
import { ExitError, EXIT } from "./errors";

const USAGE = `Usage: pulumi-frontegg <command> [options]

Commands:
  export     write a Pulumi program that declares an existing environment
  diff-env   compare two environments (exit 1 when they differ)
  recover    settle the creates an interrupted \`pulumi up\` left pending

${EXPORT_USAGE}

${DIFF_USAGE}

${RECOVER_USAGE}`;

/** Where a run's output goes. */
export interface CliIO {
  readonly env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Asks a yes/no question; absent when there is no terminal. */
  confirm?(question: string): Promise<boolean>;
}

const processIO: CliIO = {
  env: process.env,
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
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

/** Runs the command line `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], cli: CliIO = processIO): Promise<number> {
  const io = { stdout: cli.stdout, env: cli.env, version: packageVersion() };
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "export":
        return await exportCommand(rest, io);
      case "diff-env":
        return await diffEnvCommand(rest, io);
      case "recover":
        return await recoverCommand(rest, { ...io, ...(cli.confirm ? { confirm: cli.confirm } : {}) });
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.stdout(`${USAGE}\n`);
        return command === undefined ? EXIT.error : EXIT.ok;
      default:
        throw new ExitError(EXIT.error, `unknown command "${command}"\n\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof ExitError) {
      if (error.message) cli.stderr(`pulumi-frontegg: ${error.message}\n`);
      return error.code;
    }
    // Client errors are written for people and never carry secrets; anything else is a bug worth its stack.
    const message = error instanceof FronteggError || (error as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? (error as Error).message : String((error as Error).stack ?? error);
    cli.stderr(`pulumi-frontegg: ${message}\n`);
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
