import { UNKNOWN } from "../../provider/lifecycle/unknowns";
import { CERT_PEM, checkOffline, propertyFailures } from "./helpers";

/** The result of check, with each failure's property read back from its reason (see {@link propertyFailures}). */
describe("check", () => {
  it("applies documented defaults and passes valid inputs", async () => {
    const result = await checkOffline("Role", { key: "billing-admin", name: "Billing admin", level: 1 });
    expect(result.failures).toEqual([]);
    expect(result.inputs).toEqual({
      key: "billing-admin",
      name: "Billing admin",
      level: 1,
      description: "",
      isDefault: false,
      firstUserRole: false,
      permissionIds: [],
      adoptExisting: false,
    });
  });

  it("reports every failure at once, naming each property and rule", async () => {
    const result = await checkOffline("Role", { key: "has space", name: "", level: 40000, permissionIds: ["ok", ""] });
    const byProperty = Object.fromEntries((result.failures ?? []).map((f) => [f.property, f.reason]));
    expect(byProperty.key).toMatch(/only letters, digits/);
    expect(byProperty.name).toMatch(/must not be empty/);
    expect(byProperty.level).toMatch(/between 0 and 32767/);
    expect(byProperty["permissionIds[1]"]).toMatch(/must not be empty/);
  });

  it("rejects a misspelled property", async () => {
    const result = await checkOffline("Permission", { key: "invoices.read", name: "Read", descripton: "typo" });
    expect(result.failures).toEqual([{ property: "descripton", reason: expect.stringMatching(/unknown property "descripton"/) }]);
  });

  it("lets unknown values pass during preview, even in non-string properties", async () => {
    const result = await checkOffline("Role", { key: UNKNOWN, name: "Billing admin", level: UNKNOWN, permissionIds: [UNKNOWN, "p1"], tenantId: UNKNOWN });
    expect(result.failures).toEqual([]);
    const whole = await checkOffline("Role", { key: "k", name: "n", level: 1, permissionIds: UNKNOWN });
    expect(whole.failures).toEqual([]);
  });

  it("still reports known bad values next to unknown ones", async () => {
    const result = await checkOffline("Role", { key: UNKNOWN, name: "n", level: -1 });
    expect(result.failures).toEqual([{ property: "level", reason: "level must be between 0 and 32767" }]);
  });

  it("refuses permission keys reserved for Frontegg's built-ins", async () => {
    const result = await checkOffline("Permission", { key: "fe.secure.read.users", name: "x" });
    expect(result.failures?.[0]).toEqual({ property: "key", reason: expect.stringMatching(/reserved for Frontegg/) });
  });

  it("requires maxAttempts of at least 1 on a lockout policy", async () => {
    const result = await checkOffline("LockoutPolicy", { maxAttempts: 0 });
    expect(result.failures).toEqual([{ property: "maxAttempts", reason: "maxAttempts must be at least 1" }]);
  });

  it("fills in Frontegg's MFA defaults from the spec", async () => {
    const result = await checkOffline("MfaPolicy", {});
    expect(result.inputs).toMatchObject({ enforceMFAType: "Force", allowRememberMyDevice: false, mfaDeviceExpiration: 1209600 });
  });

  it("knows all 29 template types, validates email and URL patterns", async () => {
    const bad = await checkOffline("EmailTemplate", { type: "Nope", senderEmail: "not-an-email", redirectURL: "ftp://x" });
    const props = (bad.failures ?? []).map((f) => f.property).sort();
    expect(props).toEqual(["redirectURL", "senderEmail", "type"]);
    const good = await checkOffline("EmailTemplate", { type: "ApprovalFlowApprove", senderEmail: "noreply@acme.com", redirectURL: "{{APP_URL}}/approve?x={{APP_ID}}" });
    expect(good.failures).toEqual([]);
  });

  it("checks SSO connections: certificate parses, type-specific fields, domains", async () => {
    const result = await checkOffline("SsoConfiguration", {
      tenantId: "acme",
      type: "saml",
      ssoEndpoint: "https://idp.example.com/sso",
      publicCertificate: "not a certificate",
      oidcSecret: "s",
      domains: ["acme.com", "ACME.com", "bad domain"],
    });
    const byProperty = Object.fromEntries((result.failures ?? []).map((f) => [f.property, f.reason]));
    expect(byProperty.publicCertificate).toMatch(/X.509 certificate/);
    expect(byProperty["domains[2]"]).toMatch(/domain name/);
    const again = await checkOffline("SsoConfiguration", {
      tenantId: "acme",
      type: "saml",
      ssoEndpoint: "https://idp.example.com/sso",
      publicCertificate: CERT_PEM,
      oidcSecret: "s",
      domains: ["acme.com", "ACME.com"],
    });
    const reasons = (again.failures ?? []).map((f) => `${f.property}: ${f.reason}`);
    expect(reasons).toEqual(["oidcSecret: oidcSecret does not apply to a saml connection", 'domains: domain "acme.com" is listed twice']);
  });

  it("requires client id and secret on an OIDC connection", async () => {
    const result = await checkOffline("SsoConfiguration", { tenantId: "acme", type: "oidc", ssoEndpoint: "https://issuer.example.com" });
    expect((result.failures ?? []).map((f) => f.property).sort()).toEqual(["oidcClientId", "oidcSecret"]);
  });

  it("refuses a certificate that carries a private key, without echoing it", async () => {
    const secretish = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----";
    const result = await checkOffline("SsoConfiguration", { tenantId: "t", type: "saml", ssoEndpoint: "https://i.example.com", publicCertificate: secretish });
    const failure = (result.failures ?? []).find((f) => f.property === "publicCertificate");
    expect(failure?.reason).toMatch(/contains a private key/);
    expect(JSON.stringify(result.failures)).not.toContain("MIIEvQ");
  });
});

describe("check of the remaining kinds", () => {
  it("requires a category name and limits the description", async () => {
    const result = await checkOffline("PermissionCategory", { name: "", description: "x".repeat(2000) });
    expect((result.failures ?? []).map((f) => f.property).sort()).toEqual(["description", "name"]);
  });

  it("knows the permission assignment types from the spec", async () => {
    const result = await checkOffline("Permission", { key: "a.b", name: "A", assignmentType: "SOMETIMES" });
    expect(result.failures?.[0]?.property).toBe("assignmentType");
    expect((await checkOffline("Permission", { key: "a.b", name: "A", assignmentType: "NEVER" })).failures).toEqual([]);
  });
});
