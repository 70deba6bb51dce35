/**
 * Where the provider finds its credentials at run time: the stack configuration the engine hands to `configure`
 * (`frontegg-native:clientId`, `frontegg-native:secretKey`, ...), else the environment variables. Nothing credential-like is
 * ever captured into the serialized provider.
 */
import { createHash } from "node:crypto";
import { FronteggClient, FronteggClientOptions, FronteggRegion } from "./client";
import { Session } from "./lifecycle/session";
import { CONFIG_KEYS } from "./config-keys";

export { CONFIG_KEYS } from "./config-keys";

/** A setting of the provider: stack config key `frontegg-native:<name>`, and the native provider's input of that name. */
export interface ProviderSetting {
  readonly type: "string" | "integer";
  /** Held in state and config only encrypted. */
  readonly secret?: boolean;
  /** Markdown, for schema.json, the docs and the SDKs. */
  readonly description: string;
}

/** Every setting, described once: schema.json's `config.variables` and its `provider` section come from here. */
export const PROVIDER_SETTINGS: Readonly<Record<keyof typeof CONFIG_KEYS, ProviderSetting>> = Object.freeze({
  clientId: { type: "string", description: "Client id of the Frontegg environment (portal: Environment settings → API keys). Env: `FRONTEGG_CLIENT_ID`." },
  secretKey: { type: "string", secret: true, description: "API secret key of the environment. Set it with `pulumi config set --secret`. Env: `FRONTEGG_SECRET_KEY`." },
  region: { type: "string", description: "Region of the environment: `eu` (default), `us`, `ca` or `au`. Env: `FRONTEGG_REGION`." },
  apiBaseUrl: { type: "string", description: "Explicit API base URL, overriding `region` (e.g. a local emulator). Env: `FRONTEGG_API_BASE_URL`." },
  environmentId: { type: "string", description: "Sent as the `frontegg-environment-id` header when set. Env: `FRONTEGG_ENVIRONMENT_ID`." },
  applicationId: { type: "string", description: "Sent as the `frontegg-application-id` header when set. Env: `FRONTEGG_APPLICATION_ID`." },
  maxConcurrency: { type: "integer", description: "Requests in flight at once (default 8), so a large stack does not trip Frontegg's rate limit by itself." },
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

/** Client options from stack configuration (`frontegg-native:*` keys); absent keys fall back to env vars later. */
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
