/**
 * Errors raised by the Frontegg management API client.
 *
 * One base class, a few subclasses callers can branch on with `instanceof`, and one classifier that turns a raw
 * failure into them. Messages are written for the person reading a failed `pulumi up`: they say what failed and
 * what to do, and never contain a token, a secret or an Authorization header.
 */
import { defaultCredentialSource, ENV_VARS, EnvVarNames } from "./env-vars";
import { seconds } from "./hints";

/** Stable, documented codes: one per error class. */
export type FronteggErrorCode =
  | "FRONTEGG_CONFIG"
  | "FRONTEGG_AUTH"
  | "FRONTEGG_ENDPOINT"
  | "FRONTEGG_API"
  | "FRONTEGG_RESPONSE_INVALID"
  | "FRONTEGG_AMBIGUOUS_REQUEST"
  | "FRONTEGG_NETWORK"
  | "FRONTEGG_TIMEOUT";

/** Base class of every error the client throws. */
export abstract class FronteggError extends Error {
  /** Stable code for programs; the message is for people. */
  abstract readonly code: FronteggErrorCode;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The client's configuration is missing or invalid; raised before any request is sent. */
export class FronteggConfigError extends FronteggError {
  readonly code = "FRONTEGG_CONFIG" as const;
}

/** What every error tied to one HTTP exchange carries. */
export interface RequestContext {
  /** HTTP method, upper case. */
  readonly method: string;
  /** Path relative to the API base URL, without query string. */
  readonly path: string;
}

/** Base class of the errors tied to one request: they say which. */
export abstract class FronteggRequestError extends FronteggError {
  /** HTTP method, upper case. */
  readonly method: string;
  /** Path relative to the API base URL, without query string. */
  readonly path: string;

  constructor(request: RequestContext, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.method = request.method;
    this.path = request.path;
  }
}

/** A response from Frontegg with a non-2xx status (after retries, where retries applied). */
export class FronteggApiError extends FronteggRequestError {
  readonly code = "FRONTEGG_API" as const;
  /** HTTP status code. */
  readonly status: number;
  /** Frontegg's `errors[]` messages, as sent. */
  readonly errors: readonly string[];
  /** Frontegg's `errorCode` (e.g. `ER-00004`), when sent. */
  readonly errorCode: string | undefined;
  /** The `frontegg-trace-id` response header: quote it to Frontegg support. */
  readonly traceId: string | undefined;

  constructor(init: RequestContext & { status: number; errors: readonly string[]; errorCode?: string; traceId?: string; hint?: string }) {
    const detail = init.errors.length > 0 ? init.errors.join("; ") : statusText(init.status);
    const extras = [init.errorCode && `errorCode ${init.errorCode}`, init.traceId && `trace id ${init.traceId}`].filter(Boolean);
    super(
      init,
      `Frontegg ${init.method} ${init.path} failed with ${init.status}: ${detail}` +
        (extras.length > 0 ? ` (${extras.join(", ")})` : "") +
        (init.hint ? `. ${init.hint}` : ""),
    );
    this.status = init.status;
    this.errors = init.errors;
    this.errorCode = init.errorCode;
    this.traceId = init.traceId;
  }

  /** True for 404: the object does not exist (any more). */
  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** True for 409: the object already exists. */
  get isConflict(): boolean {
    return this.status === 409;
  }
}

/** Frontegg rejected the client id / secret pair. */
export class FronteggAuthError extends FronteggError {
  readonly code = "FRONTEGG_AUTH" as const;
  readonly status: number;
  readonly traceId: string | undefined;

  /** @param credentialSource where the client id and secret key came from (see `FronteggClientOptions`). */
  constructor(status: number, traceId: string | undefined, credentialSource = defaultCredentialSource()) {
    super(
      `Frontegg rejected the environment credentials (POST /auth/vendor answered ${status}). ` +
        `Check the client id and secret key (${credentialSource}) and that they belong to the region or base URL in use` +
        (traceId ? ` (trace id ${traceId})` : ""),
    );
    this.status = status;
    this.traceId = traceId;
  }
}

/** The API base URL answers, but not as Frontegg's API does (a web page, no authentication route). */
export class FronteggEndpointError extends FronteggError {
  readonly code = "FRONTEGG_ENDPOINT" as const;

  constructor(init: { baseUrl: string; answer: string; names?: EnvVarNames }) {
    const names = init.names ?? ENV_VARS;
    super(
      `${init.baseUrl} is not Frontegg's management API: POST /auth/vendor ${init.answer}. Check the API base URL ` +
        `(stack config frontegg-native:apiBaseUrl or ${names.apiBaseUrl}) or the region (frontegg-native:region or ${names.region})`,
    );
  }
}

/** A 2xx response whose body does not have the shape Frontegg documents. */
export class FronteggResponseValidationError extends FronteggRequestError {
  readonly code = "FRONTEGG_RESPONSE_INVALID" as const;
  /** Each mismatch as `field: problem`. */
  readonly issues: readonly string[];

  constructor(init: RequestContext & { issues: readonly string[] }) {
    super(
      init,
      `Frontegg ${init.method} ${init.path} returned a response this client does not understand: ` +
        `${init.issues.slice(0, 5).join("; ")}${init.issues.length > 5 ? ` (and ${init.issues.length - 5} more)` : ""}. ` +
        `The API may have changed; please report it with this message`,
    );
    this.issues = init.issues;
  }
}

/**
 * A non-idempotent request (a create) failed in a way that leaves its effect unknown: the connection dropped,
 * no answer came in time, or Frontegg answered 500 or a gateway error after the request was sent. It is never
 * resent blindly, since Frontegg has no idempotency keys. The provider's lifecycle catches this error and looks
 * the object up by its natural key; the message is for whoever sees it anyway.
 */
export class FronteggAmbiguousRequestError extends FronteggRequestError {
  readonly code = "FRONTEGG_AMBIGUOUS_REQUEST" as const;
  /** Why the outcome is unknown: "the connection failed: ECONNRESET", "no answer within 15 s", … */
  readonly reason: string;

  constructor(init: RequestContext & { reason: string; cause?: unknown }) {
    super(
      init,
      `Frontegg ${init.method} ${init.path} may or may not have been applied (${init.reason}); it was not ` +
        `resent, to avoid creating a duplicate. Run \`pulumi up\` again: the provider finds an object that was ` +
        `created before creating it again`,
      { cause: init.cause },
    );
    this.reason = init.reason;
  }
}

/**
 * A request ran out of time: an attempt got no answer within the per-attempt timeout and the overall deadline
 * left no room for another, or the deadline passed before it could be sent. Only idempotent requests, and
 * requests that were never sent, end here; a create that timed out is a {@link FronteggAmbiguousRequestError}.
 */
export class FronteggTimeoutError extends FronteggRequestError {
  readonly code = "FRONTEGG_TIMEOUT" as const;
  /** Attempts sent; 0 when the deadline passed before the first could be. */
  readonly attempts: number;

  constructor(
    init: RequestContext & {
      /** Attempts sent. */
      attempts: number;
      /** The per-attempt timeout in force. */
      timeoutMs: number;
      /** The overall deadline in force. */
      deadlineMs: number;
      baseUrl: string;
      cause?: unknown;
      /** The variables the client reads, named in the advice. Default: the unprefixed ones. */
      names?: EnvVarNames;
    },
  ) {
    const names = init.names ?? ENV_VARS;
    const what =
      init.attempts === 0
        ? `was not sent: its ${seconds(init.deadlineMs)} deadline passed while earlier requests to ${init.baseUrl} were unanswered`
        : `got no answer from ${init.baseUrl} within ${seconds(init.timeoutMs)} per attempt ` +
          `(${init.attempts} attempt${init.attempts === 1 ? "" : "s"}, ${seconds(init.deadlineMs)} deadline)`;
    super(
      init,
      `Frontegg ${init.method} ${init.path} ${what}. Check the region or apiBaseUrl setting and Frontegg's status, ` +
        `then run the command again. If Frontegg is only slow, allow more time with ${names.timeoutMs} ` +
        `(per attempt, now ${init.timeoutMs}) and ${names.deadlineMs} (overall, now ${init.deadlineMs}), or the ` +
        `client options timeoutMs and retry.maxTotalMs`,
      { cause: init.cause },
    );
    this.attempts = init.attempts;
  }
}

/** The API could not be reached (after retries, where retries applied). */
export class FronteggNetworkError extends FronteggRequestError {
  readonly code = "FRONTEGG_NETWORK" as const;
  /** Node's error code, e.g. `ECONNREFUSED`. */
  readonly networkCode: string | undefined;

  constructor(init: RequestContext & { networkCode?: string; baseUrl: string; cause?: unknown }) {
    super(
      init,
      `Could not reach Frontegg for ${init.method} ${init.path} at ${init.baseUrl}` +
        (init.networkCode ? ` (${init.networkCode})` : "") +
        `. Check the region or apiBaseUrl setting and the network`,
      { cause: init.cause },
    );
    this.networkCode = init.networkCode;
  }
}

/** Pulls Frontegg's error fields out of an error response body, whatever shape it came in. */
export function parseErrorBody(body: unknown): { errors: string[]; errorCode?: string } {
  if (typeof body === "string" && body.trim() !== "") {
    try {
      return parseErrorBody(JSON.parse(body));
    } catch {
      return { errors: [body.slice(0, 500)] };
    }
  }
  if (body === null || typeof body !== "object") return { errors: [] };
  const record = body as Record<string, unknown>;
  const errors = Array.isArray(record.errors) ? record.errors.map((e) => (typeof e === "string" ? e : JSON.stringify(e))) : [];
  if (errors.length === 0 && typeof record.message === "string") errors.push(record.message);
  const errorCode = typeof record.errorCode === "string" ? record.errorCode : undefined;
  return errorCode === undefined ? { errors } : { errors, errorCode };
}

function statusText(status: number): string {
  const known: Record<number, string> = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    413: "Payload Too Large",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
  };
  return known[status] ?? `HTTP ${status}`;
}
