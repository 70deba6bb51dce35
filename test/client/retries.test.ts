import { FronteggAmbiguousRequestError, FronteggApiError, FronteggNetworkError } from "../../provider/client";
import { TestEmulator, useEmulator } from "../support/emulator";

describe("retries", () => {
  let emulator: TestEmulator;
  beforeAll(async () => {
    emulator = await useEmulator();
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.reset());

  it("waits for X-Rate-Limit-Reset on a 429, then succeeds", async () => {
    const client = emulator.client();
    await client.roles.list(); // authenticate first, so only the listed call is timed
    await emulator.fault({ route: "GET /identity/resources/roles/v1", status: 429, rateLimitReset: 1, times: 1 });
    const started = Date.now();
    await expect(client.roles.list()).resolves.toEqual(expect.any(Array));
    // RFC 3339 has whole seconds: the reset lands between 0 and 1 s after the 429 was sent.
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect((await emulator.requestCounts())["GET /identity/resources/roles/v1"]).toBe(3);
  });

  it("honours Retry-After on a 429", async () => {
    const client = emulator.client();
    await emulator.fault({ route: "GET /identity/resources/permissions/v1", status: 429, retryAfter: 1, times: 1 });
    const started = Date.now();
    await client.permissions.list();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("retries a 503 storm to success within its bounds", async () => {
    const client = emulator.client();
    await emulator.fault({ route: "GET /identity/resources/roles/v1", status: 503, times: 4 });
    await expect(client.roles.list()).resolves.toEqual(expect.any(Array));
    expect((await emulator.requestCounts())["GET /identity/resources/roles/v1"]).toBe(5);
  });

  it("gives up after maxAttempts and reports Frontegg's answer", async () => {
    const client = emulator.client({ retry: { maxAttempts: 3, baseDelayMs: 5 } });
    await emulator.fault({ route: "GET /identity/resources/roles/v1", status: 503 });
    const error = await client.roles.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FronteggApiError);
    expect((error as FronteggApiError).status).toBe(503);
    expect((await emulator.requestCounts())["GET /identity/resources/roles/v1"]).toBe(3);
  });

  it("retries a 500 on a read to success", async () => {
    const client = emulator.client();
    await emulator.fault({ route: "GET /identity/resources/roles/v1", status: 500, times: 2 });
    await expect(client.roles.list()).resolves.toEqual(expect.any(Array));
    expect((await emulator.requestCounts())["GET /identity/resources/roles/v1"]).toBe(3);
  });

  it("retries a 500 on an update and on a POST that is an upsert", async () => {
    const client = emulator.client();
    const [role] = await client.roles.create([{ key: "r500", name: "R", level: 1 }]);
    await emulator.fault({ route: "PATCH /identity/resources/roles/v1/{roleId}", status: 500, times: 1 });
    await expect(client.roles.update(role!.id, { name: "Renamed" })).resolves.toMatchObject({ name: "Renamed" });
    await emulator.fault({ route: "POST /identity/resources/mail/v1/configs/templates", status: 500, times: 1 });
    await client.emailTemplates.upsert({ type: "ResetPassword", subject: "Reset" });
    const counts = await emulator.requestCounts();
    expect(counts["PATCH /identity/resources/roles/v1/{roleId}"]).toBe(2);
    expect(counts["POST /identity/resources/mail/v1/configs/templates"]).toBe(2);
  });

  it("does not resend a create that got a 500, and reports it as ambiguous with what to do", async () => {
    const client = emulator.client();
    await emulator.fault({ route: "POST /identity/resources/roles/v1", status: 500, times: 1 });
    const error = await client.roles.create([{ key: "r500", name: "R", level: 1 }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FronteggAmbiguousRequestError);
    expect((error as Error).message).toBe(
      "Frontegg POST /identity/resources/roles/v1 may or may not have been applied (Frontegg answered 500); it was not " +
        "resent, to avoid creating a duplicate. Run `pulumi up` again: the provider finds an object that was created " +
        "before creating it again",
    );
    expect((await emulator.requestCounts())["POST /identity/resources/roles/v1"]).toBe(1);
  });

  it("tells the user to run pulumi up again, not to look anything up, after a 503 on an SSO domain POST", async () => {
    const client = emulator.client();
    const sso = await client.sso.create("acme", { type: "saml", enabled: true, ssoEndpoint: "https://idp.acme.test/sso" });
    await emulator.fault({ route: "POST /team/resources/sso/v1/configurations/{configurationId}/domains", status: 503, times: 1 });
    const error = await client.sso.addDomain("acme", sso.id, "acme.test").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FronteggAmbiguousRequestError);
    expect((error as Error).message).toMatch(/\(Frontegg answered 503\).*Run `pulumi up` again/);
    expect((error as Error).message).not.toMatch(/Look the object up/);
  });

  it("says how long it kept trying when Frontegg keeps failing a read", async () => {
    const client = emulator.client({ retry: { maxAttempts: 2, baseDelayMs: 5 } });
    await emulator.fault({ route: "GET /identity/resources/roles/v1", status: 500 });
    const error = await client.roles.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FronteggApiError);
    expect((error as Error).message).toMatch(/failed with 500: .*Frontegg kept failing after 2 attempts in [\d.]+ s: check Frontegg's status/);
  });

  it("retries a read after a dropped connection", async () => {
    const client = emulator.client();
    await emulator.fault({ route: "GET /identity/resources/roles/v1", drop: "before", times: 2 });
    await expect(client.roles.list()).resolves.toEqual(expect.any(Array));
  });

  it("does not resend a create whose connection dropped after the server acted", async () => {
    const client = emulator.client();
    await emulator.fault({ route: "POST /identity/resources/roles/v1", drop: "after", times: 1 });
    const error = await client.roles.create([{ key: "ambiguous", name: "Ambiguous", level: 5 }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FronteggAmbiguousRequestError);
    expect((error as Error).message).toMatch(/may or may not have been applied.*Run `pulumi up` again: the provider finds an object that was created/);
    expect((await emulator.requestCounts())["POST /identity/resources/roles/v1"]).toBe(1);
    // The create did land: looking it up by key finds it, which is what callers are told to do.
    expect((await client.roles.list()).filter((r) => r.key === "ambiguous")).toHaveLength(1);
  });

  it("does not resend a create after a gateway error", async () => {
    const client = emulator.client();
    await emulator.fault({ route: "POST /identity/resources/permissions/v1", status: 502, times: 1 });
    await expect(client.permissions.create([{ key: "gw.test", name: "Gateway" }])).rejects.toBeInstanceOf(FronteggAmbiguousRequestError);
    expect((await emulator.requestCounts())["POST /identity/resources/permissions/v1"]).toBe(1);
  });

  it("reports an unreachable API as a network error naming the base URL", async () => {
    const client = emulator.client({ apiBaseUrl: "http://127.0.0.1:9", retry: { maxAttempts: 2, baseDelayMs: 5 } });
    const error = await client.roles.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FronteggNetworkError);
    expect((error as Error).message).toMatch(/Could not reach Frontegg .* at http:\/\/127\.0\.0\.1:9 \(ECONNREFUSED\)/);
  });

  it("keeps no more requests in flight than maxConcurrency", async () => {
    const client = emulator.client({ maxConcurrency: 2 });
    await client.roles.list();
    await emulator.fault({ route: "GET /identity/resources/permissions/v1", latencyMs: 150 });
    const started = Date.now();
    await Promise.all(Array.from({ length: 6 }, () => client.permissions.list()));
    // Six calls of 150 ms two at a time take at least three rounds.
    expect(Date.now() - started).toBeGreaterThanOrEqual(440);
  });
});
