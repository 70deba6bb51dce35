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
  customCodeSecret: "sample-custom-code-secret-never-in-state-2a6e",
  prehookSecret: "sample-prehook-secret-never-in-state-8f3b",
  auth0Secret: "sample-auth0-secret-never-in-state-1d7a",
  cognitoSecretAccessKey: "sample-cognito-secret-never-in-state-6c0e",
  firebaseApiKey: "sample-firebase-api-key-never-in-state-4b8d",
  firebaseServiceAccount: serviceAccountJson("sample-firebase-private-key-never-in-state-0f5c"),
  federationSecret: "sample-federation-secret-never-in-state-7a2b",
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
  { kind: "CustomCodeSecret", args: { key: "CRM_API_TOKEN", value: secret("customCodeSecret") } },
  {
    kind: "Prehook",
    args: { displayName: "Sign-up screening", eventKeys: ["SIGN_UP"], failMethod: "OPEN", url: "https://hooks.example.com/sign-up", secret: secret("prehookSecret") },
  },
  { kind: "Auth0UserSource", args: { name: "Legacy Auth0", index: 1, appIds: [ref("Application")], domain: "acme.us.auth0.com", clientId: "auth0-client", secret: secret("auth0Secret"), tenantConfig: { tenantResolverType: "dynamic", tenantIdFieldName: "org_id" } } },
  { kind: "CognitoUserSource", args: { name: "Cognito pool", index: 2, region: "eu-west-1", userPoolId: "eu-west-1_AbCdEf123", clientId: "cognito-client", accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: secret("cognitoSecretAccessKey"), tenantConfig: { tenantResolverType: "new" } } },
  { kind: "FirebaseUserSource", args: { name: "Firebase", index: 3, apiKey: secret("firebaseApiKey"), serviceAccount: secret("firebaseServiceAccount"), tenantConfig: { tenantResolverType: "static", tenantId: "acme" } } },
  { kind: "CustomCodeUserSource", args: { name: "Legacy database", index: 4, codePayload: "export async function authenticate() { return null; }", tenantConfig: { tenantResolverType: "from-source" } } },
  { kind: "FederationUserSource", args: { name: "Partner IdP", index: 5, wellknownUrl: "https://idp.partner.example/.well-known/openid-configuration", clientId: "frontegg", secret: secret("federationSecret"), tenantConfig: { tenantResolverType: "new" } } },
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
