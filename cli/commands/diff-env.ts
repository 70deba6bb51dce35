/**
 * `pulumi-frontegg diff-env --from DEV --to PROD`: what differs between two environments, per kind and field,
 * matched by natural keys. Exits 0 when they are the same, 1 when they differ, 2 on error: usable as a CI gate.
 */
import { diffEnvironments, formatDifferences } from "../../provider/environment/diff";
import { EnvironmentSnapshot, includedBy, readEnvironment } from "../../provider/environment/snapshot";
import { OpenedEnvironment, openEnvironment } from "../credentials";
import { ExitError, EXIT } from "../errors";
import { CommandIO } from "../io";
import { withProgress } from "../progress";

/** What `diff-env` was given. */
export interface DiffEnvOptions {
  readonly from?: string;
  readonly fromStack?: string;
  readonly to?: string;
  readonly toStack?: string;
  readonly json?: boolean;
  readonly progress?: boolean;
  /** `--tenants`: compare the tenants themselves too (an opt-in kind; see `environment.optIn`). */
  readonly tenants?: boolean;
}

/** Runs `diff-env` with its parsed options; resolves to the exit code. */
export async function runDiffEnv(options: DiffEnvOptions, io: CommandIO): Promise<number> {
  const from = openEnvironment({ prefix: options.from, stack: options.fromStack }, io.env);
  const to = openEnvironment({ prefix: options.to, stack: options.toStack }, io.env);
  const progress = { show: options.progress, tty: io.stderrIsTTY, stderr: io.stderr };
  const read = (side: OpenedEnvironment) => withProgress(`Reading ${side.label}`, progress, (onProgress) => readEnvironment(side.client, { onProgress, include: includedBy(options) }));
  // Both are read to the end, so that when both fail, both are named.
  const results = await Promise.allSettled([read(from), read(to)]);
  const failures = results.flatMap((result, i) => (result.status === "rejected" ? [[from, to][i]!.failure(result.reason)] : []));
  if (failures.length > 0) {
    if (failures.every((failure) => failure instanceof ExitError)) throw new ExitError(EXIT.error, failures.flatMap((f) => (f as ExitError).messages));
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
