/**
 * Every function of provider/functions against the emulator over real HTTP: what each returns, built-ins
 * included, that a missing key fails naming every such key and what to do, that arguments the schema refuses are
 * reported by property before anything is read, that no secret is in a result, and what one call costs.
 */
import { FronteggClient } from "../../provider/client";
import { FUNCTION_DEFINITIONS, functionOf, LookupError, runFunction } from "../../provider/functions";
import { TestEmulator, useEmulator } from "../support/emulator";

let emulator: TestEmulator;
let client: FronteggClient;

beforeAll(async () => {
  emulator = await useEmulator();
  client = emulator.client();
  await client.tenants.create({ tenantId: "acme", name: "ACME" });
});
afterAll(() => emulator.stop());

/** Runs function `name` as the plugin's Invoke does; returns the result, or throws what it threw. */
async function run(name: keyof typeof FUNCTION_DEFINITIONS, args: Record<string, unknown>): Promise<Record<string, unknown>> {
  const outcome = await runFunction(client, functionOf(name)!, args);
  if (outcome.failures) throw new Error(`unexpected failures: ${JSON.stringify(outcome.failures)}`);
  return outcome.result;
}

/** The API calls one run costs, by route (authentication excluded: a client authenticates once). */
async function callsOf(action: () => Promise<unknown>): Promise<Record<string, number>> {
  await client.verifyCredentials();
  const before = await emulator.requestCounts();
  await action();
  const after = await emulator.requestCounts();
  return Object.fromEntries(Object.entries(after).filter(([route, n]) => n !== (before[route] ?? 0) && !route.startsWith("POST /auth")).map(([route, n]) => [route, n - (before[route] ?? 0)]));
}

describe("roles", () => {
  it("getRole finds Frontegg's built-in Admin with its permissions, in one list call", async () => {
    const listed = (await client.roles.list()).find((r) => r.key === "Admin")!;
    let admin: Record<string, unknown> = {};
    const calls = await callsOf(async () => (admin = await run("getRole", { key: "Admin" })));
    expect(admin).toEqual({ id: listed.id, key: "Admin", name: listed.name, description: listed.description, level: listed.level, isDefault: false, permissionIds: listed.permissions });
    expect(listed.permissions.length).toBeGreaterThan(0);
    expect(calls).toEqual({ "GET /identity/resources/roles/v1": 1 });
  });

  it("getRoles looks in a tenant's own roles first, then the environment's, and maps keys to ids", async () => {
    const [own] = await client.roles.create([{ key: "auditor", name: "Auditor", level: 5 }], { tenantId: "acme" });
    const result = (await run("getRoles", { keys: ["auditor", "ReadOnly"], tenantId: "acme" })) as { roles: Array<{ key: string; tenantId?: string }>; ids: Record<string, string> };
    expect(result.roles.map((r) => [r.key, r.tenantId])).toEqual([["auditor", "acme"], ["ReadOnly", undefined]]);
    expect(result.ids.auditor).toBe(own!.id);
    const every = (await run("getRoles", {})) as { roles: Array<{ key: string }> };
    expect(every.roles.map((r) => r.key).sort()).toEqual(["Admin", "ReadOnly"]);
  });

  it("fails naming every key not found, the function, where it looked and what to do", async () => {
    const failure = run("getRoles", { keys: ["Admin", "ghost", "phantom", "ghost"] });
    await expect(failure).rejects.toThrow(
      'getRoles: no role with key "ghost", "phantom" in the Frontegg environment (set tenantId to look in a tenant): check the keys (Frontegg\'s built-in roles are `Admin` and `ReadOnly`)',
    );
    await expect(failure).rejects.toBeInstanceOf(LookupError);
    await expect(run("getRole", { key: "auditor" })).rejects.toThrow('getRole: no role with key "auditor" in the Frontegg environment');
  });
});

describe("permissions and categories", () => {
  it("getPermission and getPermissions find built-in fe.* permissions, marked built-in", async () => {
    const listed = (await client.permissions.list()).find((p) => p.key === "fe.secure.read.users")!;
    expect(await run("getPermission", { key: "fe.secure.read.users" })).toMatchObject({ id: listed.id, key: "fe.secure.read.users", builtIn: true });
    const made = await client.permissions.createOne({ key: "invoices.read", name: "Read invoices" });
    const result = (await run("getPermissions", { keys: ["invoices.read", "fe.secure.read.users"] })) as { permissions: Array<{ builtIn: boolean }>; ids: Record<string, string> };
    expect(result.ids).toEqual({ "invoices.read": made.id, "fe.secure.read.users": listed.id });
    expect(result.permissions.map((p) => p.builtIn)).toEqual([false, true]);
  });

  it("getPermissions without keys lists every permission, the built-ins a program grants included", async () => {
    const result = (await run("getPermissions", {})) as { permissions: Array<{ key: string }>; ids: Record<string, string> };
    expect(result.permissions.length).toBe((await client.permissions.list()).length);
    expect(Object.keys(result.ids).filter((key) => key.startsWith("fe.")).length).toBeGreaterThan(5);
  });

  it("getPermissions names every missing key in one error, in one list call", async () => {
    const calls = await callsOf(() => expect(run("getPermissions", { keys: ["fe.nope", "invoices.read", "also.missing"] })).rejects.toThrow(
      'getPermissions: no permission with key "fe.nope", "also.missing" in the Frontegg environment: check the keys',
    ));
    expect(calls).toEqual({ "GET /identity/resources/permissions/v1": 1 });
  });

  it("getPermissionCategory finds a category by name, built-ins included, and refuses an unknown name", async () => {
    const builtIn = (await client.categories.list()).find((c) => c.feCategory)!;
    expect(await run("getPermissionCategory", { name: builtIn.name })).toMatchObject({ id: builtIn.id, name: builtIn.name, builtIn: true });
    await expect(run("getPermissionCategory", { name: "Nope" })).rejects.toThrow('getPermissionCategory: no permission category with name "Nope" in the Frontegg environment');
  });
});

describe("entitlements", () => {
  it("getFeature, getFeatures and getPlan find what exists and name what does not", async () => {
    const sso = await client.entitlements.features.create({ key: "sso", name: "SSO", permissions: ["fe.secure.read.users"] });
    const plan = await client.entitlements.plans.create({ name: "Enterprise", description: "Everything" });
    expect(await run("getFeature", { key: "sso" })).toEqual({ id: sso.id, key: "sso", name: "SSO", permissionKeys: ["fe.secure.read.users"] });
    expect(await run("getFeatures", { keys: ["sso"] })).toMatchObject({ ids: { sso: sso.id } });
    expect(await run("getPlan", { name: "Enterprise" })).toMatchObject({ id: plan.id, name: "Enterprise", description: "Everything" });
    await expect(run("getFeatures", { keys: ["sso", "audit-logs", "x"] })).rejects.toThrow('getFeatures: no feature with key "audit-logs", "x"');
    await expect(run("getPlan", { name: "Free" })).rejects.toThrow('getPlan: no plan with name "Free"');
  });

  it("cost one page read each while the list fits in one page", async () => {
    expect(Object.values(await callsOf(() => run("getFeature", { key: "sso" })))).toEqual([1]);
    expect(Object.values(await callsOf(() => run("getPlan", { name: "Enterprise" })))).toEqual([1]);
  });
});

describe("applications", () => {
  it("getApplication finds one by name, never with a credential, and refuses a name two applications share", async () => {
    const app = await client.applications.create({ name: "Portal", appURL: "https://portal.example", loginURL: "https://portal.example/login" });
    const found = await run("getApplication", { name: "Portal" });
    expect(found).toMatchObject({ id: app.id, name: "Portal", appUrl: "https://portal.example", loginUrl: "https://portal.example/login" });
    expect(Object.keys(found).some((key) => /secret/i.test(key))).toBe(false);
    const twin = await client.applications.create({ name: "Portal", appURL: "https://b.example", loginURL: "https://b.example/login" });
    await expect(run("getApplication", { name: "Portal" })).rejects.toThrow(`getApplication: 2 applications have name "Portal" in the Frontegg environment (ids "${app.id}", "${twin.id}")`);
  });
});

describe("SSO connections", () => {
  it("getSsoConfigurations lists a tenant's connections with domains and roles, without secrets", async () => {
    expect(await run("getSsoConfigurations", { tenantId: "acme" })).toEqual({ configurations: [] });
    const made = await client.sso.create("acme", { type: "oidc", enabled: true, oidcClientId: "client-1", oidcSecret: "very-secret-oidc-value" });
    await client.sso.addDomain("acme", made.id, "acme.example");
    const result = await run("getSsoConfigurations", { tenantId: "acme" });
    expect(result).toEqual({ configurations: [{ id: made.id, type: "oidc", enabled: true, oidcClientId: "client-1", domains: ["acme.example"], roleIds: [] }] });
    expect(JSON.stringify(result)).not.toContain("very-secret-oidc-value");
  });
});

describe("arguments", () => {
  it("are checked against the schema before anything is read, each problem naming the function and the property", async () => {
    const calls = await callsOf(async () => {
      expect(await runFunction(client, functionOf("getRole")!, { tenantId: 7 })).toEqual({
        failures: [
          { property: "key", reason: expect.stringMatching(/^getRole: argument key: /) },
          { property: "tenantId", reason: expect.stringMatching(/^getRole: argument tenantId: /) },
        ],
      });
    });
    expect(calls).toEqual({});
  });
});
