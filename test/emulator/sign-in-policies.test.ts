/**
 * The identity management configuration, password complexity and password expiration routes over real HTTP:
 * status codes, partial writes, bounds from the spec, and the environment's signing keys.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CONFIGURATIONS, startTestEmulator, useEmulator, type ErrorView } from "./helpers";

const IDENTITY = `${CONFIGURATIONS}/v1`;
const PASSWORD = `${CONFIGURATIONS}/v1/password`;
const ROTATION = `${CONFIGURATIONS}/v1/password-rotation`;

type Body = Record<string, unknown>;

describe("identity management configuration", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  it("always exists: GET answers every field the spec requires, with signing keys made for the environment", async () => {
    const first = await emu.call<Body>("GET", IDENTITY);
    expect(first.status).toBe(200);
    expect(Object.keys(first.body)).toHaveLength(25);
    expect(first.body).toMatchObject({ authStrategy: "EmailAndPassword", jwtAlgorithm: "RS256" });
    expect(first.body.jwtSecret).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(first.body.publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect((await emu.call<Body>("GET", IDENTITY)).body).toEqual(first.body);

    await emu.control("POST", "/reset");
    const fresh = (await emu.call<Body>("GET", IDENTITY)).body;
    expect(fresh.jwtSecret).not.toBe(first.body.jwtSecret);
    expect(fresh.publicKey).not.toBe(first.body.publicKey);
    expect(fresh.id).not.toBe(first.body.id);
  });

  it("changes only the fields sent, answers 201, and drops fields the request schema does not know", async () => {
    const before = (await emu.call<Body>("GET", IDENTITY)).body;
    const written = await emu.call<Body>("POST", IDENTITY, {
      // Frontegg's Terraform provider sends these two response fields as well.
      body: { allowSignups: false, cookieSameSite: "STRICT", id: "", publicKey: "not a key" },
    });
    expect(written.status).toBe(201);
    expect(written.body).toEqual({ ...before, allowSignups: false, cookieSameSite: "STRICT" });
    expect((await emu.call<Body>("GET", IDENTITY)).body).toEqual(written.body);
  });

  it("keeps a request-only field without showing it, and ignores a tenant header", async () => {
    const written = await emu.call<Body>("POST", IDENTITY, { body: { skipTenantValidation: true, apiTokensEnabled: false }, tenantId: "acme" });
    expect(written.body).not.toHaveProperty("skipTenantValidation");
    expect((await emu.call<Body>("GET", IDENTITY)).body.apiTokensEnabled).toBe(false);
    const state = (await emu.control<{ policies: Array<{ kind: string; value: Body }> }>("GET", "/state")).body;
    expect(state.policies.find((p) => p.kind === "identity")?.value.skipTenantValidation).toBe(true);
  });

  it("refuses values outside the spec: a read-only sign-in method, a refresh token lifetime over 180 days", async () => {
    const readOnly = await emu.call<ErrorView>("POST", IDENTITY, { body: { authStrategy: "UsernameAndPassword" } });
    expect(readOnly.status).toBe(400);
    expect(readOnly.body.errors.join(" ")).toMatch(/authStrategy/);
    const tooLong = await emu.call<ErrorView>("POST", IDENTITY, { body: { defaultRefreshTokenExpiration: 15552001 } });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual(["defaultRefreshTokenExpiration must not be greater than 15552000"]);
  });

  it("keeps the environment's signing keys across a restart from its state file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "emulator-identity-"));
    const statePath = join(dir, "state.json");
    try {
      const first = await startTestEmulator({ statePath });
      const before = (await first.call<Body>("GET", IDENTITY)).body;
      await first.stop();
      const second = await startTestEmulator({ statePath });
      expect((await second.call<Body>("GET", IDENTITY)).body).toEqual(before);
      await second.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("password complexity", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  it("accepts all five test flags in either test object and answers what was stored", async () => {
    const tests = { requireLowercase: true, requireUppercase: false, requireNumbers: true, requireSpecialChars: false, checkThreeRepeatedChars: true };
    const written = await emu.call<Body>("POST", PASSWORD, { body: { optionalTests: tests, requiredTests: { ...tests, checkThreeRepeatedChars: false } } });
    expect(written.status).toBe(201);
    expect(written.body.optionalTests).toEqual(tests);
    expect(written.body.requiredTests).toEqual({ ...tests, checkThreeRepeatedChars: false });
  });

  it("keeps tenants apart: a tenant's write leaves the environment's policy alone", async () => {
    await emu.call("POST", PASSWORD, { body: { minLength: 14 }, tenantId: "acme" });
    expect((await emu.call<Body>("GET", PASSWORD, { tenantId: "acme" })).body.minLength).toBe(14);
    expect((await emu.call<Body>("GET", PASSWORD)).body.minLength).toBe(10);
  });
});

describe("password expiration (rotation)", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  it("answers 404 on both reads until the first write", async () => {
    for (const path of [ROTATION, `${ROTATION}/vendor`]) {
      const result = await emu.call<ErrorView>("GET", path);
      expect(result.status).toBe(404);
      expect(result.body.errors).toEqual(["Password rotation configuration not found"]);
    }
  });

  it("upserts with POST 200 and an empty body, filling the spec's defaults, and keeps createdAt", async () => {
    const written = await emu.call("POST", ROTATION, { body: { isActive: true } });
    expect(written.status).toBe(200);
    expect(written.text).toBe("");
    const first = (await emu.call<Body>("GET", `${ROTATION}/vendor`)).body;
    expect(first).toMatchObject({ isActive: true, rotationPeriod: 129600, notificationPeriod: 10080 });
    expect(typeof first.tenantId).toBe("string");
    expect(first).not.toHaveProperty("id");

    expect((await emu.call("POST", ROTATION, { body: { rotationPeriod: 60 } })).status).toBe(200);
    const second = (await emu.call<Body>("GET", ROTATION)).body;
    expect(second).toMatchObject({ isActive: true, rotationPeriod: 60, notificationPeriod: 10080, createdAt: first.createdAt });
  });

  it("is one configuration for the environment, whatever the tenant header says", async () => {
    await emu.call("POST", ROTATION, { body: { rotationPeriod: 120 }, tenantId: "acme" });
    expect((await emu.call<Body>("GET", `${ROTATION}/vendor`)).body.rotationPeriod).toBe(120);
  });

  it("refuses periods outside the spec's bounds, in minutes", async () => {
    const zero = await emu.call<ErrorView>("POST", ROTATION, { body: { rotationPeriod: 0 } });
    expect(zero.status).toBe(400);
    expect(zero.body.errors).toEqual(["rotationPeriod must not be less than 1"]);
    const negative = await emu.call<ErrorView>("POST", ROTATION, { body: { notificationPeriod: -1 } });
    expect(negative.body.errors).toEqual(["notificationPeriod must not be less than 0"]);
    expect((await emu.call("POST", ROTATION, { body: { rotationPeriod: 2628001 } })).status).toBe(400);
    expect((await emu.call("GET", ROTATION)).status).toBe(404);
  });
});
