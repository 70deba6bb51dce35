/**
 * The SDK classes under Pulumi's mock runtime: what they register with the engine, before any provider runs.
 */
import * as pulumi from "@pulumi/pulumi";

interface Registered {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
}
const registered: Registered[] = [];

pulumi.runtime.setMocks(
  {
    newResource: (args) => {
      registered.push({ type: args.type, name: args.name, inputs: args.inputs });
      return { id: `${args.name}-id`, state: { ...args.inputs, roleId: `${args.name}-id` } };
    },
    call: () => ({}),
  },
  "project",
  "stack",
  false,
);

// Imported after the mocks are installed, as Pulumi's testing guide requires.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const frontegg = require("../../sdk") as typeof import("../../sdk");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const claims = require("../../sdk/claims") as typeof import("../../sdk/claims");

function outputValue<T>(output: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => output.apply(resolve));
}

describe("resource classes", () => {
  beforeEach(() => claims.resetClaims());

  it("exist for every kind of the registry, in the package root and in pulumi-frontegg/native", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const native = require("../../sdk/native") as Record<string, unknown>;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { RESOURCE_DEFINITIONS } = require("../../provider/resources") as typeof import("../../provider/resources");
    const root = frontegg as unknown as Record<string, unknown>;
    for (const kind of Object.keys(RESOURCE_DEFINITIONS)) {
      expect({ kind, root: typeof root[kind], native: typeof native[kind] }).toEqual({ kind, root: "function", native: "function" });
    }
  });

  it("register a dynamic resource with a one-line provider module and typed outputs", async () => {
    const role = new frontegg.Role("billing-admin", { key: "billing-admin", name: "Billing admin", level: 1 });
    expect(await outputValue(role.key)).toBe("billing-admin");
    expect(await outputValue(role.roleId)).toBe("billing-admin-id");
    const entry = registered.find((r) => r.name === "billing-admin")!;
    expect(entry.type).toBe("pulumi-nodejs:dynamic/frontegg:Role");
    expect(entry.inputs.__provider).toBe('exports.handler=()=>require("pulumi-frontegg/provider").shim("Role")');
  });

  it("mark a secret input secret even when the program passed plain text", async () => {
    const sso = new frontegg.SsoConfiguration("oidc", {
      tenantId: "acme",
      type: "oidc",
      ssoEndpoint: "https://issuer.example.com",
      oidcClientId: "client",
      oidcSecret: "plain-text-secret",
    });
    expect(await pulumi.isSecret(sso.oidcSecret)).toBe(true);
  });

  it("refuse the import option, naming what adoptExisting takes over instead", () => {
    expect(() => new frontegg.Role("r", { key: "r", name: "R", level: 1 }, { import: "id" })).toThrow(/takes over the object with the same natural key \(for a Role: key, tenantId\)/);
    expect(() => new frontegg.LockoutPolicy("l", { maxAttempts: 5 }, { import: "id" })).toThrow(/natural key \(for a LockoutPolicy: tenantId\)/);
    // Policies without a tenantId exist once per environment: no key to name.
    expect(() => new frontegg.PasswordRotationPolicy("p", { isActive: true }, { import: "id" })).toThrow(/takes over the environment's PasswordRotationPolicy and/);
    expect(() => new frontegg.CaptchaPolicy("c", { siteKey: "s", secretKey: "k", minScore: 0.5 }, { import: "id" })).toThrow(/takes over the environment's CaptchaPolicy and/);
  });

  it("refuse two declarations of one singleton in a stack, naming both", () => {
    new frontegg.MfaPolicy("mfa", { enforceMFAType: "Force" });
    expect(() => new frontegg.MfaPolicy("mfa-again", {})).toThrow(/MfaPolicy "mfa-again" and MfaPolicy "mfa" both declare MFA policy of the environment/);
    new frontegg.MfaPolicy("tenant-mfa", { tenantId: "acme" });
    new frontegg.EmailTemplate("reset", { type: "ResetPassword" });
    expect(() => new frontegg.EmailTemplate("reset-2", { type: "ResetPassword" })).toThrow(/both declare email template "ResetPassword"/);
    new frontegg.EmailTemplate("activate", { type: "ActivateUser" });
  });

  it("refuse twin session and captcha policies and MFA strategies, and seal the captcha secret", async () => {
    new frontegg.SessionPolicy("sessions", { sessionConcurrentConfiguration: { isActive: false } });
    new frontegg.SessionPolicy("acme-sessions", { tenantId: "acme", sessionConcurrentConfiguration: { isActive: false } });
    expect(() => new frontegg.SessionPolicy("sessions-again", { sessionIdleTimeoutConfiguration: { isActive: false } })).toThrow(
      /SessionPolicy "sessions-again" and SessionPolicy "sessions" both declare session policy of the environment/,
    );
    const captcha = new frontegg.CaptchaPolicy("captcha", { siteKey: "site", secretKey: "plain-captcha-secret", minScore: 0.5 });
    expect(await pulumi.isSecret(captcha.secretKey)).toBe(true);
    expect(() => new frontegg.CaptchaPolicy("captcha-2", { siteKey: "site", secretKey: "s", minScore: 0.5 })).toThrow(/both declare captcha policy of the environment/);
    new frontegg.MfaStrategy("sms", { strategy: "SMS" });
    new frontegg.MfaStrategy("email", { strategy: "EmailCode" });
    expect(() => new frontegg.MfaStrategy("sms-2", { strategy: "SMS", isActive: false })).toThrow(/both declare MFA strategy "SMS"/);
  });
});
