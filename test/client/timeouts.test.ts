import { FronteggAmbiguousRequestError, FronteggClient, FronteggTimeoutError } from "../../provider/client";
import { answerVendorAuth, RawServer, startRawServer } from "../support/raw-server";

/** Small limits so that a hung server fails these tests in well under a second. */
const LIMITS = { clientId: "c", secretKey: "s", timeoutMs: 200, retry: { baseDelayMs: 5, maxDelayMs: 20, maxTotalMs: 700 } };

describe("timeouts", () => {
  let server: RawServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const clientOf = (raw: RawServer) => new FronteggClient({ ...LIMITS, apiBaseUrl: raw.url }, {});
  const sent = (raw: RawServer, method: string) => raw.requests.filter((r) => r.startsWith(`${method} /identity`)).length;

  it("fail a read from a server that accepts and never answers, naming the request, the limits and what to do", async () => {
    server = await startRawServer((request, response) => void answerVendorAuth(request, response));
    const error = await clientOf(server).roles.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FronteggTimeoutError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Frontegg GET \/identity\/resources\/roles\/v1 got no answer from http:\/\/127\.0\.0\.1:\d+ within 0\.2 s per attempt \(\d attempts, 0\.7 s deadline\)\./);
    expect(message).toMatch(/apiBaseUrl setting and Frontegg's status, then run the command again/);
    expect(message).toMatch(/FRONTEGG_TIMEOUT_MS \(per attempt, now 200\) and FRONTEGG_DEADLINE_MS \(overall, now 700\)/);
    // A read is safe to resend, so the deadline was spent on more than one attempt.
    expect(sent(server, "GET")).toBeGreaterThan(1);
  });

  it("name the variables read under envPrefix in their advice", async () => {
    server = await startRawServer((request, response) => void answerVendorAuth(request, response));
    const error = await new FronteggClient({ ...LIMITS, apiBaseUrl: server.url, envPrefix: "dev" }, {}).roles.list().catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/DEV_FRONTEGG_TIMEOUT_MS \(per attempt, now 200\) and DEV_FRONTEGG_DEADLINE_MS \(overall, now 700\)/);
  });

  it("count an answer that trickles in and never ends as no answer", async () => {
    server = await startRawServer((request, response) => {
      if (answerVendorAuth(request, response)) return;
      response.writeHead(200, { "content-type": "application/json" });
      const drip = setInterval(() => response.write(" "), 20);
      response.on("close", () => clearInterval(drip));
    });
    await expect(clientOf(server).roles.list()).rejects.toBeInstanceOf(FronteggTimeoutError);
  });

  it("do not resend a create that got no answer: it is reported as ambiguous", async () => {
    server = await startRawServer((request, response) => void answerVendorAuth(request, response));
    const error = await clientOf(server).roles.create([{ key: "slow", name: "Slow", level: 1 }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FronteggAmbiguousRequestError);
    expect((error as Error).message).toMatch(/POST \/identity\/resources\/roles\/v1 may or may not have been applied \(no answer within 0\.2 s\)/);
    expect(sent(server, "POST")).toBe(1);
  });

  it("fail with the authentication call named when it is the one that never answers", async () => {
    server = await startRawServer(() => undefined);
    const error = await clientOf(server).roles.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FronteggTimeoutError);
    expect((error as Error).message).toMatch(/^Frontegg POST \/auth\/vendor got no answer/);
    expect(sent(server, "GET")).toBe(0);
  });

  it("start an attempt's clock once the token is there: a slow authentication never makes a create look ambiguous", async () => {
    const category = { id: "c1", name: "Billing", description: "", createdAt: "2026-01-01T00:00:00.000Z", feCategory: false };
    let authentications = 0;
    server = await startRawServer((request, response) => {
      // The first authentication hangs until its timeout; the retry answers: the token comes late.
      if (request.url === "/auth/vendor") return void (++authentications > 1 && answerVendorAuth(request, response));
      response.writeHead(201, { "content-type": "application/json" });
      response.end(JSON.stringify(category));
    });
    await expect(clientOf(server).categories.create({ name: "Billing" })).resolves.toMatchObject({ id: "c1" });
    expect(server.requests).toEqual(["POST /auth/vendor", "POST /auth/vendor", "POST /identity/resources/permissions/v1/categories"]);
  });
});
