import { useEmulator, type ErrorView } from "./helpers";

const FEATURES = "/entitlements/resources/features";
const PLANS = "/entitlements/resources/plans/v1";
const FLAGS = "/entitlements/resources/feature-flags/v1";

interface Page<T> {
  items: T[];
  hasNext: boolean;
}
interface FeatureView {
  id: string;
  key: string;
  name: string;
  permissions: string[];
  metadata: Record<string, unknown>;
  featureFlag?: { id: string };
}
interface PlanView {
  id: string;
  name: string;
  features?: { id: string; key: string }[];
}
interface FlagView {
  id: string;
  on: boolean;
  metadata?: string;
  feature?: { id: string; key: string };
}

describe("entitlements routes", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });
  const feature = async (key: string, extra: Record<string, unknown> = {}) => {
    const made = await emu.call<FeatureView>("POST", `${FEATURES}/v1`, { body: { key, name: key, ...extra } });
    expect(made.status).toBe(200);
    return made.body;
  };

  it("pages every list with offset/limit and hasNext, refusing a limit above 10", async () => {
    for (let i = 0; i < 23; i++) await feature(`f${String(i).padStart(2, "0")}`);
    const seen: string[] = [];
    for (let offset = 0; ; offset += 10) {
      const page = await emu.call<Page<FeatureView>>("GET", `${FEATURES}/v1?offset=${offset}&limit=10&orderBy=key&sortType=ASC`);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((f) => f.key));
      if (!page.body.hasNext) break;
    }
    expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => `f${String(i).padStart(2, "0")}`));
    const tooMany = await emu.call<ErrorView>("GET", `${FEATURES}/v1?limit=100`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors).toEqual(["limit must not be greater than 10"]);
    expect((await emu.call<Page<FeatureView>>("GET", `${FEATURES}/v1`)).body).toMatchObject({ hasNext: true });
    expect((await emu.call<Page<FeatureView>>("GET", `${PLANS}?limit=11`)).status).toBe(400);
    expect((await emu.call<Page<FeatureView>>("GET", `${FLAGS}?limit=11`)).status).toBe(400);
  });

  it("filters features by comma-separated keys; a key is unique; permissions must exist", async () => {
    await feature("a");
    await feature("b", { permissions: ["fe.secure.read.users"] });
    await feature("c");
    const listed = await emu.call<Page<FeatureView>>("GET", `${FEATURES}/v1?featureKeys=a,c`);
    expect(listed.body.items.map((f) => f.key).sort()).toEqual(["a", "c"]);
    const twice = await emu.call<ErrorView>("POST", `${FEATURES}/v1`, { body: { key: "a", name: "again" } });
    expect(twice.status).toBe(409);
    const unknown = await emu.call<ErrorView>("POST", `${FEATURES}/v1`, { body: { key: "d", name: "d", permissions: ["no.such"] } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.join(" ")).toMatch(/no\.such/);
    const missingName = await emu.call<ErrorView>("POST", `${FEATURES}/v1`, { body: { key: "e" } });
    expect(missingName.status).toBe(400);
  });

  it("takes metadata as a JSON string on v2 and answers it as an object", async () => {
    const made = await feature("meta");
    expect((await emu.call("PATCH", `${FEATURES}/v2/${made.id}`, { body: { metadata: '{"tier":"gold"}' } })).status).toBe(200);
    const [read] = (await emu.call<Page<FeatureView>>("GET", `${FEATURES}/v1?featureIds=${made.id}`)).body.items;
    expect(read?.metadata).toEqual({ tier: "gold" });
    expect((await emu.call("PATCH", `${FEATURES}/v2/${made.id}`, { body: { metadata: "[1]" } })).status).toBe(400);
  });

  it("links and unlinks plan features by id (featuresIds), paging the plan's features; unknown unlink is 'Feature Bundle not found'", async () => {
    const features = [];
    for (let i = 0; i < 25; i++) features.push(await feature(`p${i}`));
    const plan = (await emu.call<PlanView>("POST", PLANS, { body: { name: "Gold", featureKeys: ["p0"] } })).body;
    expect((await emu.call("PATCH", `${PLANS}/${plan.id}/features/link`, { body: { featuresIds: features.map((f) => f.id) } })).status).toBe(200);
    const ids = new Set<string>();
    for (let offset = 0; ; offset += 10) {
      const page = (await emu.call<Page<{ id: string }>>("GET", `${PLANS}/${plan.id}/features?offset=${offset}&limit=10`)).body;
      for (const item of page.items) ids.add(item.id);
      if (!page.hasNext) break;
    }
    expect(ids.size).toBe(25);
    expect((await emu.call<PlanView>("GET", `${PLANS}/${plan.id}`)).body.features).toHaveLength(25);
    expect((await emu.call("PATCH", `${PLANS}/${plan.id}/features/unlink`, { body: { featuresIds: [features[0]!.id] } })).status).toBe(200);
    const again = await emu.call<ErrorView>("PATCH", `${PLANS}/${plan.id}/features/unlink`, { body: { featuresIds: [features[0]!.id] } });
    expect(again.status).toBe(404);
    expect(again.body.errors).toEqual(["Feature Bundle not found"]);
    const bad = await emu.call<ErrorView>("PATCH", `${PLANS}/${plan.id}/features/link`, { body: { featuresIds: ["nope"] } });
    expect(bad.status).toBe(400);
    expect((await emu.call("DELETE", `${PLANS}/${plan.id}`)).status).toBe(200);
    expect((await emu.call("GET", `${PLANS}/${plan.id}`)).status).toBe(404);
  });

  it("keeps one flag per feature, answers metadata as the string, and deletes the flag with its feature", async () => {
    const owner = await feature("flagged");
    const body = { name: "Rollout", on: false, offTreatment: "false", defaultTreatment: "true", featureId: owner.id, metadata: '{"a":1}' };
    const flag = await emu.call<FlagView>("POST", FLAGS, { body });
    expect(flag.status).toBe(200);
    expect(flag.body).toMatchObject({ on: false, metadata: '{"a":1}', feature: { id: owner.id, key: "flagged" } });
    expect((await emu.call("POST", FLAGS, { body })).status).toBe(409);
    expect((await emu.call("POST", FLAGS, { body: { ...body, featureId: "nope" } })).status).toBe(400);
    const { on: _on, ...withoutOn } = body;
    expect((await emu.call("POST", FLAGS, { body: withoutOn })).status).toBe(400);
    const [listedFeature] = (await emu.call<Page<FeatureView>>("GET", `${FEATURES}/v1?featureKeys=flagged`)).body.items;
    expect(listedFeature?.featureFlag?.id).toBe(flag.body.id);
    expect((await emu.call<FlagView>("PATCH", `${FLAGS}/${flag.body.id}`, { body: { on: true } })).body.on).toBe(true);
    expect((await emu.call("DELETE", `${FEATURES}/v1/${owner.id}`)).status).toBe(200);
    expect((await emu.call("GET", `${FLAGS}/${flag.body.id}`)).status).toBe(404);
  });
});
