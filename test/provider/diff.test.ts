import { UNKNOWN } from "../../provider/lifecycle/unknowns";
import { CERT_DER_BASE64, CERT_PEM, CERT_PEM_BASE64, diffOffline, ROTATED_CERT_PEM } from "./helpers";

const roleState = {
  roleId: "r1",
  key: "billing-admin",
  name: "Billing admin",
  description: "",
  level: 1,
  isDefault: false,
  firstUserRole: false,
  permissionIds: ["p1", "p2"],
  adoptExisting: false,
  __provider: "old shim",
};
const roleArgs = { key: "billing-admin", name: "Billing admin", level: 1, permissionIds: ["p1", "p2"] };

describe("diff", () => {
  it("always answers changes explicitly, false when nothing changed (a new provider shim is no change)", async () => {
    expect(await diffOffline("Role", roleState, roleArgs)).toEqual({ changes: false, replaces: [], stables: [], deleteBeforeReplace: false, diffs: [] });
  });

  it("treats permissionIds as a set: order and repetition never cause a diff", async () => {
    expect((await diffOffline("Role", roleState, { ...roleArgs, permissionIds: ["p2", "p1", "p2"] })).changes).toBe(false);
    expect((await diffOffline("Role", roleState, { ...roleArgs, permissionIds: ["p1"] })).changes).toBe(true);
  });

  it("updates a role's key in place, but replaces on a tenant change", async () => {
    expect(await diffOffline("Role", roleState, { ...roleArgs, key: "renamed" })).toMatchObject({ changes: true, replaces: [], diffs: ["key"] });
    expect(await diffOffline("Role", roleState, { ...roleArgs, tenantId: "acme" })).toMatchObject({
      changes: true,
      replaces: ["tenantId"],
      deleteBeforeReplace: true,
    });
  });

  it("clears a description removed from the program", async () => {
    expect((await diffOffline("Role", { ...roleState, description: "old text" }, roleArgs)).changes).toBe(true);
  });

  it("reports a change for an unknown value, and a replacement when the property forces one", async () => {
    expect((await diffOffline("Role", roleState, { ...roleArgs, permissionIds: [UNKNOWN] })).changes).toBe(true);
    expect(await diffOffline("Role", roleState, { ...roleArgs, tenantId: UNKNOWN })).toMatchObject({ replaces: ["tenantId"] });
  });

  it("ignores adoptExisting, which is a switch, not a property", async () => {
    expect((await diffOffline("Role", roleState, { ...roleArgs, adoptExisting: true })).changes).toBe(false);
  });

  it("does not diff a property the program leaves to Frontegg", async () => {
    const state = { type: "PwnedPassword", senderEmail: "frontegg-default@frontegg.com", active: true, adoptExisting: false };
    expect((await diffOffline("EmailTemplate", state, { type: "PwnedPassword" })).changes).toBe(false);
  });

  it("compares redirect URLs against the stored pattern, not Frontegg's expansion", async () => {
    const state = {
      type: "ResetPassword",
      redirectURL: "{{APP_URL}}/reset",
      resolvedRedirectURL: "https://app.example.com/reset",
      active: true,
      adoptExisting: false,
    };
    expect((await diffOffline("EmailTemplate", state, { type: "ResetPassword", redirectURL: "{{APP_URL}}/reset" })).changes).toBe(false);
    expect(await diffOffline("EmailTemplate", state, { type: "ActivateUser", redirectURL: "{{APP_URL}}/reset" })).toMatchObject({ replaces: ["type"] });
  });

  const ssoState = {
    configurationId: "c1",
    tenantId: "acme",
    type: "saml",
    enabled: true,
    ssoEndpoint: "https://idp.example.com/sso",
    publicCertificate: CERT_DER_BASE64,
    signRequest: false,
    domains: ["acme.com", "acme.io"],
    roleIds: [],
    adoptExisting: false,
  };
  const ssoArgs = { tenantId: "acme", type: "saml", ssoEndpoint: "https://idp.example.com/sso", domains: ["ACME.io", "acme.com"] };

  it("never diffs the same certificate in another encoding", async () => {
    for (const publicCertificate of [CERT_PEM, CERT_DER_BASE64, CERT_PEM_BASE64, `\n${CERT_PEM}\n`]) {
      expect((await diffOffline("SsoConfiguration", ssoState, { ...ssoArgs, publicCertificate })).changes).toBe(false);
    }
    expect((await diffOffline("SsoConfiguration", ssoState, { ...ssoArgs, publicCertificate: ROTATED_CERT_PEM })).changes).toBe(true);
  });

  it("compares SSO domains as a case-insensitive set and replaces on a type change", async () => {
    const args = { ...ssoArgs, publicCertificate: CERT_PEM };
    expect((await diffOffline("SsoConfiguration", ssoState, args)).changes).toBe(false);
    expect(await diffOffline("SsoConfiguration", ssoState, { ...args, domains: ["acme.com"] })).toMatchObject({ changes: true, replaces: [] });
    expect(
      await diffOffline("SsoConfiguration", ssoState, { tenantId: "acme", type: "oidc", ssoEndpoint: "https://i.example.com", oidcClientId: "c", oidcSecret: "s" }),
    ).toMatchObject({ replaces: ["type"] });
  });

  it("does not diff a server default that equals the declared default", async () => {
    const state = { enforceMFAType: "Force", allowRememberMyDevice: false, mfaDeviceExpiration: 1209600, policyId: "m", adoptExisting: false };
    expect((await diffOffline("MfaPolicy", state, {})).changes).toBe(false);
    expect((await diffOffline("MfaPolicy", state, { enforceMFAType: "DontForce" })).changes).toBe(true);
  });
});

describe("diff of the remaining kinds", () => {
  it("updates a category's name and description in place", async () => {
    const state = { categoryId: "c", name: "Billing", description: "", feCategory: false, adoptExisting: false };
    expect(await diffOffline("PermissionCategory", state, { name: "Billing" })).toMatchObject({ changes: false });
    expect(await diffOffline("PermissionCategory", state, { name: "Money", description: "All of it" })).toMatchObject({ changes: true, replaces: [] });
  });

  it("updates a permission's key, category and assignment type in place", async () => {
    const state = { permissionId: "p", key: "a.read", name: "A", description: "", categoryId: "c1", fePermission: false, adoptExisting: false };
    expect(await diffOffline("Permission", state, { key: "a.read", name: "A", categoryId: "c1" })).toMatchObject({ changes: false });
    for (const change of [{ key: "a.view" }, { categoryId: "c2" }, { assignmentType: "NEVER" }]) {
      expect(await diffOffline("Permission", state, { key: "a.read", name: "A", categoryId: "c1", ...change })).toMatchObject({ changes: true, replaces: [] });
    }
  });

  it("updates a lockout policy in place but replaces it when it moves to a tenant", async () => {
    const state = { policyId: "l", enabled: true, maxAttempts: 5, adoptExisting: false };
    expect(await diffOffline("LockoutPolicy", state, { maxAttempts: 5 })).toMatchObject({ changes: false });
    expect(await diffOffline("LockoutPolicy", state, { maxAttempts: 3 })).toMatchObject({ changes: true, replaces: [] });
    expect(await diffOffline("LockoutPolicy", state, { maxAttempts: 5, tenantId: "acme" })).toMatchObject({ replaces: ["tenantId"] });
  });
});
