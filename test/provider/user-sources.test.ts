/**
 * The user-source kinds: per-type validation and diff offline, then the lifecycle against the emulator over real
 * HTTP: applications through assign and unassign, whole-configuration writes that keep what the program does not
 * declare, credentials sealed and never sent back masked.
 */
import { FronteggClient } from "../../provider/client";
import { seal } from "../../provider/lifecycle/secrets";
import { TestEmulator, useEmulator } from "../support/emulator";
import { serviceAccountJson } from "../support/service-account";
import { checkOffline, diffOffline, lifecycleWith } from "./helpers";

const AUTH0_SECRET = "auth0-client-secret-never-shown-4401";
const PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n";

const auth0 = { name: "Legacy Auth0", index: 1, domain: "acme.us.auth0.com", clientId: "auth0-client", secret: AUTH0_SECRET, tenantConfig: { tenantResolverType: "new" } };
const cognito = { name: "Cognito", index: 2, region: "eu-west-1", userPoolId: "eu-west-1_AbC123", clientId: "c", accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "aws-secret", tenantConfig: { tenantResolverType: "new" } };
const firebase = { name: "Firebase", index: 3, apiKey: "web-api-key", serviceAccount: serviceAccountJson(PRIVATE_KEY), tenantConfig: { tenantResolverType: "static", tenantId: "acme" } };
const federation = { name: "Partner", index: 4, clientId: "frontegg", secret: "fed-secret", wellknownUrl: "https://idp.example/.well-known/openid-configuration", tenantConfig: { tenantResolverType: "new" } };

describe("inputs checked at preview, per type", () => {
  it("tenantConfig: each type's resolvers, and each resolver's own field", async () => {
    expect((await checkOffline("Auth0UserSource", { ...auth0, tenantConfig: { tenantResolverType: "static" } })).failures).toEqual([
      { property: "tenantConfig.tenantId", reason: "tenantId is required when tenantResolverType is static" },
    ]);
    expect((await checkOffline("Auth0UserSource", { ...auth0, tenantConfig: { tenantResolverType: "new", tenantIdFieldName: "org" } })).failures[0]?.reason).toBe(
      "tenantIdFieldName is used only when tenantResolverType is dynamic: remove it",
    );
    expect((await checkOffline("FirebaseUserSource", { ...firebase, tenantConfig: { tenantResolverType: "dynamic", tenantIdFieldName: "org" } })).failures[0]?.property).toBe("tenantConfig.tenantResolverType");
    expect((await checkOffline("CustomCodeUserSource", { name: "Code", index: 0, codePayload: "x", tenantConfig: { tenantResolverType: "from-source" } })).failures).toEqual([]);
    expect((await checkOffline("Auth0UserSource", { ...auth0, tenantConfig: { tenantResolverType: "from-source" } })).failures[0]?.property).toBe("tenantConfig.tenantResolverType");
  });

  it("each type's own fields: Auth0 domain, Cognito pool in its region, a Firebase key file, federation's secret or PKCE and its endpoints", async () => {
    expect((await checkOffline("Auth0UserSource", { ...auth0, domain: "https://acme.auth0.com" })).failures[0]?.property).toBe("domain");
    expect((await checkOffline("CognitoUserSource", { ...cognito, userPoolId: "us-east-1_AbC123" })).failures).toEqual([
      { property: "userPoolId", reason: 'userPoolId must start with the region ("eu-west-1_…"): a Cognito pool id names its region' },
    ]);
    const broken = await checkOffline("FirebaseUserSource", { ...firebase, serviceAccount: JSON.stringify({ type: "service_account", private_key: PRIVATE_KEY }) });
    expect(broken.failures[0]?.reason).toMatch(/^serviceAccount lacks project_id, private_key_id, client_email/);
    expect(JSON.stringify(broken.failures)).not.toContain("MIIEvg");
    expect((await checkOffline("FirebaseUserSource", { ...firebase, serviceAccount: "not json" })).failures[0]?.reason).toBe("serviceAccount must be the JSON of a Google service-account key file");
    expect((await checkOffline("FederationUserSource", { ...federation, secret: undefined })).failures).toEqual([{ property: "secret", reason: "secret is required unless usePkce is true" }]);
    expect((await checkOffline("FederationUserSource", { ...federation, secret: undefined, usePkce: true })).failures).toEqual([]);
    expect((await checkOffline("FederationUserSource", { ...federation, wellknownUrl: undefined })).failures[0]?.property).toBe("wellknownUrl");
    expect((await checkOffline("FederationUserSource", { ...federation, isMigrated: true })).failures[0]?.reason).toMatch(/isMigrated/);
    expect((await checkOffline("Auth0UserSource", { ...auth0, appIds: ["a", "a"] })).failures[0]?.reason).toBe('"a" is listed twice in appIds');
    expect((await checkOffline("Auth0UserSource", { ...auth0, index: -1 })).failures[0]?.property).toBe("index");
  });

  it("compares applications and OAuth2 lists as sets, a key file by content, credentials by fingerprint", async () => {
    const stored = { ...auth0, userSourceId: "u1", description: "", appIds: ["b", "a"], syncOnLogin: false, isMigrated: false, secret: seal(AUTH0_SECRET) };
    expect((await diffOffline("Auth0UserSource", stored, { ...auth0, appIds: ["a", "b"] })).diffs).toEqual([]);
    expect((await diffOffline("Auth0UserSource", stored, { ...auth0, appIds: ["a", "b"], secret: "rotated" })).diffs).toEqual(["secret"]);

    // The same key file spelt with its fields in another order and other white space is the same secret.
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(firebase.serviceAccount) as Record<string, string>).reverse()), null, 2);
    const storedFirebase = { ...firebase, userSourceId: "u2", description: "", appIds: [], syncOnLogin: false, isMigrated: false, apiKey: seal(firebase.apiKey), serviceAccount: seal(firebase.serviceAccount) };
    expect((await diffOffline("FirebaseUserSource", storedFirebase, { ...firebase, serviceAccount: reordered })).diffs).toEqual([]);
    // Pulumi YAML hands a JSON config value over parsed: the same key file as an object is the same secret.
    expect((await diffOffline("FirebaseUserSource", storedFirebase, { ...firebase, serviceAccount: JSON.parse(firebase.serviceAccount) })).diffs).toEqual([]);

    const oauth2Config = { authorizationUrl: "https://idp.example/a", tokenUrl: "https://idp.example/t", userInfoUrl: "https://idp.example/u", scopes: ["openid", "email"] };
    const storedFederation = { ...federation, userSourceId: "u3", description: "", appIds: [], syncOnLogin: false, usePkce: false, secret: seal("fed-secret"), oauth2Config };
    expect((await diffOffline("FederationUserSource", storedFederation, { ...federation, oauth2Config: { ...oauth2Config, scopes: ["email", "openid"] } })).diffs).toEqual([]);
  });
});

describe("lifecycles against the emulator", () => {
  let emulator: TestEmulator;
  let client: FronteggClient;
  let apps: string[];
  beforeAll(async () => {
    emulator = await useEmulator();
    client = emulator.client();
    apps = [];
    for (const name of ["Web", "Mobile", "Admin"]) apps.push((await client.applications.create({ name, appURL: "https://a.example.com", loginURL: "https://a.example.com/login" })).id);
  });
  afterAll(() => emulator.stop());

  it("Auth0: creates with applications, seals the secret, reads it back, changes applications with assign and unassign only", async () => {
    const lifecycle = lifecycleWith("Auth0UserSource", client);
    const created = await lifecycle.create((await lifecycle.check({}, { ...auth0, appIds: [apps[0], apps[1]] })).inputs!);
    expect(created.outs).toMatchObject({ userSourceId: created.id, name: "Legacy Auth0", appIds: [apps[0], apps[1]].sort(), secret: seal(AUTH0_SECRET), tenantConfig: { tenantResolverType: "new" } });
    expect(JSON.stringify(created.outs)).not.toContain(AUTH0_SECRET);
    expect((await lifecycle.read(created.id, created.outs)).props).toEqual(created.outs);

    await emulator.control("DELETE", "/requests");
    const moved = await lifecycle.update(created.id, created.outs!, (await lifecycle.check({}, { ...auth0, appIds: [apps[1], apps[2]] })).inputs!);
    expect(moved.outs).toMatchObject({ appIds: [apps[1], apps[2]].sort() });
    const counts = await emulator.requestCounts();
    expect(counts["POST /identity/resources/user-sources/v1/assign"]).toBe(1);
    expect(counts["POST /identity/resources/user-sources/v1/unassign"]).toBe(1);
    expect(counts["PUT /identity/resources/user-sources/v1/external/auth0/{id}"]).toBeUndefined();

    await lifecycle.delete(created.id, created.outs!);
    expect((await lifecycle.read(created.id, created.outs)).id).toBe("");
    await lifecycle.delete(created.id, created.outs!);
  });

  it("Cognito: an update overlays the declared fields on what Frontegg holds, keeping what the program leaves out", async () => {
    const lifecycle = lifecycleWith("CognitoUserSource", client);
    const created = await lifecycle.create((await lifecycle.check({}, { ...cognito, clientSecret: "portal-client-secret" })).inputs!);
    // A key Frontegg added or the portal set, and the optional client secret the next program leaves out.
    const stored = await client.userSources.get(created.id);
    await client.userSources.update("cognito", created.id, { name: stored.name, description: "", index: stored.index, configuration: { ...stored.configuration, futureSetting: { on: true } } });

    const updated = await lifecycle.update(created.id, created.outs!, (await lifecycle.check({}, { ...cognito, syncOnLogin: true })).inputs!);
    expect(updated.outs).toMatchObject({ syncOnLogin: true, clientSecret: seal("portal-client-secret") });
    expect((await client.userSources.get(created.id)).configuration).toMatchObject({ syncOnLogin: true, futureSetting: { on: true }, clientSecret: "portal-client-secret", secretAccessKey: "aws-secret" });
    await lifecycle.delete(created.id, created.outs!);
  });

  it("a credential Frontegg answers masked is taken as not returned, and never written back", async () => {
    const lifecycle = lifecycleWith("CognitoUserSource", client);
    const created = await lifecycle.create((await lifecycle.check({}, { ...cognito, name: "Masked", clientSecret: "real-client-secret" })).inputs!);
    const stored = await client.userSources.get(created.id);
    await client.userSources.update("cognito", created.id, { name: stored.name, description: "", index: stored.index, configuration: { ...stored.configuration, clientSecret: "********" } });

    const read = await lifecycle.read(created.id, created.outs);
    expect(read.props).toMatchObject({ clientSecret: seal("real-client-secret") });
    await lifecycle.update(created.id, read.props!, (await lifecycle.check({}, { ...cognito, name: "Masked", index: 7 })).inputs!);
    expect((await client.userSources.get(created.id)).configuration.clientSecret).toBeUndefined();
    await lifecycle.delete(created.id, created.outs!);
  });

  it("Firebase and federation: the key file is sent as an object and read back to the same fingerprint; PKCE without a secret", async () => {
    const fb = lifecycleWith("FirebaseUserSource", client);
    const created = await fb.create((await fb.check({}, firebase)).inputs!);
    expect((await client.userSources.get(created.id)).configuration.serviceAccount).toMatchObject({ private_key: PRIVATE_KEY, project_id: "acme-auth" });
    expect(created.outs).toMatchObject({ serviceAccount: seal(firebase.serviceAccount), apiKey: seal("web-api-key") });
    expect(JSON.stringify(created.outs)).not.toContain("MIIEvg");

    const fed = lifecycleWith("FederationUserSource", client);
    const pkce = await fed.create((await fed.check({}, { ...federation, secret: undefined, usePkce: true })).inputs!);
    expect(pkce.outs).toMatchObject({ usePkce: true, wellknownUrl: federation.wellknownUrl });
    expect(pkce.outs).not.toHaveProperty("secret");
    // Each kind lists only its own type.
    expect((await fed.read(created.id, created.outs)).id).toBe("");
    await fb.delete(created.id, created.outs!);
    await fed.delete(pkce.id, pkce.outs!);
  });
});
