import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Spec } from "../../emulator/spec";
import { samlMetadata } from "../support/saml-metadata";
import { serviceAccountJson } from "../support/service-account";
import {
  CATEGORIES,
  CLIENT_ID,
  CONFIGURATIONS,
  MAIL,
  PERMISSIONS,
  ROLES,
  SECRET,
  SSO,
  TENANTS,
  useEmulator,
  type Answer,
  type CallOptions,
} from "./helpers";

/**
 * Drives every documented operation and checks each answer against the response schema the spec gives for
 * that status (with the documented overrides), then checks that no operation with a schema was missed.
 */
describe("responses conform to the spec's response schemas", () => {
  const spec = Spec.shared();
  const emu = useEmulator();
  const seen: Array<{ key: string; status: number; body: unknown }> = [];

  async function call<T>(key: string, path: string, options: CallOptions = {}): Promise<Answer<T>> {
    const result = await emu.call<T>(key.slice(0, key.indexOf(" ")), path, options);
    seen.push({ key, status: result.status, body: result.body });
    return result;
  }

  it("for every operation of the scenario", async () => {
    await call("POST /auth/vendor", "/auth/vendor", { body: { clientId: CLIENT_ID, secret: SECRET }, anonymous: true });

    const [role] = (await call<Array<{ id: string }>>(`POST ${ROLES}`, ROLES, { body: [{ key: "r", name: "R", level: 1 }] })).body;
    await call(`POST ${ROLES}`, ROLES, { body: [{ key: "t", name: "T", level: 1 }], tenantId: "tenant-a" });
    await call(`GET ${ROLES}`, ROLES);
    await call(`GET ${ROLES}`, ROLES, { tenantId: "tenant-a" });
    await call(`PATCH ${ROLES}/{roleId}`, `${ROLES}/${role.id}`, { body: { description: "d" } });

    const category = (await call<{ id: string }>(`POST ${CATEGORIES}`, CATEGORIES, { body: { name: "C" } })).body;
    await call(`POST ${CATEGORIES}`, CATEGORIES, { body: { name: "With description", description: "d" } });
    await call(`GET ${CATEGORIES}`, CATEGORIES);
    const [permission] = (
      await call<Array<{ id: string }>>(`POST ${PERMISSIONS}`, PERMISSIONS, {
        body: [{ key: "p", name: "P", categoryId: category.id }, { key: "q", name: "Q" }],
      })
    ).body;
    await call(`GET ${PERMISSIONS}`, PERMISSIONS);
    await call(`PATCH ${PERMISSIONS}/{permissionId}`, `${PERMISSIONS}/${permission.id}`, { body: { name: "P2" } });
    await call(`PUT ${PERMISSIONS}/{permissionId}/roles`, `${PERMISSIONS}/${permission.id}/roles`, { body: { roleIds: [role.id] } });
    await call(`PUT ${PERMISSIONS}/classification`, `${PERMISSIONS}/classification`, { body: { permissionIds: [permission.id], type: "ALWAYS" } });
    await call(`PUT ${ROLES}/{roleId}/permissions`, `${ROLES}/${role.id}/permissions`, { body: { permissionIds: [permission.id] } });
    await call(`PATCH ${CATEGORIES}/{categoryId}`, `${CATEGORIES}/${category.id}`, { body: { name: "C2" } });

    const policies: Array<[string, Record<string, unknown>, Record<string, unknown>, "PATCH" | "PUT" | undefined]> = [
      ["v1/mfa-policy", { enforceMFAType: "Force" }, { allowRememberMyDevice: true }, "PATCH"],
      ["v1/lockout-policy", { enabled: true, maxAttempts: 3 }, { enabled: false, maxAttempts: 4 }, "PATCH"],
      ["v1/password-history-policy", { enabled: true, historySize: 2 }, { enabled: true, historySize: 3 }, "PATCH"],
      ["v1/captcha-policy", { enabled: true, siteKey: "k", secretKey: "s", minScore: 0.5 }, { enabled: true, siteKey: "k", secretKey: "s", minScore: 0.6 }, "PUT"],
      ["v1/password", { minLength: 8 }, {}, undefined],
      ["v1", { allowSignups: false }, {}, undefined],
      ["v1/password-rotation", { isActive: true }, {}, undefined],
      ["sessions/v1", { sessionConcurrentConfiguration: { isActive: true, maxSessions: 2 } }, {}, undefined],
    ];
    for (const [suffix, create, update, updateMethod] of policies) {
      const path = `${CONFIGURATIONS}/${suffix}`;
      await call(`POST ${path}`, path, { body: create });
      await call(`GET ${path}`, path);
      if (updateMethod) await call(`${updateMethod} ${path}`, path, { body: update });
    }
    await call(`PUT ${CONFIGURATIONS}/v1/mfa-policy`, `${CONFIGURATIONS}/v1/mfa-policy`, { body: { mfaDeviceExpiration: 60 }, tenantId: "t" });
    await call(`GET ${CONFIGURATIONS}/v1/password`, `${CONFIGURATIONS}/v1/password`, { tenantId: "fresh" });
    await call(`GET ${CONFIGURATIONS}/sessions/v1/vendor`, `${CONFIGURATIONS}/sessions/v1/vendor`);
    await call(`GET ${CONFIGURATIONS}/v1/password-rotation/vendor`, `${CONFIGURATIONS}/v1/password-rotation/vendor`);
    await call(`GET ${CONFIGURATIONS}/v1/mfa`, `${CONFIGURATIONS}/v1/mfa`);
    await call(`POST ${CONFIGURATIONS}/v1/mfa`, `${CONFIGURATIONS}/v1/mfa`, { body: { sms: { active: true, tokenLifetimeSeconds: 600 } } });
    await call(`POST ${CONFIGURATIONS}/v1/mfa/strategies`, `${CONFIGURATIONS}/v1/mfa/strategies`, { body: { strategy: "SMS", isActive: true } });
    await call(`GET ${CONFIGURATIONS}/v1/mfa/strategies`, `${CONFIGURATIONS}/v1/mfa/strategies`);

    await call(`POST ${MAIL}/templates`, `${MAIL}/templates`, { body: { type: "ResetPassword", redirectURL: "{{APP_URL}}/r" } });
    await call(`POST ${MAIL}/templates`, `${MAIL}/templates`, { body: { type: "OTC" } });
    const templates = (await call<Array<{ id: string }>>(`GET ${MAIL}/templates`, `${MAIL}/templates`)).body;
    await call(`GET ${MAIL}/templates`, `${MAIL}/templates?type=OTC`);
    await call(`GET ${MAIL}/{type}/default`, `${MAIL}/MagicLink/default`);
    await call(`GET ${MAIL}/{type}/default`, `${MAIL}/PwnedPassword/default`);
    await call(`DELETE ${MAIL}/templates/{templateId}`, `${MAIL}/templates/${templates[0].id}`);

    const sso = (await call<{ id: string }>(`POST ${SSO}`, SSO, { body: { enabled: true, type: "oidc" }, tenantId: "tenant-a" })).body;
    await call(`GET ${SSO}`, SSO, { tenantId: "tenant-a" });
    await call(`PATCH ${SSO}/{configurationId}`, `${SSO}/${sso.id}`, { body: { enabled: false }, tenantId: "tenant-a" });
    const domain = (
      await call<{ id: string }>(`POST ${SSO}/{configurationId}/domains`, `${SSO}/${sso.id}/domains`, { body: { domain: "a.test" }, tenantId: "tenant-a" })
    ).body;
    await call(`DELETE ${SSO}/{configurationId}/domains/{domainId}`, `${SSO}/${sso.id}/domains/${domain.id}`, { tenantId: "tenant-a" });
    await call(`PUT ${SSO}/{configurationId}/roles`, `${SSO}/${sso.id}/roles`, { body: { roleIds: [role.id] }, tenantId: "tenant-a" });
    await call(`GET ${SSO}/{configurationId}/roles`, `${SSO}/${sso.id}/roles`, { tenantId: "tenant-a" });
    const groups = `${SSO}/${sso.id}/groups`;
    const group = (await call<{ id: string }>(`POST ${SSO}/{configurationId}/groups`, groups, { body: { group: "g", roleIds: [role.id] }, tenantId: "tenant-a" })).body;
    await call(`GET ${SSO}/{configurationId}/groups`, groups, { tenantId: "tenant-a" });
    await call(`PATCH ${SSO}/{configurationId}/groups/{groupId}`, `${groups}/${group.id}`, { body: { group: "h", roleIds: [] }, tenantId: "tenant-a" });
    await call(`DELETE ${SSO}/{configurationId}/groups/{groupId}`, `${groups}/${group.id}`, { tenantId: "tenant-a" });
    const metadata = samlMetadata("https://idp.test", { signing: [readFileSync(join(__dirname, "..", "fixtures", "idp-cert.pem"), "utf8")] });
    const saml = (await call<{ id: string }>(`POST ${SSO}/metadata`, `${SSO}/metadata`, { body: { metadata }, tenantId: "tenant-a" })).body;
    await call(`PUT ${SSO}/{configurationId}/metadata`, `${SSO}/${saml.id}/metadata`, { body: { metadata }, tenantId: "tenant-a" });
    await call(`DELETE ${SSO}/{configurationId}`, `${SSO}/${sso.id}`, { tenantId: "tenant-a" });

    const ip = `${CONFIGURATIONS}/v1/restrictions/ip`;
    await call(`POST ${ip}/config`, `${ip}/config`, { body: { strategy: "ALLOW", isActive: true }, tenantId: "tenant-a" });
    await call(`GET ${ip}/config`, `${ip}/config`, { tenantId: "tenant-a" });
    const restriction = (await call<{ id: string }>(`POST ${ip}`, ip, { body: { ip: "10.0.0.0/8", strategy: "ALLOW" } })).body;
    await call(`GET ${ip}`, `${ip}?_limit=1&_offset=0`);
    await call(`DELETE ${ip}/{id}`, `${ip}/${restriction.id}`);
    const domains = `${CONFIGURATIONS}/restrictions/v1/email-domain`;
    await call(`GET ${domains}/config`, `${domains}/config`);
    await call(`POST ${domains}/config`, `${domains}/config`, { body: { active: true, type: "BLOCK", blockPublicDomains: true } });
    const restrictedDomain = (await call<{ id: string }>(`POST ${domains}`, domains, { body: { domain: "example.com", type: "BLOCK" } })).body;
    await call(`GET ${domains}`, domains);
    await call(`DELETE ${domains}/{id}`, `${domains}/${restrictedDomain.id}`);

    const features = "/entitlements/resources/features";
    const plans = "/entitlements/resources/plans/v1";
    const flags = "/entitlements/resources/feature-flags/v1";
    const feature = (await call<{ id: string }>(`POST ${features}/v1`, `${features}/v1`, { body: { key: "f", name: "F" } })).body;
    await call(`GET ${features}/v1`, `${features}/v1?limit=10`);
    await call(`PATCH ${features}/v1/{featureId}`, `${features}/v1/${feature.id}`, { body: { name: "F2" } });
    await call(`PATCH ${features}/v2/{featureId}`, `${features}/v2/${feature.id}`, { body: { metadata: "{}" } });
    const plan = (await call<{ id: string }>(`POST ${plans}`, plans, { body: { name: "P" } })).body;
    await call(`GET ${plans}`, plans);
    await call(`GET ${plans}/{id}`, `${plans}/${plan.id}`);
    await call(`PATCH ${plans}/{id}`, `${plans}/${plan.id}`, { body: { description: "d" } });
    await call(`PATCH ${plans}/{id}/features/link`, `${plans}/${plan.id}/features/link`, { body: { featuresIds: [feature.id] } });
    await call(`GET ${plans}/{id}/features`, `${plans}/${plan.id}/features`);
    await call(`PATCH ${plans}/{id}/features/unlink`, `${plans}/${plan.id}/features/unlink`, { body: { featuresIds: [feature.id] } });
    await call(`DELETE ${plans}/{id}`, `${plans}/${plan.id}`);
    const flagBody = { name: "FF", on: false, offTreatment: "false", defaultTreatment: "false", featureId: feature.id };
    const flag = (await call<{ id: string }>(`POST ${flags}`, flags, { body: flagBody })).body;
    await call(`GET ${flags}`, flags);
    await call(`GET ${flags}/{id}`, `${flags}/${flag.id}`);
    await call(`PATCH ${flags}/{id}`, `${flags}/${flag.id}`, { body: { on: true } });
    await call(`DELETE ${flags}/{id}`, `${flags}/${flag.id}`);
    await call(`DELETE ${features}/v1/{featureId}`, `${features}/v1/${feature.id}`);

    await call(`POST ${TENANTS}/v1`, `${TENANTS}/v1`, { body: { tenantId: "acme", name: "Acme" } });
    await call(`GET ${TENANTS}/v1/{tenantId}`, `${TENANTS}/v1/acme`);
    await call(`PUT ${TENANTS}/v1/{tenantId}`, `${TENANTS}/v1/acme`, { body: { name: "Acme 2" } });
    await call(`GET ${TENANTS}/v2`, `${TENANTS}/v2?_limit=1`);
    await call(`GET ${TENANTS}/v2/{tenantId}`, `${TENANTS}/v2/acme`);
    await call(`POST ${TENANTS}/v1/{tenantId}/metadata`, `${TENANTS}/v1/acme/metadata`, { body: { metadata: { tier: "gold", seats: 5 } } });
    await call(`DELETE ${TENANTS}/v1/{tenantId}/metadata/{key}`, `${TENANTS}/v1/acme/metadata/tier`);

    const apps = "/applications/resources/applications/v1";
    const assignments = "/applications/resources/applications/tenant-assignments/v1";
    const application = (await call<{ id: string }>(`POST ${apps}`, apps, { body: { name: "A", appURL: "https://a.example", loginURL: "https://a.example/login", isDefault: true } })).body;
    await call(`GET ${apps}`, apps);
    await call(`GET ${apps}/default`, `${apps}/default`);
    await call(`GET ${apps}/{id}`, `${apps}/${application.id}`);
    await call(`PATCH ${apps}/{id}`, `${apps}/${application.id}`, { body: { description: "d" } });
    await call(`GET ${apps}/credentials/{appId}`, `${apps}/credentials/${application.id}`);
    await call(`POST ${assignments}/{appId}`, `${assignments}/${application.id}`, { body: { tenantId: "acme" } });
    await call(`GET ${assignments}/{appId}`, `${assignments}/${application.id}`);
    await call(`PUT ${assignments}/{appId}/{tenantId}`, `${assignments}/${application.id}/acme`, { body: { accessType: "MANAGED_ACCESS" } });
    await call(`DELETE ${assignments}/{appId}/{tenantId}`, `${assignments}/${application.id}/acme`);
    await call(`DELETE ${apps}/{id}`, `${apps}/${application.id}`);
    await call(`DELETE ${TENANTS}/v1/{tenantId}`, `${TENANTS}/v1/acme`);

    const jwt = "/identity/resources/jwt-templates/v1";
    const claims = { iss: "i", sub: "s", aud: "{{clientId}}", exp: "e", iat: "t" };
    const jwtTemplate = (await call<{ id: string }>(`POST ${jwt}`, jwt, { body: { key: "k", name: "K", expiration: 60, algorithm: "RS256", templateSchema: { claims } } })).body;
    await call(`GET ${jwt}`, `${jwt}?_limit=10&_offset=0`);
    await call(`GET ${jwt}/{id}`, `${jwt}/${jwtTemplate.id}`);
    await call(`PUT ${jwt}/{id}`, `${jwt}/${jwtTemplate.id}`, { body: { name: "K2" } });
    await call(`DELETE ${jwt}/{id}`, `${jwt}/${jwtTemplate.id}`);
    const targeting = `${CONFIGURATIONS}/v1/jwt-template-targeting`;
    const rules = [{ conditionLogic: "and", treatment: "k", conditions: [{ attribute: "userId", op: "in_list", value: { list: ["u"] }, negate: false }] }];
    const target = (await call<{ id: string }>(`POST ${targeting}`, targeting, { body: { rules } })).body;
    await call(`GET ${targeting}`, targeting);
    await call(`PUT ${targeting}`, targeting, { body: { rules: [] } });
    await call(`PATCH ${targeting}/{id}`, `${targeting}/${target.id}`, { body: { rules } });
    await call(`DELETE ${targeting}/{id}`, `${targeting}/${target.id}`);
    const mail = "/identity/resources/mail";
    await call(`POST ${mail}/v2/configurations`, `${mail}/v2/configurations`, { body: { payload: { provider: "ses-role", secret: "arn:aws:iam::1:role/r", region: "eu-west-1" } } });
    await call(`GET ${mail}/v1/configurations`, `${mail}/v1/configurations`);
    await call(`DELETE ${mail}/v1/configurations`, `${mail}/v1/configurations`);
    await call(`PUT ${SSO}/domains`, `${SSO}/domains`, { body: { allowVerifiedUsersToAddDomains: false, skipDomainVerification: false, bypassDomainCrossValidation: false } });
    await call(`GET ${SSO}/domains`, `${SSO}/domains`);
    await call(`PUT ${SSO}/multiple-sso-per-domain`, `${SSO}/multiple-sso-per-domain`, { body: { active: false, unspecifiedTenantStrategy: "BLOCK", useActiveTenant: false } });
    await call(`GET ${SSO}/multiple-sso-per-domain`, `${SSO}/multiple-sso-per-domain`);
    await call("GET /vendors", "/vendors");
    await call("PUT /vendors", "/vendors", { body: { name: "Acme", backendStack: "Node", frontendStack: "React" } });
    const customDomains = "/vendors/custom-domains/v2";
    await call(`POST ${customDomains}/verify`, `${customDomains}/verify`, { body: { customDomain: "login.example.com" } });
    const [customDomain] = (await call<{ customDomains: Array<{ id: string }> }>(`GET ${customDomains}`, customDomains)).body.customDomains;
    await call(`DELETE ${customDomains}/{id}`, `${customDomains}/${customDomain!.id}`);
    for (const [platform, body] of [
      ["ios", { appId: "ABCDE12345.com.example.app" }],
      ["android", { packageName: "com.example.app", sha256CertFingerprints: ["AB:CD"] }],
    ] as const) {
      const path = `/vendors/resources/associated-domains/v1/${platform}`;
      const added = (await call<{ id: string }>(`POST ${path}`, path, { body })).body;
      await call(`GET ${path}`, path);
      await call(`DELETE ${path}/{id}`, `${path}/${added.id}`);
    }
    const oidc = "/team/resources/sso/v1/oidc/configurations";
    await call(`POST ${oidc}`, oidc, { body: { active: true, redirectUri: "https://app.example.com/oidc" } });
    await call(`GET ${oidc}`, oidc);
    const USER_SOURCES = "/identity/resources/user-sources/v1";
    const app = await emu.call<{ id: string }>("POST", "/applications/resources/applications/v1", { body: { name: "A", appURL: "https://a.example.com", loginURL: "https://a.example.com/login" } });
    const sourceConfigs: Array<[string, Record<string, unknown>]> = [
      ["external/auth0", { syncOnLogin: false, isMigrated: false, domain: "a.auth0.com", clientId: "c", secret: "s", tenantConfig: { tenantResolverType: "new" } }],
      ["external/cognito", { syncOnLogin: false, isMigrated: false, region: "eu-west-1", clientId: "c", userPoolId: "eu-west-1_a", accessKeyId: "AKIAEXAMPLE00000", secretAccessKey: "s", tenantConfig: { tenantResolverType: "new" } }],
      ["external/firebase", { syncOnLogin: false, isMigrated: false, apiKey: "k", serviceAccount: JSON.parse(serviceAccountJson("pk")), tenantConfig: { tenantResolverType: "new" } }],
      ["external/custom-code", { syncOnLogin: false, isMigrated: false, codePayload: "code", tenantConfig: { tenantResolverType: "from-source" } }],
      ["federation", { syncOnLogin: false, clientId: "c", usePkce: true, wellknownUrl: "https://idp.example/.well-known/openid-configuration", tenantConfig: { tenantResolverType: "static", tenantId: "t" } }],
    ];
    for (const [route, configuration] of sourceConfigs) {
      const created = (await call<{ id: string }>(`POST ${USER_SOURCES}/${route}`, `${USER_SOURCES}/${route}`, { body: { name: route, index: 1, appIds: [app.body.id], configuration } })).body;
      await call(`PUT ${USER_SOURCES}/${route}/{id}`, `${USER_SOURCES}/${route}/${created.id}`, { body: { name: `${route} 2`, configuration } });
    }
    const [firstSource] = (await call<Array<{ id: string }>>(`GET ${USER_SOURCES}`, USER_SOURCES)).body;
    await call(`GET ${USER_SOURCES}/{id}`, `${USER_SOURCES}/${firstSource!.id}`);
    await call(`POST ${USER_SOURCES}/unassign`, `${USER_SOURCES}/unassign`, { body: { userSourceId: firstSource!.id, appIds: [app.body.id] } });
    await call(`POST ${USER_SOURCES}/assign`, `${USER_SOURCES}/assign`, { body: { userSourceId: firstSource!.id, appIds: [app.body.id] } });
    await call(`DELETE ${USER_SOURCES}/{id}`, `${USER_SOURCES}/${firstSource!.id}`);

    await call(`DELETE ${PERMISSIONS}/{permissionId}`, `${PERMISSIONS}/${permission.id}`);
    await call(`DELETE ${CATEGORIES}/{categoryId}`, `${CATEGORIES}/${category.id}`);
    await call(`DELETE ${ROLES}/{roleId}`, `${ROLES}/${role.id}`);

    const failures = seen
      .map(({ key, status, body }) => ({ key, status, problems: spec.operation(key).responseErrors(status, body) }))
      .filter((f) => f.problems.length > 0);
    expect(failures).toEqual([]);
    expect(seen.every((s) => s.status >= 200 && s.status < 300)).toBe(true);
  });

  it("exercised every operation, and every status that has a schema", () => {
    const exercised = new Set(seen.map((s) => s.key));
    expect(spec.operations().map((o) => o.key).filter((key) => !exercised.has(key))).toEqual([]);
    const withSchema = seen.filter((s) => spec.operation(s.key).hasResponseSchema(s.status)).map((s) => s.key);
    const missing = spec
      .operations()
      .filter((o) => [200, 201].some((status) => o.hasResponseSchema(status)))
      .map((o) => o.key)
      .filter((key) => !withSchema.includes(key));
    expect(missing).toEqual([]);
  });
});
