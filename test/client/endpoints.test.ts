/** Every typed method of the client, against the emulator over real HTTP. */
import { EMAIL_TEMPLATE_TYPES, FronteggApiError, FronteggClient } from "../../provider/client";
import { TestEmulator, useEmulator } from "../support/emulator";

describe("the client's endpoints", () => {
  let emulator: TestEmulator;
  let client: FronteggClient;
  beforeAll(async () => {
    emulator = await useEmulator();
    client = emulator.client();
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.reset());

  it("manage categories, accepting Frontegg's empty update body", async () => {
    const created = await client.categories.create({ name: "Billing", description: "Invoices" });
    expect(created).toMatchObject({ name: "Billing", description: "Invoices", feCategory: false });
    await expect(client.categories.update(created.id, { name: "Billing & plans" })).resolves.toBeUndefined();
    expect((await client.categories.list()).find((c) => c.id === created.id)?.name).toBe("Billing & plans");
    await client.categories.delete(created.id);
    expect((await client.categories.list()).some((c) => c.id === created.id)).toBe(false);
  });

  it("manage permissions and read Frontegg's built-ins", async () => {
    const builtIns = (await client.permissions.list()).filter((p) => p.fePermission);
    expect(builtIns.length).toBeGreaterThan(0);
    expect(builtIns.every((p) => p.key.startsWith("fe."))).toBe(true);
    const [read, write] = await client.permissions.create([
      { key: "invoices.read", name: "Read invoices" },
      { key: "invoices.write", name: "Write invoices", assignmentType: "ASSIGNABLE" },
    ]);
    expect(read).toMatchObject({ key: "invoices.read", fePermission: false });
    const updated = await client.permissions.update(write!.id, { name: "Edit invoices", key: "invoices.edit" });
    expect(updated).toMatchObject({ key: "invoices.edit", name: "Edit invoices" });
    await client.permissions.classify([read!.id], "NEVER");
    await client.permissions.delete(read!.id);
    await expect(client.permissions.delete(read!.id)).rejects.toMatchObject({ status: 404 });
  });

  it("manage roles, replacing the permission set, environment-wide and per tenant", async () => {
    const [p1, p2] = await client.permissions.create([
      { key: "a.read", name: "A" },
      { key: "b.read", name: "B" },
    ]);
    const [role] = await client.roles.create([{ key: "viewer", name: "Viewer", level: 10 }]);
    expect(role).toMatchObject({ key: "viewer", level: 10, permissions: [] });
    expect((await client.roles.setPermissions(role!.id, [p1!.id, p2!.id])).permissions.sort()).toEqual([p1!.id, p2!.id].sort());
    expect((await client.roles.setPermissions(role!.id, [p2!.id])).permissions).toEqual([p2!.id]);
    const renamed = await client.roles.update(role!.id, { key: "reader", description: "Reads" });
    expect(renamed).toMatchObject({ key: "reader", description: "Reads", permissions: [p2!.id] });

    const [tenantRole] = await client.roles.create([{ key: "tenant-admin", name: "Tenant admin", level: 2 }], { tenantId: "acme" });
    expect(tenantRole!.tenantId).toBe("acme");
    expect((await client.roles.list()).some((r) => r.id === tenantRole!.id)).toBe(false);
    expect((await client.roles.list({ tenantId: "acme" })).some((r) => r.id === tenantRole!.id)).toBe(true);
    await client.roles.delete(tenantRole!.id, { tenantId: "acme" });
    await client.roles.delete(role!.id);
    const builtInKeys = (await client.roles.list()).map((r) => r.key).sort();
    expect(builtInKeys).toEqual(["Admin", "ReadOnly"]);
  });

  it("create, update and upsert singleton policies per scope", async () => {
    expect(await client.policies.mfa.get()).toBeUndefined();
    const mfa = await client.policies.mfa.save({ enforceMFAType: "Force", allowRememberMyDevice: true, mfaDeviceExpiration: 3600 });
    expect(mfa).toMatchObject({ enforceMFAType: "Force", allowRememberMyDevice: true, mfaDeviceExpiration: 3600 });
    expect((await client.policies.mfa.save({ enforceMFAType: "DontForce" })).enforceMFAType).toBe("DontForce");

    expect(await client.policies.lockout.get({ tenantId: "acme" })).toBeUndefined();
    await client.policies.lockout.save({ enabled: true, maxAttempts: 5 }, { tenantId: "acme" });
    // A second save is a create that meets 409 and becomes an update.
    const again = await client.policies.lockout.save({ enabled: true, maxAttempts: 7 }, { tenantId: "acme" });
    expect(again.maxAttempts).toBe(7);
    expect(await client.policies.lockout.get()).toBeUndefined();
    await expect(client.policies.lockout.create({ enabled: true, maxAttempts: 3 }, { tenantId: "acme" })).rejects.toMatchObject({ status: 409 });
    await expect(client.policies.passwordHistory.update({ enabled: true, historySize: 3 })).rejects.toMatchObject({ status: 404 });

    await client.policies.passwordHistory.save({ enabled: true, historySize: 4 });
    expect((await client.policies.passwordHistory.get())?.historySize).toBe(4);
    await client.policies.captcha.save({ enabled: true, siteKey: "site", secretKey: "captcha-secret", minScore: 0.5 });
    expect((await client.policies.captcha.get())?.siteKey).toBe("site");
    await expect(client.policies.captcha.get({ tenantId: "acme" })).rejects.toThrow(/environment-wide/);

    expect((await client.policies.password.get()).blockPwnedPasswords).toEqual(expect.any(Boolean));
    await client.policies.password.save({ minLength: 12 });
    expect((await client.policies.password.get()).minLength).toBe(12);

    await client.policies.sessions.upsert({ sessionConcurrentConfiguration: { isActive: true, maxSessions: 3 } });
    expect((await client.policies.sessions.get())?.sessionConcurrentConfiguration).toEqual({ isActive: true, maxSessions: 3 });
    // A tenant without a configuration of its own reads the environment's; save answers what was written.
    expect((await client.policies.sessions.get({ tenantId: "acme" }))?.sessionConcurrentConfiguration).toEqual({ isActive: true, maxSessions: 3 });
    const saved = await client.policies.sessions.save({ sessionIdleTimeoutConfiguration: { isActive: true, timeout: 900 } }, { tenantId: "acme" });
    expect(saved.sessionIdleTimeoutConfiguration).toEqual({ isActive: true, timeout: 900 });
    expect((await client.policies.sessions.get())?.sessionIdleTimeoutConfiguration?.isActive).toBe(false);
  });

  it("offer second factors one strategy at a time, and change their settings read-merge-write", async () => {
    expect(await client.mfaMethods.listStrategies()).toEqual([]);
    await expect(client.mfaMethods.setStrategy("SMS", true)).resolves.toBeUndefined();
    await client.mfaMethods.setStrategy("SMS", false);
    expect(await client.mfaMethods.listStrategies()).toEqual([{ strategy: "SMS", isActive: false }]);

    const before = await client.mfaMethods.getConfiguration();
    const after = await client.mfaMethods.changeConfiguration((c) => ({ ...c, authenticationApp: { ...c.authenticationApp, serviceName: "Acme" } }));
    expect(after).toEqual({ ...before, authenticationApp: { ...before.authenticationApp, serviceName: "Acme" } });
  });

  it("run concurrent changes of the MFA settings one after another, so neither writes back a stale copy", async () => {
    // Slow reads: without the queue both changes would read the same copy and the second would undo the first.
    await emulator.fault({ route: "GET /identity/resources/configurations/v1/mfa", latencyMs: 150 });
    await Promise.all([
      client.mfaMethods.changeConfiguration((c) => ({ ...c, sms: { ...c.sms, tokenLifetimeSeconds: 900 } })),
      client.mfaMethods.changeConfiguration((c) => ({ ...c, email: { ...c.email, sender: "codes@acme.example" } })),
      expect(client.mfaMethods.changeConfiguration(() => { throw new Error("a failed change"); })).rejects.toThrow("a failed change"),
      client.mfaMethods.changeConfiguration((c) => ({ ...c, authenticationApp: { ...c.authenticationApp, serviceName: "Acme" } })),
    ]);
    const read = await client.mfaMethods.getConfiguration();
    expect([read.sms.tokenLifetimeSeconds, read.email.sender, read.authenticationApp.serviceName]).toEqual([900, "codes@acme.example", "Acme"]);
  });

  it("upsert email templates by type and read back both pattern and expansion", async () => {
    expect(EMAIL_TEMPLATE_TYPES).toHaveLength(29);
    await client.emailTemplates.upsert({ type: "ResetPassword", subject: "Reset", redirectURL: "{{APP_URL}}/reset", senderEmail: "a@b.co" });
    const [template] = await client.emailTemplates.list({ type: "ResetPassword" });
    expect(template).toMatchObject({ type: "ResetPassword", subject: "Reset", redirectURLPattern: "{{APP_URL}}/reset" });
    expect(template!.redirectURL).not.toContain("{{");
    await client.emailTemplates.upsert({ type: "ResetPassword", subject: "Reset now" });
    expect((await client.emailTemplates.list({ type: "ResetPassword" })).map((t) => t.subject)).toEqual(["Reset now"]);
    for (const type of EMAIL_TEMPLATE_TYPES) expect((await client.emailTemplates.getDefault(type)).type).toBe(type);
    await client.emailTemplates.delete(template!.id!);
    expect(await client.emailTemplates.list({ type: "ResetPassword" })).toEqual([]);
  });

  it("manage a tenant's SSO connections, domains and default roles", async () => {
    await client.tenants.create({ tenantId: "acme", name: "Acme" });
    const sso = await client.sso.create("acme", { type: "oidc", enabled: true, ssoEndpoint: "https://login.acme.com", oidcClientId: "c", oidcSecret: "s" });
    expect(sso).toMatchObject({ type: "oidc", oidcClientId: "c" });
    const domain = await client.sso.addDomain("acme", sso.id, "acme.com");
    expect(domain).toMatchObject({ domain: "acme.com", validated: false });
    expect(domain.txtRecord).toEqual(expect.any(String));
    const [role] = await client.roles.create([{ key: "sso-user", name: "SSO user", level: 9 }]);
    await client.sso.setDefaultRoles("acme", sso.id, [role!.id]);
    expect(await client.sso.getDefaultRoles("acme", sso.id)).toEqual([role!.id]);
    const updated = await client.sso.update("acme", sso.id, { enabled: false });
    expect(updated.enabled).toBe(false);
    expect(await client.sso.list("globex")).toEqual([]);
    const [listed] = await client.sso.list("acme");
    expect(listed!.domains.map((d) => d.domain)).toEqual(["acme.com"]);
    await client.sso.deleteDomain("acme", sso.id, domain.id);
    await client.sso.delete("acme", sso.id);
    expect(await client.sso.list("acme")).toEqual([]);
  });

  it("manage tenants, reading every page", async () => {
    for (let i = 0; i < 7; i++) await client.tenants.create({ tenantId: `t${i}`, name: `Tenant ${i}` });
    expect(await client.tenants.get("t3")).toMatchObject({ tenantId: "t3", name: "Tenant 3" });
    expect(await client.tenants.get("missing")).toBeUndefined();
    expect((await client.tenants.list(3)).map((t) => t.tenantId).sort()).toEqual(["t0", "t1", "t2", "t3", "t4", "t5", "t6"]);
    await client.tenants.update("t3", { name: "Renamed" });
    expect((await client.tenants.get("t3"))?.name).toBe("Renamed");
    await client.tenants.delete("t3");
    expect(await client.tenants.get("t3")).toBeUndefined();
  });

  it("report Frontegg's validation message for a bad body", async () => {
    const error = (await client.policies.lockout.create({ enabled: true, maxAttempts: 0 }).catch((e: unknown) => e)) as FronteggApiError;
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/maxAttempts/);
  });
});
