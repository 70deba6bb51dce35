/** A realistic identity configuration, created through the API as someone clicking in the portal would. */
import { FronteggClient } from "../../provider/client";
import { CERT_PEM } from "../provider/helpers";
import { serviceAccountJson } from "./service-account";

export const SEEDED_OIDC_SECRET = "seeded-oidc-secret-0f1e2d3c4b5a";
export const SEEDED_IDP_CLIENT_SECRET = "seeded-idp-client-secret-7a6b5c4d";
export const SEEDED_CAPTCHA_SECRET = "seeded-captcha-secret-9a8b7c6d5e4f";
export const SEEDED_SOCIAL_SECRET = "seeded-github-oauth-secret-5e6f7a8b";
export const SEEDED_WEBHOOK_SECRET = "seeded-webhook-signing-secret-1c2d3e4f";
export const SEEDED_EMAIL_PROVIDER_SECRET = "seeded-sendgrid-api-key-3b4c5d6e";
/** The seeded secrets of the custom-code and user-source kinds, by the stack config key an exported program reads. */
export const SEEDED_CUSTOM_CODE_SECRETS: Readonly<Record<string, string>> = {
  crmApiTokenCustomCodeSecret: "seeded-custom-code-secret",
  signUpScreeningPrehookSecret: "seeded-prehook-secret",
  legacyAuth0Secret: "seeded-auth0-secret",
  cognitoPoolSecretAccessKey: "seeded-cognito-key",
  firebaseApiKey: "seeded-firebase-api-key",
  firebaseServiceAccount: serviceAccountJson("seeded-firebase-private-key"),
};
export const SEEDED_TENANTS = ["acme", "globex"];

/** Creates the tenants the seeded configuration lives in (tenants are accounts, not configuration). */
export async function seedTenants(client: FronteggClient): Promise<void> {
  for (const tenantId of SEEDED_TENANTS) await client.tenants.create({ tenantId, name: tenantId.toUpperCase() });
}

/**
 * Seeds categories, permissions, roles (one granting a built-in), policies, the identity configuration, second
 * factors, templates, SSO with group mappings, and restrictions.
 */
export async function seedConfiguration(client: FronteggClient): Promise<void> {
  await seedTenants(client);
  const billing = await client.categories.create({ name: "Billing", description: "Money matters" });
  const projects = await client.categories.create({ name: "Projects" });
  const created = await client.permissions.create([
    { key: "invoices.read", name: "Read invoices", categoryId: billing.id, description: "See invoices" },
    { key: "invoices.write", name: "Write invoices", categoryId: billing.id },
    { key: "projects.read", name: "Read projects", categoryId: projects.id },
    { key: "projects.admin", name: "Administer projects", categoryId: projects.id },
    { key: "audit.read", name: "Read the audit log" },
  ]);
  const id = (key: string) => created.find((p) => p.key === key)!.id;
  const builtIn = (await client.permissions.list()).find((p) => p.fePermission)!;

  const [admin, viewer] = await client.roles.create([
    { key: "billing-admin", name: "Billing admin", level: 1, description: "Owns billing" },
    { key: "viewer", name: "Viewer", level: 50, isDefault: true },
  ]);
  await client.roles.setPermissions(admin!.id, [id("invoices.read"), id("invoices.write"), builtIn.id]);
  await client.roles.setPermissions(viewer!.id, [id("invoices.read"), id("projects.read")]);
  const [acmeOps] = await client.roles.create([{ key: "ops", name: "Acme operations", level: 3 }], { tenantId: "acme" });
  await client.roles.setPermissions(acmeOps!.id, [id("projects.admin")], { tenantId: "acme" });

  await client.policies.mfa.save({ enforceMFAType: "ForceExceptSAML", allowRememberMyDevice: true, mfaDeviceExpiration: 86400 });
  await client.policies.lockout.save({ enabled: true, maxAttempts: 7 });
  await client.policies.mfa.save({ enforceMFAType: "Force", allowRememberMyDevice: false, mfaDeviceExpiration: 3600 }, { tenantId: "acme" });
  await client.identityConfiguration.save({ allowSignups: false, defaultTokenExpiration: 3600, cookieSameSite: "STRICT" });
  await client.policies.password.save({ minLength: 16, requiredTests: { checkThreeRepeatedChars: true, requireUppercase: true } }, { tenantId: "acme" });
  await client.policies.passwordHistory.save({ enabled: true, historySize: 4 });
  await client.policies.passwordRotation.save({ isActive: true, rotationPeriod: 43200 });
  // Sessions: the environment's idle timeout on (with a value kept for the disabled absolute timeout), and globex
  // with a configuration of its own; acme inherits the environment's.
  await client.policies.sessions.upsert({
    sessionIdleTimeoutConfiguration: { isActive: true, timeout: 1800 },
    sessionTimeoutConfiguration: { isActive: false, timeout: 7200 },
  });
  await client.policies.sessions.upsert({ sessionConcurrentConfiguration: { isActive: true, maxSessions: 2 } }, { tenantId: "globex" });
  await client.policies.captcha.save({ enabled: true, siteKey: "seeded-site-key", secretKey: SEEDED_CAPTCHA_SECRET, minScore: 0.7, ignoredEmails: ["qa@acme.example"] });
  await client.mfaMethods.changeConfiguration((c) => ({ ...c, authenticationApp: { ...c.authenticationApp, serviceName: "Acme Cloud" }, sms: { ...c.sms, tokenLifetimeSeconds: 600 } }));
  await client.mfaMethods.setStrategy("AuthenticatorApp", true);
  await client.mfaMethods.setStrategy("SMS", false);
  await client.mfaMethods.setStrategy("WebAuthnPlatform", true);
  await client.socialLogins.save({
    type: "github",
    active: true,
    customised: true,
    clientId: "Iv1.seeded",
    secret: SEEDED_SOCIAL_SECRET,
    redirectUrl: "https://app.acme.example/oauth/account/social/success",
    additionalScopes: ["read:org"],
  });
  // Configured once and deactivated since: what deleting a SocialLogin leaves, so not exported.
  await client.socialLogins.save({ type: "facebook", active: false, customised: false, redirectUrl: "https://app.acme.example/fb", additionalScopes: [] });
  await client.webhooks.create({
    isActive: true,
    displayName: "Sign-ups to the CRM",
    description: "",
    url: "https://hooks.acme.example/frontegg",
    secret: SEEDED_WEBHOOK_SECRET,
    eventKeys: ["frontegg.user.signedUp", "frontegg.tenant.created"],
  });

  await client.emailTemplates.upsert({ type: "ResetPassword", subject: "Reset it", redirectURL: "{{APP_URL}}/reset", senderEmail: "it@acme.example", fromName: "IT" });
  await client.emailTemplates.upsert({ type: "MagicLink", subject: "Sign in", htmlTemplate: "<a href=\"{{link}}\">Sign in</a>", active: false });

  const saml = await client.sso.create("acme", {
    type: "saml",
    enabled: true,
    ssoEndpoint: "https://idp.acme.example/saml",
    publicCertificate: Buffer.from(CERT_PEM).toString("base64"),
    signRequest: true,
    overrideActiveTenant: true,
    subAccountAccessLimit: 2,
    skipEmailDomainValidation: true,
    idpClientId: "acme-graph-app",
    idpClientSecret: SEEDED_IDP_CLIENT_SECRET,
  });
  await client.sso.addDomain("acme", saml.id, "acme.example");
  await client.sso.setDefaultRoles("acme", saml.id, [viewer!.id]);
  await client.sso.createGroup("acme", saml.id, { group: "Engineering", roleIds: [acmeOps!.id, viewer!.id] });
  await client.sso.createGroup("acme", saml.id, { group: "Auditors", roleIds: [] });
  const oidc = await client.sso.create("globex", {
    type: "oidc",
    enabled: true,
    ssoEndpoint: "https://login.globex.example",
    oidcClientId: "globex-app",
    oidcSecret: SEEDED_OIDC_SECRET,
  });
  await client.sso.addDomain("globex", oidc.id, "globex.example");

  // Restrictions, spelled as someone might type them in the portal (not in canonical form).
  await client.restrictions.ip.save({ ip: "203.0.113.7/32", strategy: "ALLOW", description: "Head office" });
  await client.restrictions.ip.save({ ip: "2001:DB8:0:0::/32", strategy: "ALLOW", isActive: false });
  await client.restrictions.ip.save({ ip: "198.51.100.0/24", strategy: "BLOCK", description: "Scrapers" }, { tenantId: "acme" });
  await client.restrictions.ip.saveConfig({ strategy: "BLOCK", isActive: true }, { tenantId: "acme" });
  await client.restrictions.ip.saveConfig({ strategy: "ALLOW", isActive: false });
  await client.restrictions.emailDomains.add({ domain: "Competitor.example", type: "BLOCK" });
  await client.restrictions.emailDomains.add({ domain: "partner.example", type: "ALLOW" });
  await client.restrictions.emailDomains.saveConfig({ active: true, type: "BLOCK", blockPublicDomains: true });

  // Entitlements: a feature granting a seeded permission, with metadata; a plan of two features; a flag with a rule.
  const entitlements = client.entitlements;
  const sso = await entitlements.features.create({ key: "sso", name: "Single sign-on", permissions: ["invoices.read"] });
  await entitlements.features.setMetadata(sso.id, JSON.stringify({ tier: "enterprise" }));
  const audit = await entitlements.features.create({ key: "audit-logs", name: "Audit logs", description: "Who did what" });
  const gold = await entitlements.plans.create({ name: "Gold", description: "Everything", defaultTreatment: "true", assignOnSignup: false });
  await entitlements.plans.link(gold.id, [sso.id, audit.id]);
  await entitlements.featureFlags.create({
    name: "Audit rollout",
    featureId: audit.id,
    on: true,
    offTreatment: "false",
    defaultTreatment: "false",
    rules: [{ description: "gold", conditionLogic: "and", treatment: "true", conditions: [{ attribute: "tier", attributeType: "custom", negate: false, op: "in_list", value: { list: ["gold"] } }] }],
  });
  const portal = await client.applications.create({
    name: "Customer portal",
    appURL: "https://app.example.com/",
    loginURL: "https://app.example.com/login",
    accessType: "MANAGED_ACCESS",
    frontendStack: "vue",
    metadata: { team: "growth" },
  });
  await client.applications.assignTenant(portal.id, "acme");
  await client.applications.create({ name: "Mobile", appURL: "https://m.example.com", loginURL: "https://m.example.com/login", type: "mobile-ios", isActive: false });
  // The admin portal as the portal leaves it: navigation, a login box with a logo and social logins (never managed here).
  await client.adminPortal.replace({
    navigation: { users: { visibility: "byPermissions" }, audits: { visibility: "hidden" } },
    themeV2: { loginBox: { themeName: "classic", logo: "https://cdn.example.com/logo.png", socialLogins: { google: { enabled: true } } } },
  });
  // Hosted login: one redirect URI with a trailing "/", origins as Frontegg stores them (it appends "/").
  await client.hostedLogin.redirectUris.add("https://app.example.com/oauth/callback");
  await client.hostedLogin.redirectUris.add("http://localhost:3000/");
  await Promise.all([client.hostedLogin.allowedOrigins.add("https://app.example.com"), client.hostedLogin.allowedOrigins.add("http://localhost:3000")]);
  // A token template, the targeting that names it (with its values out of order), the SSO settings, a provider.
  await client.jwtTemplates.create({
    key: "partner",
    name: "Partner token",
    description: "",
    expiration: 3600,
    algorithm: "RS256",
    templateSchema: { claims: { iss: "{{issuer}}", sub: "{{user.id}}", aud: "{{clientId}}", exp: "{{exp}}", iat: "{{iat}}", roles: ["{{user.roles}}"] } },
  });
  await client.jwtTemplateTargeting.create({
    rules: [{ conditionLogic: "and", treatment: "partner", conditions: [{ attribute: "tenantId", op: "in_list", value: { list: ["globex", "acme"] }, negate: false }] }],
  });
  await client.ssoSettings.domainPolicy.save({ allowVerifiedUsersToAddDomains: true, skipDomainVerification: false, bypassDomainCrossValidation: false });
  await client.ssoSettings.multiTenantPolicy.save({ active: true, unspecifiedTenantStrategy: "BLOCK", useActiveTenant: true });
  await client.emailProvider.save({ provider: "sendgrid", secret: SEEDED_EMAIL_PROVIDER_SECRET });
  // The environment itself: a name, the hosted login on, a custom domain, two app links, SAML with a portal-set IdP key.
  await client.vendor.settings.save({ name: "Acme (seeded)", country: "DE" });
  await client.hostedLogin.activation.save({ isActive: true });
  await client.vendor.customDomains.add("Login.Acme.example");
  await client.vendor.associatedDomains.add("ios", { appId: "ABCDE12345.com.acme.app", appLinks: true, webCredentials: false });
  await client.vendor.associatedDomains.add("android", { packageName: "com.acme.app", sha256CertFingerprints: [SEEDED_FINGERPRINT] });
  await client.vendorSso.saveSaml(true, { acsUrl: "https://auth.acme.example/saml/callback", spEntityId: "https://auth.acme.example/saml", ssoEndpoint: "https://idp.acme.example/sso" });
  await client.vendorSso.saveOidc({ active: true, redirectUri: "https://app.acme.example/oidc" });
  // Custom code: a secret its code reads, an endpoint prehook and a custom-code one.
  await client.customCodeSecrets.create("CRM_API_TOKEN", SEEDED_CUSTOM_CODE_SECRETS.crmApiTokenCustomCodeSecret!);
  await client.prehooks.create({ type: "API", isActive: true, displayName: "Sign-up screening", description: "", eventKeys: ["SIGN_UP"], failMethod: "OPEN", url: "https://hooks.example.com/sign-up", secret: SEEDED_CUSTOM_CODE_SECRETS.signUpScreeningPrehookSecret! });
  await client.prehooks.create({ type: "CUSTOM_CODE", isActive: false, displayName: "Invitation policy", description: "", eventKeys: ["USER_INVITE"], failMethod: "CLOSE", code: "export async function onEvent() { return { verdict: 'allow' }; }", runtime: "NODE_20", timeout: 5 });
  // User sources, one of each type; the Auth0 one assigned to the customer portal.
  const web = (await client.applications.list()).find((a) => a.name === "Customer portal")!;
  const newTenant = { tenantResolverType: "new" };
  await client.userSources.create("auth0", { name: "Legacy Auth0", description: "", index: 1, appIds: [web.id], configuration: { syncOnLogin: true, isMigrated: false, domain: "acme.us.auth0.com", clientId: "auth0-client", secret: SEEDED_CUSTOM_CODE_SECRETS.legacyAuth0Secret!, tenantConfig: { tenantResolverType: "dynamic", tenantIdFieldName: "org_id" } } });
  await client.userSources.create("cognito", { name: "Cognito pool", description: "", index: 2, appIds: [], configuration: { syncOnLogin: false, isMigrated: false, region: "eu-west-1", userPoolId: "eu-west-1_AbCdEf123", clientId: "cognito-client", accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: SEEDED_CUSTOM_CODE_SECRETS.cognitoPoolSecretAccessKey!, tenantConfig: newTenant } });
  await client.userSources.create("firebase", { name: "Firebase", description: "", index: 3, appIds: [], configuration: { syncOnLogin: false, isMigrated: true, apiKey: SEEDED_CUSTOM_CODE_SECRETS.firebaseApiKey!, serviceAccount: JSON.parse(SEEDED_CUSTOM_CODE_SECRETS.firebaseServiceAccount!), tenantConfig: { tenantResolverType: "static", tenantId: "acme" } } });
  await client.userSources.create("custom-code", { name: "Legacy database", description: "", index: 4, appIds: [], configuration: { syncOnLogin: false, isMigrated: false, codePayload: "export async function authenticate() { return null; }", tenantConfig: { tenantResolverType: "from-source" } } });
  await client.userSources.create("federation", { name: "Partner IdP", description: "", index: 5, appIds: [], configuration: { syncOnLogin: false, clientId: "frontegg", usePkce: true, oauth2Config: { authorizationUrl: "https://idp.partner.example/authorize", tokenUrl: "https://idp.partner.example/token", userInfoUrl: "https://idp.partner.example/userinfo", scopes: ["openid", "email"] }, tenantConfig: newTenant } });
}

const SEEDED_FINGERPRINT = "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89";
