/**
 * SessionPolicy, CaptchaPolicy and MfaStrategy: validation and diff offline, then each kind's lifecycle against
 * the emulator over real HTTP.
 */
import { FronteggClient } from "../../provider/client";
import { seal } from "../../provider/lifecycle/secrets";
import { TestEmulator, useEmulator } from "../support/emulator";
import { steps } from "../support/lifecycle-steps";
import { checkOffline, offlineLifecycle, propertyFailures } from "./helpers";

const CAPTCHA_SECRET = "captcha-secret-that-must-never-show-5521";

async function changes(kind: string, olds: Record<string, unknown>, news: Record<string, unknown>): Promise<boolean> {
  const lifecycle = offlineLifecycle(kind);
  const checked = await lifecycle.check({}, news);
  expect(checked.failures).toEqual([]);
  return (await lifecycle.diff("id", olds, checked.inputs ?? {})).changes === true;
}

describe("SessionPolicy inputs", () => {
  it("rejects a timeout under 60 seconds, an idle timeout over 24 days, and 0 sessions, naming each property", async () => {
    const { failures } = await checkOffline("SessionPolicy", {
      sessionIdleTimeoutConfiguration: { timeout: 2_073_601 },
      sessionTimeoutConfiguration: { isActive: true, timeout: 59 },
      sessionConcurrentConfiguration: { maxSessions: 0 },
    });
    expect(failures).toEqual([
      { property: "sessionIdleTimeoutConfiguration.timeout", reason: "the idle timeout must be at most 2073600 seconds (24 days, Frontegg's maximum)" },
      { property: "sessionTimeoutConfiguration.timeout", reason: "the session timeout must be at least 60 seconds (Frontegg's minimum)" },
      { property: "sessionConcurrentConfiguration.maxSessions", reason: "maxSessions must be at least 1" },
    ]);
  });

  it("needs a value while a feature is on, none while it is off, and at least one setting", async () => {
    expect((await checkOffline("SessionPolicy", { sessionTimeoutConfiguration: {} })).failures).toEqual([
      { property: "sessionTimeoutConfiguration.timeout", reason: expect.stringMatching(/^the session timeout is required while the absolute session timeout is on \(isActive: true\)/) },
    ]);
    const off = await checkOffline("SessionPolicy", { sessionConcurrentConfiguration: { isActive: false } });
    expect(off).toEqual({ failures: [], inputs: { sessionConcurrentConfiguration: { isActive: false }, adoptExisting: false } });
    expect((await checkOffline("SessionPolicy", {})).failures).toEqual([{ property: "", reason: expect.stringMatching(/^declare at least one of sessionIdleTimeoutConfiguration/) }]);
    expect((await checkOffline("SessionPolicy", { sessionTimeoutConfiguration: { timeout: 90.5 } })).failures[0]?.reason).toMatch(/whole number of seconds/);
  });
});

describe("SessionPolicy diff", () => {
  const stored = {
    sessionIdleTimeoutConfiguration: { isActive: false, timeout: 1800 },
    sessionTimeoutConfiguration: { isActive: true, timeout: 3600 },
    sessionConcurrentConfiguration: { isActive: false, maxSessions: 10 },
    adoptExisting: false,
  };

  it("never compares the value of a feature declared off, so a stored value cannot diff forever", async () => {
    expect(await changes("SessionPolicy", stored, { sessionIdleTimeoutConfiguration: { isActive: false } })).toBe(false);
    expect(await changes("SessionPolicy", stored, { sessionIdleTimeoutConfiguration: { isActive: false, timeout: 7200 } })).toBe(false);
    // A setting Frontegg does not return at all is off.
    expect(await changes("SessionPolicy", {}, { sessionConcurrentConfiguration: { isActive: false } })).toBe(false);
  });

  it("compares the switch always and the value while the feature is on; undeclared settings are not compared", async () => {
    expect(await changes("SessionPolicy", stored, { sessionTimeoutConfiguration: { timeout: 3600 } })).toBe(false);
    expect(await changes("SessionPolicy", stored, { sessionTimeoutConfiguration: { timeout: 7200 } })).toBe(true);
    expect(await changes("SessionPolicy", stored, { sessionIdleTimeoutConfiguration: { timeout: 1800 } })).toBe(true);
    expect(await changes("SessionPolicy", stored, { sessionTimeoutConfiguration: { isActive: false } })).toBe(true);
  });
});

describe("CaptchaPolicy inputs and diff", () => {
  const args = { siteKey: "site-key", secretKey: CAPTCHA_SECRET, minScore: 0.5 };

  it("rejects a minimum score outside 0–1, empty keys, repeated emails and a tenant, never echoing the secret", async () => {
    const result = await offlineLifecycle("CaptchaPolicy").check({}, { ...args, minScore: 1.5, siteKey: "", ignoredEmails: ["a@b.co", "a@b.co", "nope"], tenantId: "acme" });
    const failures = propertyFailures(result.failures ?? []);
    expect(failures).toEqual([
      { property: "siteKey", reason: expect.stringMatching(/^siteKey must not be empty/) },
      { property: "minScore", reason: "minScore must be between 0 and 1 (reCAPTCHA v3 scores)" },
      { property: "ignoredEmails[2]", reason: expect.stringMatching(/must be an email address/) },
      { property: "tenantId", reason: expect.stringMatching(/unknown property "tenantId"/) },
      { property: "ignoredEmails", reason: '"a@b.co" is listed twice in ignoredEmails' },
    ]);
    expect(JSON.stringify(result.failures)).not.toContain(CAPTCHA_SECRET);
  });

  it("compares the secret through its fingerprint and ignoredEmails as a set", async () => {
    const state = { policyId: "p", enabled: true, siteKey: "site-key", secretKey: seal(CAPTCHA_SECRET), minScore: 0.5, ignoredEmails: ["a@b.co", "c@d.co"], adoptExisting: false };
    expect(await changes("CaptchaPolicy", state, { ...args, ignoredEmails: ["c@d.co", "a@b.co"] })).toBe(false);
    expect(await changes("CaptchaPolicy", state, args)).toBe(false);
    expect(await changes("CaptchaPolicy", state, { ...args, secretKey: "another-secret" })).toBe(true);
    expect(await changes("CaptchaPolicy", state, { ...args, ignoredEmails: ["a@b.co"] })).toBe(true);
  });
});

describe("MfaStrategy inputs", () => {
  it("rejects an unknown strategy, a code lifetime under 300 seconds and settings of another strategy", async () => {
    expect((await checkOffline("MfaStrategy", { strategy: "Carrier pigeon" })).failures).toEqual([
      { property: "strategy", reason: expect.stringMatching(/AuthenticatorApp.*EmailCode/) },
    ]);
    expect((await checkOffline("MfaStrategy", { strategy: "SMS", tokenLifetimeSeconds: 299, serviceName: "Acme", sender: "x" })).failures).toEqual([
      { property: "tokenLifetimeSeconds", reason: "tokenLifetimeSeconds must be at least 300 seconds (Frontegg's minimum)" },
      { property: "sender", reason: "sender must be an email address such as noreply@example.com" },
      { property: "serviceName", reason: "serviceName applies only to the AuthenticatorApp strategy, not SMS: remove it" },
      { property: "sender", reason: "sender applies only to the EmailCode strategy, not SMS: remove it" },
    ]);
    expect((await checkOffline("MfaStrategy", { strategy: "WebAuthnPlatform", tokenLifetimeSeconds: 300 })).failures).toEqual([
      { property: "tokenLifetimeSeconds", reason: "tokenLifetimeSeconds applies only to the SMS and EmailCode strategy, not WebAuthnPlatform: remove it" },
    ]);
    expect((await checkOffline("MfaStrategy", { strategy: "EmailCode" })).inputs).toEqual({ strategy: "EmailCode", isActive: true, adoptExisting: false });
  });
});

describe("over HTTP", () => {
  let emulator: TestEmulator;
  let client: FronteggClient;
  beforeAll(async () => {
    emulator = await useEmulator();
    client = emulator.client();
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.reset());

  it("SessionPolicy writes the declared settings without wiping the others, per scope, and switches all off when deleted", async () => {
    await client.policies.sessions.upsert({ sessionConcurrentConfiguration: { isActive: true, maxSessions: 4 } });
    const policy = steps("SessionPolicy", client);
    const args = { sessionIdleTimeoutConfiguration: { timeout: 900 }, sessionTimeoutConfiguration: { isActive: false } };
    let stored = await policy.create(args);
    expect(stored.id).toBe("environment");
    const env = await client.policies.sessions.get();
    expect(env).toMatchObject({
      sessionIdleTimeoutConfiguration: { isActive: true, timeout: 900 },
      sessionTimeoutConfiguration: { isActive: false },
      sessionConcurrentConfiguration: { isActive: true, maxSessions: 4 },
    });
    const refreshed = await policy.refresh(stored);
    expect(await policy.hasChanges(refreshed!.stored, args)).toBe(false);

    const tenant = await steps("SessionPolicy", client).create({ tenantId: "acme", sessionTimeoutConfiguration: { timeout: 600 } });
    expect(tenant.id).toBe("tenant/acme");
    expect((await client.policies.sessions.get({ tenantId: "acme" }))?.sessionTimeoutConfiguration).toEqual({ isActive: true, timeout: 600 });
    expect((await client.policies.sessions.get())?.sessionTimeoutConfiguration?.isActive).toBe(false);

    await client.policies.sessions.upsert({ sessionIdleTimeoutConfiguration: { isActive: true, timeout: 60 } });
    const drifted = await policy.refresh(stored);
    const repaired = await policy.up(drifted!.stored, args);
    expect(repaired.action).toBe("update");
    expect((await client.policies.sessions.get())?.sessionIdleTimeoutConfiguration).toEqual({ isActive: true, timeout: 900 });

    stored = repaired.stored;
    await policy.destroy(stored);
    expect(await client.policies.sessions.get()).toMatchObject({
      sessionIdleTimeoutConfiguration: { isActive: false, timeout: 900 },
      sessionTimeoutConfiguration: { isActive: false },
      sessionConcurrentConfiguration: { isActive: false, maxSessions: 4 },
    });
    expect((await client.policies.sessions.get({ tenantId: "acme" }))?.sessionTimeoutConfiguration).toEqual({ isActive: true, timeout: 600 });
  });

  it("CaptchaPolicy creates with POST, updates with PUT, keeps only the secret's fingerprint, and is disabled when deleted", async () => {
    const policy = steps("CaptchaPolicy", client);
    const args = { siteKey: "site-key", secretKey: CAPTCHA_SECRET, minScore: 0.5 };
    await emulator.control("DELETE", "/requests");
    let stored = await policy.create(args);
    expect(Object.keys(await emulator.requestCounts())).toEqual(expect.arrayContaining(["POST /identity/resources/configurations/v1/captcha-policy"]));
    expect(stored.outs).toMatchObject({ enabled: true, secretKey: seal(CAPTCHA_SECRET), ignoredEmails: [] });
    expect(JSON.stringify(stored)).not.toContain(CAPTCHA_SECRET);

    const refreshed = await policy.refresh(stored);
    // Refreshed inputs hold the fingerprint of the secret applied, never the secret.
    expect(refreshed!.inputs).toMatchObject({ secretKey: seal(CAPTCHA_SECRET) });
    expect(JSON.stringify(refreshed)).not.toContain(CAPTCHA_SECRET);
    expect(await policy.hasChanges(refreshed!.stored, args)).toBe(false);

    // The key rotated in the portal: refresh sees another fingerprint, up puts the declared key back.
    const current = (await client.policies.captcha.get())!;
    await client.policies.captcha.update({ ...current, secretKey: "rotated-in-the-portal", ignoredEmails: ["qa@acme.example"] });
    const drifted = await policy.refresh(stored);
    expect(drifted!.stored.outs.secretKey).toBe(seal("rotated-in-the-portal"));
    await emulator.control("DELETE", "/requests");
    const repaired = await policy.up(drifted!.stored, args);
    expect(repaired.action).toBe("update");
    expect(Object.keys(await emulator.requestCounts())).toContain("PUT /identity/resources/configurations/v1/captcha-policy");
    // ignoredEmails is not declared, so the list set in the portal stays.
    expect(await client.policies.captcha.get()).toMatchObject({ secretKey: CAPTCHA_SECRET, ignoredEmails: ["qa@acme.example"] });

    stored = repaired.stored;
    await policy.destroy(stored);
    expect(await client.policies.captcha.get()).toMatchObject({ enabled: false, siteKey: "site-key", secretKey: CAPTCHA_SECRET });
  });

  it("MfaStrategy writes its row, changes only its own settings, and stops offering the factor when deleted", async () => {
    const before = await client.mfaMethods.getConfiguration();
    // A strategy Frontegg does not list yet is written even when declared off, so its state is explicit.
    const webauthn = steps("MfaStrategy", client);
    const offered = await webauthn.create({ strategy: "WebAuthnPlatform", isActive: false });
    expect(offered.outs).toEqual({ strategy: "WebAuthnPlatform", isActive: false });
    expect(await client.mfaMethods.listStrategies()).toEqual([{ strategy: "WebAuthnPlatform", isActive: false }]);
    expect((await webauthn.refresh(offered))?.stored.outs).toEqual(offered.outs);
    await emulator.control("DELETE", "/requests");
    const email = steps("MfaStrategy", client);
    let stored = await email.create({ strategy: "EmailCode", tokenLifetimeSeconds: 600, sender: "codes@acme.example" });
    expect(stored.id).toBe("EmailCode");
    expect(stored.outs).toEqual({ strategy: "EmailCode", isActive: true, tokenLifetimeSeconds: 600, sender: "codes@acme.example" });
    const after = await client.mfaMethods.getConfiguration();
    expect(after).toEqual({ ...before, email: { ...before.email, tokenLifetimeSeconds: 600, sender: "codes@acme.example" } });

    const updated = await email.up(stored, { strategy: "EmailCode", tokenLifetimeSeconds: 900 });
    expect(updated.action).toBe("update");
    expect((await client.mfaMethods.getConfiguration()).email).toMatchObject({ tokenLifetimeSeconds: 900, sender: "codes@acme.example" });
    stored = updated.stored;

    await client.mfaMethods.setStrategy("EmailCode", false);
    const drifted = await email.refresh(stored);
    expect(drifted!.stored.outs.isActive).toBe(false);
    await emulator.control("DELETE", "/requests");
    expect((await email.up(drifted!.stored, { strategy: "EmailCode", tokenLifetimeSeconds: 900 })).action).toBe("update");
    // Only the strategy row was written: the settings did not change.
    expect(Object.keys(await emulator.requestCounts()).filter((route) => route.startsWith("POST /identity"))).toEqual([
      "POST /identity/resources/configurations/v1/mfa/strategies",
    ]);

    await email.destroy(stored);
    expect(await client.mfaMethods.listStrategies()).toEqual([
      { strategy: "WebAuthnPlatform", isActive: false },
      { strategy: "EmailCode", isActive: false },
    ]);
    expect((await client.mfaMethods.getConfiguration()).email.tokenLifetimeSeconds).toBe(900);
  });
});
