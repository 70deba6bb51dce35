/**
 * Where a command finds an environment's credentials: the provider's own environment variables, the same
 * variables under a prefix (`DEV_FRONTEGG_CLIENT_ID` for `--from DEV`), or a Pulumi stack's configuration.
 */
import { execFileSync } from "node:child_process";
import { envVarNames, FronteggAuthError, FronteggClient, FronteggClientOptions, FronteggError } from "../provider/client";
import { clientOptionsFromConfig } from "../provider/configuration";
import { ExitError, EXIT } from "./errors";

/** Options from `FRONTEGG_*` variables, or `<PREFIX>_FRONTEGG_*` when a prefix is given. */
export function optionsFromEnv(env: NodeJS.ProcessEnv, prefix?: string): FronteggClientOptions {
  if (prefix === undefined) return {};
  const names = envVarNames(prefix);
  if (!env[names.clientId] && !env[names.secretKey]) {
    throw new ExitError(EXIT.error, `no credentials for ${prefix}: set ${names.clientId} and ${names.secretKey} (and ${names.apiBaseUrl} or ${names.region})`);
  }
  return { envPrefix: prefix };
}

/**
 * Options from a stack's `frontegg-native:*` configuration, read with the Pulumi CLI (secrets decrypted) in the
 * project directory `cwd`, with the caller's environment (backend URL, passphrase).
 */
export function optionsFromStack(stack: string, env: NodeJS.ProcessEnv, cwd: string = process.cwd()): FronteggClientOptions {
  let json: string;
  try {
    json = execFileSync("pulumi", ["config", "--show-secrets", "--json", "--stack", stack], { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? (error as Error).message).trim();
    throw new ExitError(EXIT.error, `could not read the configuration of stack "${stack}" with the Pulumi CLI: ${stderr}`);
  }
  const config = JSON.parse(json) as Record<string, { value?: string }>;
  return clientOptionsFromConfig({ get: (key) => config[key]?.value });
}

/** Where one environment's credentials come from, as the command line named it. */
export interface EnvironmentChoice {
  /** `--env PREFIX` / `--from PREFIX`: `<PREFIX>_FRONTEGG_*` variables. */
  readonly prefix?: string;
  /** `--stack S` / `--from-stack S`: the stack's `frontegg-native:*` config. */
  readonly stack?: string;
}

/** An environment opened for reading: a client, and how messages name it. */
export interface OpenedEnvironment {
  /** How output names it: `PROD`, `stack staging`, or `the environment` for the plain `FRONTEGG_*` variables. */
  readonly label: string;
  readonly client: FronteggClient;
  /** Rewrites a failure to read it so the message names this environment and the settings it came from. */
  failure(error: unknown): unknown;
}

/**
 * Opens the environment `choice` names. A configuration or read failure names the environment and the variables
 * or stack config it was read from, so with two environments it is clear which one failed.
 */
export function openEnvironment(choice: EnvironmentChoice, env: NodeJS.ProcessEnv): OpenedEnvironment {
  const { prefix, stack } = choice;
  const label = stack !== undefined ? `stack ${stack}` : prefix ?? "the environment";
  const names = envVarNames(prefix);
  const settings =
    stack !== undefined
      ? { origin: `its frontegg-native:* config`, credentials: `the stack's frontegg-native:clientId and frontegg-native:secretKey (\`pulumi config --stack ${stack}\`)` }
      : { origin: `${names.clientId} …`, credentials: `${names.clientId} and ${names.secretKey}` };
  const failure = (baseUrl: string | undefined) => (error: unknown): unknown => {
    if (!(error instanceof FronteggError)) return error;
    const where = `reading ${label} (${settings.origin}${baseUrl ? ` at ${baseUrl}` : ""})`;
    if (error instanceof FronteggAuthError) {
      return new ExitError(
        EXIT.error,
        `${where}: Frontegg rejected the environment credentials (POST /auth/vendor answered ${error.status}${error.traceId ? `, trace id ${error.traceId}` : ""}). ` +
          `Check ${settings.credentials}, and that they belong to ${baseUrl}`,
      );
    }
    return new ExitError(EXIT.error, `${where}: ${error.message}`);
  };
  const options = stack !== undefined ? optionsFromStack(stack, env) : optionsFromEnv(env, prefix);
  let client: FronteggClient;
  try {
    client = new FronteggClient(options, env);
  } catch (error) {
    throw failure(undefined)(error);
  }
  return { label, client, failure: failure(client.baseUrl) };
}
