/**
 * `pulumi-frontegg diff-env --from DEV --to PROD`: what differs between two environments, per kind and field,
 * matched by natural keys. Exits 0 when they are the same, 1 when they differ, 2 on error: usable as a CI gate.
 */
import { Command } from "commander";
import { diffEnvironments, formatDifferences } from "../../provider/environment/diff";
import { EnvironmentSnapshot, readEnvironment } from "../../provider/environment/snapshot";
import { OpenedEnvironment, openEnvironment } from "../credentials";
import { ExitError, EXIT } from "../errors";
import { CommandIO, SetExitCode } from "../io";
import { withProgress } from "../progress";

const DETAILS = `
Compares the identity configuration of two Frontegg environments (ids and timestamps ignored, objects matched
by their keys) and prints what differs. PREFIX selects environment variables: --from DEV reads
DEV_FRONTEGG_CLIENT_ID, DEV_FRONTEGG_SECRET_KEY and DEV_FRONTEGG_API_BASE_URL or DEV_FRONTEGG_REGION.
--from-stack reads a Pulumi stack's frontegg:* config instead.

Progress goes to stderr once the reads take a while; the differences go to stdout.

Exit status: 0 the same, 1 different, 2 error.`;

/** What `diff-env` was given. */
interface DiffEnvOptions {
  readonly from?: string;
  readonly fromStack?: string;
  readonly to?: string;
  readonly toStack?: string;
  readonly json?: boolean;
  readonly progress?: boolean;
}

/** Adds `diff-env` to the command line. */
export function defineDiffEnv(program: Command, io: CommandIO, exit: SetExitCode): Command {
  return program
    .command("diff-env")
    .summary("compare two environments (exit 1 when they differ)")
    .description("Compare two Frontegg environments; exit 0 when they are the same, 1 when they differ, 2 on error.")
    .option("--from <prefix>", "one side: <PREFIX>_FRONTEGG_* variables")
    .option("--from-stack <stack>", "one side: a stack's frontegg:* config")
    .option("--to <prefix>", "the other side: <PREFIX>_FRONTEGG_* variables")
    .option("--to-stack <stack>", "the other side: a stack's frontegg:* config")
    .option("--json", "print the differences as JSON")
    .option("--progress", "show progress on stderr from the start")
    .option("--no-progress", "never show progress")
    .addHelpText("after", DETAILS)
    .action(async (options: DiffEnvOptions, command: Command) => {
      for (const [side, prefix, stack] of [["from", options.from, options.fromStack], ["to", options.to, options.toStack]] as const) {
        if ((prefix === undefined) === (stack === undefined)) command.error(`give exactly one of --${side} and --${side}-stack`, { exitCode: EXIT.error });
      }
      exit(await runDiffEnv(options, io));
    });
}

async function runDiffEnv(options: DiffEnvOptions, io: CommandIO): Promise<number> {
  const from = openEnvironment({ prefix: options.from, stack: options.fromStack }, io.env);
  const to = openEnvironment({ prefix: options.to, stack: options.toStack }, io.env);
  const progress = { show: options.progress, tty: io.stderrIsTTY, stderr: io.stderr };
  const read = (side: OpenedEnvironment) => withProgress(`Reading ${side.label}`, progress, (onProgress) => readEnvironment(side.client, { onProgress }));
  // Both are read to the end, so that when both fail, both are named.
  const results = await Promise.allSettled([read(from), read(to)]);
  const failures = results.flatMap((result, i) => (result.status === "rejected" ? [[from, to][i]!.failure(result.reason)] : []));
  if (failures.length > 0) {
    if (failures.every((failure) => failure instanceof ExitError)) throw new ExitError(EXIT.error, failures.map((f) => (f as ExitError).message).join("\npulumi-frontegg: "));
    throw failures.find((failure) => !(failure instanceof ExitError));
  }
  const [a, b] = results.map((result) => (result as PromiseFulfilledResult<EnvironmentSnapshot>).value) as [EnvironmentSnapshot, EnvironmentSnapshot];
  const differences = diffEnvironments(a, b);
  io.stdout(
    options.json
      ? `${JSON.stringify({ from: from.label, to: to.label, same: differences.length === 0, differences }, null, 2)}\n`
      : formatDifferences(differences, from.label, to.label),
  );
  return differences.length === 0 ? EXIT.ok : EXIT.different;
}
