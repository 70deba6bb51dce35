/**
 * AuthPolicy, PasswordPolicy, PasswordHistoryPolicy and PasswordRotationPolicy under the real engine, on one
 * shared stack: create, no-change preview and refresh, an in-place update of each, out-of-band changes that
 * refresh detects and up repairs (and undeclared fields left alone), bad inputs rejected at preview with no
 * write, a replacement, and destroy (disable, or leave as it is, per kind), with the JWT secret never in state.
 */
import * as pulumi from "@pulumi/pulumi";
import * as frontegg from "pulumi-frontegg";
import { ConfigMap } from "@pulumi/pulumi/automation";
import { FronteggClient } from "../../provider/client";
import { SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { changesOf, engineStack, EngineStack, managedResources, PROJECT } from "./harness";
import { expectNoChanges, expectOnlyBuiltIns, expectPreviewRefused, expectSecretsHidden, writesSeen } from "./lifecycle";

jest.setTimeout(300_000);

const program = async () => {
  const config = new pulumi.Config();
  new frontegg.AuthPolicy("sign-in", {
    // A bad value is the point of one step: the type system would refuse it, the preview must too.
    authStrategy: (config.get("authStrategy") ?? "EmailAndPassword") as "EmailAndPassword",
    allowSignups: config.getBoolean("allowSignups") ?? false,
    defaultTokenExpiration: 3600,
    defaultRefreshTokenExpiration: config.getNumber("refreshLifetime") ?? 2592000,
    cookieSameSite: "STRICT",
  });
  new frontegg.PasswordPolicy("passwords", {
    minLength: config.getNumber("minLength") ?? 12,
    maxLength: config.getNumber("maxLength"),
    blockPwnedPasswords: true,
    optionalTests: { requireSpecialChars: true },
  });
  new frontegg.PasswordHistoryPolicy("password-history", { historySize: config.getNumber("historySize") ?? 4, tenantId: config.get("historyTenant") });
  new frontegg.PasswordRotationPolicy("password-expiration", { rotationPeriod: config.getNumber("rotationPeriod") ?? 43200 });
};
const RESOURCES = 4;

let emulator: TestEmulator;
let client: FronteggClient;
let engine: EngineStack;
beforeAll(async () => {
  emulator = await useEmulator();
  client = emulator.client();
  engine = await engineStack("sign-in-policies", program, emulator);
});
afterAll(async () => {
  await engine?.dispose();
  await emulator?.stop();
});

const key = (name: string) => `${PROJECT}:${name}`;
const setConfig = (values: Record<string, string>): Promise<void> =>
  engine.stack.setAllConfig(Object.fromEntries(Object.entries(values).map(([name, value]) => [key(name), { value }])) as ConfigMap);
const noChanges = () => expectNoChanges(engine);
const jwtSecret = async (): Promise<string> => {
  const state = await emulator.control<{ policies: Array<{ kind: string; value: { jwtSecret?: string } }> }>("GET", "/state");
  return state.policies.find((p) => p.kind === "identity")!.value.jwtSecret!;
};

it("creates the four policies, storing the public key but never the JWT secret", async () => {
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ create: RESOURCES + 1 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ create: RESOURCES + 1 });

  expect(await client.identityConfiguration.get()).toMatchObject({ authStrategy: "EmailAndPassword", allowSignups: false, defaultTokenExpiration: 3600, cookieSameSite: "STRICT" });
  expect(await client.policies.password.get()).toMatchObject({ minLength: 12, blockPwnedPasswords: true, optionalTests: { requireSpecialChars: true, requireNumbers: true } });
  expect(await client.policies.passwordHistory.get()).toMatchObject({ enabled: true, historySize: 4 });
  expect(await client.policies.passwordRotation.get()).toEqual({ isActive: true, rotationPeriod: 43200, notificationPeriod: 10080 });

  await expectSecretsHidden(engine, [await jwtSecret(), SECRET]);
  const exported = await engine.exportText();
  const auth = managedResources(exported).find((r) => r.type.endsWith(":AuthPolicy"))!;
  expect(auth.outputs?.publicKey).toEqual((await client.identityConfiguration.get()).publicKey);
  // Only what the program declares is kept: no undeclared field of the configuration.
  expect(auth.outputs).not.toHaveProperty("apiTokensEnabled");
});

it("then previews and refreshes with no changes and no writes", async () => {
  await emulator.control("DELETE", "/requests");
  await noChanges();
  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({});
  expect(await writesSeen(emulator)).toEqual([]);
});

it("updates each policy in place", async () => {
  await setConfig({ allowSignups: "true", minLength: "14", historySize: "6", rotationPeriod: "20160" });
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ update: RESOURCES });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: RESOURCES });
  expect((await client.identityConfiguration.get()).allowSignups).toBe(true);
  expect((await client.policies.password.get()).minLength).toBe(14);
  expect((await client.policies.passwordHistory.get())?.historySize).toBe(6);
  expect((await client.policies.passwordRotation.get())?.rotationPeriod).toBe(20160);
  // That the update settled shows in the next step: its refresh finds exactly the four out-of-band changes.
});

it("detects out-of-band changes of declared fields on refresh, repairs them on up, and leaves undeclared fields alone", async () => {
  await client.identityConfiguration.save({ allowSignups: false, apiTokensEnabled: false });
  await client.policies.password.save({ minLength: 8, optionalTests: { requireSpecialChars: false }, maxLength: 64 });
  await client.policies.passwordHistory.update({ enabled: true, historySize: 2 });
  await client.policies.passwordRotation.save({ rotationPeriod: 100, notificationPeriod: 30 });

  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({ update: RESOURCES });
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ update: RESOURCES });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: RESOURCES });

  expect(await client.identityConfiguration.get()).toMatchObject({ allowSignups: true, apiTokensEnabled: false });
  expect(await client.policies.password.get()).toMatchObject({ minLength: 14, maxLength: 64, optionalTests: { requireSpecialChars: true } });
  expect((await client.policies.passwordHistory.get())?.historySize).toBe(6);
  expect(await client.policies.passwordRotation.get()).toEqual({ isActive: true, rotationPeriod: 20160, notificationPeriod: 30 });
  await noChanges();
});

/** The values the stack holds after the update above. */
const CURRENT = { historySize: "6", rotationPeriod: "20160", minLength: "14" };

// The engine stops a preview at the first resource whose check fails: one preview per kind.
const BAD_INPUTS: Array<[string, Record<string, string>, RegExp[]]> = [
  ["PasswordHistoryPolicy", { historySize: "11" }, [/PasswordHistoryPolicy resource 'password-history' has a problem: historySize: historySize must be between 1 and 10/]],
  [
    "PasswordRotationPolicy",
    { rotationPeriod: "0" },
    [/PasswordRotationPolicy resource 'password-expiration' has a problem: rotationPeriod: rotationPeriod must be between 1 and 2628000 minutes/],
  ],
  [
    "AuthPolicy",
    { authStrategy: "Bogus", refreshLifetime: "15552001" },
    [
      /AuthPolicy resource 'sign-in' has a problem: authStrategy: authStrategy must be one of Code, EmailAndPassword, MagicLink, NoLocalAuthentication, SmsCode/,
      /defaultRefreshTokenExpiration: defaultRefreshTokenExpiration must be at most 15552000 seconds \(180 days\)/,
    ],
  ],
  ["PasswordPolicy", { minLength: "20", maxLength: "16" }, [/PasswordPolicy resource 'passwords' has a problem: minLength: minLength \(20\) must not be greater than maxLength \(16\)/]],
];

it.each(BAD_INPUTS)("rejects a bad %s at preview, naming the resource and property, with no write", async (_kind, bad, expected) => {
  await setConfig(bad);
  await expectPreviewRefused(engine, emulator, ...expected);
  const extra = Object.keys(bad).filter((name) => !(name in CURRENT));
  if (extra.length > 0) await engine.stack.removeAllConfig(extra.map(key));
  await setConfig(CURRENT);
});

it("replaces the password history policy when it moves to a tenant, disabling the environment's", async () => {
  await setConfig({ historyTenant: "acme" });
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ replace: 1 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ replace: 1 });
  expect(await client.policies.passwordHistory.get()).toMatchObject({ enabled: false, historySize: 6 });
  expect(await client.policies.passwordHistory.get({ tenantId: "acme" })).toMatchObject({ enabled: true, historySize: 6 });
});

it("destroys: history and expiration are turned off, the identity configuration and password policy stay as they are", async () => {
  expect(changesOf((await engine.stack.destroy()).summary.resourceChanges)).toEqual({ delete: RESOURCES + 1 });
  expect(await client.policies.passwordHistory.get({ tenantId: "acme" })).toMatchObject({ enabled: false });
  expect(await client.policies.passwordRotation.get()).toEqual({ isActive: false, rotationPeriod: 20160, notificationPeriod: 30 });
  expect(await client.identityConfiguration.get()).toMatchObject({ allowSignups: true, defaultTokenExpiration: 3600, cookieSameSite: "STRICT" });
  expect(await client.policies.password.get()).toMatchObject({ minLength: 14, blockPwnedPasswords: true });
  await expectOnlyBuiltIns(emulator);
});
