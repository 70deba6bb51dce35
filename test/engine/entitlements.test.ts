/**
 * Feature, Plan and FeatureFlag under the real engine, in one shared stack. The plan grants 26 features: 25 made
 * outside the stack and found with lookupFeatureIds, plus one of the stack's, so every list is read past its
 * first page of 10. Covered: create, no-change preview and refresh (one listing per kind), in-place updates of
 * every kind, out-of-band changes detected by refresh and repaired by up, bad inputs refused at preview with no
 * write, and destroy (the stack's objects deleted, the features it only referenced kept).
 */
import * as pulumi from "@pulumi/pulumi";
import * as frontegg from "pulumi-frontegg";
import { ConfigMap } from "@pulumi/pulumi/automation";
import { FronteggClient } from "../../provider/client";
import { SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { changesOf, engineStack, EngineStack, managedResources, PROJECT } from "./harness";
import { expectPreviewRefused } from "./lifecycle";

jest.setTimeout(300_000);

const FEATURES = "/entitlements/resources/features/v1";
const PLANS = "/entitlements/resources/plans/v1";
const FLAGS = "/entitlements/resources/feature-flags/v1";
const BULK = Array.from({ length: 25 }, (_, i) => `bulk-${String(i).padStart(2, "0")}`);

const program = async () => {
  const config = new pulumi.Config();
  const bulk = frontegg.lookupFeatureIds(BULK);
  const sso = new frontegg.Feature("sso", {
    key: "sso",
    name: config.get("ssoName") ?? "Single sign-on",
    permissions: ["fe.secure.read.users"],
    metadata: JSON.stringify({ tier: "gold" }),
  });
  const audit = new frontegg.Feature("audit", { key: "audit-logs", name: "Audit logs" });
  const count = Number(config.get("bulkCount") ?? BULK.length);
  new frontegg.Plan("gold", {
    name: "Gold",
    description: config.get("planDescription") ?? "Everything",
    featureIds: [sso.featureId, ...BULK.slice(0, count).map((key) => bulk.apply((ids) => ids[key]!))],
    defaultTreatment: "true",
  });
  new frontegg.FeatureFlag("audit-flag", { featureId: audit.featureId, name: "Audit rollout", on: config.getBoolean("flagOn") ?? false });
  // Mistakes the preview must refuse (one per preview: the engine stops at the first).
  const bad = config.get("bad");
  if (bad === "bad-treatment") new frontegg.FeatureFlag(bad, { featureId: sso.featureId, name: "x", defaultTreatment: true as unknown as "true" });
  if (bad === "bad-metadata") new frontegg.Feature(bad, { key: "bad", name: "Bad", metadata: "{oops" });
  if (bad === "unknown-feature") new frontegg.Plan(bad, { name: "Silver", featureIds: ["00000000-0000-0000-0000-000000000000"] });
};
const RESOURCES = 4;

let emulator: TestEmulator;
let client: FronteggClient;
let engine: EngineStack;

beforeAll(async () => {
  emulator = await useEmulator();
  client = emulator.client();
  for (const key of BULK) await client.entitlements.features.create({ key, name: key });
  engine = await engineStack("entitlements", program, emulator);
});
afterAll(async () => {
  await engine?.dispose();
  await emulator?.stop();
});

const config = (values: Record<string, string>): ConfigMap => Object.fromEntries(Object.entries(values).map(([k, value]) => [`${PROJECT}:${k}`, { value }]));
const featureByKey = async (key: string) => (await client.entitlements.features.list([key]))[0];
const gold = async () => (await client.entitlements.plans.list()).find((p) => p.name === "Gold");
const goldFeatureKeys = async () => {
  const keyOf = new Map((await client.entitlements.features.list()).map((f) => [f.id, f.key]));
  return (await client.entitlements.plans.featureIds((await gold())!.id)).map((id) => keyOf.get(id)).sort();
};

it("creates every kind; the plan keeps all 26 features", async () => {
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ create: RESOURCES + 1 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ create: RESOURCES + 1 });
  expect(await featureByKey("sso")).toMatchObject({ name: "Single sign-on", permissions: ["fe.secure.read.users"], metadata: { tier: "gold" } });
  expect(await goldFeatureKeys()).toEqual([...BULK, "sso"].sort());
  expect(await gold()).toMatchObject({ description: "Everything", defaultTreatment: "true" });
  const audit = await featureByKey("audit-logs");
  expect(await client.entitlements.featureFlags.list()).toEqual([
    expect.objectContaining({ name: "Audit rollout", on: false, offTreatment: "false", defaultTreatment: "false", feature: { id: audit!.id } }),
  ]);
  const exported = await engine.exportText();
  const { tokens } = await emulator.control<{ tokens: string[] }>("GET", "/tokens");
  for (const secret of [SECRET, ...tokens]) expect(exported.includes(secret) || engine.backendText().includes(secret)).toBe(false);
  expect(managedResources(exported)).toHaveLength(RESOURCES);
});

it("previews no change with one call, and refreshes with one listing per kind, every page of it", async () => {
  await emulator.control("DELETE", "/requests");
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({});
  // The preview runs lookupFeatureIds (the program's own read) besides the credential check.
  expect(Object.keys(await emulator.requestCounts()).sort()).toEqual(["GET /entitlements/resources/features/v1", "POST /auth/vendor"]);
  await emulator.control("DELETE", "/requests");
  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({});
  expect(await emulator.requestCounts()).toEqual({
    "POST /auth/vendor": 1,
    // 27 features: offset 0, the probe at 1, then 11 and 21. The plan's 26 links: the same four pages.
    [`GET ${FEATURES}`]: 4,
    [`GET ${PLANS}`]: 1,
    [`GET ${PLANS}/{id}/features`]: 4,
    [`GET ${FLAGS}`]: 1,
  });
});

it("updates every kind in place; unlinks only the features dropped from the set", async () => {
  await engine.stack.setAllConfig(config({ ssoName: "SSO", bulkCount: "20", planDescription: "Most things", flagOn: "true" }));
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: 3 });
  expect((await featureByKey("sso"))?.name).toBe("SSO");
  expect(await goldFeatureKeys()).toEqual([...BULK.slice(0, 20), "sso"].sort());
  expect((await gold())?.description).toBe("Most things");
  expect((await client.entitlements.featureFlags.list())[0]?.on).toBe(true);
});

it("detects out-of-band changes on refresh and repairs them on the next up", async () => {
  const plan = (await gold())!;
  const ids = await client.entitlements.plans.featureIds(plan.id);
  await client.entitlements.plans.unlink(plan.id, ids.slice(0, 3));
  await client.entitlements.plans.link(plan.id, [(await featureByKey(BULK[24]!))!.id]);
  await client.entitlements.featureFlags.update((await client.entitlements.featureFlags.list())[0]!.id, { on: false });
  await client.entitlements.features.update((await featureByKey("sso"))!.id, { permissions: [] });

  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({ update: 3 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: 3 });
  expect(await goldFeatureKeys()).toEqual([...BULK.slice(0, 20), "sso"].sort());
  expect((await client.entitlements.featureFlags.list())[0]?.on).toBe(true);
  expect((await featureByKey("sso"))?.permissions).toEqual(["fe.secure.read.users"]);
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({});
});

describe("bad inputs are refused at preview, naming the resource and property, with no write", () => {
  afterAll(() => engine.stack.removeConfig(`${PROJECT}:bad`));

  it.each([
    ["bad-treatment", /FeatureFlag resource 'bad-treatment' has a problem: defaultTreatment: defaultTreatment must be "true" or "false"/],
    ["bad-metadata", /Feature resource 'bad-metadata' has a problem: metadata: metadata must be a JSON object as a string/],
    ["unknown-feature", /Plan resource 'unknown-feature' has a problem: featureIds: no feature with id "00000000-0000-0000-0000-000000000000" .*lookupFeatureIds/],
  ])("%s", async (bad, expected) => {
    await engine.stack.setConfig(`${PROJECT}:bad`, { value: bad });
    await expectPreviewRefused(engine, emulator, expected);
  });
});

it("destroys the stack's objects and keeps the features it only referenced", async () => {
  expect(changesOf((await engine.stack.destroy()).summary.resourceChanges)).toEqual({ delete: RESOURCES + 1 });
  expect(await client.entitlements.plans.list()).toEqual([]);
  expect(await client.entitlements.featureFlags.list()).toEqual([]);
  expect((await client.entitlements.features.list()).map((f) => f.key).sort()).toEqual(BULK);
});
