/**
 * The retry policy: one pure function from "what just happened" to "wait this long, or stop", and one that
 * says how long the next attempt may take before the overall deadline.
 *
 * Kept free of I/O and clocks so every rule is unit-tested directly. The HTTP layer feeds it the attempt number,
 * the failure and the response headers, and sleeps for the delay it returns.
 */

/** Tunable limits; every field has a default in {@link DEFAULT_RETRY_POLICY}. */
export interface RetryPolicy {
  /** Attempts in all, the first included. Default 6. */
  readonly maxAttempts: number;
  /**
   * Overall deadline of one request in milliseconds, from the call until it settles: waiting for a free
   * connection slot, every attempt and every wait between them. No attempt outlives it, so an API that accepts
   * connections and never answers fails after this long. Default 45 000.
   */
  readonly maxTotalMs: number;
  /** First backoff step in milliseconds, doubled per attempt. Default 200. */
  readonly baseDelayMs: number;
  /** Cap of one backoff step. Default 10 000. */
  readonly maxDelayMs: number;
  /** Fraction of each backoff step that is randomised (0 to 1). Default 0.5. */
  readonly jitter: number;
  /**
   * Statuses worth another try. 429 always waits for the rate-limit reset when Frontegg gives one. A request
   * that is not idempotent is resent only after a status that proves it was not processed (429); after any other
   * status of this list it is reported as ambiguous, since the server may have acted.
   */
  readonly statuses: readonly number[];
  /** Node network error codes worth another try; ETIMEDOUT is also what an attempt that timed out reports. */
  readonly networkCodes: readonly string[];
}

/** Defaults as plain data. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  maxAttempts: 6,
  maxTotalMs: 45_000,
  baseDelayMs: 200,
  maxDelayMs: 10_000,
  jitter: 0.5,
  statuses: Object.freeze([429, 500, 502, 503, 504]),
  networkCodes: Object.freeze(["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "ECONNABORTED", "EPIPE", "EAI_AGAIN", "ERR_SOCKET_CONNECTION_TIMEOUT"]),
});

/**
 * Network failures that prove the request never reached the server, so even a create may be sent again.
 * Anything else (a reset or timeout mid-exchange) may have been applied.
 */
const NOT_SENT_CODES: ReadonlySet<string> = new Set(["ECONNREFUSED", "EAI_AGAIN", "ENOTFOUND"]);

/** Statuses that prove the request was refused before it was processed. */
const NOT_PROCESSED_STATUSES: ReadonlySet<number> = new Set([429]);

/** One failed attempt, as the retry policy sees it. */
export interface FailedAttempt {
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** Whether sending the same request twice has the same effect as once (GET, PUT, PATCH, DELETE, upserts). */
  readonly idempotent: boolean;
  /** The response status, when a response arrived. */
  readonly status?: number;
  /** Node's error code, when no response arrived. */
  readonly networkCode?: string;
  /** Response headers, lower-cased names. */
  readonly headers?: Readonly<Record<string, string | undefined>>;
  /** Milliseconds since the first attempt started. */
  readonly elapsedMs: number;
  /** The current time, for reading absolute rate-limit reset dates. */
  readonly now: number;
  /** A number in [0, 1) for jitter; injected so the function stays pure. */
  readonly random: number;
}

/** What to do after a failed attempt. */
export type RetryDecision =
  | { readonly retry: true; readonly delayMs: number }
  | { readonly retry: false; readonly reason: "not-retryable" | "ambiguous" | "attempts-exhausted" | "time-exhausted" };

/** Decides whether and when to retry. */
export function computeRetryDelay(failure: FailedAttempt, policy: RetryPolicy = DEFAULT_RETRY_POLICY): RetryDecision {
  const retryableStatus = failure.status !== undefined && policy.statuses.includes(failure.status);
  const retryableNetwork = failure.networkCode !== undefined && policy.networkCodes.includes(failure.networkCode);
  if (!retryableStatus && !retryableNetwork) return { retry: false, reason: "not-retryable" };

  if (!failure.idempotent && !provablyNotApplied(failure)) return { retry: false, reason: "ambiguous" };
  if (failure.attempt >= policy.maxAttempts) return { retry: false, reason: "attempts-exhausted" };

  const delayMs = failure.status === 429 ? rateLimitDelay(failure, policy) : backoffDelay(failure, policy);
  // At the deadline itself no time is left for the attempt the wait would lead to.
  if (failure.elapsedMs + delayMs >= policy.maxTotalMs) return { retry: false, reason: "time-exhausted" };
  return { retry: true, delayMs };
}

function provablyNotApplied(failure: FailedAttempt): boolean {
  if (failure.status !== undefined) return NOT_PROCESSED_STATUSES.has(failure.status);
  return failure.networkCode !== undefined && NOT_SENT_CODES.has(failure.networkCode);
}

/**
 * How long the attempt starting now may take: the per-attempt timeout, cut short by the overall deadline.
 * 0 means the deadline has passed and the attempt must not start.
 */
export function attemptTimeoutMs(elapsedMs: number, timeoutMs: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  return Math.max(0, Math.min(timeoutMs, policy.maxTotalMs - elapsedMs));
}

/** Exponential backoff with jitter: step n is base·2^(n-1), capped, of which `jitter` is randomised. */
function backoffDelay(failure: FailedAttempt, policy: RetryPolicy): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failure.attempt - 1));
  return Math.round(step * (1 - policy.jitter) + step * policy.jitter * failure.random);
}

/**
 * Frontegg's gateway sends `X-Rate-Limit-Reset` as an RFC 3339 date-time; other services may send the standard
 * `Retry-After` (seconds or an HTTP date); inner services send neither, and then plain backoff applies.
 */
function rateLimitDelay(failure: FailedAttempt, policy: RetryPolicy): number {
  const headers = failure.headers ?? {};
  const reset = parseDate(headers["x-rate-limit-reset"]);
  if (reset !== undefined) return Math.max(0, reset - failure.now) + smallSpread(failure);
  const retryAfter = headers["retry-after"];
  if (retryAfter !== undefined && retryAfter.trim() !== "") {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000 + smallSpread(failure);
    const at = parseDate(retryAfter);
    if (at !== undefined) return Math.max(0, at - failure.now) + smallSpread(failure);
  }
  return backoffDelay(failure, policy);
}

/** Spreads clients that were all told the same reset time, so they do not return in one burst. */
function smallSpread(failure: FailedAttempt): number {
  return Math.round(50 * failure.random);
}

function parseDate(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  // Some gateways send epoch seconds instead of a date; accept both rather than wait the wrong time.
  if (/^\d{9,11}$/.test(value.trim())) return Number(value.trim()) * 1000;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}
