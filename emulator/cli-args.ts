import { parseArgs } from "node:util";
import type { EmulatorOptions } from "./emulator";

/** A CLI failure with its exit code; only the entry point turns it into `process.exit`. */
export class ExitError extends Error {
  constructor(
    /** 2 for usage and state-file errors, 1 for anything else. */
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
    this.name = "ExitError";
  }
}

/** The usage text printed by `--help` and after a usage error. */
export const USAGE = `Usage: frontegg-emulator [options]

A local Frontegg management API for tests, demos and offline development.

Options:
  --port N               Port to listen on (default 8787; 0 picks a free one)
  --host HOST            Interface to bind (default 127.0.0.1)
  --client-id ID         Environment client id (default: $FRONTEGG_CLIENT_ID)
  --secret SECRET        Environment secret key (default: $FRONTEGG_SECRET_KEY)
  --state FILE           Load state from FILE if it exists; save to it after every change
  --token-expires-in S   Token lifetime in seconds (default 3600)
  --app-id ID            Value substituted for {{APP_ID}} in email template URLs
  --app-url URL          Value substituted for {{APP_URL}} in email template URLs
  --log                  Log every request to stderr (JSON lines)
  -h, --help             Show this help
`;

function integer(name: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new ExitError(2, `--${name} must be an integer from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

/** Parses the command line; `"help"` when help was asked. Throws ExitError(2) on bad flags. */
export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv): EmulatorOptions | "help" {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new ExitError(2, (error as Error).message);
  }
  const { values } = parsed;
  if (values.help) return "help";
  const clientId = values["client-id"] ?? env.FRONTEGG_CLIENT_ID;
  const secret = values.secret ?? env.FRONTEGG_SECRET_KEY;
  if (!clientId) throw new ExitError(2, "missing --client-id (or FRONTEGG_CLIENT_ID)");
  if (!secret) throw new ExitError(2, "missing --secret (or FRONTEGG_SECRET_KEY)");
  return {
    clientId,
    secret,
    port: integer("port", values.port, 0, 65535) ?? 8787,
    host: values.host,
    statePath: values.state,
    tokenExpiresIn: integer("token-expires-in", values["token-expires-in"], 1, 31_536_000),
    appId: values["app-id"],
    appUrl: values["app-url"],
    logger: values.log ?? false,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      "client-id": { type: "string" },
      secret: { type: "string" },
      state: { type: "string" },
      "token-expires-in": { type: "string" },
      "app-id": { type: "string" },
      "app-url": { type: "string" },
      log: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}
