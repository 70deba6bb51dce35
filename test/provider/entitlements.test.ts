/**
 * Feature, Plan and FeatureFlag: validation and diff offline, the lifecycle against the emulator (a plan of 25
 * features keeps all of them), the entitlements pager under both readings of `offset` against a bare server, and
 * lookupFeatureIds' key resolution.
 */
import type * as http from "node:http";
import { FronteggClient } from "../../provider/client";
import { featureIdsByKey } from "../../sdk/lookup-reads";
import { TestEmulator, useEmulator, CLIENT_ID, SECRET } from "../support/emulator";
import { steps } from "../support/lifecycle-steps";
import { answerVendorAuth, RawServer, startRawServer } from "../support/raw-server";
import { checkOffline, diffOffline } from "./helpers";

const FEATURES = "/entitlements/resources/features/v1";

describe("validation and diff", () => {
  it("applies the safe defaults of a feature flag: off, both treatments \"false\", rules unmanaged", async () => {
    expect((await checkOffline("FeatureFlag", { featureId: "f1", name: "Rollout" })).inputs).toEqual({
      featureId: "f1",
      name: "Rollout",
      description: "",
      on: false,
      offTreatment: "false",
      defaultTreatment: "false",
      adoptExisting: false,
    });
  });

  it("names the property and what to do", async () => {
    expect((await checkOffline("FeatureFlag", { featureId: "f1", name: "x", defaultTreatment: true })).failures).toEqual([
      { property: "defaultTreatment", reason: expect.stringMatching(/defaultTreatment must be "true" or "false" \(strings/) },
    ]);
    expect((await checkOffline("Feature", { key: "has space", name: "x" })).failures).toEqual([
      { property: "key", reason: expect.stringMatching(/feature key must start with a letter or digit/) },
    ]);
    expect((await checkOffline("Feature", { key: "k", name: "x", metadata: "{not json" })).failures).toEqual([
      { property: "metadata", reason: expect.stringMatching(/metadata must be a JSON object as a string/) },
    ]);
    expect((await checkOffline("Plan", { name: "P", defaultTimeLimitation: 0 })).failures).toEqual([
      { property: "defaultTimeLimitation", reason: "defaultTimeLimitation must be at least 1 day" },
    ]);
    const rule = { treatment: "true", conditions: [{ attribute: "tier", attributeType: "custom", op: "nearly", value: {} }] };
    expect((await checkOffline("Plan", { name: "P", rules: [rule] })).failures).toEqual([
      { property: "rules[0].conditions[0].op", reason: expect.stringMatching(/in_list/) },
    ]);
    const good = await checkOffline("Plan", { name: "P", rules: [{ ...rule, conditions: [{ ...rule.conditions[0], op: "in_list", value: { list: ["gold"] } }] }] });
    expect(good.failures).toEqual([]);
    expect(good.inputs?.rules).toEqual([
      { description: "", conditionLogic: "and", treatment: "true", conditions: [{ attribute: "tier", attributeType: "custom", negate: false, op: "in_list", value: { list: ["gold"] } }] },
    ]);
  });

  it("compares a plan's features and a feature's permissions as sets, and metadata by content", async () => {
    const plan = { planId: "p", name: "P", description: "", featureIds: ["a", "b", "c"], assignOnSignup: false, adoptExisting: false };
    expect((await diffOffline("Plan", plan, { name: "P", featureIds: ["c", "a", "b", "a"] })).changes).toBe(false);
    expect(await diffOffline("Plan", plan, { name: "P", featureIds: ["a", "b"] })).toMatchObject({ changes: true, replaces: [] });
    const feature = { featureId: "f", key: "k", name: "K", description: "", permissions: ["x", "y"], metadata: '{"a":1,"b":2}', adoptExisting: false };
    expect((await diffOffline("Feature", feature, { key: "k", name: "K", permissions: ["y", "x"], metadata: '{ "b": 2, "a": 1 }' })).changes).toBe(false);
    expect((await diffOffline("Feature", feature, { key: "k", name: "K", permissions: ["y", "x"], metadata: '{"a":2}' })).changes).toBe(true);
    // Undeclared optional plan fields (rules, treatment, metadata) are Frontegg's: no diff whatever they hold.
    expect((await diffOffline("Plan", { ...plan, rules: [{ description: "r" }], defaultTreatment: "true" }, { name: "P", featureIds: ["a", "b", "c"] })).changes).toBe(false);
  });

  it("replaces a flag moved to another feature", async () => {
    const flag = { featureFlagId: "ff", featureId: "f1", name: "R", description: "", on: false, offTreatment: "false", defaultTreatment: "false", adoptExisting: false };
    expect(await diffOffline("FeatureFlag", flag, { featureId: "f2", name: "R" })).toMatchObject({ replaces: ["featureId"] });
    expect(await diffOffline("FeatureFlag", flag, { featureId: "f1", name: "R", on: true })).toMatchObject({ changes: true, replaces: [] });
  });
});

describe("against the emulator", () => {
  let emulator: TestEmulator;
  let client: FronteggClient;
  beforeAll(async () => {
    emulator = await useEmulator();
    client = emulator.client();
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.reset());

  it("Feature: created with metadata, updated in place, drift repaired, deleted", async () => {
    const feature = steps("Feature", client);
    const args = { key: "sso", name: "SSO", permissions: ["fe.secure.read.users"], metadata: JSON.stringify({ tier: "gold" }) };
    const stored = await feature.create(args);
    expect(stored.outs).toMatchObject({ featureId: stored.id, key: "sso", permissions: ["fe.secure.read.users"], metadata: '{"tier":"gold"}' });
    expect(await feature.hasChanges(stored, args)).toBe(false);
    const renamed = await feature.up(stored, { ...args, key: "sso-v2", name: "Single sign-on" });
    expect(renamed.action).toBe("update");
    expect((await client.entitlements.features.list(["sso-v2"]))[0]).toMatchObject({ id: stored.id, name: "Single sign-on", metadata: { tier: "gold" } });
    await client.entitlements.features.update(stored.id, { permissions: [] });
    const drifted = await feature.refresh(renamed.stored);
    expect(drifted?.stored.outs.permissions).toEqual([]);
    expect((await feature.up(drifted!.stored, { ...args, key: "sso-v2", name: "Single sign-on" })).action).toBe("update");
    expect((await client.entitlements.features.list(["sso-v2"]))[0]?.permissions).toEqual(["fe.secure.read.users"]);
    await feature.destroy(renamed.stored);
    expect(await feature.refresh(renamed.stored)).toBeUndefined();
    await expect(feature.destroy(renamed.stored)).resolves.toBeUndefined();
  });

  it("Plan: 25 features kept as a set through create, refresh, a change of links, a drift repair and delete", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await client.entitlements.features.create({ key: `feature-${i}`, name: `Feature ${i}` })).id);
    const plan = steps("Plan", client);
    const args = { name: "Enterprise", featureIds: ids.slice(0, 25), defaultTreatment: "true" };
    const stored = await plan.create(args);
    expect(new Set(stored.outs.featureIds as string[])).toEqual(new Set(ids.slice(0, 25)));
    expect(new Set(await client.entitlements.plans.featureIds(stored.id))).toEqual(new Set(ids.slice(0, 25)));
    const refreshed = await plan.refresh(stored);
    expect(new Set(refreshed?.stored.outs.featureIds as string[])).toEqual(new Set(ids.slice(0, 25)));
    expect(await plan.hasChanges(refreshed!.stored, { ...args, featureIds: [...args.featureIds].reverse() })).toBe(false);

    const moved = await plan.up(refreshed!.stored, { ...args, featureIds: ids.slice(5, 30) });
    expect(moved.action).toBe("update");
    expect(new Set(await client.entitlements.plans.featureIds(stored.id))).toEqual(new Set(ids.slice(5, 30)));

    await client.entitlements.plans.unlink(stored.id, [ids[29]!]);
    await client.entitlements.plans.link(stored.id, [ids[0]!]);
    const drifted = await plan.refresh(moved.stored);
    expect(drifted?.stored.outs.featureIds).toContain(ids[0]);
    expect(drifted?.stored.outs.featureIds).not.toContain(ids[29]);
    expect((await plan.up(drifted!.stored, { ...args, featureIds: ids.slice(5, 30) })).action).toBe("update");
    expect(new Set(await client.entitlements.plans.featureIds(stored.id))).toEqual(new Set(ids.slice(5, 30)));

    await plan.destroy(moved.stored);
    expect(await plan.refresh(moved.stored)).toBeUndefined();
  });

  it("Plan: a name Frontegg holds is taken over only with adoptExisting; the 11th plan is found too", async () => {
    for (let i = 0; i < 12; i++) await client.entitlements.plans.create({ name: `Plan ${i}` });
    await expect(steps("Plan", client).create({ name: "Plan 0" })).rejects.toThrow(/plan \\"Plan 0\\" already exists in Frontegg .*adoptExisting: true/);
    const adopted = await steps("Plan", client).create({ name: "Plan 0", adoptExisting: true, description: "taken over" });
    expect(adopted.outs).toMatchObject({ name: "Plan 0", description: "taken over" });
  });

  it("FeatureFlag: created off, switched on, drift repaired, deleted; a second flag for one feature is refused at preview", async () => {
    const owner = await client.entitlements.features.create({ key: "beta", name: "Beta" });
    const flag = steps("FeatureFlag", client);
    const stored = await flag.create({ featureId: owner.id, name: "Beta rollout" });
    expect(stored.outs).toMatchObject({ on: false, offTreatment: "false", defaultTreatment: "false", featureId: owner.id, rules: [] });
    const rules = [{ treatment: "true", conditions: [{ attribute: "tier", attributeType: "custom", op: "in_list", value: { list: ["gold"] } }] }];
    const on = await flag.up(stored, { featureId: owner.id, name: "Beta rollout", on: true, rules });
    expect(on.action).toBe("update");
    await client.entitlements.featureFlags.update(stored.id, { on: false });
    const drifted = await flag.refresh(on.stored);
    expect(drifted?.stored.outs.on).toBe(false);
    expect((await flag.up(drifted!.stored, { featureId: owner.id, name: "Beta rollout", on: true, rules })).action).toBe("update");
    expect((await client.entitlements.featureFlags.list())[0]).toMatchObject({ on: true, rules: [expect.objectContaining({ treatment: "true" })] });
    await expect(steps("FeatureFlag", client).create({ featureId: owner.id, name: "Twin" })).rejects.toThrow(/already exists in Frontegg/);
    await flag.destroy(on.stored);
    expect(await client.entitlements.featureFlags.list()).toEqual([]);
  });

  it("refuses at preview a feature id that names nothing, pointing at lookupFeatureIds", async () => {
    const result = await steps("Plan", client).provider.check({}, { name: "P", featureIds: ["0000"] });
    expect(result.failures).toEqual([{ property: "", reason: expect.stringMatching(/featureIds: no feature with id "0000" .*lookupFeatureIds/) }]);
  });

  it("lookupFeatureIds: ids by key, an error naming every missing key", async () => {
    const sso = await client.entitlements.features.create({ key: "sso", name: "SSO" });
    expect(await featureIdsByKey(client, ["sso"])).toEqual({ sso: sso.id });
    await expect(featureIdsByKey(client, ["sso", "nope", "gone"])).rejects.toThrow(/lookupFeatureIds: no feature with key "nope", "gone"/);
  });
});

describe("the entitlements pager", () => {
  let server: RawServer | undefined;
  afterEach(() => server?.close());
  const clientOf = (url: string) => new FronteggClient({ clientId: CLIENT_ID, secretKey: SECRET, apiBaseUrl: url }, {});
  const all = Array.from({ length: 25 }, (_, i) => ({ id: `f${i}`, key: `k${i}`, name: `F${i}` }));
  const serve = (offsetOf: (offset: number, limit: number) => number) =>
    startRawServer((request: http.IncomingMessage, response: http.ServerResponse) => {
      if (answerVendorAuth(request, response)) return;
      const url = new URL(request.url ?? "", "http://x");
      const limit = Number(url.searchParams.get("limit") ?? 10);
      const start = offsetOf(Number(url.searchParams.get("offset") ?? 0), limit);
      response.setHeader("content-type", "application/json");
      if (limit > 10) {
        response.statusCode = 400;
        return response.end(JSON.stringify({ errors: ["limit must not be greater than 10"] }));
      }
      response.end(JSON.stringify({ items: all.slice(start, start + limit), hasNext: start + limit < all.length }));
    });

  it("reads every item when offset counts records (as Frontegg's Terraform provider reads it)", async () => {
    server = await serve((offset) => offset);
    expect((await clientOf(server.url).entitlements.features.list()).map((f) => f.id)).toEqual(all.map((f) => f.id));
    expect(server.requests.filter((r) => r.startsWith("GET"))).toEqual([
      `GET ${FEATURES}?offset=0&limit=10`,
      `GET ${FEATURES}?offset=1&limit=10`,
      `GET ${FEATURES}?offset=11&limit=10`,
      `GET ${FEATURES}?offset=21&limit=10`,
    ]);
  });

  it("reads every item when offset counts pages (as the spec words it)", async () => {
    server = await serve((offset, limit) => offset * limit);
    expect((await clientOf(server.url).entitlements.features.list()).map((f) => f.id)).toEqual(all.map((f) => f.id));
    expect(server.requests.filter((r) => r.startsWith("GET"))).toHaveLength(3);
  });
});
