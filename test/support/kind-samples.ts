/**
 * One sample resource of every kind, as plain data: the table the real-CLI programs (TypeScript, Python, YAML)
 * are rendered from, so a program declaring every kind is derived from the registry rather than written per
 * language. A kind added without a row fails every program test: each checks the table against the registry
 * ({@link assertSamplesCoverRegistry}) before it renders anything.
 *
 * Values are JSON, plus two markers: {@link ref} (the id of another row's resource) and {@link secret} (a stack
 * config secret, set with `pulumi config set --secret`, never written into a program).
 */
import { RESOURCE_DEFINITIONS } from "../../provider/resources";

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
};

/** Every kind's sample arguments, in an order where each row's references come before it. */
export const KIND_SAMPLES: ReadonlyArray<{ readonly kind: string; readonly args: SampleArgs }> = [
  { kind: "PermissionCategory", args: { name: "Samples", description: "One of every kind" } },
  { kind: "Permission", args: { key: "samples.read", name: "Read samples", categoryId: ref("PermissionCategory") } },
  { kind: "Role", args: { key: "sampler", name: "Sampler", level: 3, permissionIds: [ref("Permission")] } },
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
  },
  { kind: "SsoGroupMapping", args: { tenantId: SAMPLE_TENANT, ssoConfigurationId: ref("SsoConfiguration"), group: "Engineering", roleIds: [ref("Role")] } },
  { kind: "MfaPolicy", args: { enforceMFAType: "Force", allowRememberMyDevice: true, mfaDeviceExpiration: 1209600 } },
  { kind: "LockoutPolicy", args: { enabled: true, maxAttempts: 5 } },
  { kind: "EmailTemplate", args: { type: "ResetPassword", subject: "Reset your password", redirectURL: "{{APP_URL}}/account/reset" } },
  { kind: "IpRestriction", args: { ip: "203.0.113.0/24", strategy: "ALLOW", description: "Head office" } },
  // Not enforced: the list is declared, the switch stays off.
  { kind: "IpRestrictionMode", args: { strategy: "ALLOW", isActive: false } },
  { kind: "EmailDomainRestriction", args: { domain: "competitor.example", type: "BLOCK" } },
  { kind: "EmailDomainRestrictionMode", args: { listType: "BLOCK", active: true, blockPublicDomains: false } },
  { kind: "AuthPolicy", args: { allowSignups: false, defaultTokenExpiration: 3600, cookieSameSite: "STRICT" } },
  { kind: "PasswordPolicy", args: { minLength: 12, optionalTests: { requireSpecialChars: true } } },
  { kind: "PasswordHistoryPolicy", args: { historySize: 5 } },
  { kind: "PasswordRotationPolicy", args: { rotationPeriod: 129600, notificationPeriod: 10080 } },
  { kind: "SessionPolicy", args: { sessionIdleTimeoutConfiguration: { isActive: true, timeout: 1800 } } },
  { kind: "CaptchaPolicy", args: { siteKey: "sample-site-key", secretKey: secret("captchaSecretKey"), minScore: 0.5 } },
  { kind: "MfaStrategy", args: { strategy: "SMS", tokenLifetimeSeconds: 600 } },
  { kind: "Feature", args: { key: "reports", name: "Reports" } },
  { kind: "Plan", args: { name: "Pro", featureIds: [ref("Feature")] } },
  { kind: "FeatureFlag", args: { featureId: ref("Feature"), name: "Reports flag", on: true } },
  {
    kind: "SocialLogin",
    args: { type: "github", clientId: "Iv1.sample", secret: secret("githubSecret"), redirectUrl: "https://app.example.com/oauth/github", additionalScopes: ["read:org"] },
  },
  { kind: "Webhook", args: { displayName: "CRM", url: "https://hooks.example.com/crm", eventKeys: ["frontegg.user.signedUp"], secret: secret("webhookSecret") } },
  { kind: "Application", args: { name: "Portal", appURL: "https://app.example.com", loginURL: "https://app.example.com/login" } },
  { kind: "RedirectUri", args: { redirectUri: "https://app.example.com/oauth/callback" } },
  { kind: "AllowedOrigin", args: { origin: "https://app.example.com" } },
  { kind: "JwtTemplate", args: { key: "partner", name: "Partner token", expiration: 3600, algorithm: "RS256", claims: { iss: "{{issuer}}", sub: "{{user.id}}", aud: "{{clientId}}", exp: "{{exp}}", iat: "{{iat}}" } } },
  {
    kind: "JwtTemplateTargeting",
    args: { rules: [{ treatment: "partner", conditions: [{ attribute: "applicationId", op: "in_list", value: { list: ["partner-app"] } }] }] },
  },
  { kind: "SsoDomainPolicy", args: { allowVerifiedUsersToAddDomains: true, skipDomainVerification: false, bypassDomainCrossValidation: false } },
  { kind: "SsoMultiTenantPolicy", args: { active: true, unspecifiedTenantStrategy: "FIRST_CREATED", useActiveTenant: true } },
  { kind: "EmailProvider", args: { provider: "sendgrid", secret: secret("sendgridApiKey") } },
];

/** The resource name of a kind's sample: `sample-permission-category`. */
export function sampleName(kind: string): string {
  return `sample-${kind.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase()}`;
}

/** Throws unless the table has exactly one row per registered kind, each after the rows it refers to. */
export function assertSamplesCoverRegistry(): void {
  const kinds = KIND_SAMPLES.map((row) => row.kind);
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
function refsIn(value: SampleValue): string[] {
  if (isRef(value)) return [value.$ref];
  if (isSecret(value) || typeof value !== "object") return [];
  return (Array.isArray(value) ? (value as readonly SampleValue[]) : Object.values(value as SampleArgs)).flatMap(refsIn);
}
