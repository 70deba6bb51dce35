import { CONFIGURATIONS, useEmulator, type ErrorView } from "./helpers";

interface RecordPolicyCase {
  name: string;
  path: string;
  create: Record<string, unknown>;
  patchMethod: "PATCH" | "PUT";
  patch: Record<string, unknown>;
  tenantScoped: boolean;
}

const RECORD_POLICIES: RecordPolicyCase[] = [
  {
    name: "mfa-policy",
    path: `${CONFIGURATIONS}/v1/mfa-policy`,
    create: { enforceMFAType: "Force" },
    patchMethod: "PATCH",
    patch: { allowRememberMyDevice: true },
    tenantScoped: true,
  },
  {
    name: "lockout-policy",
    path: `${CONFIGURATIONS}/v1/lockout-policy`,
    create: { enabled: true, maxAttempts: 5 },
    patchMethod: "PATCH",
    patch: { enabled: false, maxAttempts: 7 },
    tenantScoped: true,
  },
  {
    name: "password-history-policy",
    path: `${CONFIGURATIONS}/v1/password-history-policy`,
    create: { enabled: true, historySize: 3 },
    patchMethod: "PATCH",
    patch: { enabled: true, historySize: 10 },
    tenantScoped: true,
  },
  {
    name: "captcha-policy",
    path: `${CONFIGURATIONS}/v1/captcha-policy`,
    create: { enabled: true, siteKey: "site", secretKey: "secret", minScore: 0.5 },
    patchMethod: "PUT",
    patch: { enabled: false, siteKey: "site2", secretKey: "secret2", minScore: 0.7, ignoredEmails: ["a@b.c"] },
    tenantScoped: false,
  },
];

describe("singleton policies", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  describe.each(RECORD_POLICIES)("$name", (policy) => {
    it("answers GET 404 while none exists", async () => {
      const result = await emu.call<ErrorView>("GET", policy.path);
      expect(result.status).toBe(404);
      expect(result.body.errorCode).toMatch(/^ER-/);
    });

    it(`answers ${policy.patchMethod} 404 while none exists`, async () => {
      expect((await emu.call(policy.patchMethod, policy.path, { body: policy.patch })).status).toBe(404);
    });

    it("creates with POST 201, then answers 409 to a second POST", async () => {
      const created = await emu.call<Record<string, unknown>>("POST", policy.path, { body: policy.create });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject(policy.create);
      expect(typeof created.body.id).toBe("string");
      expect((await emu.call("POST", policy.path, { body: policy.create })).status).toBe(409);
      expect((await emu.call("GET", policy.path)).body).toEqual(created.body);
    });

    it(`updates with ${policy.patchMethod} 200 and keeps the id`, async () => {
      const created = await emu.call<Record<string, unknown>>("POST", policy.path, { body: policy.create });
      const updated = await emu.call<Record<string, unknown>>(policy.patchMethod, policy.path, { body: policy.patch });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ ...policy.patch, id: created.body.id });
      expect((await emu.call("GET", policy.path)).body).toEqual(updated.body);
    });

    if (policy.tenantScoped) {
      it("keeps one policy per tenant, apart from the environment's", async () => {
        await emu.call("POST", policy.path, { body: policy.create });
        expect((await emu.call("GET", policy.path, { tenantId: "tenant-a" })).status).toBe(404);
        expect((await emu.call("POST", policy.path, { body: policy.create, tenantId: "tenant-a" })).status).toBe(201);
        expect((await emu.call("POST", policy.path, { body: policy.create, tenantId: "tenant-a" })).status).toBe(409);
        expect((await emu.call("GET", policy.path, { tenantId: "tenant-b" })).status).toBe(404);
      });
    } else {
      it("ignores frontegg-tenant-id: one policy for the environment", async () => {
        await emu.call("POST", policy.path, { body: policy.create });
        expect((await emu.call("GET", policy.path, { tenantId: "tenant-a" })).status).toBe(200);
        expect((await emu.call("POST", policy.path, { body: policy.create, tenantId: "tenant-a" })).status).toBe(409);
      });
    }
  });

  it("fills the MFA policy's spec defaults on create", async () => {
    const created = await emu.call("POST", `${CONFIGURATIONS}/v1/mfa-policy`, { body: {} });
    expect(created.body).toMatchObject({ enforceMFAType: "Force", allowRememberMyDevice: false, mfaDeviceExpiration: 1209600 });
  });

  it("upserts the MFA policy with PUT: 200 whether or not it exists", async () => {
    const first = await emu.call<Record<string, unknown>>("PUT", `${CONFIGURATIONS}/v1/mfa-policy`, { body: { enforceMFAType: "DontForce" } });
    expect(first.status).toBe(200);
    const second = await emu.call<Record<string, unknown>>("PUT", `${CONFIGURATIONS}/v1/mfa-policy`, { body: { mfaDeviceExpiration: 60 } });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ id: first.body.id, enforceMFAType: "DontForce", mfaDeviceExpiration: 60 });
  });

  it("requires both lockout fields on every write and maxAttempts ≥ 1", async () => {
    const path = `${CONFIGURATIONS}/v1/lockout-policy`;
    const missing = await emu.call<ErrorView>("POST", path, { body: { enabled: true } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual(["maxAttempts should not be empty"]);
    const zero = await emu.call<ErrorView>("POST", path, { body: { enabled: true, maxAttempts: 0 } });
    expect(zero.body.errors).toEqual(["maxAttempts must not be less than 1"]);
    await emu.call("POST", path, { body: { enabled: true, maxAttempts: 3 } });
    expect((await emu.call("PATCH", path, { body: { enabled: false } })).status).toBe(400);
  });

  it("limits the password history size to 1–10", async () => {
    const path = `${CONFIGURATIONS}/v1/password-history-policy`;
    const tooBig = await emu.call<ErrorView>("POST", path, { body: { enabled: true, historySize: 11 } });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.errors).toEqual(["historySize must not be greater than 10"]);
    expect((await emu.call("POST", path, { body: { enabled: true, historySize: 0 } })).status).toBe(400);
  });

  it("refuses captcha keys that are empty and a minimum score outside 0–1", async () => {
    const path = `${CONFIGURATIONS}/v1/captcha-policy`;
    const empty = await emu.call<ErrorView>("POST", path, { body: { enabled: true, siteKey: "", secretKey: "", minScore: 0.5 } });
    expect(empty.status).toBe(400);
    expect(empty.body.errors.sort()).toEqual(["secretKey must be longer than or equal to 1 characters", "siteKey must be longer than or equal to 1 characters"]);
    const score = await emu.call<ErrorView>("POST", path, { body: { enabled: true, siteKey: "s", secretKey: "k", minScore: 1.5 } });
    expect(score.body.errors).toEqual(["minScore must not be greater than 1"]);
  });

  it("drops properties the policy schema does not define", async () => {
    const created = await emu.call<Record<string, unknown>>("POST", `${CONFIGURATIONS}/v1/lockout-policy`, {
      body: { enabled: true, maxAttempts: 3, surprise: 1 },
    });
    expect(created.body).not.toHaveProperty("surprise");
  });

  describe("password configuration", () => {
    const path = `${CONFIGURATIONS}/v1/password`;

    it("answers Frontegg's defaults before anything is written", async () => {
      const result = await emu.call<Record<string, unknown>>("GET", path);
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ blockPwnedPasswords: false, maxLength: 128 });
    });

    it("upserts with POST 201, merging top-level fields into the current value, per tenant", async () => {
      const first = await emu.call<Record<string, unknown>>("POST", path, { body: { minLength: 12, optionalTests: { requireNumbers: false } } });
      expect(first.status).toBe(201);
      // A nested test object sent replaces the stored one whole (notes-more §2).
      expect(first.body).toMatchObject({ minLength: 12, maxLength: 128, optionalTests: { requireNumbers: false } });
      expect(first.body.optionalTests).toEqual({ requireNumbers: false });
      expect(first.body.requiredTests).toEqual({ checkThreeRepeatedChars: true });
      expect((await emu.call("POST", path, { body: { blockPwnedPasswords: true } })).status).toBe(201);
      expect((await emu.call("GET", path)).body).toMatchObject({ minLength: 12, blockPwnedPasswords: true });
      expect((await emu.call("GET", path, { tenantId: "tenant-a" })).body).toMatchObject({ minLength: 10, blockPwnedPasswords: false });
    });
  });

  describe("session configuration", () => {
    const path = `${CONFIGURATIONS}/sessions/v1`;
    const config = { sessionTimeoutConfiguration: { isActive: true, timeout: 3600 } };

    it("answers defaults, then upserts with POST 201 and an empty body", async () => {
      const before = await emu.call<Record<string, unknown>>("GET", path);
      expect(before.status).toBe(200);
      const written = await emu.call("POST", path, { body: config });
      expect(written.status).toBe(201);
      expect(written.text).toBe("");
      expect((await emu.call("GET", path)).body).toMatchObject(config);
    });

    it("keeps tenant values apart and answers the environment's on GET /vendor", async () => {
      await emu.call("POST", path, { body: config, tenantId: "tenant-a" });
      expect((await emu.call("GET", path, { tenantId: "tenant-a" })).body).toMatchObject(config);
      const vendor = await emu.call<Record<string, { isActive: boolean }>>("GET", `${path}/vendor`, { tenantId: "tenant-a" });
      expect(vendor.status).toBe(200);
      expect(vendor.body.sessionTimeoutConfiguration.isActive).toBe(false);
    });

    it("answers a tenant without a configuration of its own the environment's, until it writes one", async () => {
      await emu.call("POST", path, { body: config });
      expect((await emu.call("GET", path, { tenantId: "tenant-b" })).body).toMatchObject(config);
      await emu.call("POST", path, { body: { sessionIdleTimeoutConfiguration: { isActive: true, timeout: 600 } }, tenantId: "tenant-b" });
      expect((await emu.call("GET", path, { tenantId: "tenant-b" })).body).toMatchObject({ ...config, sessionIdleTimeoutConfiguration: { isActive: true, timeout: 600 } });
      expect((await emu.call<Record<string, { isActive: boolean }>>("GET", `${path}/vendor`)).body.sessionIdleTimeoutConfiguration.isActive).toBe(false);
    });

    it("writes only to the base path: POST to /vendor is 404", async () => {
      expect((await emu.call("POST", `${path}/vendor`, { body: config })).status).toBe(404);
    });

    it("validates nested bounds with readable messages", async () => {
      const result = await emu.call<ErrorView>("POST", path, { body: { sessionIdleTimeoutConfiguration: { isActive: true, timeout: 5 } } });
      expect(result.status).toBe(400);
      expect(result.body.errors).toEqual(["sessionIdleTimeoutConfiguration.timeout must not be less than 60"]);
    });
  });
});
