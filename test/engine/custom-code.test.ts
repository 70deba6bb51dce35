/**
 * CustomCodeSecret, Prehook and the five user-source kinds under the real engine, in one shared stack: create,
 * no-change preview and refresh (each list read once), in-place update (secrets rotated, events and applications
 * changed), changes made in the portal seen on refresh (secrets by fingerprint) and repaired by up, an object
 * deleted in the portal recreated, adoption of a source made in the portal, bad inputs refused at preview with no
 * write, and destroy. The secrets are searched for in the exported state, the backend files and every message.
 */
import * as pulumi from "@pulumi/pulumi";
import * as frontegg from "pulumi-frontegg";
import { ConfigMap } from "@pulumi/pulumi/automation";
import { FronteggClient } from "../../provider/client";
import { TestEmulator, useEmulator } from "../support/emulator";
import { serviceAccountJson } from "../support/service-account";
import { changesOf, engineStack, EngineStack, PROJECT } from "./harness";
import { expectNoChanges, expectPreviewRefused, expectSecretsHidden, writesSeen } from "./lifecycle";

jest.setTimeout(600_000);

const CODE_SECRET = "custom-code-value-never-shown-5501";
const HOOK_SECRET = "prehook-secret-never-shown-5502";
const AUTH0_SECRET = "auth0-secret-never-shown-5503";
const AWS_SECRET = "aws-secret-never-shown-5504";
const FIREBASE_KEY = "firebase-private-key-never-shown-5505";
const FEDERATION_SECRET = "federation-secret-never-shown-5506";
const ROTATED = "-rotated";
const SECRETS = [CODE_SECRET, HOOK_SECRET, AUTH0_SECRET, AWS_SECRET, FIREBASE_KEY, FEDERATION_SECRET].flatMap((s) => [s, `${s}${ROTATED}`]);
const CODE = "export async function onEvent(event) {\n  return { verdict: 'allow' };\n}\n";
const AUTH = "POST /auth/vendor";
const USER_SOURCES = "/identity/resources/user-sources/v1";

type Args = Record<string, Record<string, unknown>>;
let breakIt: ((args: Args) => void) | undefined;
const program = async () => {
  const config = new pulumi.Config();
  const appIds = config.requireObject<string[]>("appIds");
  const tenantConfig = { tenantResolverType: "new" as const };
  const args: Args = {
    token: { key: "CRM_API_TOKEN", value: config.requireSecret("codeSecret") },
    hook: { displayName: "Sign-up screening", eventKeys: config.requireObject<string[]>("events"), failMethod: "OPEN", url: "https://hooks.example.com/sign-up", secret: config.requireSecret("hookSecret") },
    code: { type: "CUSTOM_CODE", displayName: "Invitation policy", eventKeys: ["USER_INVITE"], failMethod: "CLOSE", code: CODE, timeout: config.requireNumber("timeout") },
    auth0: { name: "Legacy Auth0", index: 1, appIds, domain: "acme.us.auth0.com", clientId: "auth0-client", secret: config.requireSecret("auth0Secret"), tenantConfig },
    cognito: {
      name: "Cognito pool",
      index: 2,
      syncOnLogin: config.requireBoolean("sync"),
      region: "eu-west-1",
      userPoolId: "eu-west-1_AbCdEf123",
      clientId: "cognito-client",
      accessKeyId: "AKIAIOSFODNN7EXAMPLE",
      secretAccessKey: config.requireSecret("awsSecret"),
      tenantConfig,
    },
    firebase: { name: "Firebase", index: 3, apiKey: "firebase-web-api-key", serviceAccount: config.requireSecret("serviceAccount"), tenantConfig: { tenantResolverType: "static", tenantId: "acme" } },
    legacy: { name: "Legacy database", index: 4, syncOnLogin: config.requireBoolean("sync"), codePayload: CODE, tenantConfig: { tenantResolverType: "from-source" } },
    partner: { name: "Partner IdP", index: 5, clientId: "frontegg", secret: config.requireSecret("federationSecret"), wellknownUrl: "https://idp.partner.example/.well-known/openid-configuration", tenantConfig },
  };
  breakIt?.(args);
  new frontegg.CustomCodeSecret("token", args.token as unknown as frontegg.CustomCodeSecretArgs);
  new frontegg.Prehook("hook", args.hook as unknown as frontegg.PrehookArgs);
  new frontegg.Prehook("code", args.code as unknown as frontegg.PrehookArgs);
  new frontegg.Auth0UserSource("auth0", args.auth0 as unknown as frontegg.Auth0UserSourceArgs);
  new frontegg.CognitoUserSource("cognito", args.cognito as unknown as frontegg.CognitoUserSourceArgs);
  new frontegg.FirebaseUserSource("firebase", args.firebase as unknown as frontegg.FirebaseUserSourceArgs);
  new frontegg.CustomCodeUserSource("legacy", args.legacy as unknown as frontegg.CustomCodeUserSourceArgs);
  new frontegg.FederationUserSource("partner", args.partner as unknown as frontegg.FederationUserSourceArgs);
  if (config.getBoolean("adopt")) {
    new frontegg.FederationUserSource("portal-made", { name: "Made in the portal", index: 6, clientId: "portal", usePkce: true, wellknownUrl: "https://idp.portal.example/.well-known/openid-configuration", tenantConfig, adoptExisting: true });
  }
};
const RESOURCES = 8;

interface Settings {
  appIds?: string[];
  events?: string[];
  timeout?: number;
  sync?: boolean;
  rotated?: boolean;
  adopt?: boolean;
}
let apps: string[] = [];
const config = (o: Settings = {}): ConfigMap => {
  const secret = (value: string) => ({ value: o.rotated ? `${value}${ROTATED}` : value, secret: true });
  return {
    [`${PROJECT}:appIds`]: { value: JSON.stringify(o.appIds ?? [apps[0]]) },
    [`${PROJECT}:events`]: { value: JSON.stringify(o.events ?? ["SIGN_UP"]) },
    [`${PROJECT}:timeout`]: { value: String(o.timeout ?? 10) },
    [`${PROJECT}:sync`]: { value: String(o.sync ?? false) },
    [`${PROJECT}:adopt`]: { value: String(o.adopt ?? false) },
    [`${PROJECT}:codeSecret`]: secret(CODE_SECRET),
    [`${PROJECT}:hookSecret`]: secret(HOOK_SECRET),
    [`${PROJECT}:auth0Secret`]: secret(AUTH0_SECRET),
    [`${PROJECT}:awsSecret`]: secret(AWS_SECRET),
    [`${PROJECT}:serviceAccount`]: { value: serviceAccountJson(o.rotated ? `${FIREBASE_KEY}${ROTATED}` : FIREBASE_KEY), secret: true },
    [`${PROJECT}:federationSecret`]: secret(FEDERATION_SECRET),
  };
};
const EDITED: Settings = { appIds: [], events: ["SIGN_UP", "SSO_SIGN_UP"], timeout: 5, sync: true, rotated: true };

let emulator: TestEmulator;
let client: FronteggClient;
let engine: EngineStack;
const messages: string[] = [];

beforeAll(async () => {
  emulator = await useEmulator();
  client = emulator.client();
  for (const name of ["Web", "Mobile"]) apps.push((await client.applications.create({ name, appURL: "https://a.example.com", loginURL: "https://a.example.com/login" })).id);
  engine = await engineStack("custom-code", program, emulator, config());
});
afterAll(async () => {
  await engine?.dispose();
  await emulator?.stop();
});

const noChanges = () => expectNoChanges(engine);
const secretsStayHidden = () => expectSecretsHidden(engine, SECRETS);
const source = async (name: string) => (await client.userSources.list()).find((s) => s.name === name)!;
const prehook = async (name: string) => (await client.prehooks.list()).find((p) => p.displayName === name)!;
/** Runs an operation that must fail, keeping its message for the final secrets check. */
const failing = (operation: Promise<unknown>): Promise<string> =>
  operation.then(
    () => "succeeded",
    (error: unknown) => {
      const message = String((error as Error).message);
      messages.push(message);
      return message;
    },
  );

it("creates every kind, with the secrets out of state", async () => {
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ create: RESOURCES + 1 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ create: RESOURCES + 1 });
  expect(await client.customCodeSecrets.list()).toEqual([{ id: expect.any(String), key: "CRM_API_TOKEN" }]);
  expect(await prehook("Sign-up screening")).toMatchObject({ type: "API", eventKeys: ["SIGN_UP"], secret: HOOK_SECRET });
  const code = await prehook("Invitation policy");
  expect(await client.prehooks.code(code.executorIdentifier!)).toMatchObject({ content: CODE, runtime: "NODE_20" });
  expect(await source("Legacy Auth0")).toMatchObject({ type: "auth0", appIds: [apps[0]], configuration: { secret: AUTH0_SECRET, domain: "acme.us.auth0.com" } });
  expect((await source("Firebase")).configuration.serviceAccount).toMatchObject({ private_key: FIREBASE_KEY });
  expect((await source("Partner IdP")).configuration).toMatchObject({ secret: FEDERATION_SECRET, usePkce: false });
  await secretsStayHidden();
});

it("previews with one call and refreshes with no changes, reading each list once", async () => {
  await emulator.control("DELETE", "/requests");
  await noChanges();
  expect(await emulator.requestCounts()).toEqual({ [AUTH]: 1 });
  await emulator.control("DELETE", "/requests");
  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({});
  const counts = await emulator.requestCounts();
  expect(counts["GET /prehooks/resources/configurations/v1"]).toBe(1);
  expect(counts["GET /custom-code/resources/codes/v1/{executorIdentifier}"]).toBe(1);
  expect(counts["GET /custom-code/resources/secrets/v1"]).toBe(1);
  // One list per user-source kind: the five share one route but the lifecycle keeps a list per kind.
  expect(counts[`GET ${USER_SOURCES}`]).toBe(5);
  await noChanges();
});

it("updates in place: secrets rotated, events, timeout, applications and settings changed, nothing replaced", async () => {
  await engine.stack.setAllConfig(config(EDITED));
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ update: RESOURCES });
  await emulator.control("DELETE", "/requests");
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: RESOURCES });
  const counts = await emulator.requestCounts();
  expect(counts["PATCH /custom-code/resources/secrets/v1/{id}"]).toBe(1);
  expect(counts[`POST ${USER_SOURCES}/unassign`]).toBe(1);
  expect(counts[`POST ${USER_SOURCES}/assign`]).toBeUndefined();

  expect(await prehook("Sign-up screening")).toMatchObject({ eventKeys: ["SIGN_UP", "SSO_SIGN_UP"], secret: `${HOOK_SECRET}${ROTATED}` });
  expect(await prehook("Invitation policy")).toMatchObject({ timeout: 5 });
  expect(await source("Legacy Auth0")).toMatchObject({ appIds: [], configuration: { secret: `${AUTH0_SECRET}${ROTATED}` } });
  expect((await source("Cognito pool")).configuration).toMatchObject({ syncOnLogin: true, secretAccessKey: `${AWS_SECRET}${ROTATED}` });
  expect((await source("Firebase")).configuration.serviceAccount).toMatchObject({ private_key: `${FIREBASE_KEY}${ROTATED}` });
  await noChanges();
  await secretsStayHidden();
});

it("sees changes made in the portal on refresh, secrets by fingerprint, and repairs them on the next up", async () => {
  const hook = await prehook("Sign-up screening");
  await client.prehooks.update(hook.id, { type: "API", isActive: true, displayName: "Sign-up screening", description: "", eventKeys: hook.eventKeys, failMethod: "CLOSE", url: hook.url!, secret: "set-in-the-portal" });
  const auth0 = await source("Legacy Auth0");
  await client.userSources.update("auth0", auth0.id, { name: auth0.name, description: "", index: auth0.index, configuration: { ...auth0.configuration, secret: "set-in-the-portal" } });
  const cognito = await source("Cognito pool");
  await client.userSources.update("cognito", cognito.id, { name: cognito.name, description: "", index: cognito.index, configuration: { ...cognito.configuration, syncOnLogin: false } });
  await client.userSources.assign(auth0.id, [apps[1]!]);

  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({ update: 3 });
  // Every later refresh still reports the two whose sealed secrets changed (a plain setting is taken into state by
  // the first refresh, as Pulumi does for every property), until up repairs them.
  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({ update: 2 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: 3 });
  expect(await prehook("Sign-up screening")).toMatchObject({ failMethod: "OPEN", secret: `${HOOK_SECRET}${ROTATED}` });
  expect(await source("Legacy Auth0")).toMatchObject({ appIds: [], configuration: { secret: `${AUTH0_SECRET}${ROTATED}` } });
  expect((await source("Cognito pool")).configuration).toMatchObject({ syncOnLogin: true });
  await noChanges();
});

it("drops objects deleted in the portal on refresh and recreates them on the next up", async () => {
  const [secret] = await client.customCodeSecrets.list();
  await client.customCodeSecrets.delete(secret!.id);
  await client.userSources.delete((await source("Legacy database")).id);
  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({ delete: 2 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ create: 2 });
  expect((await client.customCodeSecrets.list()).map((s) => s.key)).toEqual(["CRM_API_TOKEN"]);
  expect(await source("Legacy database")).toMatchObject({ type: "custom-code", configuration: { codePayload: CODE } });
  await noChanges();
});

it("adopts a user source made in the portal (adoptExisting) without creating another", async () => {
  await client.userSources.create("federation", {
    name: "Made in the portal",
    description: "",
    index: 6,
    appIds: [],
    configuration: { syncOnLogin: false, clientId: "portal", usePkce: true, wellknownUrl: "https://idp.portal.example/.well-known/openid-configuration", tenantConfig: { tenantResolverType: "new" } },
  });
  await engine.stack.setAllConfig(config({ ...EDITED, adopt: true }));
  await emulator.control("DELETE", "/requests");
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ create: 1 });
  expect(await writesSeen(emulator)).toEqual([]);
  expect((await client.userSources.list()).filter((s) => s.name === "Made in the portal")).toHaveLength(1);
  await noChanges();
});

describe("bad inputs are refused at preview, with no write", () => {
  const cases: Array<[string, (args: Args) => void, RegExp]> = [
    ["a custom-code prehook with a url", (a) => void (a.code!.url = "https://hooks.example.com/x"), /Prehook resource 'code' has a problem: url: url is used only when type is API/],
    ["a prehook timeout above 10 seconds", (a) => void (a.code!.timeout = 30), /timeout: timeout must be at most 10 seconds/],
    ["a custom-code secret key with a space", (a) => void (a.token!.key = "CRM TOKEN"), /CustomCodeSecret resource 'token' has a problem: key: key must not contain white space/],
    ["a Cognito pool outside its region", (a) => void (a.cognito!.userPoolId = "us-east-1_AbCdEf123"), /CognitoUserSource resource 'cognito' has a problem: userPoolId: userPoolId must start with the region/],
    ["a resolver Firebase does not accept", (a) => void (a.firebase!.tenantConfig = { tenantResolverType: "dynamic", tenantIdFieldName: "org" }), /FirebaseUserSource resource 'firebase' has a problem: tenantConfig.tenantResolverType/],
    ["federation with neither secret nor PKCE", (a) => void delete a.partner!.secret, /FederationUserSource resource 'partner' has a problem: secret: secret is required unless usePkce is true/],
  ];
  afterAll(() => {
    breakIt = undefined;
  });

  it.each(cases)("%s", async (_title, bad, expected) => {
    breakIt = bad;
    const message = await failing(engine.stack.preview());
    expect(message).toMatch(expected);
    await expectPreviewRefused(engine, emulator, expected);
    expect(await writesSeen(emulator)).toEqual([]);
  });
});

it("destroys every one, keeping no secret in any message", async () => {
  for (const secret of SECRETS) expect(messages.filter((m) => m.includes(secret))).toEqual([]);
  expect(changesOf((await engine.stack.destroy()).summary.resourceChanges)).toEqual({ delete: RESOURCES + 2 });
  expect(await client.customCodeSecrets.list()).toEqual([]);
  expect(await client.prehooks.list()).toEqual([]);
  expect(await client.userSources.list()).toEqual([]);
});
