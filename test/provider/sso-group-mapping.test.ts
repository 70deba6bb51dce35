/** SsoGroupMapping: validation and diff offline, then its lifecycle against the emulator over real HTTP. */
import { FronteggClient } from "../../provider/client";
import { createLifecycle } from "../../provider/lifecycle/lifecycle";
import { Session } from "../../provider/lifecycle/session";
import { definitionOf } from "../../provider/resources";
import { TestEmulator, useEmulator } from "../support/emulator";
import { steps } from "../support/lifecycle-steps";
import { CERT_DER_BASE64, offlineLifecycle, propertyFailures } from "./helpers";

const args = { tenantId: "acme", ssoConfigurationId: "c1", group: "Engineering", roleIds: ["r1", "r2"] };

async function check(news: Record<string, unknown>) {
  const result = await offlineLifecycle("SsoGroupMapping").check({}, news);
  return { inputs: result.inputs, failures: propertyFailures(result.failures ?? []) };
}

describe("SsoGroupMapping check and diff", () => {
  it("passes a mapping, keeping an empty role list (the spec requires the field, not an item)", async () => {
    expect(await check(args)).toEqual({ inputs: { ...args, adoptExisting: false }, failures: [] });
    expect((await check({ ...args, roleIds: [] })).failures).toEqual([]);
  });

  it("rejects an empty or blank group, a missing roleIds, empty ids and a stray property, naming each", async () => {
    const { failures } = await check({ tenantId: "", ssoConfigurationId: "", group: "  ", roles: ["r1"] });
    expect(Object.fromEntries(failures.map((f) => [f.property, f.reason]))).toEqual({
      tenantId: "tenantId must not be empty",
      ssoConfigurationId: "ssoConfigurationId must not be empty: use the id output of an SsoConfiguration",
      group: "group must not be empty: give the group as the identity provider sends it in the assertion",
      roleIds: "roleIds is required: list the ids of the roles the group's members get ([] for none)",
      roles: expect.stringMatching(/unknown property "roles"/),
    });
    expect((await check({ ...args, roleIds: ["r1", ""] })).failures).toEqual([{ property: "roleIds[1]", reason: "role ids must not be empty" }]);
  });

  it("compares roleIds as a set, renames the group in place, and replaces on another connection or tenant", async () => {
    const lifecycle = offlineLifecycle("SsoGroupMapping");
    const stored = { groupId: "g1", ...args, adoptExisting: false };
    const diff = async (news: Record<string, unknown>) => lifecycle.diff("g1", stored, (await lifecycle.check(stored, news)).inputs ?? {});
    expect((await diff({ ...args, roleIds: ["r2", "r1", "r2"] })).changes).toBe(false);
    expect(await diff({ ...args, roleIds: ["r1"] })).toMatchObject({ changes: true, replaces: [] });
    expect(await diff({ ...args, group: "Eng" })).toMatchObject({ changes: true, replaces: [] });
    expect(await diff({ ...args, ssoConfigurationId: "c2" })).toMatchObject({ replaces: ["ssoConfigurationId"], deleteBeforeReplace: true });
    expect(await diff({ ...args, tenantId: "globex" })).toMatchObject({ replaces: ["tenantId"] });
  });
});

describe("SsoGroupMapping against the emulator", () => {
  let emulator: TestEmulator;
  let client: FronteggClient;
  let configurationId: string;
  let roles: { env: string; own: string; foreign: string };
  beforeAll(async () => {
    emulator = await useEmulator();
    client = emulator.client();
  });
  afterAll(() => emulator.stop());
  beforeEach(async () => {
    await emulator.reset();
    configurationId = (await client.sso.create("acme", { type: "saml", enabled: true, ssoEndpoint: "https://idp.acme.example/sso", publicCertificate: CERT_DER_BASE64 })).id;
    const [env] = await client.roles.create([{ key: "viewer", name: "Viewer", level: 5 }]);
    const [own] = await client.roles.create([{ key: "eng", name: "Engineer", level: 3 }], { tenantId: "acme" });
    const [foreign] = await client.roles.create([{ key: "other", name: "Other", level: 3 }], { tenantId: "globex" });
    roles = { env: env!.id, own: own!.id, foreign: foreign!.id };
  });
  const mapping = () => steps("SsoGroupMapping", client);
  const live = () => client.sso.listGroups("acme", configurationId);

  it("is created, refreshed without drift, updated in place, repaired after drift, and deleted", async () => {
    const declared = { tenantId: "acme", ssoConfigurationId: configurationId, group: "Engineering", roleIds: [roles.own, roles.env] };
    const stored = await mapping().create(declared);
    expect(stored.outs).toEqual({ groupId: stored.id, tenantId: "acme", ssoConfigurationId: configurationId, group: "Engineering", roleIds: [roles.own, roles.env].sort() });
    const refreshed = await mapping().refresh(stored);
    expect(await mapping().hasChanges(refreshed!.stored, declared)).toBe(false);

    const renamed = await mapping().up(stored, { ...declared, group: "Engineers", roleIds: [roles.env] });
    expect(renamed.action).toBe("update");
    expect(await live()).toEqual([{ id: stored.id, group: "Engineers", roleIds: [roles.env] }]);

    await client.sso.updateGroup("acme", configurationId, stored.id, { group: "Engineers", roleIds: [] });
    const drifted = await mapping().refresh(renamed.stored);
    expect(drifted?.inputs.roleIds).toEqual([]);
    const repaired = await mapping().up(drifted!.stored, { ...declared, group: "Engineers", roleIds: [roles.env] });
    expect(repaired.action).toBe("update");
    expect((await live())[0]!.roleIds).toEqual([roles.env]);

    await mapping().destroy(repaired.stored);
    expect(await live()).toEqual([]);
    expect(await mapping().refresh(repaired.stored)).toBeUndefined();
    await expect(mapping().destroy(repaired.stored)).resolves.toBeUndefined();
  });

  it("is gone on refresh once its connection is deleted", async () => {
    const stored = await mapping().create({ tenantId: "acme", ssoConfigurationId: configurationId, group: "Ops", roleIds: [] });
    await client.sso.delete("acme", configurationId);
    expect(await mapping().refresh(stored)).toBeUndefined();
    await expect(mapping().destroy(stored)).resolves.toBeUndefined();
  });

  it("looks for the group in the connection before creating: refuses it unless adoptExisting, then converges it", async () => {
    await client.sso.createGroup("acme", configurationId, { group: "Ops", roleIds: [] });
    const declared = { tenantId: "acme", ssoConfigurationId: configurationId, group: "Ops", roleIds: [roles.env] };
    const lifecycle = mapping().provider;
    const preview = await lifecycle.check({}, declared);
    expect(preview.failures?.map((f) => f.reason)).toEqual([expect.stringMatching(/SSO group "Ops" of connection .* already exists in Frontegg \(id .*\)\. To manage the existing object with this program, set adoptExisting: true/)]);
    await expect(mapping().create(declared)).rejects.toThrow(/already exists in Frontegg/);
    const adopted = await mapping().create({ ...declared, adoptExisting: true });
    expect(await live()).toEqual([{ id: adopted.id, group: "Ops", roleIds: [roles.env] }]);
  });

  it("checks at preview that the connection and every role exist in the tenant", async () => {
    const lifecycle = mapping().provider;
    const failures = async (news: Record<string, unknown>) => propertyFailures((await lifecycle.check({}, news)).failures ?? []);
    expect(await failures({ tenantId: "acme", ssoConfigurationId: "no-such-connection", group: "g", roleIds: [] })).toEqual([
      { property: "ssoConfigurationId", reason: 'no SSO connection with id "no-such-connection" exists in tenant "acme": use the id output of an SsoConfiguration resource of that tenant' },
    ]);
    expect(await failures({ tenantId: "globex", ssoConfigurationId: configurationId, group: "g", roleIds: [] })).toEqual([
      { property: "ssoConfigurationId", reason: expect.stringContaining('exists in tenant "globex"') },
    ]);
    expect(await failures({ tenantId: "acme", ssoConfigurationId: configurationId, group: "g", roleIds: [roles.env, roles.own, roles.foreign, "no-such-role"] })).toEqual([
      { property: "roleIds", reason: expect.stringMatching(new RegExp(`^no role with id "${roles.foreign}" exists`)) },
      { property: "roleIds", reason: expect.stringMatching(/^no role with id "no-such-role" exists/) },
    ]);
    const writes = Object.keys(await emulator.requestCounts()).filter((route) => !route.startsWith("GET ") && route !== "POST /auth/vendor");
    expect(writes.filter((route) => route.includes("/groups"))).toEqual([]);
  });

  it("reads one list per connection per operation, however many mappings it holds", async () => {
    const other = (await client.sso.create("acme", { type: "oidc", enabled: true, oidcClientId: "app", oidcSecret: "s" })).id;
    const created = [];
    for (const [connection, group] of [[configurationId, "a"], [configurationId, "b"], [configurationId, "c"], [other, "a"]] as const) {
      created.push(await mapping().create({ tenantId: "acme", ssoConfigurationId: connection, group, roleIds: [] }));
    }
    await emulator.control("DELETE", "/requests");
    // One refresh of the whole stack is one operation: one session.
    const lifecycle = createLifecycle(definitionOf("SsoGroupMapping")!, (() => {
      const session = new Session(client);
      return () => session;
    })(), { kinds: { definitionOf } });
    await Promise.all(created.map((stored) => lifecycle.read(stored.id, stored.outs)));
    const counts = await emulator.requestCounts();
    expect(Object.fromEntries(Object.entries(counts).filter(([route]) => route.includes("/groups")))).toEqual({
      "GET /team/resources/sso/v1/configurations/{configurationId}/groups": 2,
    });
  });
});
