/**
 * Where a command finds an environment's credentials: the provider's own environment variables, the same
 * variables under a prefix (`DEV_FRONTEGG_CLIENT_ID` for `--from DEV`), or a Pulumi stack's configuration.
 */
import { execFileSync } from "node:child_process";
import { ENV_VARS, FronteggClientOptions } from "../provider/client";
import { clientOptionsFromConfig } from "../provider/configuration";
import { ExitError, EXIT } from "./errors";

/** Options from `FRONTEGG_*` variables, or `<PREFIX>_FRONTEGG_*` when a prefix is given. */
export function optionsFromEnv(env: NodeJS.ProcessEnv, prefix?: string): { options: FronteggClientOptions; env: Record<string, string | undefined> } {
  if (prefix === undefined) return { options: {}, env };
  const name = (variable: string) => `${prefix.toUpperCase()}_${variable}`;
  const scoped: Record<string, string | undefined> = {};
  for (const variable of Object.values(ENV_VARS)) scoped[variable] = env[name(variable)];
  if (!scoped[ENV_VARS.clientId] && !scoped[ENV_VARS.secretKey]) {
    throw new ExitError(EXIT.error, `no credentials for ${prefix}: set ${name(ENV_VARS.clientId)} and ${name(ENV_VARS.secretKey)} (and ${name(ENV_VARS.apiBaseUrl)} or ${name(ENV_VARS.region)})`);
  }
  return { options: {}, env: scoped };
}

/**
 * Options from a stack's `frontegg:*` configuration, read with the Pulumi CLI (secrets decrypted) in the
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
