/**
 * `pulumi-frontegg export` round trip under the real engine: seed environment A through the API, export it,
 * `pulumi up` the generated program against A (it adopts everything: no write reaches Frontegg), then against an
 * empty environment B (it creates everything); A and B then compare equal.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { PulumiFn } from "@pulumi/pulumi/automation";
import { main } from "../../cli";
import { diffEnvironments } from "../../provider/environment/diff";
import { readEnvironment } from "../../provider/environment/snapshot";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";
import {
  SEEDED_CAPTCHA_SECRET,
  SEEDED_EMAIL_PROVIDER_SECRET,
  SEEDED_IDP_CLIENT_SECRET,
  SEEDED_OIDC_SECRET,
  SEEDED_SOCIAL_SECRET,
  SEEDED_WEBHOOK_SECRET,
  SEEDED_CUSTOM_CODE_SECRETS,
  seedConfiguration,
  seedTenants,
} from "../support/seed";
import { changesOf, engineStack, EngineStack, PROJECT } from "./harness";

jest.setTimeout(600_000);

let a: TestEmulator;
let b: TestEmulator;
let out: string;
let program: PulumiFn;
const stacks: EngineStack[] = [];

beforeAll(async () => {
  [a, b] = await Promise.all([useEmulator(), useEmulator()]);
  await seedConfiguration(a.client());
  await seedTenants(b.client());
  const root = join(__dirname, "..", "..", ".test-stacks");
  mkdirSync(root, { recursive: true });
  out = mkdtempSync(join(root, "export-"));
});
afterAll(async () => {
  await Promise.all(stacks.map((s) => s.dispose()));
  await Promise.all([a.stop(), b.stop()]);
  rmSync(out, { recursive: true, force: true });
});

const secretConfig = {
  [`${PROJECT}:globexOidcSecret`]: { value: SEEDED_OIDC_SECRET, secret: true },
  [`${PROJECT}:acmeSamlIdpClientSecret`]: { value: SEEDED_IDP_CLIENT_SECRET, secret: true },
  [`${PROJECT}:captchaSecretKey`]: { value: SEEDED_CAPTCHA_SECRET, secret: true },
  [`${PROJECT}:githubSocialLoginSecret`]: { value: SEEDED_SOCIAL_SECRET, secret: true },
  [`${PROJECT}:signUpsToTheCrmWebhookSecret`]: { value: SEEDED_WEBHOOK_SECRET, secret: true },
  [`${PROJECT}:sendgridEmailProviderSecret`]: { value: SEEDED_EMAIL_PROVIDER_SECRET, secret: true },
  ...Object.fromEntries(Object.entries(SEEDED_CUSTOM_CODE_SECRETS).map(([key, value]) => [`${PROJECT}:${key}`, { value, secret: true }])),
};
const writes = async (emulator: TestEmulator) =>
  Object.entries(await emulator.requestCounts()).filter(([route]) => !route.startsWith("GET ") && route !== "POST /auth/vendor");

it("writes a readable program: references, adoptExisting, secrets from config, no built-ins", async () => {
  let stdout = "";
  const env = { FRONTEGG_CLIENT_ID: CLIENT_ID, FRONTEGG_SECRET_KEY: SECRET, FRONTEGG_API_BASE_URL: a.url };
  const code = await main(["export", "--out", out, "--force", "--tenants"], { env, stdout: (t) => void (stdout += t), stderr: (t) => void (stdout += t) });
  expect(code).toBe(0);
  expect(stdout).toMatch(
    /Exported 2 permission categories, 5 permissions, 3 roles, 2 SSO connections, 2 SSO group mappings, 2 MFA policies, 1 lockout policy, 2 email templates, 3 IP restrictions, 1 IP restriction mode, 2 e-mail domain restrictions, 1 e-mail domain restriction mode, 1 identity management configuration, 2 password policies, 1 password history policy, 1 password expiration policy, 2 session policies, 1 captcha policy, 3 MFA strategies, 2 features, 1 plan, 1 feature flag, 1 social login, 1 webhook, 2 tenants, 2 applications, 1 application tenant assignment, 2 redirect URIs, 2 allowed origins, 1 JWT template, 1 JWT template targeting, 1 SSO domain policy, 1 multiple SSO per domain policy, 1 e-mail provider, 1 environment settings, 1 hosted login switch, 1 custom domain, 2 associated domains, 1 SSO settings, 1 admin portal, 1 custom-code secret, 2 prehooks, 1 Auth0 user source, 1 Cognito user source, 1 Firebase user source, 1 custom-code user source, 1 federation user source from /,
  );
  expect(stdout).toContain("pulumi config set --secret globexOidcSecret <value>");
  expect(stdout).toContain("pulumi config set --secret acmeSamlIdpClientSecret <value>");
  expect(stdout).toContain("pulumi config set --secret captchaSecretKey <value>");
  expect(stdout).toContain("pulumi config set --secret githubSocialLoginSecret <value>");
  expect(stdout).toContain("pulumi config set --secret signUpsToTheCrmWebhookSecret <value>");

  const source = readFileSync(join(out, "index.ts"), "utf8");
  expect(source).toContain('const permissionInvoicesRead = new frontegg.Permission("permission-invoices-read", {');
  expect(source).toContain("categoryId: categoryBilling.id,");
  expect(source).toMatch(/permissionIds: \[[^\]]*permissionInvoicesRead\.id/);
  expect(source).toContain('builtInPermissions.apply((ids) => ids["fe.');
  expect(source).toContain('oidcSecret: config.requireSecret("globexOidcSecret")');
  expect(source).toContain('tenantId: "acme"');
  expect(source).toMatch(/new frontegg\.IpRestriction\("ip-203-0-113-7", \{\n\s+ip: "203\.0\.113\.7",/);
  expect(source).toContain('ip: "2001:db8::/32",');
  expect(source).toContain("isActive: false,");
  // Declared inputs in the schema's order: the tenant comes last.
  expect(source).toMatch(/new frontegg\.IpRestrictionMode\("ip-mode-acme", \{\n\s+strategy: "BLOCK",\n\s+tenantId: "acme",/);
  expect(source).toContain('domain: "competitor.example",');
  expect(source).toMatch(/new frontegg\.EmailDomainRestrictionMode\(/);
  expect(source).toContain("permissions: [permissionInvoicesRead.key],");
  expect(source).toContain('metadata: "{\\"tier\\":\\"enterprise\\"}",');
  expect(source).toMatch(/new frontegg\.Plan\("plan-gold", \{[^}]*featureIds: \[featureAuditLogs\.id, featureSso\.id\],/);
  expect(source).toMatch(/new frontegg\.FeatureFlag\("flag-audit-logs", \{\n\s+featureId: featureAuditLogs\.id,/);
  expect(source).toContain('new frontegg.RedirectUri("redirect-localhost-3000", {\n        redirectUri: "http://localhost:3000/",');
  expect(source).toContain('new frontegg.AllowedOrigin("origin-app-example-com", {\n        origin: "https://app.example.com",');
  expect(source).not.toContain(SEEDED_OIDC_SECRET);
  expect(source).not.toContain(SEEDED_IDP_CLIENT_SECRET);
  // A connection's resource is named like its variable: tenant, type, "connection".
  expect(source).toMatch(/const acmeSamlConnection = new frontegg\.SsoConfiguration\("acme-saml-connection", \{[^}]*skipEmailDomainValidation: true,[^}]*idpClientSecret: config\.requireSecret\("acmeSamlIdpClientSecret"\)/);
  expect(source).toMatch(/new frontegg\.SsoGroupMapping\("acme-saml-engineering", \{\s+tenantId: "acme",\s+ssoConfigurationId: acmeSamlConnection\.id,\s+group: "Engineering",\s+roleIds: \[roleAcmeOps\.id, roleViewer\.id\],/);
  expect(source).toContain("roleIds: [],");
  expect(source).not.toContain(SEEDED_CAPTCHA_SECRET);
  expect(source).toContain('secretKey: config.requireSecret("captchaSecretKey")');
  // A disabled feature is declared without its value; only the tenant with a configuration of its own has one.
  expect(source).toContain("sessionTimeoutConfiguration: { isActive: false },");
  expect(source).toMatch(/new frontegg\.SessionPolicy\("sessions-globex", \{[^;]*\n\s+tenantId: "globex",\n\s+adoptExisting: true,/);
  expect(source).toContain("sessionConcurrentConfiguration: { isActive: true, maxSessions: 2 },");
  expect(source).not.toContain('SessionPolicy("sessions-acme"');
  // isActive at its default (true) is left out, as every input at its default is.
  expect(source).toContain('new frontegg.MfaStrategy("mfa-authenticator-app", {\n        strategy: "AuthenticatorApp",\n        serviceName: "Acme Cloud",');
  expect(source).toMatch(/new frontegg\.Application\("[a-z-]+", \{\n\s+name: "Customer portal",\n\s+appURL: "https:\/\/app\.example\.com\/",/);
  expect(source).toContain("metadata: { team: \"growth\" },");
  expect(source).not.toMatch(/clientSecret|sharedSecret/);
  expect(source).toMatch(/new frontegg\.Tenant\("[a-z0-9-]+", \{\n\s+tenantId: "acme",\n\s+name: "ACME",/);
  expect(source).toMatch(/new frontegg\.ApplicationTenantAssignment\("[a-z0-9-]+", \{\n\s+appId: [A-Za-z0-9]+\.id,\n\s+tenantId: "acme",/);
  // The admin portal's declared paths only: never the login box's logo or social logins.
  expect(source).toMatch(/new frontegg\.AdminPortal\("[a-z0-9-]+", \{\n\s+navigation: \{/);
  expect(source).not.toMatch(/logo\.png|socialLogins/);
  expect(source).not.toMatch(/new frontegg\.Permission\("fe-/);
  expect(source).not.toMatch(/key: "(Admin|ReadOnly)"/);
  expect(source.match(/^\s+adoptExisting: true,$/gm)).toHaveLength(source.match(/new frontegg\./g)!.length);
  expect(readFileSync(join(out, "Pulumi.yaml"), "utf8")).toMatch(/globexOidcSecret:\n\s+type: string\n\s+secret: true/);

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  program = require(join(out, "index.ts")) as PulumiFn;
});

it("adopts environment A with no write to Frontegg, then has nothing left to change", async () => {
  const engine = await engineStack("export-a", program, a, secretConfig);
  stacks.push(engine);
  await a.control("DELETE", "/requests");
  const up = await engine.stack.up();
  expect(up.summary.result).toBe("succeeded");
  // Frontegg never returns a custom-code secret's value, so taking the secret over writes it once (neverReturned).
  expect(await writes(a)).toEqual([["PATCH /custom-code/resources/secrets/v1/{id}", 1]]);
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({});
  const state = await engine.exportText();
  expect([SEEDED_OIDC_SECRET, SEEDED_IDP_CLIENT_SECRET, SEEDED_CAPTCHA_SECRET, SEEDED_SOCIAL_SECRET, SEEDED_WEBHOOK_SECRET].filter((secret) => state.includes(secret))).toEqual([]);
});

it("creates everything in an empty environment B, after which A and B compare equal", async () => {
  const engine = await engineStack("export-b", program, b, secretConfig);
  stacks.push(engine);
  const up = await engine.stack.up();
  expect(up.summary.result).toBe("succeeded");
  expect((await writes(b)).length).toBeGreaterThan(0);
  const [left, right] = await Promise.all([readEnvironment(a.client()), readEnvironment(b.client())]);
  expect(diffEnvironments(left, right)).toEqual([]);
  expect(Object.keys(right.Role).sort()).toEqual(["acme/ops", "billing-admin", "viewer"]);
});
