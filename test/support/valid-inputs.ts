/**
 * Inputs every kind accepts, one row per kind: the starting point the bad-input corpus breaks one documented
 * constraint of at a time. Typed against the registry (a kind without a row does not compile), and `validInputs`
 * checks it at run time too. Ids are plain strings that need not exist: validation fails before any lookup.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RESOURCE_DEFINITIONS, ResourceKind } from "../../provider/resources";

type Props = Record<string, unknown>;

const CERT_PEM = readFileSync(join(__dirname, "..", "fixtures", "idp-cert.pem"), "utf8");

const ROWS: Record<ResourceKind, Props> = {
  PermissionCategory: { name: "Billing", description: "Billing" },
  Permission: { key: "invoices.read", name: "Read invoices" },
  Role: { key: "billing-admin", name: "Billing admin", level: 1 },
  SsoConfiguration: { tenantId: "acme", type: "saml", ssoEndpoint: "https://idp.acme.example/sso", publicCertificate: CERT_PEM },
  SsoGroupMapping: { tenantId: "acme", ssoConfigurationId: "connection-1", group: "Engineering", roleIds: [] },
  MfaPolicy: { enforceMFAType: "Force", mfaDeviceExpiration: 1209600 },
  LockoutPolicy: { enabled: true, maxAttempts: 5 },
  EmailTemplate: { type: "ActivateUser", subject: "Welcome", redirectURL: "{{APP_URL}}/activate", senderEmail: "no-reply@example.com" },
  IpRestriction: { ip: "203.0.113.7", strategy: "ALLOW", description: "VPN" },
  IpRestrictionMode: { strategy: "ALLOW", isActive: true },
  EmailDomainRestriction: { domain: "competitor.example", type: "BLOCK" },
  EmailDomainRestrictionMode: { listType: "BLOCK", active: true },
  AuthPolicy: { allowSignups: false, defaultTokenExpiration: 3600 },
  PasswordPolicy: { minLength: 12 },
  PasswordHistoryPolicy: { historySize: 5 },
  PasswordRotationPolicy: { rotationPeriod: 129600, notificationPeriod: 10080 },
  SessionPolicy: { sessionIdleTimeoutConfiguration: { isActive: true, timeout: 1800 } },
  CaptchaPolicy: { siteKey: "site-key", secretKey: "captcha-secret-value", minScore: 0.5 },
  MfaStrategy: { strategy: "SMS", tokenLifetimeSeconds: 600 },
  Feature: { key: "reports", name: "Reports", description: "Usage reports" },
  Plan: { name: "Pro", description: "Pro plan", featureIds: [] },
  FeatureFlag: { featureId: "feature-1", name: "Beta flag", on: true },
  SocialLogin: { type: "github", clientId: "Iv1.corpus", secret: "social-secret-value", redirectUrl: "https://app.example.com/cb" },
  Webhook: { displayName: "CRM", url: "https://hooks.example.com/a", eventKeys: ["frontegg.user.signedUp"], secret: "webhook-secret-value" },
  Application: { name: "Portal", appURL: "https://app.example.com", loginURL: "https://app.example.com/login" },
  RedirectUri: { redirectUri: "https://app.example.com/oauth/callback" },
  AllowedOrigin: { origin: "https://app.example.com" },
  JwtTemplate: { key: "partner", name: "Partner", expiration: 3600, algorithm: "RS256", claims: { iss: "{{issuer}}", sub: "{{user.id}}", aud: "{{clientId}}", exp: "{{exp}}", iat: "{{iat}}" } },
  JwtTemplateTargeting: { rules: [{ treatment: "partner", conditions: [{ attribute: "applicationId", op: "in_list", value: { list: ["app-1"] } }] }] },
  SsoDomainPolicy: { allowVerifiedUsersToAddDomains: true, skipDomainVerification: false },
  SsoMultiTenantPolicy: { active: true, unspecifiedTenantStrategy: "BLOCK", useActiveTenant: false },
  EmailProvider: { provider: "ses", providerId: "AKIAEXAMPLE", secret: "ses-secret-value", region: "us-east-1" },
};

/** The row of every kind, after checking that the registry has no kind without one. */
export function validInputs(): Readonly<Record<string, Props>> {
  const missing = Object.keys(RESOURCE_DEFINITIONS).filter((kind) => !(kind in ROWS));
  if (missing.length > 0) throw new Error(`test/support/valid-inputs.ts has no row for ${missing.join(", ")}`);
  return ROWS;
}
