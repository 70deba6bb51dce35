import { randomUUID } from "node:crypto";
import { ApiError } from "./errors";
import { compileGlob } from "./glob";

/** A fault to inject, as posted to `POST /_emulator/faults`. */
export interface FaultSpec {
  /** `METHOD /pattern`: method may be `*`; pattern is a route pattern (`{param}`) or contains `*` wildcards. */
  readonly route: string;
  /** Answer this status instead of handling. Defaults to 429 when only rate-limit headers are given. */
  readonly status?: 429 | 500 | 502 | 503 | 504;
  /** Seconds from now, sent as `X-Rate-Limit-Reset` (an RFC 3339 date-time, as Frontegg's gateway does). */
  readonly rateLimitReset?: number;
  /** Seconds, sent as `Retry-After`. */
  readonly retryAfter?: number;
  /** Delay before anything else happens. */
  readonly latencyMs?: number;
  /** `before`: destroy the socket unhandled. `after`: handle (the write happens), then destroy without answering. */
  readonly drop?: "before" | "after";
  /** How many matching requests it applies to; unlimited when absent. */
  readonly times?: number;
  /** Probability (0..1) that a matching request is affected; 1 when absent. */
  readonly rate?: number;
}

/** JSON schema of {@link FaultSpec}, for the control endpoint. */
export const FAULT_SPEC_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["route"],
  properties: {
    // Real routes are under 100 characters; the cap bounds the work of matching one pattern per request.
    route: { type: "string", maxLength: 1024, pattern: "^(\\*|[A-Za-z]+) /\\S*$" },
    status: { enum: [429, 500, 502, 503, 504] },
    rateLimitReset: { type: "number", minimum: 0 },
    retryAfter: { type: "number", minimum: 0 },
    latencyMs: { type: "number", minimum: 0, maximum: 600000 },
    drop: { enum: ["before", "after"] },
    times: { type: "integer", minimum: 1 },
    rate: { type: "number", minimum: 0, maximum: 1 },
  },
} as const;

/** A registered fault. */
export interface Fault extends FaultSpec {
  readonly id: string;
}

type RouteMatcher = (method: string, routePattern: string | undefined, path: string) => boolean;

/** Parameter names do not matter when comparing patterns: `{id}` matches `{roleId}`. */
const normalizePattern = (pattern: string): string => pattern.replace(/\{[^}/]*\}/g, "{}");

function compileMatcher(route: string): RouteMatcher {
  const [methodPart, pattern] = route.split(" ");
  const method = methodPart.toUpperCase();
  const methodMatches = (m: string): boolean => method === "*" || method === m;
  if (!pattern.includes("*")) {
    const normalized = normalizePattern(pattern);
    return (m, routePattern, path) =>
      methodMatches(m) && (path === pattern || (routePattern !== undefined && normalizePattern(routePattern) === normalized));
  }
  // Never a regular expression: a glob such as `/*a*a*a…!` would make one backtrack for minutes (see glob.ts).
  const glob = compileGlob(pattern);
  return (m, routePattern, path) => methodMatches(m) && (glob(path) || (routePattern !== undefined && glob(routePattern)));
}

interface ActiveFault {
  fault: Fault;
  matches: RouteMatcher;
  remaining: number;
}

/** The injected faults, consulted on every Frontegg request. */
export class FaultRegistry {
  private active: ActiveFault[] = [];

  /** `random` is injectable so probability can be tested deterministically. */
  constructor(private readonly random: () => number = Math.random) {}

  /** Registers a fault (already validated against FAULT_SPEC_SCHEMA); returns it with its id. */
  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, id: randomUUID() };
    this.active.push({ fault, matches: compileMatcher(spec.route), remaining: spec.times ?? Infinity });
    return fault;
  }

  /** Removes every fault. */
  clear(): void {
    this.active = [];
  }

  /** The faults still active (used-up ones are gone). */
  list(): Fault[] {
    return this.active.map((a) => a.fault);
  }

  /**
   * The first fault that applies to this request, counted against its `times` (and removed once used up).
   * `rate` is rolled per matching fault; a fault that does not fire is not counted.
   */
  take(method: string, routePattern: string | undefined, path: string): Fault | undefined {
    for (const candidate of this.active) {
      if (!candidate.matches(method, routePattern, path)) continue;
      if (this.random() >= (candidate.fault.rate ?? 1)) continue;
      candidate.remaining -= 1;
      if (candidate.remaining <= 0) this.active = this.active.filter((a) => a !== candidate);
      return candidate.fault;
    }
    return undefined;
  }
}

/** The error a fault answers with, or `undefined` when it only delays or drops. */
export function faultError(fault: Fault, now: number = Date.now()): ApiError | undefined {
  const status = fault.status ?? (fault.rateLimitReset !== undefined || fault.retryAfter !== undefined ? 429 : undefined);
  if (status === undefined) return undefined;
  const headers: Record<string, string> = {};
  if (fault.rateLimitReset !== undefined) {
    headers["x-rate-limit-reset"] = new Date(now + fault.rateLimitReset * 1000).toISOString();
  }
  if (fault.retryAfter !== undefined) headers["retry-after"] = String(Math.ceil(fault.retryAfter));
  return new ApiError(status === 429 ? "RATE_LIMITED" : "INJECTED_FAILURE", [], { status, headers });
}
