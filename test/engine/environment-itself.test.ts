/**
 * The environment itself under the real engine, in one shared stack: EnvironmentSettings, HostedLogin,
 * CustomDomain, AssociatedDomain (iOS and Android) and SsoSettings, beside an AllowedOrigin. Create, no-change
 * preview and refresh (one read per route), in-place update, portal edits seen by refresh and repaired by up,
 * adoption of an association made in the portal, bad inputs refused at preview with no write, destroy. Throughout:
 * an `up` of the settings never touches the allowed-origins list on the same vendor object, and the SAML keys the
 * portal set (the IdP endpoint and certificate) survive every write of the SAML block.
 */
import * as pulumi from "@pulumi/pulumi";
import * as frontegg from "pulumi-frontegg";
import { ConfigMap } from "@pulumi/pulumi/automation";
import { FronteggClient } from "../../provider/client";
import { TestEmulator, useEmulator } from "../support/emulator";
import { changesOf, engineStack, EngineStack, PROJECT } from "./harness";
import { expectNoChanges, expectPreviewRefused, writesSeen } from "./lifecycle";

jest.setTimeout(300_000);

const UNMANAGED_ORIGIN = "https://portal-managed.example.com/";
const PORTAL_SAML = { ssoEndpoint: "https://idp.example.com/sso", publicCertificate: "MIIC-portal-cert", signRequest: true };
const FINGERPRINT = "14:6D:E9:83:C5:73:06:50:D8:EE:B9:95:2F:34:FC:64:16:A0:83:42:E6:1D:BE:A8:8A:04:96:B2:3F:CF:44:E5";
const ADOPTED_APP = "ZYXWV98765.com.example.adopted";

interface Settings {
  readonly name: string;
  readonly acsUrl: string;
  readonly oidcRedirect: string;
  readonly hostedLogin: boolean;
  readonly adopt?: boolean;
  readonly bad?: string;
}
const FIRST: Settings = { name: "Acme (engine)", acsUrl: "https://auth.example.com/saml/callback", oidcRedirect: "https://app.example.com/oidc", hostedLogin: true };
const SECOND: Settings = { name: "Acme (renamed)", acsUrl: "https://auth.example.com/saml/acs", oidcRedirect: "https://app.example.com/oidc2", hostedLogin: false };

const program = async () => {
  const s = new pulumi.Config().requireObject<Settings>("settings");
  new frontegg.AllowedOrigin("origin", { origin: "https://app.example.com" });
  // The one EnvironmentSettings a stack may declare takes the bad host itself.
  const host = s.bad === "host" ? { host: "login.example.com" } : {};
  new frontegg.EnvironmentSettings("environment", { name: s.name, country: "US", backendStack: "Node", frontendStack: "React", ...host });
  new frontegg.HostedLogin("hosted-login", { isActive: s.hostedLogin });
  new frontegg.CustomDomain("login", { customDomain: "Login.Example.com" });
  new frontegg.AssociatedDomain("ios", { platform: "ios", appId: "ABCDE12345.com.example.app", appLinks: true });
  new frontegg.AssociatedDomain("android", { platform: "android", packageName: "com.example.app", sha256CertFingerprints: [FINGERPRINT.toLowerCase()] });
  new frontegg.SsoSettings("sso", { saml: { acsUrl: s.acsUrl, spEntityId: "https://auth.example.com/saml" }, oidc: { redirectUri: s.oidcRedirect } });
  if (s.adopt) new frontegg.AssociatedDomain("adopted", { platform: "ios", appId: ADOPTED_APP, adoptExisting: true });
  if (s.bad === "mixed-platform") new frontegg.AssociatedDomain("bad-app", { platform: "ios", appId: "ABCDE12345.com.example.x", packageName: "com.example.x" });
};
const RESOURCES = 7;

const config = (s: Settings): ConfigMap => ({ [`${PROJECT}:settings`]: { value: JSON.stringify(s) } });

let emulator: TestEmulator;
let client: FronteggClient;
let engine: EngineStack;
let host: string | undefined;

beforeAll(async () => {
  emulator = await useEmulator();
  client = emulator.client();
  await client.hostedLogin.allowedOrigins.add(UNMANAGED_ORIGIN);
  await client.vendorSso.saveSaml(false, PORTAL_SAML);
  host = (await client.vendor.settings.get()).host;
  engine = await engineStack("environment-itself", program, emulator, config(FIRST));
});
afterAll(async () => {
  await engine?.dispose();
  await emulator?.stop();
});

const preview = async () => changesOf((await engine.stack.preview()).changeSummary);
const up = async () => changesOf((await engine.stack.up()).summary.resourceChanges);
const refresh = async () => changesOf((await engine.stack.refresh()).summary.resourceChanges);
const origins = async () => (await client.hostedLogin.allowedOrigins.list()).sort();
const saml = async () => (await client.vendorSso.getSaml())!;

it("creates every kind, leaving the origin list, the host and the portal's SAML keys as they were", async () => {
  expect(await preview()).toEqual({ create: RESOURCES + 1 });
  expect(await up()).toEqual({ create: RESOURCES + 1 });
  expect(await client.vendor.settings.get()).toMatchObject({ name: FIRST.name, country: "US", backendStack: "Node", frontendStack: "React", host });
  expect(await origins()).toEqual(["https://app.example.com/", UNMANAGED_ORIGIN]);
  expect(await client.hostedLogin.activation.get()).toEqual({ isActive: true });
  expect(await client.vendor.customDomains.list()).toMatchObject([{ domain: "login.example.com", status: "Pending" }]);
  expect(await client.vendor.associatedDomains.list("ios")).toMatchObject([{ appId: "ABCDE12345.com.example.app", appLinks: true }]);
  expect(await client.vendor.associatedDomains.list("android")).toMatchObject([{ packageName: "com.example.app", sha256CertFingerprints: [FINGERPRINT] }]);
  expect(await saml()).toEqual({ isActive: true, configuration: { ...PORTAL_SAML, acsUrl: FIRST.acsUrl, spEntityId: "https://auth.example.com/saml" } });
  expect(await client.vendorSso.getOidc()).toEqual({ active: true, redirectUri: FIRST.oidcRedirect });

  const outputs = JSON.parse(await engine.exportText()) as { deployment: { resources: Array<{ type: string; outputs?: Record<string, unknown> }> } };
  const domain = outputs.deployment.resources.find((r) => r.type.endsWith(":CustomDomain"))!;
  expect(domain.outputs).toMatchObject({ status: "Pending", records: [{ type: "CNAME", name: "login.example.com", value: host }] });
});

it("previews with the token call alone and refreshes with no changes, one read per route", async () => {
  await emulator.control("DELETE", "/requests");
  await expectNoChanges(engine);
  expect(await emulator.requestCounts()).toEqual({ "POST /auth/vendor": 1 });
  await emulator.control("DELETE", "/requests");
  expect(await refresh()).toEqual({});
  expect(await emulator.requestCounts()).toEqual({
    "POST /auth/vendor": 1,
    // The settings and the origin list are both on the vendor: one read each kind.
    "GET /vendors": 2,
    "GET /oauth/resources/configurations/v1": 1,
    "GET /vendors/custom-domains/v2": 1,
    "GET /vendors/resources/associated-domains/v1/ios": 1,
    "GET /vendors/resources/associated-domains/v1/android": 1,
    "GET /metadata": 1,
    "GET /team/resources/sso/v1/oidc/configurations": 1,
  });
  await expectNoChanges(engine);
});

it("updates in place with one write each: the name (the origin list untouched), the switch, SAML and OIDC", async () => {
  await engine.stack.setAllConfig(config(SECOND));
  expect(await preview()).toEqual({ update: 3 });
  await emulator.control("DELETE", "/requests");
  expect(await up()).toEqual({ update: 3 });
  const counts = await emulator.requestCounts();
  expect(counts["PUT /vendors"]).toBe(1);
  expect(counts["POST /oauth/resources/configurations/v1/deactivate"]).toBe(1);
  expect(counts["POST /metadata"]).toBe(1);
  expect(counts["POST /team/resources/sso/v1/oidc/configurations"]).toBe(1);
  expect(await client.vendor.settings.get()).toMatchObject({ name: SECOND.name, host });
  expect(await origins()).toEqual(["https://app.example.com/", UNMANAGED_ORIGIN]);
  expect(await client.hostedLogin.activation.get()).toEqual({ isActive: false });
  expect(await saml()).toEqual({ isActive: true, configuration: { ...PORTAL_SAML, acsUrl: SECOND.acsUrl, spEntityId: "https://auth.example.com/saml" } });
  expect(await client.vendorSso.getOidc()).toEqual({ active: true, redirectUri: SECOND.oidcRedirect });
  await expectNoChanges(engine);
});

it("sees portal edits on refresh and repairs them on the next up", async () => {
  await client.vendor.settings.save({ name: "Renamed in the portal" });
  await client.hostedLogin.activation.save({ isActive: true });
  await client.vendorSso.saveSaml(true, { acsUrl: "https://portal.example.com/acs" });
  await client.vendor.customDomains.delete((await client.vendor.customDomains.list())[0]!.id);
  await client.vendor.associatedDomains.delete("android", (await client.vendor.associatedDomains.list("android"))[0]!.id!);
  // An edit of what the program does not declare is no change, and the repair keeps it.
  await client.vendor.settings.save({ frontendStack: "React", openSaaSInstalled: true });

  expect(await refresh()).toEqual({ update: 3, delete: 2 });
  expect(await up()).toEqual({ update: 3, create: 2 });
  expect(await client.vendor.settings.get()).toMatchObject({ name: SECOND.name, openSaaSInstalled: true });
  expect(await client.hostedLogin.activation.get()).toEqual({ isActive: false });
  expect((await saml()).configuration).toEqual({ ...PORTAL_SAML, acsUrl: SECOND.acsUrl, spEntityId: "https://auth.example.com/saml" });
  expect(await client.vendor.customDomains.list()).toMatchObject([{ domain: "login.example.com" }]);
  expect(await client.vendor.associatedDomains.list("android")).toHaveLength(1);
  expect(await origins()).toEqual(["https://app.example.com/", UNMANAGED_ORIGIN]);
  await expectNoChanges(engine);
});

it("adopts an association made in the portal without writing it again", async () => {
  await client.vendor.associatedDomains.add("ios", { appId: ADOPTED_APP });
  await engine.stack.setAllConfig(config({ ...SECOND, adopt: true }));
  await emulator.control("DELETE", "/requests");
  expect(await up()).toEqual({ create: 1 });
  expect(await writesSeen(emulator)).toEqual([]);
  expect((await client.vendor.associatedDomains.list("ios")).map((d) => d.appId).sort()).toEqual(["ABCDE12345.com.example.app", ADOPTED_APP]);
  await expectNoChanges(engine);
});

describe("bad inputs are refused at preview, naming the resource and property, with no write", () => {
  afterAll(() => engine.stack.setAllConfig(config({ ...SECOND, adopt: true })));

  it.each([
    ["host", /EnvironmentSettings resource 'environment' has a problem: host: host must be a name under frontegg\.com/],
    ["mixed-platform", /AssociatedDomain resource 'bad-app' has a problem: packageName: packageName applies to android only/],
  ])("%s", async (bad, expected) => {
    await engine.stack.setAllConfig(config({ ...SECOND, adopt: true, bad }));
    await expectPreviewRefused(engine, emulator, expected);
  });
});

it("destroys: domains and associations removed, the settings, the switch and SSO left as they are, the unmanaged origin kept", async () => {
  expect(changesOf((await engine.stack.destroy()).summary.resourceChanges)).toEqual({ delete: RESOURCES + 2 });
  expect(await client.vendor.customDomains.list()).toEqual([]);
  expect(await client.vendor.associatedDomains.list("ios")).toEqual([]);
  expect(await client.vendor.associatedDomains.list("android")).toEqual([]);
  expect(await origins()).toEqual([UNMANAGED_ORIGIN]);
  expect(await client.vendor.settings.get()).toMatchObject({ name: SECOND.name, host });
  expect(await client.hostedLogin.activation.get()).toEqual({ isActive: false });
  expect(await saml()).toMatchObject({ isActive: true, configuration: { ...PORTAL_SAML, acsUrl: SECOND.acsUrl } });
  expect(await client.vendorSso.getOidc()).toEqual({ active: true, redirectUri: SECOND.oidcRedirect });
});
