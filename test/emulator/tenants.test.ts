import { CONFIGURATIONS, ROLES, SSO, TENANTS, useEmulator, type RoleView } from "./helpers";

interface TenantView {
  id: string;
  tenantId: string;
  name?: string;
  [key: string]: unknown;
}

interface Page {
  items: TenantView[];
  _metadata: { totalItems: number; totalPages: number };
  _links: Record<string, string>;
}

describe("tenants", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  const create = (body: unknown) => emu.call<TenantView>("POST", `${TENANTS}/v1`, { body });
  const get = async (tenantId: string) => (await emu.call<TenantView[]>("GET", `${TENANTS}/v1/${tenantId}`)).body;

  it("creates a tenant with 201, with a generated tenantId when none is sent", async () => {
    const created = await create({ name: "Acme" });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe("Acme");
    expect(created.body.tenantId).toEqual(expect.any(String));
  });

  it("keeps a client-supplied tenantId and answers 409 when it is taken", async () => {
    expect((await create({ tenantId: "acme", name: "Acme" })).body.tenantId).toBe("acme");
    expect((await create({ tenantId: "acme", name: "Again" })).status).toBe(409);
  });

  it("answers GET /v1/{tenantId} as an array of one, or an empty array", async () => {
    await create({ tenantId: "acme", name: "Acme" });
    expect(await get("acme")).toEqual([expect.objectContaining({ tenantId: "acme", name: "Acme" })]);
    const missing = await emu.call<TenantView[]>("GET", `${TENANTS}/v1/nobody`);
    expect(missing.status).toBe(200);
    expect(missing.body).toEqual([]);
  });

  it("answers GET /v2/{tenantId} with the tenant, or an empty array when there is none", async () => {
    await create({ tenantId: "acme", name: "Acme" });
    expect((await emu.call<TenantView>("GET", `${TENANTS}/v2/acme`)).body).toMatchObject({ tenantId: "acme", name: "Acme" });
    expect((await emu.call("GET", `${TENANTS}/v2/nobody`)).body).toEqual([]);
  });

  it("merges metadata key by key, removes one key, answers metadata as a JSON string, and 404 for an unknown tenant", async () => {
    await create({ tenantId: "acme", name: "Acme" });
    await emu.call("POST", `${TENANTS}/v1/acme/metadata`, { body: { metadata: { tier: "gold", seats: 50 } } });
    await emu.call("POST", `${TENANTS}/v1/acme/metadata`, { body: { metadata: { tier: "silver" } } });
    expect(JSON.parse(String((await get("acme"))[0]!.metadata))).toEqual({ tier: "silver", seats: 50 });
    expect((await emu.call("DELETE", `${TENANTS}/v1/acme/metadata/tier`)).status).toBe(200);
    expect(JSON.parse(String((await get("acme"))[0]!.metadata))).toEqual({ seats: 50 });
    await emu.call("POST", `${TENANTS}/v1/acme/metadata`, { body: { metadata: JSON.stringify({ region: "eu" }) } });
    expect(JSON.parse(String((await get("acme"))[0]!.metadata))).toEqual({ seats: 50, region: "eu" });
    expect((await emu.call("POST", `${TENANTS}/v1/acme/metadata`, { body: { metadata: "not json" } })).status).toBe(400);
    expect((await emu.call("POST", `${TENANTS}/v1/acme/metadata`, { body: { metadata: "[1]" } })).status).toBe(400);
    expect((await emu.call("POST", `${TENANTS}/v1/nobody/metadata`, { body: { metadata: {} } })).status).toBe(404);
    expect((await emu.call("DELETE", `${TENANTS}/v1/nobody/metadata/tier`)).status).toBe(404);
  });

  it("answers 400 to a PUT that changes nothing (spec)", async () => {
    await create({ tenantId: "acme", name: "Acme" });
    expect((await emu.call("PUT", `${TENANTS}/v1/acme`, { body: { name: "Acme" } })).status).toBe(400);
  });

  it("updates with PUT 200, and answers 404 for an unknown tenant and 400 for an empty body", async () => {
    await create({ tenantId: "acme", name: "Acme" });
    const updated = await emu.call<TenantView>("PUT", `${TENANTS}/v1/acme`, { body: { name: "Acme Inc", website: "https://acme.test" } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ tenantId: "acme", name: "Acme Inc", website: "https://acme.test" });
    expect((await emu.call("PUT", `${TENANTS}/v1/nobody`, { body: { name: "x" } })).status).toBe(404);
    expect((await emu.call("PUT", `${TENANTS}/v1/acme`, { body: {} })).status).toBe(400);
  });

  it("deletes a tenant and what is scoped to it", async () => {
    await create({ tenantId: "acme", name: "Acme" });
    await emu.call("POST", ROLES, { body: [{ key: "acme-role", name: "R", level: 1 }], tenantId: "acme" });
    await emu.call("POST", `${CONFIGURATIONS}/v1/lockout-policy`, { body: { enabled: true, maxAttempts: 3 }, tenantId: "acme" });
    await emu.call("POST", SSO, { body: { enabled: true }, tenantId: "acme" });
    expect((await emu.call("DELETE", `${TENANTS}/v1/acme`)).status).toBe(200);
    expect(await get("acme")).toEqual([]);
    expect((await emu.call<RoleView[]>("GET", ROLES, { tenantId: "acme" })).body.map((r) => r.key)).not.toContain("acme-role");
    expect((await emu.call("GET", `${CONFIGURATIONS}/v1/lockout-policy`, { tenantId: "acme" })).status).toBe(404);
    expect((await emu.call("GET", SSO, { tenantId: "acme" })).body).toEqual([]);
    expect((await emu.call("DELETE", `${TENANTS}/v1/acme`)).status).toBe(404);
  });

  describe("v2 list", () => {
    beforeEach(async () => {
      for (let i = 0; i < 7; i++) await create({ tenantId: `t${i}`, name: `Tenant ${i}` });
    });

    it("answers { items, _metadata, _links } with 50 items per page by default", async () => {
      const page = (await emu.call<Page>("GET", `${TENANTS}/v2`)).body;
      expect(page.items).toHaveLength(7);
      expect(page._metadata).toEqual({ totalItems: 7, totalPages: 1 });
      expect(page._links).toEqual(expect.objectContaining({ first: expect.any(String), last: expect.any(String) }));
    });

    it("treats _offset as a 0-based page number", async () => {
      const second = (await emu.call<Page>("GET", `${TENANTS}/v2?_limit=3&_offset=1`)).body;
      expect(second.items.map((t) => t.tenantId)).toEqual(["t3", "t4", "t5"]);
      expect(second._metadata).toEqual({ totalItems: 7, totalPages: 3 });
      expect(second._links.next).toContain("_offset=2");
      expect(second._links.prev).toContain("_offset=0");
      const last = (await emu.call<Page>("GET", `${TENANTS}/v2?_limit=3&_offset=2`)).body;
      expect(last.items.map((t) => t.tenantId)).toEqual(["t6"]);
      // All four links, as identity.json's FronteggPaginationLinks requires them: one that does not exist is "".
      expect(last._links.next).toBe("");
      expect(last._links.prev).toContain("_offset=1");
    });

    it("filters, sorts and selects by tenantIds", async () => {
      const filtered = (await emu.call<Page>("GET", `${TENANTS}/v2?_filter=tenant 4`)).body;
      expect(filtered.items.map((t) => t.tenantId)).toEqual(["t4"]);
      const sorted = (await emu.call<Page>("GET", `${TENANTS}/v2?_sortBy=name&_order=DESC&_limit=2`)).body;
      expect(sorted.items.map((t) => t.tenantId)).toEqual(["t6", "t5"]);
      const chosen = (await emu.call<Page>("GET", `${TENANTS}/v2?_tenantIds=t1&_tenantIds=t2`)).body;
      expect(chosen.items.map((t) => t.tenantId)).toEqual(["t1", "t2"]);
    });

    it("rejects _limit over 200 and a non-numeric _offset", async () => {
      expect((await emu.call("GET", `${TENANTS}/v2?_limit=201`)).status).toBe(400);
      expect((await emu.call("GET", `${TENANTS}/v2?_offset=abc`)).status).toBe(400);
    });
  });
});
