/**
 * The environment variables the client reads, by option: the same names Frontegg's Terraform provider reads, so
 * users can switch. Kept apart so that every message naming a variable (configuration, endpoint, timeout, hints)
 * names the one actually read, also under a prefix.
 */

/** Environment variables the client reads. */
export const ENV_VARS = Object.freeze({
  clientId: "FRONTEGG_CLIENT_ID",
  secretKey: "FRONTEGG_SECRET_KEY",
  apiBaseUrl: "FRONTEGG_API_BASE_URL",
  region: "FRONTEGG_REGION",
  environmentId: "FRONTEGG_ENVIRONMENT_ID",
  applicationId: "FRONTEGG_APPLICATION_ID",
  timeoutMs: "FRONTEGG_TIMEOUT_MS",
  deadlineMs: "FRONTEGG_DEADLINE_MS",
});

/** Variable names by option. */
export type EnvVarNames = Readonly<Record<keyof typeof ENV_VARS, string>>;

/** The variables the client reads under `prefix` (`DEV_FRONTEGG_CLIENT_ID` for `DEV`); {@link ENV_VARS} without one. */
export function envVarNames(prefix?: string): EnvVarNames {
  if (prefix === undefined) return ENV_VARS;
  const upper = prefix.toUpperCase();
  return Object.freeze(Object.fromEntries(Object.entries(ENV_VARS).map(([key, name]) => [key, `${upper}_${name}`])) as Record<keyof typeof ENV_VARS, string>);
}

/** Where credentials come from unless the caller says otherwise: stack config, else the variables read. */
export function defaultCredentialSource(names: EnvVarNames = ENV_VARS): string {
  return `stack config frontegg-native:clientId / frontegg-native:secretKey, or ${names.clientId} / ${names.secretKey}`;
}
