/**
 * JwtTemplate, JwtTemplateTargeting, SsoDomainPolicy, SsoMultiTenantPolicy and EmailProvider under the real engine,
 * in one shared stack: create, a preview of one call and a clean refresh, in-place updates (the e-mail secret
 * rotated, the provider switched), portal changes seen by refresh (the sealed secret through its fingerprint) and
 * repaired by up, adoption of a template made in the portal, bad inputs refused at preview with no write, destroy.
 */
import * as pulumi from "@pulumi/pulumi";
import * as frontegg from "pulumi-frontegg";
import { ConfigMap } from "@pulumi/pulumi/automation";
import { FronteggClient } from "../../provider/client";
import { TestEmulator, useEmulator } from "../support/emulator";
import { changesOf, engineStack, EngineStack, PROJECT } from "./harness";
import { expectNoChanges, expectPreviewRefused, expectSecretsHidden } from "./lifecycle";

jest.setTimeout(300_000);

const MAIL_SECRET = "sendgrid-api-key-never-shown-9911";
const ROTATED_MAIL_SECRET = "mailgun-api-key-never-shown-9922";
const SECRETS = [MAIL_SECRET, ROTATED_MAIL_SECRET];
const AUTH = "POST /auth/vendor";
const CLAIMS = { iss: "{{issuer}}", sub: "{{user.id}}", aud: "{{clientId}}", exp: "{{exp}}", iat: "{{iat}}" };

type Args = Record<string, Record<string, unknown>>;
const declared = (): Args => ({
  partner: { key: "partner", name: "Partner token", expiration: 3600, algorithm: "RS256", claims: { ...CLAIMS, email: "{{user.email}}" } },
  targeting: { rules: [{ treatment: "partner", conditions: [{ attribute: "tenantId", op: "in_list", value: { list: ["acme", "globex"] } }] }] },
  domains: { allowVerifiedUsersToAddDomains: true, skipDomainVerification: false },
  multi: { active: true, unspecifiedTenantStrategy: "BLOCK" },
  mail: { provider: "sendgrid" },
});
let args = declared();
/** A template made in the portal, declared with adoptExisting once the test gets to it. */
let adopted: Record<string, unknown> | undefined;

const program = async () => {
  const config = new pulumi.Config();
  const partner = new frontegg.JwtTemplate("partner", args.partner as unknown as frontegg.JwtTemplateArgs);
  const rules = (args.targeting!.rules as Array<Record<string, unknown>>).map((rule) => ({ ...rule, treatment: rule.treatment === "partner" ? partner.key : rule.treatment }));
  new frontegg.JwtTemplateTargeting("targeting", { rules } as unknown as frontegg.JwtTemplateTargetingArgs);
  new frontegg.SsoDomainPolicy("domains", args.domains as frontegg.SsoDomainPolicyArgs);
  new frontegg.SsoMultiTenantPolicy("multi", args.multi as frontegg.SsoMultiTenantPolicyArgs);
  new frontegg.EmailProvider("mail", { ...args.mail, secret: config.requireSecret("mailSecret") } as unknown as frontegg.EmailProviderArgs);
  if (adopted) new frontegg.JwtTemplate("portal-made", adopted as unknown as frontegg.JwtTemplateArgs);
};
const RESOURCES = 5;

const config = (mailSecret = MAIL_SECRET): ConfigMap => ({ [`${PROJECT}:mailSecret`]: { value: mailSecret, secret: true } });

let emulator: TestEmulator;
let client: FronteggClient;
let engine: EngineStack;

beforeAll(async () => {
  emulator = await useEmulator();
  client = emulator.client();
  // The environment already has a domain policy: the stack takes it over and keeps the flag it does not declare.
  await client.ssoSettings.domainPolicy.save({ allowVerifiedUsersToAddDomains: false, skipDomainVerification: false, bypassDomainCrossValidation: true });
  engine = await engineStack("tokens-sso-email", program, emulator, config());
});
afterAll(async () => {
  await engine?.dispose();
  await emulator?.stop();
});

const up = async () => changesOf((await engine.stack.up()).summary.resourceChanges);
const refresh = async () => changesOf((await engine.stack.refresh()).summary.resourceChanges);
const template = async (key: string) => (await client.jwtTemplates.list()).find((t) => t.key === key);

it("creates all five, keeping the e-mail secret out of state", async () => {
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ create: RESOURCES + 1 });
  expect(await up()).toEqual({ create: RESOURCES + 1 });
  expect(await template("partner")).toMatchObject({ name: "Partner token", expiration: 3600, templateSchema: { claims: { ...CLAIMS, email: "{{user.email}}" } } });
  expect((await client.jwtTemplateTargeting.get())?.targeting.rules).toEqual([
    { conditionLogic: "and", treatment: "partner", conditions: [{ attribute: "tenantId", op: "in_list", value: { list: ["acme", "globex"] }, negate: false }] },
  ]);
  expect(await client.ssoSettings.domainPolicy.get()).toEqual({ allowVerifiedUsersToAddDomains: true, skipDomainVerification: false, bypassDomainCrossValidation: true });
  expect(await client.ssoSettings.multiTenantPolicy.get()).toEqual({ active: true, unspecifiedTenantStrategy: "BLOCK", useActiveTenant: false });
  expect(await client.emailProvider.get()).toMatchObject({ provider: "sendgrid", secret: MAIL_SECRET });
  await expectSecretsHidden(engine, SECRETS);
});

it("previews with one call, and refreshes with no change whatever order Frontegg lists values in", async () => {
  // Frontegg answering the condition's values in another order is no drift.
  await client.jwtTemplateTargeting.replace({
    rules: [{ conditionLogic: "and", treatment: "partner", conditions: [{ attribute: "tenantId", op: "in_list", value: { list: ["globex", "acme"] }, negate: false }] }],
  });
  await emulator.control("DELETE", "/requests");
  await expectNoChanges(engine);
  expect(await emulator.requestCounts()).toEqual({ [AUTH]: 1 });
  await emulator.control("DELETE", "/requests");
  expect(await refresh()).toEqual({});
  // One read per kind: the template list (one page) and each singleton's own.
  expect(await emulator.requestCounts()).toEqual({
    [AUTH]: 1,
    "GET /identity/resources/jwt-templates/v1": 1,
    "GET /identity/resources/configurations/v1/jwt-template-targeting": 1,
    "GET /team/resources/sso/v1/configurations/domains": 1,
    "GET /team/resources/sso/v1/configurations/multiple-sso-per-domain": 1,
    "GET /identity/resources/mail/v1/configurations": 1,
  });
  await expectNoChanges(engine);
});

it("updates in place: claims, rules, flags, the strategy, and a switch of e-mail provider with a new secret", async () => {
  args = declared();
  args.partner!.claims = { ...CLAIMS, roles: ["{{user.roles}}"] };
  args.targeting!.rules = [...(args.targeting!.rules as unknown[]), { treatment: "partner", conditions: [{ attribute: "userEmail", op: "ends_with", value: { list: ["@partner.example"] } }] }];
  args.domains!.skipDomainVerification = true;
  args.multi!.unspecifiedTenantStrategy = "FIRST_CREATED";
  args.mail = { provider: "mailgun", domain: "mg.example.com", region: "eu" };
  await engine.stack.setAllConfig(config(ROTATED_MAIL_SECRET));
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ update: RESOURCES });
  expect(await up()).toEqual({ update: RESOURCES });
  expect((await template("partner"))?.templateSchema.claims).toEqual({ ...CLAIMS, roles: ["{{user.roles}}"] });
  expect((await client.jwtTemplateTargeting.get())?.targeting.rules).toHaveLength(2);
  expect(await client.ssoSettings.domainPolicy.get()).toEqual({ allowVerifiedUsersToAddDomains: true, skipDomainVerification: true, bypassDomainCrossValidation: true });
  expect((await client.ssoSettings.multiTenantPolicy.get())?.unspecifiedTenantStrategy).toBe("FIRST_CREATED");
  expect(await client.emailProvider.get()).toMatchObject({ provider: "mailgun", secret: ROTATED_MAIL_SECRET });
  await expectNoChanges(engine);
  await expectSecretsHidden(engine, SECRETS);
});

it("detects portal changes on refresh (the e-mail secret by its fingerprint) and repairs them on up", async () => {
  const partner = (await template("partner"))!;
  await client.jwtTemplates.update(partner.id, { key: "partner", name: "Renamed in portal", description: "", expiration: 60, algorithm: "HS256", templateSchema: partner.templateSchema });
  await client.jwtTemplateTargeting.delete((await client.jwtTemplateTargeting.get())!.id);
  await client.ssoSettings.domainPolicy.save({ allowVerifiedUsersToAddDomains: false, skipDomainVerification: true, bypassDomainCrossValidation: true });
  await client.ssoSettings.multiTenantPolicy.save({ active: false, unspecifiedTenantStrategy: "FIRST_CREATED", useActiveTenant: true });
  await client.emailProvider.save({ provider: "mailgun", secret: "changed-in-portal", domain: "mg.example.com", region: "eu" });
  expect(await refresh()).toEqual({ update: 4, delete: 1 });
  expect(await up()).toEqual({ update: 4, create: 1 });
  expect(await template("partner")).toMatchObject({ name: "Partner token", expiration: 3600, algorithm: "RS256" });
  expect((await client.jwtTemplateTargeting.get())?.targeting.rules).toHaveLength(2);
  expect((await client.ssoSettings.domainPolicy.get())?.allowVerifiedUsersToAddDomains).toBe(true);
  // useActiveTenant is not declared: the portal's value stays.
  expect(await client.ssoSettings.multiTenantPolicy.get()).toEqual({ active: true, unspecifiedTenantStrategy: "FIRST_CREATED", useActiveTenant: true });
  expect(await client.emailProvider.get()).toMatchObject({ secret: ROTATED_MAIL_SECRET });
  await expectNoChanges(engine);
});

describe("bad inputs are refused at preview, with no write", () => {
  afterAll(() => {
    adopted = undefined;
  });
  const refused = async (change: (a: Args) => void, ...expected: RegExp[]) => {
    const saved = JSON.parse(JSON.stringify(args)) as Args;
    change(args);
    try {
      await expectPreviewRefused(engine, emulator, ...expected);
    } finally {
      args = saved;
    }
  };

  it("a reserved claim and a wrong audience", () =>
    refused(
      (a) => void (a.partner!.claims = { ...CLAIMS, aud: "{{aud}}", tenantId: "{{tenantId}}" }),
      /JwtTemplate resource 'partner' has a problem: claims\.tenantId: tenantId is reserved by Frontegg/,
      /claims\.aud: aud must be "\{\{clientId\}\}" or "\{\{applicationId\}\}"/,
    ));
  it("a condition on an attribute Frontegg does not know", () =>
    refused((a) => void ((a.targeting!.rules as Array<{ conditions: Array<Record<string, unknown>> }>)[0]!.conditions[0]!.attribute = "country"), /JwtTemplateTargeting resource 'targeting' has a problem: rules\[0\]\.conditions\[0\]\.attribute/));
  it("a Mailgun provider without its domain, and a strategy no source documents", async () => {
    await refused((a) => void delete a.mail!.domain, /EmailProvider resource 'mail' has a problem: domain: domain is required for provider mailgun/);
    await refused((a) => void (a.multi!.unspecifiedTenantStrategy = "RANDOM"), /SsoMultiTenantPolicy resource 'multi' has a problem: unspecifiedTenantStrategy/);
  });
  it("a template key that already exists in Frontegg, unless adoptExisting is set", async () => {
    await client.jwtTemplates.create({ key: "portal", name: "Made in the portal", description: "", expiration: 600, algorithm: "HS256", templateSchema: { claims: CLAIMS } });
    adopted = { key: "portal", name: "Adopted", expiration: 600, algorithm: "HS256", claims: CLAIMS };
    await expectPreviewRefused(engine, emulator, /JWT template "portal" already exists in Frontegg .*set adoptExisting: true/);
  });
});

it("adopts a template made in the portal with adoptExisting, converging it to the program", async () => {
  const existing = (await template("portal"))!;
  adopted = { key: "portal", name: "Adopted", expiration: 600, algorithm: "HS256", claims: CLAIMS, adoptExisting: true };
  expect(await up()).toEqual({ create: 1 });
  expect(await template("portal")).toMatchObject({ id: existing.id, name: "Adopted" });
  await expectNoChanges(engine);
});

it("destroys all: templates and targeting deleted, the managed SSO flags off, Frontegg's own sender back", async () => {
  expect(changesOf((await engine.stack.destroy()).summary.resourceChanges)).toEqual({ delete: RESOURCES + 2 });
  expect(await client.jwtTemplates.list()).toEqual([]);
  expect(await client.jwtTemplateTargeting.get()).toBeUndefined();
  expect(await client.ssoSettings.domainPolicy.get()).toEqual({ allowVerifiedUsersToAddDomains: false, skipDomainVerification: false, bypassDomainCrossValidation: true });
  expect(await client.ssoSettings.multiTenantPolicy.get()).toEqual({ active: false, unspecifiedTenantStrategy: "FIRST_CREATED", useActiveTenant: false });
  expect(await client.emailProvider.get()).toBeUndefined();
});
