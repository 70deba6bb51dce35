/**
 * JwtTemplate and JwtTemplateTargeting: claim rules and the rule-list diff offline, then each lifecycle against
 * the emulator over real HTTP.
 */
import { FronteggClient } from "../../provider/client";
import { TestEmulator, useEmulator } from "../support/emulator";
import { checkOffline, diffOffline, lifecycleWith } from "./helpers";

const CLAIMS = { iss: "{{issuer}}", sub: "{{user.id}}", aud: "{{clientId}}", exp: "{{exp}}", iat: "{{iat}}" };
const partner = { key: "partner", name: "Partner", expiration: 3600, algorithm: "RS256", claims: { ...CLAIMS, email: "{{user.email}}" } };
const condition = (list: string[], attribute = "tenantId") => ({ attribute, op: "in_list", value: { list }, negate: false });
const rule = (treatment: string, ...conditions: ReturnType<typeof condition>[]) => ({ conditionLogic: "and", treatment, conditions });

describe("JwtTemplate inputs and diff", () => {
  it("checks Frontegg's claim rules at preview: the five OIDC claims, the audience, the reserved names", async () => {
    const { iat: _iat, exp: _exp, ...withoutTimes } = CLAIMS;
    expect((await checkOffline("JwtTemplate", { ...partner, claims: withoutTimes })).failures).toEqual([
      { property: "claims", reason: "claims must include exp, iat (Frontegg requires iss, sub, aud, exp and iat)" },
    ]);
    expect((await checkOffline("JwtTemplate", { ...partner, claims: { ...CLAIMS, aud: "{{aud}}" } })).failures.map((f) => f.property)).toEqual(["claims.aud"]);
    expect((await checkOffline("JwtTemplate", { ...partner, claims: { ...CLAIMS, type: "x", tenantId: "y" } })).failures.map((f) => f.property)).toEqual(["claims.type", "claims.tenantId"]);
    expect((await checkOffline("JwtTemplate", { ...partner, expiration: 9 })).failures[0]?.property).toBe("expiration");
    expect((await checkOffline("JwtTemplate", { ...partner, algorithm: "ES256" })).failures[0]?.property).toBe("algorithm");
  });

  it("compares claims by content (key order is no change) and changes the key in place", async () => {
    const stored = { ...partner, templateId: "t1", description: "", claims: Object.fromEntries(Object.entries(partner.claims).reverse()) };
    expect((await diffOffline("JwtTemplate", stored, partner)).diffs).toEqual([]);
    const renamed = await diffOffline("JwtTemplate", stored, { ...partner, key: "partner-v2", claims: { ...partner.claims, roles: ["{{user.roles}}"] } });
    expect([renamed.diffs, renamed.replaces]).toEqual([["key", "claims"], []]);
  });
});

describe("JwtTemplateTargeting inputs and diff", () => {
  it("keeps the order of rules but not of a rule's conditions or a condition's values", async () => {
    const rules = [rule("a", condition(["acme", "globex"]), condition(["@a.example"], "userEmail")), rule("b", condition(["x"]))];
    const stored = { targetingId: "g", rules: [rule("a", condition(["@a.example"], "userEmail"), condition(["globex", "acme"])), rule("b", condition(["x"]))] };
    expect((await diffOffline("JwtTemplateTargeting", stored, { rules })).diffs).toEqual([]);
    expect((await diffOffline("JwtTemplateTargeting", stored, { rules: [...rules].reverse() })).diffs).toEqual(["rules"]);
  });

  it("refuses an unknown attribute or operation, an empty list, and a value listed twice", async () => {
    expect((await checkOffline("JwtTemplateTargeting", { rules: [rule("a", { ...condition(["x"]), attribute: "country" })] })).failures[0]?.property).toBe("rules[0].conditions[0].attribute");
    expect((await checkOffline("JwtTemplateTargeting", { rules: [rule("a", { ...condition(["x"]), op: "equals" })] })).failures[0]?.property).toBe("rules[0].conditions[0].op");
    expect((await checkOffline("JwtTemplateTargeting", { rules: [rule("a", condition([]))] })).failures[0]?.property).toBe("rules[0].conditions[0].value.list");
    expect((await checkOffline("JwtTemplateTargeting", { rules: [rule("a", condition(["x", "x"]))] })).failures[0]?.reason).toBe('"x" is listed twice in a condition\'s value.list');
  });
});

describe("lifecycles against the emulator", () => {
  let emulator: TestEmulator;
  let client: FronteggClient;
  beforeAll(async () => {
    emulator = await useEmulator();
    client = emulator.client();
  });
  beforeEach(() => emulator.reset());
  afterAll(() => emulator.stop());

  it("JwtTemplate: creates, refuses a taken key without adoptExisting, adopts, clears a dropped description, deletes", async () => {
    const lifecycle = lifecycleWith("JwtTemplate", client);
    const created = await lifecycle.create((await lifecycle.check({}, { ...partner, description: "for partners" })).inputs!);
    expect(created.outs).toMatchObject({ templateId: created.id, key: "partner", description: "for partners", claims: partner.claims });
    expect((await lifecycle.read(created.id, created.outs)).props).toEqual(created.outs);
    expect((await lifecycle.check({}, partner)).failures?.[0]?.reason).toMatch(/JWT template "partner" already exists/);
    const adopted = await lifecycle.create((await lifecycle.check({}, { ...partner, adoptExisting: true })).inputs!);
    expect(adopted.id).toBe(created.id);
    expect((await client.jwtTemplates.list())[0]).toMatchObject({ description: "" });
    await lifecycle.delete(created.id, created.outs!);
    expect(await client.jwtTemplates.list()).toEqual([]);
    await lifecycle.delete(created.id, created.outs!);
  });

  it("JwtTemplateTargeting: creates by POST, replaces the list by PUT (read back), reads portal changes, deletes the object", async () => {
    const lifecycle = lifecycleWith("JwtTemplateTargeting", client);
    const first = { rules: [rule("partner", condition(["globex", "acme"]))] };
    const created = await lifecycle.create((await lifecycle.check({}, first)).inputs!);
    expect(created.id).toBe("environment");
    expect(created.outs).toMatchObject({ rules: [rule("partner", condition(["acme", "globex"]))] });
    const second = { rules: [rule("partner", condition(["acme"])), rule("other", condition(["u1"], "userId"))] };
    await emulator.control("DELETE", "/requests");
    const updated = await lifecycle.update("environment", created.outs!, (await lifecycle.check({}, second)).inputs!);
    expect(await emulator.requestCounts()).toMatchObject({ "PUT /identity/resources/configurations/v1/jwt-template-targeting": 1 });
    expect((updated.outs as { rules: unknown[] }).rules).toHaveLength(2);

    await client.jwtTemplateTargeting.replace({ rules: [] });
    expect((await lifecycle.read("environment", updated.outs)).props).toMatchObject({ rules: [] });
    await lifecycle.delete("environment", updated.outs!);
    expect(await client.jwtTemplateTargeting.get()).toBeUndefined();
    expect((await lifecycle.read("environment", updated.outs)).id).toBe("");
    await lifecycle.delete("environment", updated.outs!);
  });
});
