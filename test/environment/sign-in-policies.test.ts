/**
 * The identity configuration and password policies in a snapshot (read from the emulator), in the program an
 * export writes, and in diff-env's comparison.
 */
import { diffEnvironments, formatDifferences } from "../../provider/environment/diff";
import { renderProgram } from "../../provider/environment/program";
import { emptySnapshot, EnvironmentSnapshot, readEnvironment } from "../../provider/environment/snapshot";
import { TestEmulator, useEmulator } from "../support/emulator";

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await useEmulator();
});
afterAll(() => emulator.stop());

describe("a snapshot", () => {
  it("holds the identity configuration without id, keys or secret, and the password policies a scope has", async () => {
    const client = emulator.client();
    await client.tenants.create({ tenantId: "acme", name: "Acme" });
    await client.tenants.create({ tenantId: "globex", name: "Globex" });
    const before = await readEnvironment(client);
    expect(Object.keys(before.AuthPolicy)).toEqual([""]);
    expect(before.AuthPolicy[""]).not.toHaveProperty("jwtSecret");
    expect(before.AuthPolicy[""]).not.toHaveProperty("publicKey");
    expect(before.AuthPolicy[""]).not.toHaveProperty("id");
    expect(before.AuthPolicy[""]).toMatchObject({ authStrategy: "EmailAndPassword", allowSignups: true });
    // A tenant whose policy equals the environment's is taken to have none of its own.
    expect(Object.keys(before.PasswordPolicy)).toEqual([""]);
    expect(before.PasswordHistoryPolicy).toEqual({});
    expect(before.PasswordRotationPolicy).toEqual({});

    await client.policies.password.save({ minLength: 14 }, { tenantId: "acme" });
    await client.policies.passwordHistory.save({ enabled: true, historySize: 2 }, { tenantId: "globex" });
    await client.policies.passwordRotation.save({ isActive: true });
    const after = await readEnvironment(client);
    expect(Object.keys(after.PasswordPolicy).sort()).toEqual(["", "acme"]);
    expect(after.PasswordPolicy.acme).toMatchObject({ tenantId: "acme", minLength: 14 });
    expect(after.PasswordHistoryPolicy).toEqual({ globex: { tenantId: "globex", enabled: true, historySize: 2 } });
    expect(after.PasswordRotationPolicy).toEqual({ "": { isActive: true, rotationPeriod: 129600, notificationPeriod: 10080 } });

    const differences = diffEnvironments(before, after);
    expect(differences.map((d) => `${d.kind}/${d.key}/${d.change}`)).toEqual([
      "PasswordPolicy/acme/only-in-to",
      "PasswordHistoryPolicy/globex/only-in-to",
      "PasswordRotationPolicy/environment/only-in-to",
    ]);
    expect(formatDifferences(differences, "A", "B")).toContain("Password expiration policies:\n  + environment: only in B");
  });
});

describe("an exported program", () => {
  const snapshot: EnvironmentSnapshot = {
    ...emptySnapshot(),
    // As Frontegg may report them: a sign-in method and a password test its API refuses on write, which the
    // snapshot's types (the inputs') do not admit.
    AuthPolicy: { "": { authStrategy: "UsernameAndPassword", allowSignups: false, defaultTokenExpiration: 3600 } as unknown as EnvironmentSnapshot["AuthPolicy"][string] },
    PasswordPolicy: {
      "": { minLength: 10, blockPwnedPasswords: false, optionalTests: { requireNumbers: true, requireEmoji: true } } as unknown as EnvironmentSnapshot["PasswordPolicy"][string],
      acme: { tenantId: "acme", minLength: 14, blockPwnedPasswords: true },
    },
    PasswordHistoryPolicy: { "": { enabled: true, historySize: 3 } },
    PasswordRotationPolicy: { "": { isActive: true, rotationPeriod: 43200, notificationPeriod: 60 } },
  };
  const source = renderProgram(snapshot, { projectName: "p", source: "test", packageVersion: "0.1.0" }).files["index.ts"]!;

  it("declares each policy, leaving out (and naming) what Frontegg reports but does not take", () => {
    expect(source).toContain("// Left out of sign-in: authStrategy. Frontegg reports a value there that its API does not accept on write.");
    expect(source).toContain('new frontegg.AuthPolicy("sign-in", {\n        defaultTokenExpiration: 3600,\n        allowSignups: false,\n        adoptExisting: true,\n    });');
    expect(source).toContain('optionalTests: { requireNumbers: true },');
    expect(source).toMatch(/new frontegg\.PasswordPolicy\("password-acme", \{\n\s+minLength: 14,\n\s+blockPwnedPasswords: true,\n\s+tenantId: "acme",/);
    // Inputs at their default (enabled, isActive) are left out, as for every kind.
    expect(source).toContain('new frontegg.PasswordHistoryPolicy("password-history", {\n        historySize: 3,');
    expect(source).toContain('new frontegg.PasswordRotationPolicy("password-expiration", {\n        rotationPeriod: 43200,\n        notificationPeriod: 60,');
  });
});
