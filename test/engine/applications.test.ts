/**
 * Application and lookupRoleIds under the real engine, in one shared stack: create, no-change preview and
 * refresh (one list for every application, the credentials route never called), an in-place update, an
 * out-of-band change detected by refresh and repaired by up, an out-of-band delete, bad inputs refused at preview
 * with no write, and destroy. The credentials Frontegg keeps for each application are read the way a user would
 * and searched for in the exported state and on the backend's disk: they must be in neither.
 */
import * as pulumi from "@pulumi/pulumi";
import * as frontegg from "pulumi-frontegg";
import { FronteggClient } from "../../provider/client";
import { applicationCredentials, TestEmulator, useEmulator } from "../support/emulator";
import { changesOf, engineStack, EngineStack, managedResources, PROJECT } from "./harness";
import { expectPreviewRefused } from "./lifecycle";

jest.setTimeout(300_000);

const BASE = "/applications/resources/applications/v1";

const program = async () => {
  const config = new pulumi.Config();
  const portal = new frontegg.Application("portal", {
    name: "Customer portal",
    appURL: config.get("portalUrl") ?? "https://app.example.com",
    loginURL: "https://app.example.com/login",
    accessType: (config.get("accessType") ?? "FREE_ACCESS") as "FREE_ACCESS" | "MANAGED_ACCESS",
    metadata: { team: "growth" },
  });
  new frontegg.Application("mobile", {
    name: "Mobile",
    appURL: "https://m.example.com/",
    loginURL: "https://m.example.com/login",
    type: "mobile-ios",
    frontendStack: "swift",
  });
  const bad = config.get("bad");
  // Mistakes the preview must refuse (the engine stops at the first, so one per preview).
  if (bad === "bad-url") new frontegg.Application(bad, { name: "Bad", appURL: "app.example.com", loginURL: "https://app.example.com/login" });
  if (bad === "bad-type") new frontegg.Application(bad, { name: "Bad", appURL: "https://a.example", loginURL: "https://a.example/l", type: "desktop" as "web" });
  // The lookup only in good programs: a preview the engine aborts would otherwise leave its read in flight, failing
  // inside jest's own process (inline programs run there). A missing key's error is tested in
  // test/sdk/lookup-roles.test.ts for the same reason.
  if (bad) return {};
  const roles = frontegg.lookupRoleIds(["Admin", "ReadOnly"]);
  return { portalId: portal.id, readOnlyRoleId: roles.apply((ids) => ids["ReadOnly"]) };
};
const RESOURCES = 2;

let emulator: TestEmulator;
let client: FronteggClient;
let engine: EngineStack;

beforeAll(async () => {
  emulator = await useEmulator();
  client = emulator.client();
  engine = await engineStack("applications", program, emulator);
});
afterAll(async () => {
  await engine?.dispose();
  await emulator?.stop();
});

const preview = async () => changesOf((await engine.stack.preview()).changeSummary);
const app = async (name: string) => (await client.applications.list()).find((a) => a.name === name);

/** Every application's client and shared secret, as Frontegg's credentials route serves them. */
async function credentials(): Promise<string[]> {
  const apps = await client.applications.list();
  const values = await Promise.all(apps.map((a) => applicationCredentials(emulator, a.id)));
  return values.flatMap((c) => [c.clientSecret, c.sharedSecret]);
}

async function expectNoCredentialsStored(): Promise<void> {
  const secrets = await credentials();
  expect(secrets.length).toBeGreaterThanOrEqual(2 * RESOURCES);
  const exported = await engine.exportText();
  const onDisk = engine.backendText();
  expect(secrets.filter((secret) => exported.includes(secret) || onDisk.includes(secret))).toEqual([]);
  expect(exported).not.toMatch(/clientSecret|sharedSecret/);
}

it("creates both applications and looks up the built-in roles; the credentials are nowhere in state", async () => {
  expect(await preview()).toEqual({ create: RESOURCES + 1 });
  const up = await engine.stack.up();
  expect(changesOf(up.summary.resourceChanges)).toEqual({ create: RESOURCES + 1 });
  expect(await app("Customer portal")).toMatchObject({ appURL: "https://app.example.com", accessType: "FREE_ACCESS", metadata: { team: "growth" } });
  expect(await app("Mobile")).toMatchObject({ type: "mobile-ios", frontendStack: "swift", isActive: true });
  const readOnly = (await client.roles.list()).find((r) => r.key === "ReadOnly")!;
  expect(up.outputs.readOnlyRoleId?.value).toBe(readOnly.id);
  expect(up.outputs.portalId?.value).toBe((await app("Customer portal"))!.id);
  expect(managedResources(await engine.exportText())).toHaveLength(RESOURCES);
  await expectNoCredentialsStored();
});

it("refreshes with no changes, one list for every application and never the credentials route", async () => {
  await emulator.control("DELETE", "/requests");
  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({});
  expect(await emulator.requestCounts()).toEqual({ "POST /auth/vendor": 1, [`GET ${BASE}`]: 1 });
  expect(await preview()).toEqual({});
});

it("updates in place; a trailing slash alone is no change", async () => {
  const before = await app("Customer portal");
  await engine.stack.setConfig(`${PROJECT}:portalUrl`, { value: "https://app.example.com/" });
  expect(await preview()).toEqual({});
  await engine.stack.setConfig(`${PROJECT}:accessType`, { value: "MANAGED_ACCESS" });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: 1 });
  expect(await app("Customer portal")).toMatchObject({ id: before!.id, accessType: "MANAGED_ACCESS" });
});

// One refresh and one up for both kinds of drift, to keep the suite short.
it("detects an out-of-band change and an out-of-band delete on refresh, and repairs both on the next up", async () => {
  const portal = (await app("Customer portal"))!;
  await client.applications.update(portal.id, { isActive: false, accessType: "FREE_ACCESS" });
  await client.applications.delete((await app("Mobile"))!.id);
  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({ update: 1, delete: 1 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: 1, create: 1 });
  expect(await app("Customer portal")).toMatchObject({ id: portal.id, isActive: true, accessType: "MANAGED_ACCESS" });
  expect(await app("Mobile")).toMatchObject({ type: "mobile-ios", frontendStack: "swift" });
  await expectNoCredentialsStored();
});

describe("bad inputs are refused at preview, naming the resource and property, with no write", () => {
  afterAll(() => engine.stack.removeConfig(`${PROJECT}:bad`));

  it.each([
    ["bad-url", /Application resource 'bad-url' has a problem: appURL: appURL must be an absolute http or https URL/],
    ["bad-type", /Application resource 'bad-type' has a problem: type: /],
  ])("%s", async (bad, expected) => {
    await engine.stack.setConfig(`${PROJECT}:bad`, { value: bad });
    await expectPreviewRefused(engine, emulator, expected);
  });
});

it("destroys both applications", async () => {
  expect(changesOf((await engine.stack.destroy()).summary.resourceChanges)).toEqual({ delete: RESOURCES + 1 });
  expect(await client.applications.list()).toEqual([]);
});
