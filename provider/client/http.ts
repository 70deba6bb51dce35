/**
 * The HTTP layer: one axios instance with auth and logging as interceptors, a retry loop driven by the pure
 * {@link computeRetryDelay}, a timeout per attempt within an overall deadline, a concurrency limit, and zod
 * validation of every response body.
 */
import axios, { AxiosError, AxiosInstance, AxiosRequestConfig, AxiosResponse, InternalAxiosRequestConfig } from "axios";
import { z } from "zod";
import { TokenCache, VendorToken } from "./auth";
import { ResolvedClientConfig } from "./config";
import {
  FronteggAmbiguousRequestError,
  FronteggApiError,
  FronteggAuthError,
  FronteggEndpointError,
  FronteggNetworkError,
  FronteggResponseValidationError,
  FronteggTimeoutError,
  parseErrorBody,
} from "./errors";
import { hintFor, seconds } from "./hints";
import { ConcurrencyLimiter } from "./limiter";
import { attemptTimeoutMs, computeRetryDelay, RetryDecision } from "./retry";

declare module "axios" {
  interface AxiosRequestConfig {
    /** False for the authentication call itself. */
    fronteggAuth?: boolean;
    /** Set once a request has been re-sent after a 401, so it is re-sent at most once. */
    fronteggReauthenticated?: boolean;
    /** When the attempt started, for the log line. */
    fronteggStartedAt?: number;
  }
}

/** HTTP methods the management API uses. */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** One call to the management API. */
export interface ApiRequest<T> {
  readonly method: HttpMethod;
  /** Path below the API base URL, e.g. `/identity/resources/roles/v1`. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | undefined>>;
  readonly body?: unknown;
  /** Sent as `frontegg-tenant-id`: scopes the call to one tenant. */
  readonly tenantId?: string;
  /** Schema of a 2xx response body. Without one the body is ignored. */
  readonly response?: z.ZodType<T>;
  /** Frontegg answers some writes with an empty 2xx body: then `undefined` is returned instead of failing. */
  readonly emptyBodyAllowed?: boolean;
  /** Whether resending has no further effect. Default: every method but POST. */
  readonly idempotent?: boolean;
}

const TRACE_HEADER = "frontegg-trace-id";

/** An attempt that got no complete answer within its timeout; reported to the retry policy as ETIMEDOUT. */
class AttemptTimeout extends AxiosError {
  constructor(
    /** The timeout the attempt had. */
    readonly timeoutMs: number,
    config: InternalAxiosRequestConfig | undefined,
  ) {
    super(`no answer within ${seconds(timeoutMs)}`, "ETIMEDOUT", config);
  }
}

/** The overall deadline passed before an attempt could start (waiting for a slot or a token): nothing was sent. */
class DeadlinePassed extends Error {}

/** Why the retry loop stopped. */
type StopReason = Extract<RetryDecision, { retry: false }>["reason"];

/** Sends management API requests for one set of credentials. */
export class HttpTransport {
  // ES private fields: invisible to console.log, util.inspect and JSON.stringify, so the secret and tokens cannot
  // leak by someone logging the client.
  readonly #config: ResolvedClientConfig;
  private readonly axios: AxiosInstance;
  private readonly tokens: TokenCache;
  private readonly limiter: ConcurrencyLimiter;

  constructor(config: ResolvedClientConfig) {
    this.#config = config;
    this.limiter = new ConcurrencyLimiter(config.maxConcurrency);
    this.tokens = new TokenCache(() => this.authenticate());
    this.axios = axios.create({
      baseURL: config.baseUrl,
      // No axios `timeout`: it only limits silence on the socket, so a server trickling bytes never trips it.
      // Each attempt gets a wall-clock AbortSignal instead (see `timed`).
      // Raw text in, so empty bodies and non-JSON error pages are handled here rather than by axios' guesses.
      responseType: "text",
      transformResponse: [(data: unknown) => data],
      headers: {
        Accept: "application/json",
        ...(config.environmentId ? { "frontegg-environment-id": config.environmentId } : {}),
        ...(config.applicationId ? { "frontegg-application-id": config.applicationId } : {}),
      },
      maxRedirects: 0,
      proxy: false,
    });
    this.installInterceptors();
  }

  /** Sends `request`, retrying where the policy allows, and returns the validated body. */
  async send<T>(request: ApiRequest<T>): Promise<T> {
    const config: AxiosRequestConfig = {
      method: request.method,
      url: request.path,
      params: request.query,
      data: request.body === undefined ? undefined : JSON.stringify(request.body),
      headers: {
        // A POST without a body (a social login's activate) must not claim axios' default form encoding.
        "Content-Type": request.body === undefined ? false : "application/json",
        ...(request.tenantId ? { "frontegg-tenant-id": request.tenantId } : {}),
      },
    };
    // The deadline counts the wait for a slot too: behind a hung server, queued requests fail with it instead
    // of each waiting its own deadline in turn.
    const response = await this.withRetries(request, (startedAt) => this.limiter.run(() => this.timed(config, startedAt)));
    return this.parseBody(request, response);
  }

  /**
   * Authenticates now unless a valid token is cached: proves the credentials and the endpoint before anything
   * else is sent. Throws {@link FronteggAuthError}, {@link FronteggEndpointError} or a network error.
   */
  async verifyCredentials(): Promise<void> {
    await this.tokens.get();
  }

  /**
   * The environment's vendor id: the `vendorId` claim of its token (TF-PR#263 `provider/vendor_token.go`), which
   * vendor-scoped routes such as `/webhook` want as `frontegg-tenant-id` (notes-more "Vendor id").
   */
  async vendorId(): Promise<string> {
    const vendorId = vendorIdOf(await this.tokens.get());
    if (vendorId === undefined) {
      throw new FronteggEndpointError({
        baseUrl: this.#config.baseUrl,
        names: this.#config.envNames,
        answer: "gave a token that names no vendorId (the webhook routes need it as frontegg-tenant-id)",
      });
    }
    return vendorId;
  }

  private async authenticate(): Promise<VendorToken> {
    const request = {
      method: "POST",
      path: "/auth/vendor",
      idempotent: true,
      response: VendorTokenSchema,
    } as const satisfies ApiRequest<VendorToken>;
    let response: AxiosResponse<string>;
    try {
      response = await this.withRetries(request, (startedAt) =>
        this.timed(
          {
            method: "POST",
            url: request.path,
            data: JSON.stringify({ clientId: this.#config.clientId, secret: this.#config.secretKey }),
            headers: { "Content-Type": "application/json" },
            fronteggAuth: false,
          },
          startedAt,
        ),
      );
    } catch (error) {
      if (error instanceof FronteggApiError && (error.status === 401 || error.status === 403)) {
        throw new FronteggAuthError(error.status, error.traceId, this.#config.credentialSource);
      }
      // Anything but Frontegg's answer (no such route, a web page) means the base URL points somewhere else.
      if (error instanceof FronteggApiError && (error.status === 404 || error.status === 405 || !isJsonResponse(error))) {
        throw new FronteggEndpointError({ baseUrl: this.#config.baseUrl, names: this.#config.envNames, answer: `answered ${error.status}` });
      }
      throw error;
    }
    if (!/json/i.test(String(response.headers["content-type"] ?? "")) && !looksLikeJson(response.data)) {
      throw new FronteggEndpointError({ baseUrl: this.#config.baseUrl, names: this.#config.envNames, answer: "answered with a page that is not JSON" });
    }
    try {
      return this.parseBody(request, response);
    } catch (error) {
      if (error instanceof FronteggResponseValidationError) {
        throw new FronteggEndpointError({ baseUrl: this.#config.baseUrl, names: this.#config.envNames, answer: "answered without a token" });
      }
      throw error;
    }
  }

  private installInterceptors(): void {
    this.axios.interceptors.request.use(async (config) => {
      config.fronteggStartedAt = Date.now();
      if (config.fronteggAuth !== false) config.headers.set("Authorization", `Bearer ${await this.tokens.get()}`);
      return config;
    });

    this.axios.interceptors.response.use(
      (response) => {
        this.logExchange(response.config, response.status, response.headers[TRACE_HEADER]);
        return response;
      },
      async (error: unknown) => {
        if (!axios.isAxiosError(error) || !error.config) throw error;
        const config = error.config;
        // Attempts are only ever cancelled by their timeout signal.
        const outcome = error.response?.status ?? (axios.isCancel(error) ? "timed out" : (error.code ?? "error"));
        this.logExchange(config, outcome, error.response?.headers?.[TRACE_HEADER]);
        // A token can expire or be revoked before our refresh point: re-authenticate once and resend.
        if (error.response?.status === 401 && config.fronteggAuth !== false && !config.fronteggReauthenticated) {
          this.tokens.invalidate(bearerOf(config));
          config.fronteggReauthenticated = true;
          config.headers.delete("Authorization");
          return this.axios.request(config);
        }
        throw error;
      },
    );
  }

  /**
   * One attempt, aborted when its timeout passes: the per-attempt timeout, cut short by the overall deadline of
   * the request that started at `startedAt`. The clock starts here, once the attempt holds a connection slot.
   */
  private async timed(config: AxiosRequestConfig, startedAt: number): Promise<AxiosResponse<string>> {
    // Authenticate before the clock starts (the interceptor then finds the token cached): a slow token fetch must
    // not use up an attempt that was never sent, nor make a create that was never sent look ambiguous.
    if (config.fronteggAuth !== false) await this.tokens.get();
    const timeoutMs = attemptTimeoutMs(Date.now() - startedAt, this.#config.timeoutMs, this.#config.retry);
    if (timeoutMs <= 0) throw new DeadlinePassed();
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      return await this.axios.request<string>({ ...config, signal });
    } catch (error) {
      if (signal.aborted && axios.isCancel(error)) throw new AttemptTimeout(timeoutMs, (error as AxiosError).config);
      throw error;
    }
  }

  private async withRetries<T>(
    request: ApiRequest<T>,
    attempt: (startedAt: number) => Promise<AxiosResponse<string>>,
  ): Promise<AxiosResponse<string>> {
    const startedAt = Date.now();
    const idempotent = request.idempotent ?? request.method !== "POST";
    for (let attemptNumber = 1; ; attemptNumber++) {
      try {
        return await attempt(startedAt);
      } catch (error) {
        if (error instanceof DeadlinePassed) throw this.timedOut(request, attemptNumber - 1);
        if (!axios.isAxiosError(error)) throw error;
        const elapsedMs = Date.now() - startedAt;
        const decision = computeRetryDelay(
          {
            attempt: attemptNumber,
            idempotent,
            status: error.response?.status,
            networkCode: error.response ? undefined : networkCodeOf(error),
            headers: error.response ? lowerCaseHeaders(error.response.headers) : undefined,
            elapsedMs,
            now: Date.now(),
            random: Math.random(),
          },
          this.#config.retry,
        );
        if (!decision.retry) throw this.classify(request, error, decision.reason, attemptNumber, elapsedMs);
        this.#config.log?.(
          `frontegg: retrying ${request.method} ${request.path} in ${decision.delayMs} ms ` +
            `(attempt ${attemptNumber + 1} of ${this.#config.retry.maxAttempts}, after ${error.response?.status ?? networkCodeOf(error)})`,
        );
        await sleep(decision.delayMs);
      }
    }
  }

  /** The error a request ends with once the retry loop stops. */
  private classify<T>(request: ApiRequest<T>, error: AxiosError, stop: StopReason, attempts: number, elapsedMs: number): Error {
    const context = { method: request.method, path: request.path };
    const response = error.response;
    if (stop === "ambiguous") {
      const reason = response
        ? `Frontegg answered ${response.status}`
        : error instanceof AttemptTimeout
          ? `no answer within ${seconds(error.timeoutMs)}`
          : `the connection failed: ${networkCodeOf(error) ?? "unknown"}`;
      return new FronteggAmbiguousRequestError({ ...context, reason, cause: stripAxiosError(error) });
    }
    if (error instanceof AttemptTimeout) return this.timedOut(request, attempts, stripAxiosError(error));
    if (!response) {
      return new FronteggNetworkError({ ...context, networkCode: networkCodeOf(error), baseUrl: this.#config.baseUrl, cause: stripAxiosError(error) });
    }
    const { errors, errorCode } = parseErrorBody(response.data);
    const traceId = headerValue(response.headers[TRACE_HEADER]);
    const hint = hintFor({ status: response.status, attempts, elapsedMs, names: this.#config.envNames });
    return new FronteggApiError({ ...context, status: response.status, errors, errorCode, traceId, hint });
  }

  private timedOut<T>(request: ApiRequest<T>, attempts: number, cause?: Error): FronteggTimeoutError {
    return new FronteggTimeoutError({
      method: request.method,
      path: request.path,
      attempts,
      timeoutMs: this.#config.timeoutMs,
      deadlineMs: this.#config.retry.maxTotalMs,
      baseUrl: this.#config.baseUrl,
      names: this.#config.envNames,
      cause,
    });
  }

  private parseBody<T>(request: ApiRequest<T>, response: AxiosResponse<string>): T {
    if (!request.response) return undefined as T;
    const text = typeof response.data === "string" ? response.data.trim() : "";
    const context = { method: request.method, path: request.path };
    if (text === "") {
      if (request.emptyBodyAllowed) return undefined as T;
      throw new FronteggResponseValidationError({ ...context, issues: ["(body): expected JSON, received an empty body"] });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new FronteggResponseValidationError({ ...context, issues: ["(body): expected JSON, received text that does not parse"] });
    }
    const parsed = request.response.safeParse(json);
    if (!parsed.success) {
      throw new FronteggResponseValidationError({ ...context, issues: parsed.error.issues.map(formatIssue) });
    }
    return parsed.data;
  }

  private logExchange(config: InternalAxiosRequestConfig, outcome: number | string, traceId: unknown): void {
    if (!this.#config.log) return;
    const ms = config.fronteggStartedAt === undefined ? "?" : String(Date.now() - config.fronteggStartedAt);
    const trace = headerValue(traceId);
    this.#config.log(`frontegg: ${config.method?.toUpperCase()} ${config.url} → ${outcome} in ${ms} ms${trace ? ` (trace id ${trace})` : ""}`);
  }
}

const VendorTokenSchema = z.object({ token: z.string().min(1), expiresIn: z.number().positive() });

/** `path.to.field: message`, the form every response mismatch is reported in. */
function formatIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length === 0 ? "(body)" : issue.path.map((p) => (typeof p === "number" ? `[${p}]` : String(p))).join(".").replace(/\.\[/g, "[");
  return `${path}: ${issue.message}`;
}

/** Whether an error response came from a JSON API rather than a web server's page. */
function isJsonResponse(error: FronteggApiError): boolean {
  return error.errors.length === 0 || !/^\s*</.test(error.errors[0] ?? "");
}

function looksLikeJson(body: unknown): boolean {
  return typeof body === "string" && /^\s*[[{]/.test(body);
}

function bearerOf(config: InternalAxiosRequestConfig): string {
  const value = config.headers.get("Authorization");
  return typeof value === "string" ? value.replace(/^Bearer /, "") : "";
}

function networkCodeOf(error: AxiosError): string | undefined {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = error.code === "ERR_NETWORK" || error.code === undefined ? cause?.code : error.code;
  if (typeof code === "string") return code === "ERR_BAD_RESPONSE" ? undefined : code;
  return undefined;
}

function lowerCaseHeaders(headers: unknown): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  if (headers && typeof headers === "object") {
    for (const [name, value] of Object.entries(headers as Record<string, unknown>)) out[name.toLowerCase()] = headerValue(value);
  }
  return out;
}

function headerValue(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return undefined;
}

/**
 * Keeps the cause useful (message and code) but drops axios' request config, which holds the Authorization
 * header and, for the auth call, the secret in its body: logging an error must never print them.
 */
function stripAxiosError(error: AxiosError): Error {
  const stripped = new Error(error.message);
  Object.defineProperty(stripped, "code", { value: networkCodeOf(error) ?? error.code, enumerable: true });
  return stripped;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The `vendorId` claim of a vendor JWT (its payload is read, not verified: Frontegg checks it, not the client). */
export function vendorIdOf(token: string): string | undefined {
  const payload = token.split(".")[1];
  if (payload === undefined) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    const vendorId = typeof claims === "object" && claims !== null ? (claims as Record<string, unknown>).vendorId : undefined;
    return typeof vendorId === "string" && vendorId !== "" ? vendorId : undefined;
  } catch {
    return undefined;
  }
}
