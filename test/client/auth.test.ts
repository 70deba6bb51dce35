import { FronteggApiError, FronteggAuthError, FronteggClient } from "../../provider/client";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { answerVendorAuth, startRawServer } from "../support/raw-server";

describe("authentication", () => {
  let emulator: TestEmulator;
  beforeAll(async () => {
    emulator = await useEmulator({ tokenExpiresIn: 2 });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.reset());

  it("shares one token among 50 concurrent calls: one auth request", async () => {
    const client = emulator.client();
    await Promise.all(Array.from({ length: 50 }, () => client.roles.list()));
    const counts = await emulator.requestCounts();
    expect(counts["POST /auth/vendor"]).toBe(1);
    expect(counts["GET /identity/resources/roles/v1"]).toBe(50);
  });

  it("refreshes the token before it expires", async () => {
    const client = emulator.client();
    await client.roles.list();
    // 80% of the 2 s lifetime: the next call re-authenticates instead of sending a dying token.
    await new Promise((r) => setTimeout(r, 1700));
    await client.roles.list();
    expect((await emulator.requestCounts())["POST /auth/vendor"]).toBe(2);
  });

  it("re-authenticates once and retries when a token is refused early", async () => {
    const client = emulator.client();
    await client.roles.list();
    await emulator.control("POST", "/expire-tokens");
    await expect(client.roles.list()).resolves.toEqual(expect.any(Array));
    const counts = await emulator.requestCounts();
    expect(counts["POST /auth/vendor"]).toBe(2);
    expect(counts["GET /identity/resources/roles/v1"]).toBe(3);
  });

  it("reports bad credentials as an auth error that names what to check and never the secret", async () => {
    const wrong = "wrong-secret-abcdef123456";
    const client = emulator.client({ clientId: CLIENT_ID, secretKey: wrong });
    const error = await client.roles.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FronteggAuthError);
    const message = (error as Error).message;
    expect(message).toMatch(/frontegg-native:clientId.*frontegg-native:secretKey/);
    for (const text of [message, JSON.stringify(error), require("node:util").inspect(error, { depth: 10 })]) {
      expect(text).not.toContain(wrong);
      expect(text).not.toContain(SECRET);
    }
  });

  it("blames a revoked or rotated key when Frontegg refuses a token it has just issued", async () => {
    // The emulator never refuses a fresh token; a raw server issues tokens and refuses every one of them.
    const server = await startRawServer((request, response) => {
      if (answerVendorAuth(request, response)) return;
      response.writeHead(401, { "content-type": "application/json" });
      response.end(JSON.stringify({ errors: ["Invalid access token"], errorCode: "ER-00005" }));
    });
    try {
      const client = new FronteggClient({ clientId: CLIENT_ID, secretKey: SECRET, apiBaseUrl: server.url }, {});
      const error = await client.roles.list().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FronteggApiError);
      const message = (error as Error).message;
      expect(message).toMatch(/failed with 401: Invalid access token .*Frontegg refused a token it had just issued, so the API key may have been revoked or rotated/);
      expect(message).toMatch(/frontegg-native:secretKey.*FRONTEGG_SECRET_KEY/);
      expect(message).not.toContain(SECRET);
      expect(server.requests).toEqual(["POST /auth/vendor", "GET /identity/resources/roles/v1", "POST /auth/vendor", "GET /identity/resources/roles/v1"]);
    } finally {
      await server.close();
    }
  });
});
