/**
 * SessionPolicy, CaptchaPolicy and MfaStrategy under the real engine, in one shared stack: create, no-change
 * preview and refresh, in-place update, out-of-band changes repaired, bad inputs rejected at preview with no
 * write, a failed write that never shows the captcha secret, and delete restoring Frontegg's defaults.
 */
import * as pulumi from "@pulumi/pulumi";
import * as frontegg from "pulumi-frontegg";
import { ConfigMap } from "@pulumi/pulumi/automation";
import { FronteggClient } from "../../provider/client";
import { TestEmulator, useEmulator } from "../support/emulator";
import { changesOf, engineStack, EngineStack, PROJECT } from "./harness";
import { expectNoChanges, expectOnlyBuiltIns, expectSecretsHidden, writesSeen } from "./lifecycle";

jest.setTimeout(300_000);

const CAPTCHA_SECRET = "captcha-secret-that-must-never-show-7301";
const ROTATED_SECRET = "rotated-captcha-secret-never-shown-8402";
const PORTAL_SECRET = "portal-captcha-secret-never-shown-9503";
const SECRETS = [CAPTCHA_SECRET, ROTATED_SECRET, PORTAL_SECRET];
const AUTH = "POST /auth/vendor";
const CONFIGURATIONS = "/identity/resources/configurations";
const MFA_ROUTE = `${CONFIGURATIONS}/v1/mfa`;

/** The stack's program: every kind of this suite; `breakIt` swaps in one bad input. */
let breakIt: ((args: Record<string, Record<string, unknown>>) => void) | undefined;
const program = async () => {
  const config = new pulumi.Config();
  const args: Record<string, Record<string, unknown>> = {
    sessions: {
      sessionIdleTimeoutConfiguration: { isActive: true, timeout: config.requireNumber("idleTimeout") },
      sessionTimeoutConfiguration: { isActive: false },
      sessionConcurrentConfiguration: { isActive: true, maxSessions: 3 },
    },
    acmeSessions: { tenantId: "acme", sessionTimeoutConfiguration: { timeout: 3600 } },
    captcha: { siteKey: "site-key", secretKey: config.requireSecret("captchaSecret"), minScore: config.requireNumber("minScore"), ignoredEmails: ["qa@acme.example"] },
    authenticator: { strategy: "AuthenticatorApp", serviceName: config.require("serviceName") },
    sms: { strategy: "SMS", tokenLifetimeSeconds: 600 },
    securityKeys: { strategy: "WebAuthnCrossPlatform", isActive: false },
  };
  breakIt?.(args);
  new frontegg.SessionPolicy("sessions", args.sessions as frontegg.SessionPolicyArgs);
  new frontegg.SessionPolicy("acme-sessions", args.acmeSessions as frontegg.SessionPolicyArgs);
  new frontegg.CaptchaPolicy("captcha", args.captcha as unknown as frontegg.CaptchaPolicyArgs);
  new frontegg.MfaStrategy("authenticator", args.authenticator as unknown as frontegg.MfaStrategyArgs);
  new frontegg.MfaStrategy("sms", args.sms as unknown as frontegg.MfaStrategyArgs);
  new frontegg.MfaStrategy("security-keys", args.securityKeys as unknown as frontegg.MfaStrategyArgs);
};
const RESOURCES = 6;

const config = (overrides: Record<string, string> = {}): ConfigMap => {
  const values = { idleTimeout: "1800", minScore: "0.5", serviceName: "Acme", ...overrides };
  return {
    ...Object.fromEntries(Object.entries(values).map(([key, value]) => [`${PROJECT}:${key}`, { value }])),
    [`${PROJECT}:captchaSecret`]: { value: overrides.captchaSecret ?? CAPTCHA_SECRET, secret: true },
  };
};

let emulator: TestEmulator;
let client: FronteggClient;
let engine: EngineStack;
/** Every message the engine gave back, searched for secrets at the end. */
const messages: string[] = [];

beforeAll(async () => {
  emulator = await useEmulator();
  client = emulator.client();
  engine = await engineStack("security-policies", program, emulator, config());
});
afterAll(async () => {
  await engine?.dispose();
  await emulator?.stop();
});

const noChanges = () => expectNoChanges(engine);
const secretsStayHidden = () => expectSecretsHidden(engine, SECRETS);

it("creates every resource, writing the declared settings and keeping the captcha secret out of state", async () => {
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ create: RESOURCES + 1 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ create: RESOURCES + 1 });
  expect(await client.policies.sessions.get()).toMatchObject({
    sessionIdleTimeoutConfiguration: { isActive: true, timeout: 1800 },
    sessionTimeoutConfiguration: { isActive: false },
    sessionConcurrentConfiguration: { isActive: true, maxSessions: 3 },
  });
  expect((await client.policies.sessions.get({ tenantId: "acme" }))?.sessionTimeoutConfiguration).toEqual({ isActive: true, timeout: 3600 });
  expect(await client.policies.captcha.get()).toMatchObject({ enabled: true, secretKey: CAPTCHA_SECRET, minScore: 0.5, ignoredEmails: ["qa@acme.example"] });
  expect(await client.mfaMethods.listStrategies()).toEqual(
    expect.arrayContaining([
      { strategy: "AuthenticatorApp", isActive: true },
      { strategy: "SMS", isActive: true },
      { strategy: "WebAuthnCrossPlatform", isActive: false },
    ]),
  );
  expect(await client.mfaMethods.getConfiguration()).toMatchObject({ authenticationApp: { serviceName: "Acme" }, sms: { tokenLifetimeSeconds: 600 } });
  await secretsStayHidden();
});

it("previews with one call and refreshes with no changes", async () => {
  await emulator.control("DELETE", "/requests");
  await noChanges();
  expect(await emulator.requestCounts()).toEqual({ [AUTH]: 1 });
  await emulator.control("DELETE", "/requests");
  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({});
  // The three strategies are read together: one list of strategies and one of their settings, not two per strategy.
  const mfaReads = Object.entries(await emulator.requestCounts()).filter(([route]) => /^GET .*\/mfa(\/strategies)?$/.test(route));
  expect(Object.fromEntries(mfaReads)).toEqual({ [`GET ${MFA_ROUTE}`]: 1, [`GET ${MFA_ROUTE}/strategies`]: 1 });
  await noChanges();
});

it("updates in place, the captcha secret included", async () => {
  await engine.stack.setAllConfig(config({ idleTimeout: "2400", minScore: "0.8", serviceName: "Acme Cloud", captchaSecret: ROTATED_SECRET }));
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ update: 3 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: 3 });
  expect((await client.policies.sessions.get())?.sessionIdleTimeoutConfiguration).toEqual({ isActive: true, timeout: 2400 });
  expect(await client.policies.captcha.get()).toMatchObject({ secretKey: ROTATED_SECRET, minScore: 0.8 });
  expect((await client.mfaMethods.getConfiguration()).authenticationApp.serviceName).toBe("Acme Cloud");
  await noChanges();
  await secretsStayHidden();
});

it("detects changes made in the portal on refresh and repairs them on the next up", async () => {
  await client.policies.sessions.upsert({ sessionIdleTimeoutConfiguration: { isActive: true, timeout: 60 }, sessionTimeoutConfiguration: { isActive: false, timeout: 99_999 } });
  const captcha = (await client.policies.captcha.get())!;
  await client.policies.captcha.update({ ...captcha, secretKey: PORTAL_SECRET });
  await client.mfaMethods.setStrategy("SMS", false);

  // The disabled absolute timeout's new value is no change: only the idle timeout, the secret and SMS are.
  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({ update: 3 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: 3 });
  expect((await client.policies.sessions.get())?.sessionIdleTimeoutConfiguration).toEqual({ isActive: true, timeout: 2400 });
  expect((await client.policies.captcha.get())?.secretKey).toBe(ROTATED_SECRET);
  expect(await client.mfaMethods.listStrategies()).toContainEqual({ strategy: "SMS", isActive: true });
  await noChanges();
});

/**
 * One bad input per kind (a preview stops at the first resource that fails its check). maxSessions 0 and a code
 * lifetime under 300 seconds are rejected by the same check: test/provider/security-policies.test.ts.
 */
describe("bad inputs are rejected at preview, with no write", () => {
  const cases: Array<[string, (args: Record<string, Record<string, unknown>>) => void, RegExp]> = [
    [
      "a session timeout of 59 seconds",
      (a) => void (a.acmeSessions!.sessionTimeoutConfiguration = { timeout: 59 }),
      /SessionPolicy resource 'acme-sessions' has a problem: sessionTimeoutConfiguration\.timeout: the session timeout must be at least 60 seconds/,
    ],
    ["a captcha minScore of 1.5", (a) => void (a.captcha!.minScore = 1.5), /CaptchaPolicy resource 'captcha' has a problem: minScore: minScore must be between 0 and 1/],
    ["an unknown MFA strategy", (a) => void (a.securityKeys!.strategy = "CarrierPigeon"), /MfaStrategy resource 'security-keys' has a problem: strategy: .*WebAuthnCrossPlatform/],
  ];

  afterAll(() => {
    breakIt = undefined;
  });

  it.each(cases)("%s", async (_title, bad, expected) => {
    breakIt = bad;
    await emulator.control("DELETE", "/requests");
    const message = await engine.stack.preview().then(
      () => undefined,
      (error: unknown) => String((error as Error).message),
    );
    messages.push(message ?? "");
    expect(message).toMatch(expected);
    expect(message).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(await writesSeen(emulator)).toEqual([]);
  });
});

it("fails a write Frontegg refuses without showing the captcha secret, and the next up completes it", async () => {
  await engine.stack.setAllConfig(config({ idleTimeout: "2400", minScore: "0.6", serviceName: "Acme Cloud", captchaSecret: CAPTCHA_SECRET }));
  await emulator.fault({ route: `PUT ${CONFIGURATIONS}/v1/captcha-policy`, status: 503, times: 6 });
  const failure = await engine.stack.up().then(
    () => undefined,
    (error: unknown) => String((error as Error).message),
  );
  messages.push(failure ?? "");
  expect(failure).toMatch(/updating captcha policy of the environment: .*503/);
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: 1 });
  expect(await client.policies.captcha.get()).toMatchObject({ secretKey: CAPTCHA_SECRET, minScore: 0.6 });
  for (const secret of SECRETS) expect(messages.filter((m) => m.includes(secret))).toEqual([]);
  await secretsStayHidden();
});

it("destroys everything: every session feature off, captcha disabled with its keys kept, the strategies no longer offered", async () => {
  expect(changesOf((await engine.stack.destroy()).summary.resourceChanges)).toEqual({ delete: RESOURCES + 1 });
  for (const scope of [{}, { tenantId: "acme" }]) {
    const sessions = await client.policies.sessions.get(scope);
    expect([sessions?.sessionIdleTimeoutConfiguration?.isActive, sessions?.sessionTimeoutConfiguration?.isActive, sessions?.sessionConcurrentConfiguration?.isActive]).toEqual([false, false, false]);
  }
  expect((await client.policies.sessions.get())?.sessionIdleTimeoutConfiguration?.timeout).toBe(2400);
  expect(await client.policies.captcha.get()).toMatchObject({ enabled: false, siteKey: "site-key", secretKey: CAPTCHA_SECRET });
  expect((await client.mfaMethods.listStrategies()).filter((row) => row.isActive)).toEqual([]);
  expect((await client.mfaMethods.getConfiguration()).authenticationApp.serviceName).toBe("Acme Cloud");
  await expectOnlyBuiltIns(emulator);
});
