/** Each resource kind's create/read/update/delete against the emulator over real HTTP. */
import { FronteggClient } from "../../provider/client";
import { TestEmulator, useEmulator } from "../support/emulator";
import { steps } from "../support/lifecycle-steps";
import { CERT_DER_BASE64, CERT_PEM, ROTATED_CERT_PEM } from "./helpers";

let emulator: TestEmulator;
let client: FronteggClient;
beforeAll(async () => {
  emulator = await useEmulator();
  client = emulator.client();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.reset());

describe("PermissionCategory", () => {
  const category = () => steps("PermissionCategory", client);

  it("is created, refreshed without drift, repaired after an out-of-band change, and deleted", async () => {
    const args = { name: "Billing", description: "Money" };
    let stored = await category().create(args);
    expect(stored.outs).toMatchObject({ name: "Billing", description: "Money" });
    expect(stored.outs).not.toHaveProperty("feCategory");
    expect(stored.outs).not.toHaveProperty("createdAt");
    expect(stored.outs).not.toHaveProperty("adoptExisting");
    const refreshed = await category().refresh(stored);
    expect(refreshed?.inputs).toEqual({ name: "Billing", description: "Money" });
    expect(await category().hasChanges(refreshed!.stored, args)).toBe(false);

    await client.categories.update(stored.id, { description: "Changed in the portal" });
    const drifted = await category().refresh(stored);
    expect(drifted?.stored.outs.description).toBe("Changed in the portal");
    const repaired = await category().up(drifted!.stored, args);
    expect(repaired.action).toBe("update");
    expect((await client.categories.list()).find((c) => c.id === stored.id)?.description).toBe("Money");

    stored = repaired.stored;
    await category().destroy(stored);
    expect(await category().refresh(stored)).toBeUndefined();
    await expect(category().destroy(stored)).resolves.toBeUndefined();
  });

  it("refuses to take over an existing name unless adoptExisting is set, then converges it", async () => {
    await client.categories.create({ name: "Portal made", description: "old" });
    await expect(category().create({ name: "Portal made" })).rejects.toThrow(/already exists in Frontegg .*set adoptExisting: true/);
    const adopted = await category().create({ name: "Portal made", description: "new", adoptExisting: true });
    expect(adopted.outs).toMatchObject({ description: "new" });
    expect((await client.categories.list()).filter((c) => c.name === "Portal made")).toHaveLength(1);
  });

  it("never takes over, changes or deletes a Frontegg built-in", async () => {
    const builtIn = (await client.categories.list()).find((c) => c.feCategory)!;
    await expect(category().create({ name: builtIn.name, adoptExisting: true })).rejects.toThrow(/built-in/);
    await category().destroy({ id: builtIn.id, outs: { categoryId: builtIn.id, name: builtIn.name, feCategory: true } });
    expect((await client.categories.list()).some((c) => c.id === builtIn.id)).toBe(true);
  });
});

describe("Permission", () => {
  const permission = () => steps("Permission", client);

  it("updates its key in place, changes its assignment type, and is recreated after an out-of-band delete", async () => {
    const category = await client.categories.create({ name: "Invoices" });
    const args = { key: "invoices.read", name: "Read invoices", categoryId: category.id };
    const stored = await permission().create(args);
    const renamed = await permission().up(stored, { ...args, key: "invoices.view" });
    expect(renamed.action).toBe("update");
    expect(renamed.stored.id).toBe(stored.id);
    expect((await client.permissions.list()).find((p) => p.id === stored.id)?.key).toBe("invoices.view");

    const classified = await permission().up(renamed.stored, { ...args, key: "invoices.view", assignmentType: "NEVER" });
    expect(classified.stored.outs.assignmentType).toBe("NEVER");

    await client.permissions.delete(stored.id);
    expect(await permission().refresh(classified.stored)).toBeUndefined();
    const recreated = await permission().create({ ...args, key: "invoices.view" });
    expect(recreated.id).not.toBe(stored.id);
  });

  it("does not create a duplicate after a create whose answer was lost", async () => {
    await emulator.fault({ route: "POST /identity/resources/permissions/v1", drop: "after", times: 1 });
    const stored = await permission().create({ key: "lost.answer", name: "Lost answer" });
    expect((await client.permissions.list()).filter((p) => p.key === "lost.answer").map((p) => p.id)).toEqual([stored.id]);
  });

  it("sends a create again only after a lookup shows the lost one was not applied", async () => {
    await emulator.fault({ route: "POST /identity/resources/permissions/v1", drop: "before", times: 2 });
    const stored = await permission().create({ key: "lost.twice", name: "Lost twice" });
    expect((await client.permissions.list()).filter((p) => p.key === "lost.twice").map((p) => p.id)).toEqual([stored.id]);
  });

  it("gives up with nothing created, and says so, when no create is ever answered", async () => {
    await emulator.fault({ route: "POST /identity/resources/permissions/v1", drop: "before" });
    await expect(permission().create({ key: "never.answered", name: "Never" })).rejects.toThrow(
      /creating permission "never.answered": Frontegg gave no answer to 3 creates in a row .* holds no such object, so nothing was created/,
    );
    await emulator.control("DELETE", "/faults");
    expect((await client.permissions.list()).filter((p) => p.key === "never.answered")).toEqual([]);
  });
});

describe("Role", () => {
  const role = () => steps("Role", client);

  it("reconciles its permission set, detects out-of-band changes, and updates every field in place", async () => {
    const [p1, p2, p3] = await client.permissions.create([
      { key: "r.one", name: "One" },
      { key: "r.two", name: "Two" },
      { key: "r.three", name: "Three" },
    ]);
    const args = { key: "billing-admin", name: "Billing admin", level: 1, permissionIds: [p2!.id, p1!.id] };
    let stored = await role().create(args);
    expect((stored.outs.permissionIds as string[]).slice().sort()).toEqual([p1!.id, p2!.id].sort());
    expect(await role().hasChanges(stored, { ...args, permissionIds: [p1!.id, p2!.id, p1!.id] })).toBe(false);

    await client.roles.setPermissions(stored.id, [p3!.id]);
    await client.roles.update(stored.id, { level: 7 });
    const drifted = await role().refresh(stored);
    expect(drifted?.inputs).toMatchObject({ level: 7, permissionIds: [p3!.id] });
    const repaired = await role().up(drifted!.stored, args);
    expect(repaired.action).toBe("update");
    const live = (await client.roles.list()).find((r) => r.id === stored.id)!;
    expect({ level: live.level, permissions: live.permissions.sort() }).toEqual({ level: 1, permissions: [p1!.id, p2!.id].sort() });

    stored = (await role().up(repaired.stored, { ...args, key: "billing-owner", isDefault: true })).stored;
    expect((await client.roles.list()).find((r) => r.id === stored.id)).toMatchObject({ key: "billing-owner", isDefault: true });
    await role().destroy(stored);
    expect((await client.roles.list()).some((r) => r.id === stored.id)).toBe(false);
  });

  it("is replaced when its tenant changes, and is scoped to that tenant", async () => {
    const stored = await role().create({ key: "ops", name: "Ops", level: 3 });
    const moved = await role().up(stored, { key: "ops", name: "Ops", level: 3, tenantId: "acme" });
    expect(moved.action).toBe("replace");
    expect((await client.roles.list()).some((r) => r.key === "ops")).toBe(false);
    expect((await client.roles.list({ tenantId: "acme" })).find((r) => r.key === "ops")?.tenantId).toBe("acme");
  });
});

describe("MfaPolicy", () => {
  const mfa = () => steps("MfaPolicy", client);

  it("takes over the environment's policy, and restores Frontegg's default when deleted", async () => {
    await client.policies.mfa.save({ enforceMFAType: "ForceExceptSAML" });
    const stored = await mfa().create({ enforceMFAType: "Force", allowRememberMyDevice: true });
    expect(stored.id).toBe("environment");
    expect(await client.policies.mfa.get()).toMatchObject({ enforceMFAType: "Force", allowRememberMyDevice: true, mfaDeviceExpiration: 1209600 });
    await mfa().destroy(stored);
    expect(await client.policies.mfa.get()).toMatchObject({ enforceMFAType: "DontForce", allowRememberMyDevice: false });
  });

  it("keeps tenant policies apart from the environment's and repairs drift", async () => {
    const args = { enforceMFAType: "Force", tenantId: "acme" };
    const stored = await mfa().create(args);
    expect(stored.id).toBe("tenant/acme");
    expect(await client.policies.mfa.get()).toBeUndefined();
    await client.policies.mfa.save({ enforceMFAType: "DontForce" }, { tenantId: "acme" });
    const drifted = await mfa().refresh(stored);
    expect(await mfa().hasChanges(drifted!.stored, args)).toBe(true);
    await mfa().up(drifted!.stored, args);
    expect((await client.policies.mfa.get({ tenantId: "acme" }))?.enforceMFAType).toBe("Force");
  });
});

describe("LockoutPolicy", () => {
  const lockout = () => steps("LockoutPolicy", client);

  it("is created by upsert, updated, and disabled when deleted", async () => {
    const stored = await lockout().create({ maxAttempts: 5 });
    expect(await client.policies.lockout.get()).toMatchObject({ enabled: true, maxAttempts: 5 });
    const updated = await lockout().up(stored, { maxAttempts: 3 });
    expect(updated.action).toBe("update");
    await lockout().destroy(updated.stored);
    expect(await client.policies.lockout.get()).toMatchObject({ enabled: false });
    // Deleting a policy that no longer exists is not an error.
    await expect(lockout().destroy(updated.stored)).resolves.toBeUndefined();
  });
});

describe("EmailTemplate", () => {
  const template = () => steps("EmailTemplate", client);

  it("settles on redirect patterns, detects out-of-band edits, and restores the default when deleted", async () => {
    const args = { type: "ResetPassword", subject: "Reset", redirectURL: "{{APP_URL}}/reset", senderEmail: "noreply@acme.com" };
    const stored = await template().create(args);
    expect(stored.id).toBe("ResetPassword");
    expect(stored.outs.redirectURL).toBe("{{APP_URL}}/reset");
    expect(stored.outs.resolvedRedirectURL).not.toContain("{{");
    const refreshed = await template().refresh(stored);
    expect(await template().hasChanges(refreshed!.stored, args)).toBe(false);

    await client.emailTemplates.upsert({ type: "ResetPassword", subject: "Edited in the portal" });
    const drifted = await template().refresh(stored);
    expect(drifted?.inputs.subject).toBe("Edited in the portal");
    await template().up(drifted!.stored, args);
    expect((await client.emailTemplates.list({ type: "ResetPassword" }))[0]?.subject).toBe("Reset");

    await template().destroy(stored);
    expect(await client.emailTemplates.list({ type: "ResetPassword" })).toEqual([]);
    expect(await template().refresh(stored)).toBeUndefined();
  });

  it("takes over a type's template with one write and one read, and removes it by the id in the state", async () => {
    await client.emailTemplates.upsert({ type: "MagicLink", subject: "Made in the portal", redirectURL: "https://portal.example.com" });
    await emulator.control("DELETE", "/requests");
    const stored = await template().create({ type: "MagicLink", subject: "Sign in", redirectURL: "{{APP_URL}}/magic" });
    expect(stored.outs).toMatchObject({ subject: "Sign in", redirectURL: "{{APP_URL}}/magic" });
    expect(typeof stored.outs.templateId).toBe("string");
    const TEMPLATES = "/identity/resources/mail/v1/configs/templates";
    const writes = { [`POST ${TEMPLATES}`]: 1, [`GET ${TEMPLATES}`]: 1 };
    expect(await emulator.requestCounts()).toMatchObject(writes);

    await emulator.control("DELETE", "/requests");
    await template().destroy(stored);
    expect(await emulator.requestCounts()).toEqual({ [`DELETE ${TEMPLATES}/{templateId}`]: 1 });
    expect(await client.emailTemplates.list({ type: "MagicLink" })).toEqual([]);
  });

  it("adopts an equal template with adoptExisting without writing it", async () => {
    const declared = { type: "MagicLink", subject: "Sign in", redirectURL: "{{APP_URL}}/magic" };
    await client.emailTemplates.upsert(declared as Parameters<typeof client.emailTemplates.upsert>[0]);
    await emulator.control("DELETE", "/requests");
    const adopted = await template().create({ ...declared, adoptExisting: true });
    expect(adopted.outs).toMatchObject({ subject: "Sign in", templateId: expect.any(String) });
    const calls = await emulator.requestCounts();
    expect(calls["GET /identity/resources/mail/v1/configs/templates"]).toBe(1);
    expect(calls["POST /identity/resources/mail/v1/configs/templates"]).toBeUndefined();
  });

  it("removes the type's current template when the one in the state was replaced in the portal", async () => {
    const stored = await template().create({ type: "MagicLink", subject: "Sign in", redirectURL: "{{APP_URL}}/magic" });
    await client.emailTemplates.delete(String(stored.outs.templateId));
    await client.emailTemplates.upsert({ type: "MagicLink", subject: "Replaced in the portal" });
    const replacement = (await client.emailTemplates.list({ type: "MagicLink" }))[0];
    expect(replacement?.id).not.toBe(stored.outs.templateId);

    await template().destroy(stored);
    expect(await client.emailTemplates.list({ type: "MagicLink" })).toEqual([]);
  });
});

describe("SsoConfiguration", () => {
  const sso = () => steps("SsoConfiguration", client);
  const saml = { tenantId: "acme", type: "saml", ssoEndpoint: "https://idp.acme.com/sso", publicCertificate: CERT_PEM, domains: ["acme.com", "acme.io"] };

  it("creates a SAML connection with domains and roles, and reconciles both", async () => {
    const [role] = await client.roles.create([{ key: "sso-member", name: "SSO member", level: 9 }]);
    const stored = await sso().create({ ...saml, roleIds: [role!.id] });
    const details = stored.outs.domainDetails as Array<{ domain: string; txtRecord: string; validated: boolean }>;
    expect(details.map((d) => d.domain).sort()).toEqual(["acme.com", "acme.io"]);
    expect(details.every((d) => d.txtRecord !== "" && d.validated === false)).toBe(true);
    expect(await sso().hasChanges(stored, { ...saml, publicCertificate: CERT_DER_BASE64, roleIds: [role!.id] })).toBe(false);

    const changed = await sso().up(stored, { ...saml, domains: ["acme.com", "acme.dev"], roleIds: [], publicCertificate: ROTATED_CERT_PEM });
    expect(changed.action).toBe("update");
    const [live] = await client.sso.list("acme");
    expect(live!.domains.map((d) => d.domain).sort()).toEqual(["acme.com", "acme.dev"]);
    expect(live!.roleIds).toEqual([]);

    await client.sso.deleteDomain("acme", stored.id, live!.domains.find((d) => d.domain === "acme.dev")!.id);
    const drifted = await sso().refresh(changed.stored);
    expect(drifted?.inputs.domains).toEqual(["acme.com"]);
    await sso().destroy(changed.stored);
    expect(await client.sso.list("acme")).toEqual([]);
  });

  it("keeps the OIDC secret out of refreshed inputs (only its fingerprint) and replaces the connection when its type changes", async () => {
    const oidc = { tenantId: "acme", type: "oidc", ssoEndpoint: "https://login.acme.com", oidcClientId: "app", oidcSecret: "oidc-secret-value" };
    const stored = await sso().create(oidc);
    const refreshed = await sso().refresh(stored);
    expect(refreshed?.inputs.oidcSecret).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(JSON.stringify(refreshed)).not.toContain("oidc-secret-value");
    const replaced = await sso().up(refreshed!.stored, saml);
    expect(replaced.action).toBe("replace");
    expect((await client.sso.list("acme")).map((c) => c.type)).toEqual(["saml"]);
  });
});
