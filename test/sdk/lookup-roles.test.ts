/**
 * lookupRoleIds and the key lookup it shares with lookupPermissionIds: the matching offline, the scopes against
 * the emulator (its built-in Admin / Read Only roles, a tenant's own roles). The engine suite
 * test/engine/applications.test.ts runs lookupRoleIds inside a Pulumi program.
 */
import { FronteggClient } from "../../provider/client";
import { idsOf, pickByKey } from "../../provider/functions/find";
import { roleIdsByKey } from "../../sdk/lookup-reads";
import { TestEmulator, useEmulator } from "../support/emulator";

describe("the key lookup every lookup runs (pickByKey)", () => {
  /** Ids by key, as the lookups return them. */
  const idsByKey = (caller: string, noun: string, keys: string[], objects: Array<{ key: string; id: string }>, where: string) =>
    idsOf(keys, pickByKey({ caller, noun, where }, keys, objects, (object) => object.key));
  const objects = [
    { key: "a", id: "1" },
    { key: "b", id: "2" },
    { key: "a", id: "3" },
  ];

  it("maps each asked key to its id, the first object with a key winning", () => {
    expect(idsByKey("lookupX", "thing", ["b", "a"], objects, "here")).toEqual({ b: "2", a: "1" });
    expect(idsByKey("lookupX", "thing", [], objects, "here")).toEqual({});
  });

  it("names every missing key once, the lookup and where it looked", () => {
    expect(() => idsByKey("lookupRoleIds", "role", ["a", "x", "y", "x"], objects, 'tenant "acme"')).toThrow(
      'lookupRoleIds: no role with key "x", "y" in tenant "acme"',
    );
  });
});

describe("roleIdsByKey against the emulator", () => {
  let emulator: TestEmulator;
  let client: FronteggClient;
  beforeAll(async () => {
    emulator = await useEmulator();
    client = emulator.client();
    await client.tenants.create({ tenantId: "acme", name: "Acme" });
  });
  afterAll(() => emulator.stop());

  it("finds Frontegg's built-in roles of the environment", async () => {
    const roles = await client.roles.list();
    const ids = await roleIdsByKey(client, ["Admin", "ReadOnly"]);
    expect(ids).toEqual({ Admin: roles.find((r) => r.key === "Admin")!.id, ReadOnly: roles.find((r) => r.key === "ReadOnly")!.id });
  });

  it("looks in a tenant's own roles first, then the environment's; never in a tenant's without tenantId", async () => {
    const [own] = await client.roles.create([{ key: "auditor", name: "Auditor", level: 5 }], { tenantId: "acme" });
    const environmentAdmin = (await client.roles.list()).find((r) => r.key === "Admin")!;
    expect(await roleIdsByKey(client, ["auditor", "Admin", "ReadOnly"], { tenantId: "acme" })).toEqual({
      auditor: own!.id,
      Admin: environmentAdmin.id,
      ReadOnly: expect.any(String),
    });
    expect(await roleIdsByKey(client, ["Admin"])).toEqual({ Admin: environmentAdmin.id });
    await expect(roleIdsByKey(client, ["auditor", "ghost"])).rejects.toThrow(
      'lookupRoleIds: no role with key "auditor", "ghost" in the Frontegg environment (set tenantId to look in a tenant)',
    );
    await expect(roleIdsByKey(client, ["ghost"], { tenantId: "acme" })).rejects.toThrow(
      'lookupRoleIds: no role with key "ghost" in tenant "acme" or the Frontegg environment',
    );
  });
});
