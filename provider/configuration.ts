/**
 * Where the provider finds its credentials at run time: the stack configuration the engine hands to `configure`
 * (`frontegg:clientId`, `frontegg:secretKey`, ...), else the environment variables. Nothing credential-like is
 * ever captured into the serialized provider.
 */
import { createHash } from "node:crypto";
import { FronteggClient, FronteggClientOptions, FronteggRegion } from "./client";
import { Session } from "./lifecycle/session";

/** Stack configuration keys the provider reads. */
export const CONFIG_KEYS = Object.freeze({
  clientId: "frontegg:clientId",
  secretKey: "frontegg:secretKey",
  region: "frontegg:region",
  apiBaseUrl: "frontegg:apiBaseUrl",
  environmentId: "frontegg:environmentId",
  applicationId: "frontegg:applicationId",
  maxConcurrency: "frontegg:maxConcurrency",
});

/** The part of Pulumi's config object the provider uses. */
export interface ConfigSource {
  get(key: string): string | undefined;
}

let stackOptions: FronteggClientOptions = {};
const sessions = new Map<string, Session>();

/** Records the stack configuration; called by the engine through each resource's `configure`. */
export function configureFromStack(config: ConfigSource): void {
  stackOptions = clientOptionsFromConfig(config);
}

/** Client options from stack configuration (`frontegg:*` keys); absent keys fall back to env vars later. */
export function clientOptionsFromConfig(config: ConfigSource): FronteggClientOptions {
  const read = (key: string) => {
    const value = config.get(key);
    return value === undefined || value === "" ? undefined : value;
  };
  const maxConcurrency = read(CONFIG_KEYS.maxConcurrency);
  return {
    clientId: read(CONFIG_KEYS.clientId),
    secretKey: read(CONFIG_KEYS.secretKey),
    region: read(CONFIG_KEYS.region) as FronteggRegion | undefined,
    apiBaseUrl: read(CONFIG_KEYS.apiBaseUrl),
    environmentId: read(CONFIG_KEYS.environmentId),
    applicationId: read(CONFIG_KEYS.applicationId),
    ...(maxConcurrency === undefined ? {} : { maxConcurrency: Number(maxConcurrency) }),
  };
}

/**
 * The session of the configured environment, shared by every resource of the process (the provider plugin
 * serves one engine operation), so they share one token, one concurrency limit and one read of each list.
 */
export function configuredSession(): Session {
  // Keyed by a hash so the secret is not kept as a map key in plain text.
  const key = createHash("sha256").update(JSON.stringify(stackOptions)).digest("hex");
  let session = sessions.get(key);
  if (!session) {
    session = new Session(new FronteggClient(stackOptions));
    sessions.set(key, session);
  }
  return session;
}

/** The client of the configured environment. */
export function configuredClient(): FronteggClient {
  return configuredSession().client;
}
