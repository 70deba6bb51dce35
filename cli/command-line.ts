/**
 * The grammar of `pulumi-frontegg`: its commands, their options and help, parsed by commander. Each command's
 * implementation (cli/commands/*.ts, which loads the Frontegg client) is loaded only when that command runs, so
 * `--help`, `--version` and usage errors answer at once.
 */
import { resolve } from "node:path";
import { Command } from "commander";
import type { DiffEnvOptions } from "./commands/diff-env";
import type { ExportOptions } from "./commands/export";
import { EXIT } from "./errors";
import { CommandIO, SetExitCode } from "./io";

const EXPORT_HELP = `
Reads every kind this package manages from a Frontegg environment (the tenants' own settings included; the
tenants themselves only with --tenants) and writes a TypeScript Pulumi program (index.ts, Pulumi.yaml, package.json) that declares them, with adoptExisting: true so the first
\`pulumi up\` against that environment takes them over. Pulumi.yaml sets frontegg-native:region (or frontegg-native:apiBaseUrl)
to where the environment was read, as the default of every stack of the program.

Credentials: FRONTEGG_CLIENT_ID, FRONTEGG_SECRET_KEY and FRONTEGG_API_BASE_URL or FRONTEGG_REGION; or the
same under a prefix with --env PREFIX (PREFIX_FRONTEGG_CLIENT_ID, ...); or a stack's config with --stack.

Progress goes to stderr once the read takes a while; the summary and next steps go to stdout.`;

const DIFF_ENV_HELP = `
Compares the identity configuration of two Frontegg environments (ids and timestamps ignored, objects matched
by their keys; the tenants themselves only with --tenants) and prints what differs. PREFIX selects environment variables: --from DEV reads
DEV_FRONTEGG_CLIENT_ID, DEV_FRONTEGG_SECRET_KEY and DEV_FRONTEGG_API_BASE_URL or DEV_FRONTEGG_REGION.
--from-stack reads a Pulumi stack's frontegg-native:* config instead.

Progress goes to stderr once the reads take a while; the differences go to stdout.

Exit status: 0 the same, 1 different, 2 error.`;

/**
 * The help of `--tenants`, the flag of the one opt-in kind (Tenant's `environment.optIn`), written here so that the
 * command line loads no kind to print its help; test/cli/command-line.test.ts holds the flags to the definitions'.
 */
const TENANTS_HELP =
  "also the tenants themselves, as Tenant resources (off by default: an environment's tenants are usually its customers' accounts, not configuration)";

const RECOVER_HELP = `
After an interrupted \`pulumi up\` (killed, crashed, cancelled), settles the Frontegg resources whose create
it left pending: each is looked up in Frontegg by its key; one that exists is recorded in the stack's state as
created, one that does not is dropped from the pending operations so the next \`pulumi up\` creates it. On a
local (file://) backend it also removes the interrupted update's lock once its process is gone, and repairs
the checkpoint sidecar a kill can leave empty; on other backends run \`pulumi cancel\` first. Then run
\`pulumi up\`.

Credentials: the stack's frontegg-native:* config (as \`pulumi up\` uses it), else FRONTEGG_* variables.`;

/** The whole command line; a command's action hands its exit code to `exit`. Errors throw (see cli/index.ts). */
export function commandLine(io: CommandIO, exit: SetExitCode): Command {
  // Settings first: commander copies them into each command as it is added.
  const program = new Command("pulumi-frontegg")
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
  const usageError = (command: Command, message: string): never => command.error(message, { exitCode: EXIT.error });

  program
    .command("export")
    .summary("write a Pulumi program that declares an existing environment")
    .description("Write a Pulumi program that declares an existing Frontegg environment.")
    // Checked in the action rather than as a required option, so that commander first reports a misspelt option
    // or a stray argument, with its suggestion.
    .option("-o, --out <dir>", "directory to write the program to (required; empty, or use --force)")
    .option("--project <name>", "Pulumi project name", "frontegg-export")
    .option("-s, --stack <stack>", "read the credentials from this stack's frontegg-native:* config")
    .option("--env <prefix>", "read the credentials from <PREFIX>_FRONTEGG_* variables")
    .option("-f, --force", "overwrite the generated files in a directory that is not empty")
    .option("--package <spec>", "what package.json installs as pulumi-frontegg: an npm spec such as a packed tarball's path (default: ^<this version>)")
    .option("--tenants", TENANTS_HELP)
    .option("--progress", "show progress on stderr from the start")
    .option("--no-progress", "never show progress")
    .addHelpText("after", EXPORT_HELP)
    .action(async (options: Omit<ExportOptions, "out"> & { out?: string }, command: Command) => {
      if (options.out === undefined) usageError(command, "required option '-o, --out <dir>' not specified");
      if (options.stack !== undefined && options.env !== undefined) usageError(command, "give at most one of --stack and --env");
      const { runExport } = await import("./commands/export");
      exit(await runExport({ ...options, out: options.out! }, io));
    });

  program
    .command("diff-env")
    .summary("compare two environments (exit 1 when they differ)")
    .description("Compare two Frontegg environments; exit 0 when they are the same, 1 when they differ, 2 on error.")
    .option("--from <prefix>", "one side: <PREFIX>_FRONTEGG_* variables")
    .option("--from-stack <stack>", "one side: a stack's frontegg-native:* config")
    .option("--to <prefix>", "the other side: <PREFIX>_FRONTEGG_* variables")
    .option("--to-stack <stack>", "the other side: a stack's frontegg-native:* config")
    .option("--json", "print the differences as JSON")
    .option("--tenants", TENANTS_HELP)
    .option("--progress", "show progress on stderr from the start")
    .option("--no-progress", "never show progress")
    .addHelpText("after", DIFF_ENV_HELP)
    .action(async (options: DiffEnvOptions, command: Command) => {
      for (const [side, prefix, stack] of [["from", options.from, options.fromStack], ["to", options.to, options.toStack]] as const) {
        if ((prefix === undefined) === (stack === undefined)) usageError(command, `give exactly one of --${side} and --${side}-stack`);
      }
      const { runDiffEnv } = await import("./commands/diff-env");
      exit(await runDiffEnv(options, io));
    });

  program
    .command("recover")
    .summary("settle the creates an interrupted `pulumi up` left pending")
    .description("Settle the creates of Frontegg resources an interrupted `pulumi up` left pending.")
    .option("-s, --stack <stack>", "the stack (default: the selected stack)")
    .option("--cwd <dir>", "the project directory", ".")
    .option("-y, --yes", "apply without asking")
    .addHelpText("after", RECOVER_HELP)
    .action(async (options: { stack?: string; cwd: string; yes?: boolean }) => {
      const { recover } = await import("./commands/recover");
      exit(await recover({ stack: options.stack, cwd: resolve(options.cwd), yes: options.yes === true }, io));
    });

  for (const command of program.commands) command.showHelpAfterError(`(pulumi-frontegg ${command.name()} --help shows the usage)`);
  return program;
}
