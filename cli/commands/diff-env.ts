/**
 * `pulumi-frontegg diff-env --from DEV --to PROD`: what differs between two environments, per kind and field,
 * matched by natural keys. Exits 0 when they are the same, 1 when they differ, 2 on error: usable as a CI gate.
 */
import { parseArgs } from "node:util";
import { FronteggClient } from "../../provider/client";
import { diffEnvironments, formatDifferences } from "../../provider/environment/diff";
import { readEnvironment } from "../../provider/environment/snapshot";
import { optionsFromEnv, optionsFromStack } from "../credentials";
import { ExitError, EXIT } from "../errors";

export const USAGE = `Usage: pulumi-frontegg diff-env (--from PREFIX | --from-stack STACK) (--to PREFIX | --to-stack STACK) [--json]

Compares the identity configuration of two Frontegg environments (ids and timestamps ignored, objects matched
by their keys) and prints what differs. PREFIX selects environment variables: --from DEV reads
DEV_FRONTEGG_CLIENT_ID, DEV_FRONTEGG_SECRET_KEY and DEV_FRONTEGG_API_BASE_URL or DEV_FRONTEGG_REGION.
--from-stack reads a Pulumi stack's frontegg:* config instead.

Exit status: 0 the same, 1 different, 2 error.`;

/** Runs the command; returns the exit code. */
export async function diffEnvCommand(argv: string[], io: { stdout: (text: string) => void; env: NodeJS.ProcessEnv }): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      from: { type: "string" },
      to: { type: "string" },
      "from-stack": { type: "string" },
      "to-stack": { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean" },
    },
    strict: true,
  });
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  const side = (prefix: string | undefined, stack: string | undefined, flag: string) => {
    if ((prefix === undefined) === (stack === undefined)) throw new ExitError(EXIT.error, `give exactly one of --${flag} and --${flag}-stack\n\n${USAGE}`);
    const label = prefix ?? `stack ${stack}`;
    const { options, env } = stack !== undefined ? { options: optionsFromStack(stack, io.env), env: io.env } : optionsFromEnv(io.env, prefix);
    return { label, client: new FronteggClient(options, env) };
  };
  const from = side(values.from, values["from-stack"], "from");
  const to = side(values.to, values["to-stack"], "to");

  const [a, b] = await Promise.all([readEnvironment(from.client), readEnvironment(to.client)]);
  const differences = diffEnvironments(a, b);
  io.stdout(
    values.json
      ? `${JSON.stringify({ from: from.label, to: to.label, same: differences.length === 0, differences }, null, 2)}\n`
      : formatDifferences(differences, from.label, to.label),
  );
  return differences.length === 0 ? EXIT.ok : EXIT.different;
}
