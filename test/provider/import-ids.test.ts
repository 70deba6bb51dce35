/**
 * Import ids of every resource kind, through the native provider against the emulator: the id a create gives is
 * itself an import id (create, import that id with a fresh provider as `pulumi import` does, no diff against the
 * same program), other spellings of it lead to the same object, and a wrong id fails naming the kind and the
 * format. A kind added without a row here, or without a working import, fails this file.
 */
import { importIdOf } from "../../provider/lifecycle/import-id";
import { inputKeysOf } from "../../provider/lifecycle/lifecycle";
import { NativeProvider } from "../../provider/native/provider";
import { definitionOf, RESOURCE_DEFINITIONS } from "../../provider/resources";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { CERT_PEM } from "./helpers";

type Props = Record<string, unknown>;

/** Creates a resource through a provider, as a dependency of a row. */
type Create = (kind: string, args: Props) => Promise<string>;

interface Row {
  readonly kind: string;
  /** Which scope or variant the row covers. */
  readonly label: string;
  /** The program's inputs; may create what they refer to first. */
  readonly args: Props | ((create: Create) => Promise<Props>);
  /** Other import ids of the same object, from the created id and the inputs. */
  readonly spellings?: (id: string, args: Props) => string[];
}

const TENANT = "acme";
const saml = { tenantId: TENANT, type: "saml", ssoEndpoint: "https://idp.acme.example/sso", publicCertificate: CERT_PEM, domains: ["acme.example"] };

const ROWS: readonly Row[] = [
  { kind: "PermissionCategory", label: "environment", args: { name: "Imports", description: "Imported" } },
  { kind: "Permission", label: "environment", args: { key: "imports.read", name: "Read imports" } },
  { kind: "Role", label: "environment", args: { key: "importer", name: "Importer", level: 2 } },
  { kind: "Role", label: "tenant", args: { key: "importer", name: "Importer", level: 2, tenantId: TENANT }, spellings: (id) => [`${TENANT}/${id}`] },
  { kind: "SsoConfiguration", label: "tenant", args: saml, spellings: (id) => [`${TENANT}/${id}`] },
  {
    kind: "SsoGroupMapping",
    label: "tenant",
    args: async (create) => ({ tenantId: TENANT, ssoConfigurationId: await create("SsoConfiguration", saml), group: "Engineering", roleIds: [] }),
    spellings: (id, args) => [`${TENANT}/${String(args.ssoConfigurationId)}/${id}`],
  },
  { kind: "MfaPolicy", label: "environment", args: { enforceMFAType: "Force", allowRememberMyDevice: true, mfaDeviceExpiration: 1209600 } },
  { kind: "MfaPolicy", label: "tenant", args: { enforceMFAType: "Force", tenantId: TENANT } },
  { kind: "LockoutPolicy", label: "environment", args: { enabled: true, maxAttempts: 5 } },
  { kind: "LockoutPolicy", label: "tenant", args: { enabled: true, maxAttempts: 7, tenantId: TENANT } },
  { kind: "EmailTemplate", label: "environment", args: { type: "ResetPassword", subject: "Reset", redirectURL: "{{APP_URL}}/reset" } },
  {
    kind: "IpRestriction",
    label: "environment",
    args: { ip: "2001:db8:ac::/48", strategy: "ALLOW", description: "VPN" },
    spellings: () => ["environment/2001:DB8:AC:0::/48"],
  },
  { kind: "IpRestriction", label: "tenant", args: { ip: "203.0.113.7", strategy: "BLOCK", tenantId: TENANT }, spellings: (id) => [`${id}/32`] },
  { kind: "IpRestrictionMode", label: "environment", args: { strategy: "ALLOW", isActive: true } },
  { kind: "IpRestrictionMode", label: "tenant", args: { strategy: "BLOCK", isActive: true, tenantId: TENANT } },
  { kind: "EmailDomainRestriction", label: "environment", args: { domain: "Competitor.Example", type: "BLOCK" }, spellings: () => ["COMPETITOR.example."] },
  { kind: "EmailDomainRestrictionMode", label: "environment", args: { listType: "BLOCK", active: true, blockPublicDomains: true } },
  { kind: "AuthPolicy", label: "environment", args: { allowSignups: false, defaultTokenExpiration: 3600, cookieSameSite: "STRICT" } },
  { kind: "PasswordPolicy", label: "environment", args: { minLength: 12, optionalTests: { requireSpecialChars: true } } },
  { kind: "PasswordPolicy", label: "tenant", args: { minLength: 14, tenantId: TENANT } },
  { kind: "PasswordHistoryPolicy", label: "environment", args: { historySize: 5 } },
  { kind: "PasswordHistoryPolicy", label: "tenant", args: { historySize: 3, tenantId: TENANT } },
  { kind: "PasswordRotationPolicy", label: "environment", args: { rotationPeriod: 129600, notificationPeriod: 10080 } },
  { kind: "SessionPolicy", label: "environment", args: { sessionIdleTimeoutConfiguration: { isActive: true, timeout: 1800 } } },
  { kind: "SessionPolicy", label: "tenant", args: { sessionTimeoutConfiguration: { isActive: true, timeout: 600 }, tenantId: TENANT } },
  { kind: "CaptchaPolicy", label: "environment", args: { siteKey: "site-key", secretKey: "captcha-secret-value", minScore: 0.5 } },
  { kind: "MfaStrategy", label: "environment", args: { strategy: "SMS", tokenLifetimeSeconds: 600 } },
  { kind: "Feature", label: "environment", args: { key: "reports", name: "Reports", description: "Usage reports" } },
  {
    kind: "Plan",
    label: "environment",
    args: async (create) => ({ name: "Pro", description: "Pro plan", featureIds: [await create("Feature", { key: "exports", name: "Exports" })] }),
  },
  {
    kind: "SocialLogin",
    label: "environment",
    args: { type: "github", clientId: "Iv1.import", secret: "social-secret-value", redirectUrl: "https://app.example.com/cb", additionalScopes: ["read:org"] },
  },
  {
    kind: "Webhook",
    label: "environment",
    args: { displayName: "CRM", url: "https://hooks.example.com/a", eventKeys: ["frontegg.user.signedUp"], secret: "webhook-secret-value" },
  },
  { kind: "Application", label: "environment", args: { name: "Portal", appURL: "https://app.example.com", loginURL: "https://app.example.com/login" } },
  { kind: "RedirectUri", label: "environment", args: { redirectUri: "https://app.example.com/oauth/callback" }, spellings: (id) => [`${id}/`] },
  { kind: "AllowedOrigin", label: "environment", args: { origin: "https://app.example.com" }, spellings: (id) => [`${id}/`] },
  { kind: "JwtTemplate", label: "environment", args: { key: "partner", name: "Partner", expiration: 3600, algorithm: "HS256", claims: { iss: "{{issuer}}", sub: "{{user.id}}", aud: "{{clientId}}", exp: "{{exp}}", iat: "{{iat}}" } } },
  {
    kind: "JwtTemplateTargeting",
    label: "environment",
    args: { rules: [{ treatment: "partner", conditions: [{ attribute: "userEmail", op: "ends_with", value: { list: ["@partner.example", "@acme.example"] } }] }] },
  },
  { kind: "SsoDomainPolicy", label: "environment", args: { skipDomainVerification: true } },
  { kind: "SsoMultiTenantPolicy", label: "environment", args: { active: true, unspecifiedTenantStrategy: "FIRST_CREATED", useActiveTenant: true } },
  // SendGrid: the provider with no write-only field (an imported ses or mailgun one shows its region as a change).
  { kind: "EmailProvider", label: "environment", args: { provider: "sendgrid", secret: "sendgrid-key-value" } },
  { kind: "FeatureFlag", label: "environment", args: async (create) => ({ featureId: await create("Feature", { key: "beta", name: "Beta" }), name: "Beta flag", on: true }) },
];

const type = (kind: string) => `frontegg:index:${kind}`;

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await useEmulator();
});
afterAll(() => emulator.stop());
beforeEach(async () => {
  await emulator.reset();
  await emulator.client().tenants.create({ tenantId: TENANT, name: "ACME" });
});

/** A provider process of its own: configured, with nothing cached, as the engine starts one per operation. */
async function provider(): Promise<NativeProvider> {
  const native = new NativeProvider({ env: {} });
  await native.configure({ clientId: CLIENT_ID, secretKey: SECRET, apiBaseUrl: emulator.url });
  return native;
}

async function checked(native: NativeProvider, kind: string, args: Props, olds: Props = {}): Promise<Props> {
  const result = await native.check(type(kind), olds, args);
  expect(result.failures).toEqual([]);
  return result.inputs;
}

/** `pulumi up` of a new resource: its id. */
async function create(kind: string, args: Props): Promise<string> {
  const native = await provider();
  return (await native.create(type(kind), await checked(native, kind, args))).id;
}

/** `pulumi import` (or the `import` option) in a fresh stack: the engine's Read with the id alone. */
async function importById(kind: string, importId: string) {
  return (await provider()).read(type(kind), importId, {}, undefined);
}

it("has a row for every kind, with each scope the kind has", () => {
  for (const kind of Object.keys(RESOURCE_DEFINITIONS)) {
    const definition = definitionOf(kind)!;
    const labels = ROWS.filter((row) => row.kind === kind).map((row) => row.label);
    expect({ kind, covered: labels.length > 0 }).toEqual({ kind, covered: true });
    if (inputKeysOf(definition).includes("tenantId")) expect({ kind, labels }).toEqual({ kind, labels: expect.arrayContaining(["tenant"]) });
    // Every kind states its format, for the docs and for errors.
    expect(importIdOf(definition).format).toMatch(/`/);
  }
});

describe.each(ROWS.map((row) => [`${row.kind} (${row.label})`, row] as const))("%s", (_name, row) => {
  it("imports by the id its create gave, with no change against the same program, and by each other spelling", async () => {
    const args = typeof row.args === "function" ? await row.args(create) : row.args;
    const native = await provider();
    const created = await native.create(type(row.kind), await checked(native, row.kind, args));

    const imported = await importById(row.kind, created.id);
    expect(imported.id).toBe(created.id);
    // The engine's next step after the import: check and diff the program's inputs against what was read.
    const fresh = await provider();
    const inputs = await checked(fresh, row.kind, args, imported.inputs);
    const diff = await fresh.diff(type(row.kind), imported.id, imported.properties!, inputs);
    expect(diff.detailedDiff).toEqual({});

    // A later refresh reads the imported state like any other.
    const refreshed = await (await provider()).read(type(row.kind), imported.id, imported.properties!, imported.inputs);
    expect(refreshed.id).toBe(created.id);

    for (const spelling of row.spellings?.(created.id, args) ?? []) {
      expect({ spelling, id: (await importById(row.kind, spelling)).id }).toEqual({ spelling, id: created.id });
    }

    // Once the object is gone, its id names nothing: the failure says which kind and which format (singletons
    // always exist in some form: deleting one restores Frontegg's default).
    const definition = definitionOf(row.kind)!;
    if (!definition.singletonScope) {
      await (await provider()).delete(type(row.kind), created.id, created.properties);
      await expect(importById(row.kind, created.id)).rejects.toThrow(`cannot import ${row.kind} "${created.id}": Frontegg holds no such object (its import id is ${importIdOf(definition).format})`);
    }
  });

  it("refuses an id of another shape, naming the kind and the format", async () => {
    const format = importIdOf(definitionOf(row.kind)!).format;
    for (const wrong of ["a/b/c/d/e", "/"]) {
      await expect(importById(row.kind, wrong)).rejects.toThrow(`cannot import ${row.kind} "${wrong}": its import id is ${format}`);
    }
  });
});

it("takes no tenant for an environment-wide kind, and no bare tenant name for IP restrictions", async () => {
  for (const kind of ["AuthPolicy", "PasswordRotationPolicy", "CaptchaPolicy", "EmailDomainRestrictionMode"]) {
    await expect(importById(kind, "tenant/acme")).rejects.toThrow(`cannot import ${kind} "tenant/acme": its import id is \`environment\` (the kind is environment-wide)`);
  }
  // The 7-kind heuristic read `environment/10.0.0.1` as tenant "environment": now it is the environment's list.
  await expect(importById("IpRestriction", "acme/10.0.0.1")).rejects.toThrow(/cannot import IpRestriction "acme\/10.0.0.1": its import id is `environment\/<ip>`/);
  await expect(importById("IpRestriction", "environment/not-an-ip")).rejects.toThrow(/its import id is `environment\/<ip>`/);
  await expect(importById("MfaStrategy", "Carrier-Pigeon")).rejects.toThrow('cannot import MfaStrategy "Carrier-Pigeon": its import id is `<strategy>`');
  await expect(importById("SsoGroupMapping", "acme/group-1")).rejects.toThrow(/its import id is `<tenantId>\/<ssoConfigurationId>\/<groupId>`/);
});
