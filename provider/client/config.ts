/**
 * Where the client finds Frontegg and its credentials: explicit options first, then the conventional
 * environment variables (the same names Frontegg's Terraform provider reads, so users can switch).
 */
import { FronteggConfigError } from "./errors";
import { defaultCredentialSource, EnvVarNames, envVarNames } from "./env-vars";
import { DEFAULT_RETRY_POLICY, RetryPolicy } from "./retry";

/** Frontegg's regional API hosts. */
export const REGION_BASE_URLS = Object.freeze({
  eu: "https://api.frontegg.com",
  us: "https://api.us.frontegg.com",
  ca: "https://api.ca.frontegg.com",
  au: "https://api.au.frontegg.com",
});

/** A Frontegg region. */
export type FronteggRegion = keyof typeof REGION_BASE_URLS;

/** Options of {@link FronteggClient}; each field says its default. */
export interface FronteggClientOptions {
  /** Environment client id. Default: `FRONTEGG_CLIENT_ID`. */
  readonly clientId?: string;
  /** Environment API secret key. Default: `FRONTEGG_SECRET_KEY`. */
  readonly secretKey?: string;
  /** Region whose API host to use. Default: `FRONTEGG_REGION`, else `eu`. Ignored when `apiBaseUrl` is set. */
  readonly region?: FronteggRegion;
  /** Explicit API base URL (e.g. an emulator). Default: `FRONTEGG_API_BASE_URL`, else the region's host. */
  readonly apiBaseUrl?: string;
  /** Sent as `frontegg-environment-id` when set. Default: `FRONTEGG_ENVIRONMENT_ID`. */
  readonly environmentId?: string;
  /** Sent as `frontegg-application-id` when set. Default: `FRONTEGG_APPLICATION_ID`. */
  readonly applicationId?: string;
  /** Requests in flight at once per client, so a large stack does not trip the rate limit by itself. Default 8. */
  readonly maxConcurrency?: number;
  /**
   * Longest wait for the answer to one HTTP attempt, in milliseconds, measured from sending to the last byte
   * (a server that trickles its answer counts as not answering). An idempotent request that times out is
   * retried within the overall deadline (`retry.maxTotalMs`, default 45 000); a create is not resent but
   * reported as ambiguous. Default: `FRONTEGG_TIMEOUT_MS`, else 15 000.
   */
  readonly timeoutMs?: number;
  /**
   * Retry limits, the overall deadline of one request (`maxTotalMs`) included. Default
   * {@link DEFAULT_RETRY_POLICY}, with `maxTotalMs` from `FRONTEGG_DEADLINE_MS`, else 45 000 or `timeoutMs` if
   * that is longer.
   */
  readonly retry?: Partial<RetryPolicy>;
  /** Receives one line per request and retry, never with credentials. Default: silent. */
  readonly log?: (line: string) => void;
  /**
   * Reads the `FRONTEGG_*` variables under this prefix instead: `DEV` reads `DEV_FRONTEGG_CLIENT_ID` and so on,
   * and messages name those. Default: none.
   */
  readonly envPrefix?: string;
  /**
   * Where the client id and secret key come from, as messages about rejected credentials name it (a native
   * provider's own `clientId` / `secretKey` arguments, say). Default: the stack config keys and the variables read.
   */
  readonly credentialSource?: string;
}

/** Options after defaults and environment variables are applied and checked. */
export interface ResolvedClientConfig {
  readonly clientId: string;
  readonly secretKey: string;
  readonly baseUrl: string;
  readonly environmentId: string | undefined;
  readonly applicationId: string | undefined;
  readonly maxConcurrency: number;
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  readonly log: ((line: string) => void) | undefined;
  /** The environment variables read (under `envPrefix`, if any), for messages that name them. */
  readonly envNames: EnvVarNames;
  /** Where the client id and secret key came from, for messages about rejected credentials. */
  readonly credentialSource: string;
}

/** Per-attempt timeout when neither the options nor the environment give one. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** One problem with the client's options, naming the option it is about. */
export interface ConfigProblem {
  /** The option (`clientId`, `region`, ...); the same names as the stack config keys `frontegg-native:<option>`. */
  readonly option: keyof FronteggClientOptions;
  readonly message: string;
}

/** Applies defaults and environment variables; throws {@link FronteggConfigError} listing every problem. */
export function resolveClientConfig(
  options: FronteggClientOptions = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): ResolvedClientConfig {
  const { config, problems } = resolve(options, env);
  if (!config) throw new FronteggConfigError(`Frontegg provider configuration: ${problems.map((p) => p.message).join("; ")}`);
  return config;
}

/** Every problem {@link resolveClientConfig} would report, by option; none when the options are usable. */
export function clientConfigProblems(
  options: FronteggClientOptions = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): ConfigProblem[] {
  return resolve(options, env).problems;
}

function resolve(
  options: FronteggClientOptions,
  env: Readonly<Record<string, string | undefined>>,
): { config?: ResolvedClientConfig; problems: ConfigProblem[] } {
  const names = envVarNames(options.envPrefix);
  const pick = (value: string | undefined, name: string): string | undefined => {
    const chosen = value ?? env[name];
    return chosen === undefined || chosen.trim() === "" ? undefined : chosen.trim();
  };
  const problems: ConfigProblem[] = [];
  const problem = (option: keyof FronteggClientOptions) => (message: string) => problems.push({ option, message });

  const clientId = pick(options.clientId, names.clientId);
  if (!clientId) problem("clientId")(`the client id is missing: set frontegg-native:clientId in stack config or ${names.clientId}`);
  const secretKey = pick(options.secretKey, names.secretKey);
  if (!secretKey) {
    problem("secretKey")(
      `the secret key is missing: set it with \`pulumi config set --secret frontegg-native:secretKey\` or ${names.secretKey}`,
    );
  }

  const region = pick(options.region, names.region);
  // A wrong region is a mistake even when apiBaseUrl overrides it: say so rather than ignore it silently.
  if (region !== undefined && !isRegion(region.toLowerCase())) {
    problem("region")(`region must be one of ${Object.keys(REGION_BASE_URLS).join(", ")}, got "${region}" (frontegg-native:region or ${names.region})`);
  }
  const baseUrl = resolveBaseUrl(pick(options.apiBaseUrl, names.apiBaseUrl), region, problem("apiBaseUrl"));

  const maxConcurrency = options.maxConcurrency ?? 8;
  if (!Number.isInteger(maxConcurrency) || maxConcurrency < 1) problem("maxConcurrency")(`maxConcurrency must be a whole number ≥ 1, got ${maxConcurrency}`);
  const timeoutMs = options.timeoutMs ?? milliseconds(pick(undefined, names.timeoutMs)) ?? DEFAULT_TIMEOUT_MS;
  if (!(timeoutMs > 0)) problem("timeoutMs")(`timeoutMs (${names.timeoutMs}) must be a positive number of milliseconds, got ${timeoutMs}`);
  // A timeout raised past the default deadline stretches the deadline to one full attempt, so raising the
  // timeout alone has the effect the person raising it expects.
  const deadlineMs = milliseconds(pick(undefined, names.deadlineMs)) ?? Math.max(DEFAULT_RETRY_POLICY.maxTotalMs, timeoutMs);
  const retry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxTotalMs: deadlineMs, ...options.retry };
  if (!(retry.maxTotalMs > 0)) {
    problem("retry")(`retry.maxTotalMs (${names.deadlineMs}) must be a positive number of milliseconds, got ${retry.maxTotalMs}`);
  }

  if (problems.length > 0) return { problems };
  return {
    problems,
    config: {
      clientId: clientId!,
      secretKey: secretKey!,
      baseUrl,
      environmentId: pick(options.environmentId, names.environmentId),
      applicationId: pick(options.applicationId, names.applicationId),
      maxConcurrency,
      timeoutMs,
      retry,
      log: options.log,
      envNames: names,
      credentialSource: options.credentialSource ?? defaultCredentialSource(names),
    },
  };
}

/** A number of milliseconds from an environment variable; NaN (reported as a problem) when it is not a number. */
function milliseconds(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

function resolveBaseUrl(apiBaseUrl: string | undefined, region: string | undefined, report: (message: string) => void): string {
  if (apiBaseUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(apiBaseUrl);
    } catch {
      report(`apiBaseUrl must be an absolute http(s) URL such as https://api.frontegg.com, got "${apiBaseUrl}"`);
      return "";
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      report(`apiBaseUrl must use http or https, got "${url.protocol}"`);
    }
    // Credentials in the URL would end up in logs and error messages; refuse them outright.
    if (url.username || url.password) report("apiBaseUrl must not contain a user name or password");
    return url.toString().replace(/\/+$/, "");
  }
  const key = (region ?? "eu").toLowerCase();
  return isRegion(key) ? REGION_BASE_URLS[key] : "";
}

/** Whether `value` names a Frontegg region. */
export function isRegion(value: string): value is FronteggRegion {
  return Object.prototype.hasOwnProperty.call(REGION_BASE_URLS, value);
}
