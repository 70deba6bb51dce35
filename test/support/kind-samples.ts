/**
 * THE kind table of the tests: one row per registered kind, one sample resource each, as plain data. Every per-kind
 * table of the tests derives from it, so a new kind needs one row here and nothing else in the tests:
 * - the real-CLI programs in TypeScript, Python and YAML (./sample-programs.ts) declare every row's `args`;
 * - the bad-input corpus starts from each row's `args` with references as placeholder ids and secrets as their
 *   sample values (./valid-inputs.ts), and breaks one documented constraint at a time;
 * - the import test (test/provider/import-ids.test.ts) creates each row's `args` (what they refer to first),
 *   imports it by its id and by each of `importSpellings`, and does the same for each of `importVariants`;
 * - the engine benchmark (bench/every-kind.ts) declares every row's `args`, and `benchCopy` copies to reach its
 *   size, through the dynamic classes, the native provider and a provider that does nothing.
 * A kind added without a row fails every one of them: each checks the table against the registry
 * ({@link assertSamplesCoverRegistry}) before it uses it.
 *
 * A row:
 * ```ts
 * {
 *   kind: "Role",                                              // the registered kind (a ResourceKind)
 *   args: { key: "sampler", permissionIds: [ref("Permission")] }, // JSON, plus ref(kind) and secret(configKey)
 *   importSpellings: (id, args) => [`${id}/`],                 // optional: other import ids of the sample's object
 *   importVariants: [                                          // optional: more objects the import test covers:
 *     { label: "tenant", args: { ..., tenantId: SAMPLE_TENANT }, spellings: (id) => [`acme/${id}`] },
 *   ],                                                         // a kind with a tenantId input needs a "tenant" one
 *                                                              // unless its sample is tenant-scoped
 *   benchCopy: (i) => ({ key: `bench-role-${i}`, ... }),        // optional: the i-th (from 0) more object of the kind
 * }                                                            // the benchmark declares to reach its size
 * ```
 * Rows come in an order where each row's references come before it. Values are JSON plus two markers: {@link ref}
 * (the id of another row's resource) and {@link secret} (a stack config secret, set with `pulumi config set
 * --secret`, never written into a program; its value is in {@link SAMPLE_SECRETS}).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RESOURCE_DEFINITIONS, ResourceKind } from "../../provider/resources";
import { serviceAccountJson } from "./service-account";

/** The id of the sample resource of `kind`. */
export interface Ref {
  readonly $ref: string;
}
/** A secret read from the stack config key `$secret`. */
export interface Secret {
  readonly $secret: string;
}
export type SampleValue = string | number | boolean | Ref | Secret | readonly SampleValue[] | { readonly [key: string]: SampleValue };
export type SampleArgs = { readonly [key: string]: SampleValue };

export const ref = (kind: string): Ref => ({ $ref: kind });
export const secret = (configKey: string): Secret => ({ $secret: configKey });
export const isRef = (value: unknown): value is Ref => typeof value === "object" && value !== null && "$ref" in value;
export const isSecret = (value: unknown): value is Secret => typeof value === "object" && value !== null && "$secret" in value;

/** The tenant the tenant-scoped samples live in: create it in the environment before `pulumi up`. */
export const SAMPLE_TENANT = "acme";

/** The secret config values the samples read, by config key: set each with `pulumi config set --secret`. */
export const SAMPLE_SECRETS: Readonly<Record<string, string>> = {
  oidcSecret: "sample-oidc-secret-never-in-state-3c9d",
  captchaSecretKey: "sample-captcha-secret-never-in-state-7e1a",
  githubSecret: "sample-github-secret-never-in-state-5b2f",
  webhookSecret: "sample-webhook-secret-never-in-state-9d4c",
  sendgridApiKey: "sample-sendgrid-key-never-in-state-2e8f",
  customCodeSecret: "sample-custom-code-secret-never-in-state-2a6e",
  prehookSecret: "sample-prehook-secret-never-in-state-8f3b",
  auth0Secret: "sample-auth0-secret-never-in-state-1d7a",
  cognitoSecretAccessKey: "sample-cognito-secret-never-in-state-6c0e",
  firebaseApiKey: "sample-firebase-api-key-never-in-state-4b8d",
  firebaseServiceAccount: serviceAccountJson("sample-firebase-private-key-never-in-state-0f5c"),
  federationSecret: "sample-federation-secret-never-in-state-7a2b",
};

/** Another object of a kind the import test creates and imports: another scope, another type. */
export interface ImportVariant {
  /** Which scope or variant it covers: `tenant` for a tenant's object. */
  readonly label: string;
  readonly args: SampleArgs;
  /** Other import ids of the same object, from the created id and the resolved args. */
  readonly spellings?: (id: string, args: Readonly<Record<string, unknown>>) => string[];
}

/** One row of the kind table: see the top of this file. */
export interface KindRow {
  readonly kind: ResourceKind;
  readonly args: SampleArgs;
  /** Other import ids of the sample's object, from the created id and the resolved args. */
  readonly importSpellings?: (id: string, args: Readonly<Record<string, unknown>>) => string[];
  /** More objects of the kind the import test covers. */
  readonly importVariants?: readonly ImportVariant[];
  /**
   * The `i`-th (from 0) more object of a listed kind, beside the sample, that the engine benchmark declares to
   * reach its size: its natural key must differ from the sample's and every other copy's. Without it the kind is
   * benched by its sample alone.
   */
  readonly benchCopy?: (i: number) => SampleArgs;
  /**
   * Inputs of `args` no read can know (settings of the provider's own, keys a merge-only field manages): after an
   * import the program's values for them show as changes, which the import test expects of exactly these.
   */
  readonly importUnknowable?: readonly string[];
}

const CERT_PEM = readFileSync(join(__dirname, "..", "fixtures", "idp-cert.pem"), "utf8");
const SAMPLE_FINGERPRINT = "14:6D:E9:83:C5:73:06:50:D8:EE:B9:95:2F:34:FC:64:16:A0:83:42:E6:1D:BE:A8:8A:04:96:B2:3F:CF:44:E5";
const inTenant = (id: string) => [`${SAMPLE_TENANT}/${id}`];

/** Every kind's row, in an order where each row's references come before it. */
export const KIND_SAMPLES: readonly KindRow[] = [
  { kind: "PermissionCategory", args: { name: "Samples", description: "One of every kind" }, benchCopy: (i) => ({ name: `Bench category ${i}` }) },
  {
    kind: "Permission",
    args: { key: "samples.read", name: "Read samples", categoryId: ref("PermissionCategory") },
    benchCopy: (i) => ({ key: `bench.p${i}`, name: `Bench permission ${i}`, categoryId: ref("PermissionCategory") }),
  },
  {
    kind: "Role",
    args: { key: "sampler", name: "Sampler", level: 3, permissionIds: [ref("Permission")] },
    importVariants: [{ label: "tenant", args: { key: "importer", name: "Importer", level: 2, tenantId: SAMPLE_TENANT }, spellings: inTenant }],
    benchCopy: (i) => ({ key: `bench-role-${i}`, name: `Bench role ${i}`, level: 3, permissionIds: [ref("Permission")] }),
  },
  {
    kind: "SsoConfiguration",
    args: {
      tenantId: SAMPLE_TENANT,
      type: "oidc",
      ssoEndpoint: "https://login.acme.example",
      oidcClientId: "acme-app",
      oidcSecret: secret("oidcSecret"),
      domains: ["acme.example"],
    },
    importSpellings: inTenant,
    importVariants: [
      {
        label: "tenant, SAML",
        args: { tenantId: SAMPLE_TENANT, type: "saml", ssoEndpoint: "https://idp.acme.example/sso", publicCertificate: CERT_PEM, domains: ["saml.acme.example"] },
        spellings: inTenant,
      },
    ],
  },
  {
    kind: "SsoGroupMapping",
    args: { tenantId: SAMPLE_TENANT, ssoConfigurationId: ref("SsoConfiguration"), group: "Engineering", roleIds: [ref("Role")] },
    importSpellings: (id, args) => [`${SAMPLE_TENANT}/${String(args.ssoConfigurationId)}/${id}`],
  },
  {
    kind: "MfaPolicy",
    args: { enforceMFAType: "Force", allowRememberMyDevice: true, mfaDeviceExpiration: 1209600 },
    importVariants: [{ label: "tenant", args: { enforceMFAType: "Force", tenantId: SAMPLE_TENANT } }],
  },
  {
    kind: "LockoutPolicy",
    args: { enabled: true, maxAttempts: 5 },
    importVariants: [{ label: "tenant", args: { enabled: true, maxAttempts: 7, tenantId: SAMPLE_TENANT } }],
  },
  { kind: "EmailTemplate", args: { type: "ResetPassword", subject: "Reset your password", redirectURL: "{{APP_URL}}/account/reset" } },
  {
    kind: "IpRestriction",
    args: { ip: "203.0.113.0/24", strategy: "ALLOW", description: "Head office" },
    importVariants: [
      { label: "environment, IPv6", args: { ip: "2001:db8:ac::/48", strategy: "ALLOW", description: "VPN" }, spellings: () => ["environment/2001:DB8:AC:0::/48"] },
      { label: "tenant", args: { ip: "203.0.113.7", strategy: "BLOCK", tenantId: SAMPLE_TENANT }, spellings: (id) => [`${id}/32`] },
    ],
    benchCopy: (i) => ({ ip: `10.${Math.floor(i / 250) % 250}.${i % 250}.1`, strategy: "ALLOW", description: `Bench ${i}` }),
  },
  // Enforced, but blocks nothing: the block list applies and the sample's IP restriction is on the allow list. (A
  // mode that is off is what every environment starts with, so an export leaves it out.)
  {
    kind: "IpRestrictionMode",
    args: { strategy: "BLOCK", isActive: true },
    importVariants: [{ label: "tenant", args: { strategy: "BLOCK", isActive: true, tenantId: SAMPLE_TENANT } }],
  },
  {
    kind: "EmailDomainRestriction",
    args: { domain: "competitor.example", type: "BLOCK" },
    importVariants: [{ label: "environment, mixed case", args: { domain: "Competitor.Example", type: "BLOCK" }, spellings: () => ["COMPETITOR.example."] }],
    benchCopy: (i) => ({ domain: `bench-${i}.example`, type: "BLOCK" }),
  },
  { kind: "EmailDomainRestrictionMode", args: { listType: "BLOCK", active: true, blockPublicDomains: false } },
  { kind: "AuthPolicy", args: { allowSignups: false, defaultTokenExpiration: 3600, cookieSameSite: "STRICT" } },
  {
    kind: "PasswordPolicy",
    args: { minLength: 12, optionalTests: { requireSpecialChars: true } },
    importVariants: [{ label: "tenant", args: { minLength: 14, tenantId: SAMPLE_TENANT } }],
  },
  {
    kind: "PasswordHistoryPolicy",
    args: { historySize: 5 },
    importVariants: [{ label: "tenant", args: { historySize: 3, tenantId: SAMPLE_TENANT } }],
  },
  { kind: "PasswordRotationPolicy", args: { rotationPeriod: 129600, notificationPeriod: 10080 } },
  {
    kind: "SessionPolicy",
    args: { sessionIdleTimeoutConfiguration: { isActive: true, timeout: 1800 } },
    importVariants: [{ label: "tenant", args: { sessionTimeoutConfiguration: { isActive: true, timeout: 600 }, tenantId: SAMPLE_TENANT } }],
  },
  { kind: "CaptchaPolicy", args: { siteKey: "sample-site-key", secretKey: secret("captchaSecretKey"), minScore: 0.5 } },
  { kind: "MfaStrategy", args: { strategy: "SMS", tokenLifetimeSeconds: 600 } },
  { kind: "Feature", args: { key: "reports", name: "Reports" }, benchCopy: (i) => ({ key: `bench-feature-${i}`, name: `Bench feature ${i}` }) },
  { kind: "Plan", args: { name: "Pro", featureIds: [ref("Feature")] } },
  { kind: "FeatureFlag", args: { featureId: ref("Feature"), name: "Reports flag", on: true } },
  {
    kind: "SocialLogin",
    args: { type: "github", clientId: "Iv1.sample", secret: secret("githubSecret"), redirectUrl: "https://app.example.com/oauth/github", additionalScopes: ["read:org"] },
  },
  { kind: "Webhook", args: { displayName: "CRM", url: "https://hooks.example.com/crm", eventKeys: ["frontegg.user.signedUp"], secret: secret("webhookSecret") } },
  // allowDeletion: the programs and the import test delete what they create (Frontegg deletes a tenant's users with it).
  {
    kind: "Tenant",
    args: { tenantId: "sample-tenant", name: "Sample tenant", applicationUrl: "https://sample.example.com", metadata: { tier: "internal" }, allowDeletion: true },
    importUnknowable: ["allowDeletion", "metadata"],
  },
  { kind: "Application", args: { name: "Portal", appURL: "https://app.example.com", loginURL: "https://app.example.com/login" } },
  {
    kind: "ApplicationTenantAssignment",
    // accessType is write-only (Frontegg does not return it), so an imported assignment cannot know it: left out.
    args: { appId: ref("Application"), tenantId: SAMPLE_TENANT },
    importSpellings: (id) => [id.replace("/", ":")],
  },
  {
    kind: "RedirectUri",
    args: { redirectUri: "https://app.example.com/oauth/callback" },
    importSpellings: (id) => [`${id}/`],
    benchCopy: (i) => ({ redirectUri: `https://app.example.com/bench/${i}` }),
  },
  { kind: "AllowedOrigin", args: { origin: "https://app.example.com" }, importSpellings: (id) => [`${id}/`], benchCopy: (i) => ({ origin: `https://bench-${i}.example.com` }) },
  {
    kind: "JwtTemplate",
    args: { key: "partner", name: "Partner token", expiration: 3600, algorithm: "RS256", claims: { iss: "{{issuer}}", sub: "{{user.id}}", aud: "{{clientId}}", exp: "{{exp}}", iat: "{{iat}}" } },
    benchCopy: (i) => ({ key: `bench-template-${i}`, name: `Bench template ${i}`, expiration: 600, algorithm: "HS256", claims: { iss: "i", sub: "s", aud: "{{clientId}}", exp: "e", iat: "t" } }),
  },
  {
    kind: "JwtTemplateTargeting",
    // A template key, not an id: the treatment names the template above by its key.
    args: { rules: [{ treatment: "partner", conditions: [{ attribute: "userEmail", op: "ends_with", value: { list: ["@partner.example", "@acme.example"] } }] }] },
  },
  { kind: "SsoDomainPolicy", args: { allowVerifiedUsersToAddDomains: true, skipDomainVerification: false, bypassDomainCrossValidation: false } },
  { kind: "SsoMultiTenantPolicy", args: { active: true, unspecifiedTenantStrategy: "FIRST_CREATED", useActiveTenant: true } },
  // SendGrid: the provider with no write-only field, so an import of it shows no change (an imported ses or mailgun
  // provider shows its region, which Frontegg does not return, as a change).
  { kind: "EmailProvider", args: { provider: "sendgrid", secret: secret("sendgridApiKey") } },
  { kind: "EnvironmentSettings", args: { name: "Sample environment", country: "US", backendStack: "Node", frontendStack: "React" } },
  { kind: "HostedLogin", args: { isActive: true } },
  { kind: "CustomDomain", args: { customDomain: "login.example.com" }, importSpellings: (id) => [id.toUpperCase()], benchCopy: (i) => ({ customDomain: `login-${i}.example.com` }) },
  {
    kind: "AssociatedDomain",
    args: { platform: "ios", appId: "ABCDE12345.com.example.app" },
    importVariants: [{ label: "android", args: { platform: "android", packageName: "com.example.app", sha256CertFingerprints: [SAMPLE_FINGERPRINT] } }],
    benchCopy: (i) => ({ platform: "ios", appId: `ABCDE12345.com.example.bench${i}` }),
  },
  { kind: "SsoSettings", args: { saml: { acsUrl: "https://auth.example.com/saml/callback", spEntityId: "https://auth.example.com/saml" }, oidc: { redirectUri: "https://app.example.com/oidc" } } },
  {
    kind: "AdminPortal",
    args: {
      navigation: { users: { visibility: "byPermissions" }, webhooks: { visibility: "hidden" } },
      loginBox: { themeName: "modern", palette: { primary: { light: "#7b8ff5", main: "#4461f2", dark: "#2f43a9", hover: "#3a55d9", active: "#2f43a9", contrast_text: "#ffffff" } } },
    },
  },
  { kind: "CustomCodeSecret", args: { key: "CRM_API_TOKEN", value: secret("customCodeSecret") } },
  {
    kind: "Prehook",
    args: { displayName: "Sign-up screening", eventKeys: ["SIGN_UP"], failMethod: "OPEN", url: "https://hooks.example.com/sign-up", secret: secret("prehookSecret") },
  },
  {
    kind: "Auth0UserSource",
    args: {
      name: "Legacy Auth0",
      index: 1,
      appIds: [ref("Application")],
      domain: "acme.us.auth0.com",
      clientId: "auth0-client",
      secret: secret("auth0Secret"),
      tenantConfig: { tenantResolverType: "dynamic", tenantIdFieldName: "org_id" },
    },
  },
  {
    kind: "CognitoUserSource",
    args: {
      name: "Cognito pool",
      index: 2,
      region: "eu-west-1",
      userPoolId: "eu-west-1_AbCdEf123",
      clientId: "cognito-client",
      accessKeyId: "AKIAIOSFODNN7EXAMPLE",
      secretAccessKey: secret("cognitoSecretAccessKey"),
      tenantConfig: { tenantResolverType: "new" },
    },
  },
  {
    kind: "FirebaseUserSource",
    args: { name: "Firebase", index: 3, apiKey: secret("firebaseApiKey"), serviceAccount: secret("firebaseServiceAccount"), tenantConfig: { tenantResolverType: "static", tenantId: "acme" } },
  },
  {
    kind: "CustomCodeUserSource",
    args: { name: "Legacy database", index: 4, codePayload: "export async function authenticate() { return null; }", tenantConfig: { tenantResolverType: "from-source" } },
  },
  {
    kind: "FederationUserSource",
    args: {
      name: "Partner IdP",
      index: 5,
      wellknownUrl: "https://idp.partner.example/.well-known/openid-configuration",
      clientId: "frontegg",
      secret: secret("federationSecret"),
      tenantConfig: { tenantResolverType: "new" },
    },
  },
];

/** The row of `kind`. */
export function sampleOf(kind: string): KindRow {
  const row = KIND_SAMPLES.find((r) => r.kind === kind);
  if (row === undefined) throw new Error(`test/support/kind-samples.ts: add a row for ${kind}`);
  return row;
}

/**
 * `value` as plain inputs: each reference as `idOf` its kind gives, each secret as its sample value. The kinds
 * referred to are {@link refsIn}.
 */
export function resolveSample(value: SampleArgs, idOf: (kind: string) => unknown): Record<string, unknown>;
export function resolveSample(value: SampleValue, idOf: (kind: string) => unknown): unknown;
export function resolveSample(value: SampleValue, idOf: (kind: string) => unknown): unknown {
  if (isRef(value)) return idOf(value.$ref);
  if (isSecret(value)) {
    const known = SAMPLE_SECRETS[value.$secret];
    if (known === undefined) throw new Error(`test/support/kind-samples.ts: SAMPLE_SECRETS has no value for ${value.$secret}`);
    return known;
  }
  if (Array.isArray(value)) return (value as readonly SampleValue[]).map((item) => resolveSample(item, idOf));
  if (typeof value === "object") return Object.fromEntries(Object.entries(value as SampleArgs).map(([key, item]) => [key, resolveSample(item, idOf)]));
  return value;
}

/**
 * `args` as inputs, with the samples they refer to (and what those refer to) created first through `create`, once
 * each: `created` holds the ids made so far, by kind.
 */
export async function withReferences(
  args: SampleArgs,
  create: (kind: string, args: Record<string, unknown>) => Promise<string>,
  created = new Map<string, string>(),
): Promise<Record<string, unknown>> {
  for (const target of refsIn(args)) {
    if (!created.has(target)) created.set(target, await create(target, await withReferences(sampleOf(target).args, create, created)));
  }
  return resolveSample(args, (kind) => created.get(kind)!);
}

/** The resource name of a kind's sample: `sample-permission-category`. */
export function sampleName(kind: string): string {
  return `sample-${kind.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase()}`;
}

/** Throws unless the table has exactly one row per registered kind, each after the rows it refers to. */
export function assertSamplesCoverRegistry(): void {
  const kinds: string[] = KIND_SAMPLES.map((row) => row.kind);
  const missing = Object.keys(RESOURCE_DEFINITIONS).filter((kind) => !kinds.includes(kind));
  const unknown = kinds.filter((kind) => !(kind in RESOURCE_DEFINITIONS));
  const repeated = kinds.filter((kind, i) => kinds.indexOf(kind) !== i);
  if (missing.length + unknown.length + repeated.length > 0) {
    throw new Error(`test/support/kind-samples.ts: add a row for ${missing.join(", ") || "-"}; unknown: ${unknown.join(", ") || "-"}; repeated: ${repeated.join(", ") || "-"}`);
  }
  KIND_SAMPLES.forEach((row, i) => {
    for (const target of refsIn(row.args)) {
      if (!kinds.slice(0, i).includes(target)) throw new Error(`test/support/kind-samples.ts: ${row.kind} refers to ${target}, which must come before it`);
    }
  });
}

/** The kinds a value refers to. */
export function refsIn(value: SampleValue): string[] {
  if (isRef(value)) return [value.$ref];
  if (isSecret(value) || typeof value !== "object") return [];
  return (Array.isArray(value) ? (value as readonly SampleValue[]) : Object.values(value as SampleArgs)).flatMap(refsIn);
}
