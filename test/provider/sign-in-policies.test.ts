/**
 * AuthPolicy, PasswordPolicy, PasswordHistoryPolicy and PasswordRotationPolicy: validation and diff offline, then
 * each kind's lifecycle against the emulator over real HTTP.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator } from "../../emulator";
import { FronteggClient } from "../../provider/client";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { steps } from "../support/lifecycle-steps";
import { checkOffline, diffOffline } from "./helpers";

describe("validation at preview", () => {
  it("rejects the examples of the issue, naming the property and the rule", async () => {
    expect((await checkOffline("PasswordHistoryPolicy", { historySize: 11 })).failures).toEqual([{ property: "historySize", reason: "historySize must be between 1 and 10" }]);
    expect((await checkOffline("PasswordRotationPolicy", { rotationPeriod: 0 })).failures).toEqual([
      { property: "rotationPeriod", reason: "rotationPeriod must be between 1 and 2628000 minutes (5 years)" },
    ]);
    const strategy = (await checkOffline("AuthPolicy", { authStrategy: "UsernameAndPassword" })).failures;
    expect(strategy).toEqual([{ property: "authStrategy", reason: expect.stringMatching(/^authStrategy must be one of Code, EmailAndPassword, MagicLink, NoLocalAuthentication, SmsCode; the Username… methods .* can be read but not set$/) }]);
    expect((await checkOffline("AuthPolicy", { defaultRefreshTokenExpiration: 15552001 })).failures).toEqual([
      { property: "defaultRefreshTokenExpiration", reason: "defaultRefreshTokenExpiration must be at most 15552000 seconds (180 days)" },
    ]);
    expect((await checkOffline("PasswordPolicy", { minLength: 20, maxLength: 16 })).failures).toEqual([
      { property: "minLength", reason: "minLength (20) must not be greater than maxLength (16)" },
    ]);
  });

  it("checks the rest: whole numbers, bounds, unknown test flags, and no tenant for the environment-only kinds", async () => {
    const failures = (await checkOffline("PasswordPolicy", { minLength: 0, minOptionalTestsToPass: 6, optionalTests: { requireDigits: true } })).failures;
    expect(failures.map((f) => f.property).sort()).toEqual(["minLength", "minOptionalTestsToPass", "optionalTests.requireDigits"]);
    // Frontegg's Terraform provider refuses a check in both objects; the API is not known to, and exports must round-trip.
    expect((await checkOffline("PasswordPolicy", { optionalTests: { requireNumbers: true }, requiredTests: { requireNumbers: true } })).failures).toEqual([]);
    expect((await checkOffline("AuthPolicy", { defaultTokenExpiration: 1.5, cookieSameSite: "lax" })).failures.map((f) => f.property)).toEqual(["defaultTokenExpiration", "cookieSameSite"]);
    expect((await checkOffline("PasswordHistoryPolicy", { historySize: 0 })).failures.map((f) => f.property)).toEqual(["historySize"]);
    expect((await checkOffline("PasswordRotationPolicy", { notificationPeriod: -1, tenantId: "acme" })).failures.map((f) => f.property).sort()).toEqual(["notificationPeriod", "tenantId"]);
    expect((await checkOffline("AuthPolicy", { tenantId: "acme" })).failures.map((f) => f.property)).toEqual(["tenantId"]);
  });

  it("adds no defaults to the partial kinds: what is not declared stays out of the inputs", async () => {
    expect((await checkOffline("AuthPolicy", { allowSignups: false })).inputs).toEqual({ allowSignups: false, adoptExisting: false });
    expect((await checkOffline("PasswordPolicy", { requiredTests: {} })).inputs).toEqual({ requiredTests: {}, adoptExisting: false });
    expect((await checkOffline("PasswordRotationPolicy", {})).inputs).toEqual({ isActive: true, adoptExisting: false });
    expect((await checkOffline("PasswordHistoryPolicy", { historySize: 3 })).inputs).toEqual({ enabled: true, historySize: 3, adoptExisting: false });
  });
});

describe("diff", () => {
  it("compares only what the program declares", async () => {
    const stored = { policyId: "c1", publicKey: "PEM", allowSignups: false, adoptExisting: false };
    expect((await diffOffline("AuthPolicy", stored, { allowSignups: false })).changes).toBe(false);
    expect((await diffOffline("AuthPolicy", stored, { allowSignups: true })).changes).toBe(true);
    expect((await diffOffline("AuthPolicy", stored, { allowSignups: false, rotateRefreshTokens: true })).changes).toBe(true);
    // A property removed from the program is no longer managed: no change.
    expect((await diffOffline("AuthPolicy", { ...stored, apiTokensEnabled: true }, { allowSignups: false })).changes).toBe(false);
  });

  it("compares the declared flags of a test object, and replaces a password policy that moves to a tenant", async () => {
    const stored = { optionalTests: { requireNumbers: true }, adoptExisting: false };
    expect((await diffOffline("PasswordPolicy", stored, { optionalTests: { requireNumbers: true } })).changes).toBe(false);
    expect((await diffOffline("PasswordPolicy", stored, { optionalTests: { requireNumbers: true, requireUppercase: true } })).changes).toBe(true);
    expect(await diffOffline("PasswordPolicy", stored, { optionalTests: { requireNumbers: true }, tenantId: "acme" })).toMatchObject({ replaces: ["tenantId"] });
  });
});

describe("against the emulator", () => {
  let emulator: TestEmulator;
  let client: FronteggClient;
  beforeAll(async () => {
    emulator = await useEmulator();
    client = emulator.client();
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.reset());

  const jwtSecret = async (): Promise<string> =>
    (await emulator.control<{ policies: Array<{ kind: string; value: { jwtSecret?: string } }> }>("GET", "/state")).policies.find((p) => p.kind === "identity")!.value.jwtSecret!;

  describe("AuthPolicy", () => {
    const auth = () => steps("AuthPolicy", client);

    it("takes the configuration over changing only the declared fields, and stores neither the others nor the JWT secret", async () => {
      const before = await client.identityConfiguration.get();
      const stored = await auth().create({ allowSignups: false, defaultTokenExpiration: 600 });
      expect(stored.id).toBe("environment");
      expect(stored.outs).toEqual({ policyId: before.id, publicKey: before.publicKey, allowSignups: false, defaultTokenExpiration: 600 });
      expect(JSON.stringify(stored.outs)).not.toContain(await jwtSecret());
      const after = await client.identityConfiguration.get();
      expect(after).toEqual({ ...before, allowSignups: false, defaultTokenExpiration: 600 });

      // Drift in a declared field is seen and repaired; drift elsewhere is not the program's business.
      await client.identityConfiguration.save({ allowSignups: true, apiTokensEnabled: false });
      const refreshed = await auth().refresh(stored);
      expect(refreshed!.stored.outs).toEqual({ ...stored.outs, allowSignups: true });
      const repaired = await auth().up(refreshed!.stored, { allowSignups: false, defaultTokenExpiration: 600 });
      expect(repaired.action).toBe("update");
      expect(await client.identityConfiguration.get()).toMatchObject({ allowSignups: false, apiTokensEnabled: false });

      // Delete leaves the configuration as it is.
      await auth().destroy(repaired.stored);
      expect(await client.identityConfiguration.get()).toMatchObject({ allowSignups: false, defaultTokenExpiration: 600 });
    });

    it("never sends back a sign-in method Frontegg reports but refuses on write, and keeps a write-only field", async () => {
      // Frontegg may hold a method its write does not take (set up elsewhere): seeded through the emulator's state file.
      const dir = mkdtempSync(join(tmpdir(), "auth-policy-"));
      const statePath = join(dir, "state.json");
      const seeding = await startEmulator({ port: 0, clientId: CLIENT_ID, secret: SECRET, statePath });
      await new FronteggClient({ clientId: CLIENT_ID, secretKey: SECRET, apiBaseUrl: seeding.url }, {}).identityConfiguration.get();
      await seeding.stop();
      const file = JSON.parse(readFileSync(statePath, "utf8")) as { policies: Array<{ kind: string; value: Record<string, unknown> }> };
      file.policies.find((p) => p.kind === "identity")!.value.authStrategy = "UsernameAndPassword";
      writeFileSync(statePath, JSON.stringify(file));
      const seeded = await startEmulator({ port: 0, clientId: CLIENT_ID, secret: SECRET, statePath });
      try {
        const seededClient = new FronteggClient({ clientId: CLIENT_ID, secretKey: SECRET, apiBaseUrl: seeded.url }, {});
        const auth = steps("AuthPolicy", seededClient);
        expect((await seededClient.identityConfiguration.get()).authStrategy).toBe("UsernameAndPassword");

        const stored = await auth.create({ skipTenantValidation: true, cookieSameSite: "LAX" });
        expect(stored.outs).toMatchObject({ skipTenantValidation: true, cookieSameSite: "LAX" });
        const refreshed = await auth.refresh(stored);
        expect(refreshed!.stored.outs).toMatchObject({ skipTenantValidation: true });
        expect(await auth.hasChanges(refreshed!.stored, { skipTenantValidation: true, cookieSameSite: "LAX" })).toBe(false);
        expect(await seededClient.identityConfiguration.get()).toMatchObject({ authStrategy: "UsernameAndPassword", cookieSameSite: "LAX" });
      } finally {
        await seeded.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe("PasswordPolicy", () => {
    const password = () => steps("PasswordPolicy", client);

    it("merges declared test flags into Frontegg's test objects, which a write replaces whole", async () => {
      const before = await client.policies.password.get();
      const stored = await password().create({ minLength: 12, optionalTests: { requireSpecialChars: false } });
      expect(stored.outs).toEqual({ minLength: 12, optionalTests: { requireSpecialChars: false } });
      const after = await client.policies.password.get();
      expect(after).toEqual({ ...before, minLength: 12, optionalTests: { ...before.optionalTests, requireSpecialChars: false } });

      const updated = await password().up(stored, { minLength: 12, optionalTests: { requireSpecialChars: false }, requiredTests: { checkThreeRepeatedChars: false } });
      expect(updated.action).toBe("update");
      expect(await client.policies.password.get()).toMatchObject({ optionalTests: after.optionalTests, requiredTests: { checkThreeRepeatedChars: false } });
      await password().destroy(updated.stored);
      expect((await client.policies.password.get()).minLength).toBe(12);
    });

    it("keeps a tenant's policy apart and sees drift in a declared flag", async () => {
      const args = { blockPwnedPasswords: true, requiredTests: { requireUppercase: true }, tenantId: "acme" };
      const stored = await password().create(args);
      expect(stored.id).toBe("tenant/acme");
      expect((await client.policies.password.get()).blockPwnedPasswords).toBe(false);
      await client.policies.password.save({ requiredTests: { requireUppercase: false, checkThreeRepeatedChars: true } }, { tenantId: "acme" });
      const refreshed = await password().refresh(stored);
      expect(refreshed!.stored.outs.requiredTests).toEqual({ requireUppercase: false });
      expect((await password().up(refreshed!.stored, args)).action).toBe("update");
      expect((await client.policies.password.get({ tenantId: "acme" })).requiredTests).toEqual({ requireUppercase: true, checkThreeRepeatedChars: true });
    });
  });

  describe("PasswordHistoryPolicy", () => {
    const history = () => steps("PasswordHistoryPolicy", client);

    it("is created where none exists, updated, and disabled when deleted", async () => {
      expect(await client.policies.passwordHistory.get()).toBeUndefined();
      const stored = await history().create({ historySize: 4 });
      expect(await client.policies.passwordHistory.get()).toMatchObject({ enabled: true, historySize: 4 });
      const updated = await history().up(stored, { historySize: 6 });
      expect(updated.action).toBe("update");
      await history().destroy(updated.stored);
      expect(await client.policies.passwordHistory.get()).toMatchObject({ enabled: false, historySize: 6 });
      expect(await client.policies.passwordHistory.get({ tenantId: "acme" })).toBeUndefined();
    });
  });

  describe("PasswordRotationPolicy", () => {
    const rotation = () => steps("PasswordRotationPolicy", client);

    it("is created with Frontegg's default periods, keeps undeclared ones, and is turned off when deleted", async () => {
      expect(await client.policies.passwordRotation.get()).toBeUndefined();
      const stored = await rotation().create({ rotationPeriod: 43200 });
      expect(stored.outs).toEqual({ isActive: true, rotationPeriod: 43200 });
      expect(await client.policies.passwordRotation.get()).toEqual({ isActive: true, rotationPeriod: 43200, notificationPeriod: 10080 });
      await client.policies.passwordRotation.save({ notificationPeriod: 60 });
      expect(await rotation().hasChanges(stored, { rotationPeriod: 43200 })).toBe(false);
      await rotation().destroy(stored);
      expect(await client.policies.passwordRotation.get()).toEqual({ isActive: false, rotationPeriod: 43200, notificationPeriod: 60 });
    });
  });
});
