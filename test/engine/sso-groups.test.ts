/**
 * SSO group mappings and SsoConfiguration's newer settings under the real engine, on one shared stack: create,
 * no-change preview and refresh, in-place update, out-of-band changes repaired and an out-of-band delete
 * recreated, bad inputs rejected at preview with no write, and destroy verified in the emulator.
 */
import * as frontegg from "pulumi-frontegg";
import * as pulumi from "@pulumi/pulumi";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FronteggClient } from "../../provider/client";
import { TestEmulator, useEmulator } from "../support/emulator";
import { samlMetadata } from "../support/saml-metadata";
import { changesOf, engineStack, EngineStack, managedResources, PROJECT } from "./harness";
import { expectNoChanges, expectPreviewRefused } from "./lifecycle";

jest.setTimeout(300_000);

const CERT = readFileSync(join(__dirname, "..", "fixtures", "idp-cert.pem"), "utf8");
const METADATA = samlMetadata("https://idp.acme.example", { signing: [CERT] });
const IDP_CLIENT_SECRET = "idp-client-secret-never-in-state-5521";
const CONNECTION = "/team/resources/sso/v1/configurations";

/** What the program declares beyond its base: a bad input to reject at preview. */
type Mistake = "none" | "empty group" | "unknown role" | "unknown connection";
let mistake: Mistake = "none";

const program = async () => {
  const config = new pulumi.Config();
  const engineer = new frontegg.Role("acme-engineer", { tenantId: "acme", key: "engineer", name: "Engineer", level: 3 });
  const viewer = new frontegg.Role("viewer", { key: "viewer", name: "Viewer", level: 9 });
  const idp = new frontegg.SsoConfiguration("acme-idp", {
    tenantId: "acme",
    type: "saml",
    idpMetadata: METADATA,
    overrideActiveTenant: true,
    subAccountAccessLimit: 1,
    skipEmailDomainValidation: config.getBoolean("skipDomainValidation") ?? false,
    idpClientId: "acme-graph",
    idpClientSecret: config.requireSecret("idpClientSecret"),
    domains: ["acme.example"],
  });
  const engineering = config.get("engineeringGroup") ?? "Engineering";
  new frontegg.SsoGroupMapping("engineering", {
    tenantId: "acme",
    ssoConfigurationId: idp.id,
    group: engineering,
    roleIds: config.getBoolean("viewersToo") ? [engineer.id, viewer.id] : [engineer.id],
  });
  new frontegg.SsoGroupMapping("auditors", { tenantId: "acme", ssoConfigurationId: idp.id, group: "Auditors", roleIds: [viewer.id] });

  const extra = { tenantId: "acme", ssoConfigurationId: idp.id as pulumi.Input<string>, group: "Extra", roleIds: [viewer.id] as pulumi.Input<string>[] };
  if (mistake === "empty group") new frontegg.SsoGroupMapping("extra", { ...extra, group: " " });
  if (mistake === "unknown role") new frontegg.SsoGroupMapping("extra", { ...extra, roleIds: [viewer.id, "no-such-role"] });
  if (mistake === "unknown connection") new frontegg.SsoGroupMapping("extra", { ...extra, ssoConfigurationId: "no-such-connection" });
};

let emulator: TestEmulator;
let client: FronteggClient;
let engine: EngineStack;

beforeAll(async () => {
  emulator = await useEmulator();
  client = emulator.client();
  engine = await engineStack("sso-groups", program, emulator, { [`${PROJECT}:idpClientSecret`]: { value: IDP_CLIENT_SECRET, secret: true } });
});
afterAll(async () => {
  await engine?.dispose();
  await emulator?.stop();
});

const noChanges = () => expectNoChanges(engine);
const connection = async () => (await client.sso.list("acme"))[0]!;
const mappings = async () => Object.fromEntries((await client.sso.listGroups("acme", (await connection()).id)).map((g) => [g.group, [...g.roleIds].sort()]));
const roleId = async (key: string, tenantId?: string) => (await client.roles.list({ tenantId })).find((r) => r.key === key && (r.tenantId ?? undefined) === tenantId)!.id;

it("creates the roles, the connection from its metadata with the newer settings, and the group mappings", async () => {
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ create: 6 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ create: 6 });
  const live = await connection();
  expect(live).toMatchObject({
    ssoEndpoint: "https://idp.acme.example/sso",
    overrideActiveTenant: true,
    subAccountAccessLimit: 1,
    skipEmailDomainValidation: false,
    idpClientId: "acme-graph",
    idpClientSecret: IDP_CLIENT_SECRET,
  });
  expect(await mappings()).toEqual({ Engineering: [await roleId("engineer", "acme")], Auditors: [await roleId("viewer")] });
  expect((await emulator.requestCounts())[`POST ${CONNECTION}/metadata`]).toBe(1);

  const exported = await engine.exportText();
  for (const text of [exported, engine.backendText()]) expect(text.includes(IDP_CLIENT_SECRET)).toBe(false);
  const mapping = managedResources(exported).find((r) => r.urn.endsWith("::engineering"))!;
  expect(Object.keys(mapping.outputs ?? {}).sort()).toEqual(["__provider", "group", "groupId", "roleIds", "ssoConfigurationId", "tenantId"]);
});

it("then previews, updates and refreshes with no changes", async () => {
  await noChanges();
  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({});
  await noChanges();
});

it("renames a group, widens its roles and switches a connection setting in place", async () => {
  await engine.stack.setAllConfig({
    [`${PROJECT}:engineeringGroup`]: { value: "Engineers" },
    [`${PROJECT}:viewersToo`]: { value: "true" },
    [`${PROJECT}:skipDomainValidation`]: { value: "true" },
  });
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ update: 2 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: 2 });
  expect(await mappings()).toEqual({ Engineers: [await roleId("engineer", "acme"), await roleId("viewer")].sort(), Auditors: [await roleId("viewer")] });
  expect((await connection()).skipEmailDomainValidation).toBe(true);
  await noChanges();
});

it("sees out-of-band changes and a delete on refresh, and repairs them on the next up", async () => {
  const live = await connection();
  const groups = await client.sso.listGroups("acme", live.id);
  const engineers = groups.find((g) => g.group === "Engineers")!;
  await client.sso.updateGroup("acme", live.id, engineers.id, { group: "Engineers", roleIds: [] });
  await client.sso.deleteGroup("acme", live.id, groups.find((g) => g.group === "Auditors")!.id);
  await client.sso.update("acme", live.id, { overrideActiveTenant: false, subAccountAccessLimit: 5 });
  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({ update: 2, delete: 1 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: 2, create: 1 });
  expect(await mappings()).toEqual({ Engineers: [await roleId("engineer", "acme"), await roleId("viewer")].sort(), Auditors: [await roleId("viewer")] });
  expect(await connection()).toMatchObject({ overrideActiveTenant: true, subAccountAccessLimit: 1 });
  await noChanges();
});

// The same group twice in one connection fails in the program itself (claims): see bad-input-corpus, which runs
// such programs outside jest, whose sandbox intercepts the runtime's process-wide error handlers.
describe("bad inputs fail the preview, naming the resource and property, with no write", () => {
  afterAll(() => {
    mistake = "none";
  });
  const cases: Array<[Mistake, RegExp]> = [
    ["empty group", /SsoGroupMapping resource 'extra' has a problem: group: group must not be empty/],
    ["unknown role", /SsoGroupMapping resource 'extra' has a problem: roleIds: no role with id "no-such-role" exists/],
    ["unknown connection", /SsoGroupMapping resource 'extra' has a problem: ssoConfigurationId: no SSO connection with id "no-such-connection" exists in tenant "acme"/],
  ];
  it.each(cases)("%s", async (which, expected) => {
    mistake = which;
    await expectPreviewRefused(engine, emulator, expected);
  });
});

it("destroys the mappings with real deletes, then the connection and roles", async () => {
  const id = (await connection()).id;
  await emulator.control("DELETE", "/requests");
  expect(changesOf((await engine.stack.destroy()).summary.resourceChanges)).toEqual({ delete: 6 });
  expect((await emulator.requestCounts())[`DELETE ${CONNECTION}/{configurationId}/groups/{groupId}`]).toBe(2);
  expect(await client.sso.list("acme")).toEqual([]);
  await expect(client.sso.listGroups("acme", id)).rejects.toMatchObject({ status: 404 });
  expect((await client.roles.list()).map((r) => r.key).sort()).toEqual(["Admin", "ReadOnly"]);
});
