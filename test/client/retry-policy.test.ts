import { attemptTimeoutMs, computeRetryDelay, DEFAULT_RETRY_POLICY, FailedAttempt } from "../../provider/client/retry";

const NOW = Date.parse("2026-11-22T10:00:00.000Z");
const base: FailedAttempt = { attempt: 1, idempotent: true, elapsedMs: 0, now: NOW, random: 0.5 };
const noJitter = { ...DEFAULT_RETRY_POLICY, jitter: 0 };

describe("DEFAULT_RETRY_POLICY", () => {
  it("retries 429, 500 and the gateway errors, 6 attempts within a 45 s deadline", () => {
    expect(DEFAULT_RETRY_POLICY).toMatchObject({ maxAttempts: 6, maxTotalMs: 45_000, statuses: [429, 500, 502, 503, 504] });
    expect(DEFAULT_RETRY_POLICY.networkCodes).toContain("ETIMEDOUT");
  });
});

describe("computeRetryDelay", () => {
  it("does not retry a client error", () => {
    expect(computeRetryDelay({ ...base, status: 400 })).toEqual({ retry: false, reason: "not-retryable" });
    expect(computeRetryDelay({ ...base, status: 404 })).toEqual({ retry: false, reason: "not-retryable" });
  });

  it("retries a 500 on an idempotent request with the same backoff as a gateway error", () => {
    const delays = [1, 2, 3].map((attempt) => computeRetryDelay({ ...base, attempt, status: 500 }, noJitter));
    expect(delays).toEqual([200, 400, 800].map((delayMs) => ({ retry: true, delayMs })));
    expect(computeRetryDelay({ ...base, attempt: 2, status: 500 }, noJitter)).toEqual(computeRetryDelay({ ...base, attempt: 2, status: 502 }, noJitter));
  });

  it("retries an attempt that timed out when the request is idempotent", () => {
    expect(computeRetryDelay({ ...base, networkCode: "ETIMEDOUT" }, noJitter)).toEqual({ retry: true, delayMs: 200 });
  });

  it("backs off exponentially on 502/503/504 and connection resets", () => {
    const delays = [1, 2, 3, 4].map((attempt) => computeRetryDelay({ ...base, attempt, status: 503 }, noJitter));
    expect(delays).toEqual([200, 400, 800, 1600].map((delayMs) => ({ retry: true, delayMs })));
    expect(computeRetryDelay({ ...base, networkCode: "ECONNRESET" }, noJitter)).toEqual({ retry: true, delayMs: 200 });
  });

  it("caps one backoff step at maxDelayMs", () => {
    const policy = { ...noJitter, maxAttempts: 50, maxTotalMs: Infinity };
    expect(computeRetryDelay({ ...base, attempt: 30, status: 502 }, policy)).toEqual({ retry: true, delayMs: policy.maxDelayMs });
  });

  it("randomises only the jitter fraction of a step", () => {
    const low = computeRetryDelay({ ...base, attempt: 3, status: 503, random: 0 });
    const high = computeRetryDelay({ ...base, attempt: 3, status: 503, random: 0.999 });
    expect(low).toEqual({ retry: true, delayMs: 400 });
    expect(high.retry && high.delayMs).toBeGreaterThan(790);
    expect(high.retry && high.delayMs).toBeLessThanOrEqual(800);
  });

  it("waits until X-Rate-Limit-Reset (RFC 3339) on a 429", () => {
    const reset = new Date(NOW + 2500).toISOString();
    const decision = computeRetryDelay({ ...base, status: 429, headers: { "x-rate-limit-reset": reset }, random: 0 });
    expect(decision).toEqual({ retry: true, delayMs: 2500 });
  });

  it("accepts Retry-After in seconds or as an HTTP date on a 429", () => {
    expect(computeRetryDelay({ ...base, status: 429, headers: { "retry-after": "3" }, random: 0 })).toEqual({ retry: true, delayMs: 3000 });
    const date = new Date(NOW + 4000).toUTCString();
    expect(computeRetryDelay({ ...base, status: 429, headers: { "retry-after": date }, random: 0 })).toEqual({ retry: true, delayMs: 4000 });
  });

  it("falls back to backoff on a 429 with no header", () => {
    expect(computeRetryDelay({ ...base, status: 429 }, noJitter)).toEqual({ retry: true, delayMs: 200 });
  });

  it("stops after maxAttempts", () => {
    expect(computeRetryDelay({ ...base, attempt: DEFAULT_RETRY_POLICY.maxAttempts, status: 503 })).toEqual({
      retry: false,
      reason: "attempts-exhausted",
    });
  });

  it("stops when the wait would end at the deadline, leaving no time for the attempt", () => {
    const policy = { ...noJitter, maxTotalMs: 1_000 };
    expect(computeRetryDelay({ ...base, status: 503, elapsedMs: 799 }, policy)).toEqual({ retry: true, delayMs: 200 });
    expect(computeRetryDelay({ ...base, status: 503, elapsedMs: 800 }, policy)).toEqual({ retry: false, reason: "time-exhausted" });
  });

  it("stops rather than wait past maxTotalMs", () => {
    const reset = new Date(NOW + 10 * 60_000).toISOString();
    expect(computeRetryDelay({ ...base, status: 429, headers: { "x-rate-limit-reset": reset } })).toEqual({
      retry: false,
      reason: "time-exhausted",
    });
  });

  it("never resends a create after an ambiguous failure", () => {
    const create = { ...base, idempotent: false };
    for (const failure of [{ networkCode: "ECONNRESET" }, { networkCode: "ETIMEDOUT" }, { status: 500 }, { status: 502 }, { status: 504 }, { status: 503 }]) {
      expect(computeRetryDelay({ ...create, ...failure })).toEqual({ retry: false, reason: "ambiguous" });
    }
  });

  it("resends a create that provably never ran (429, connection refused)", () => {
    const create = { ...base, idempotent: false };
    expect(computeRetryDelay({ ...create, status: 429 }).retry).toBe(true);
    expect(computeRetryDelay({ ...create, networkCode: "ECONNREFUSED" }).retry).toBe(true);
  });
});

describe("attemptTimeoutMs", () => {
  const policy = { ...DEFAULT_RETRY_POLICY, maxTotalMs: 45_000 };

  it("gives an attempt the full per-attempt timeout while the deadline is far", () => {
    expect(attemptTimeoutMs(0, 15_000, policy)).toBe(15_000);
    expect(attemptTimeoutMs(30_000, 15_000, policy)).toBe(15_000);
  });

  it("cuts the last attempt short at the overall deadline", () => {
    expect(attemptTimeoutMs(40_000, 15_000, policy)).toBe(5_000);
  });

  it("starts no attempt once the deadline has passed", () => {
    expect(attemptTimeoutMs(45_000, 15_000, policy)).toBe(0);
    expect(attemptTimeoutMs(60_000, 15_000, policy)).toBe(0);
  });
});
