import { CONFIGURATIONS, TENANTS, useEmulator, type ErrorView } from "./helpers";

const IP = `${CONFIGURATIONS}/v1/restrictions/ip`;
const DOMAINS = `${CONFIGURATIONS}/restrictions/v1/email-domain`;

interface IpView {
  id: string;
  ip: string;
  strategy: string;
  description?: string;
  isActive: boolean;
}

interface Page<T> {
  items: T[];
  _metadata: { totalItems: number; totalPages: number };
  _links: Record<string, string>;
}

describe("IP restrictions", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  it("adds with POST 201 and lists the scope's entries", async () => {
    const added = await emu.call<IpView>("POST", IP, { body: { ip: "10.0.0.0/8", strategy: "ALLOW", description: "office" } });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ ip: "10.0.0.0/8", strategy: "ALLOW", description: "office", isActive: true });
    const listed = await emu.call<Page<IpView>>("GET", IP);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: added.body.id, ip: "10.0.0.0/8" })]);
    expect(listed.body._metadata).toEqual({ totalItems: 1, totalPages: 1 });
  });

  it("treats a POST of an ip already listed as an update of that entry (create or update, keyed by ip)", async () => {
    const first = await emu.call<IpView>("POST", IP, { body: { ip: "2001:db8::/32", strategy: "ALLOW", description: "a" } });
    const second = await emu.call<IpView>("POST", IP, { body: { ip: "2001:db8::/32", strategy: "BLOCK", isActive: false } });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ id: first.body.id, strategy: "BLOCK", isActive: false, description: "a" });
    expect((await emu.call<Page<IpView>>("GET", IP)).body.items).toHaveLength(1);
  });

  it.each(["10.0.0.300", "10.0.0.0/33", "2001:db8::/129", "10.0.0.1/8/8", "fe80::1%eth0", "example.com", "10.0.0.1/"])("refuses ip %j with 400", async (ip) => {
    const result = await emu.call<ErrorView>("POST", IP, { body: { ip, strategy: "ALLOW" } });
    expect(result.status).toBe(400);
    expect(result.body.errors.join(" ")).toMatch(/ip must be an IP address or a CIDR range/);
  });

  it("validates the body against the spec: strategy is required and an enum", async () => {
    const missing = await emu.call<ErrorView>("POST", IP, { body: { ip: "10.0.0.1" } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toContain("strategy should not be empty");
    const wrong = await emu.call<ErrorView>("POST", IP, { body: { ip: "10.0.0.1", strategy: "DENY" } });
    expect(wrong.body.errors).toContain("strategy must be one of the following values: ALLOW, BLOCK");
  });

  it("keeps each tenant's list apart from the environment's", async () => {
    await emu.call("POST", IP, { body: { ip: "10.0.0.1", strategy: "ALLOW" } });
    const tenant = await emu.call<IpView>("POST", IP, { body: { ip: "10.0.0.1", strategy: "BLOCK" }, tenantId: "acme" });
    expect((await emu.call<Page<IpView>>("GET", IP)).body.items.map((i) => i.strategy)).toEqual(["ALLOW"]);
    expect((await emu.call<Page<IpView>>("GET", IP, { tenantId: "acme" })).body.items.map((i) => i.strategy)).toEqual(["BLOCK"]);
    // The environment cannot delete a tenant's entry.
    expect((await emu.call("DELETE", `${IP}/${tenant.body.id}`)).status).toBe(404);
    expect((await emu.call("DELETE", `${IP}/${tenant.body.id}`, { tenantId: "acme" })).status).toBe(200);
    expect((await emu.call<Page<IpView>>("GET", IP, { tenantId: "acme" })).body.items).toEqual([]);
  });

  it("pages with _limit and a 0-based page _offset", async () => {
    for (let i = 0; i < 5; i++) await emu.call("POST", IP, { body: { ip: `192.0.2.${i}`, strategy: "BLOCK" } });
    const pages = await Promise.all([0, 1, 2].map((p) => emu.call<Page<IpView>>("GET", `${IP}?_limit=2&_offset=${p}`)));
    expect(pages.map((p) => p.body.items.map((i) => i.ip))).toEqual([["192.0.2.0", "192.0.2.1"], ["192.0.2.2", "192.0.2.3"], ["192.0.2.4"]]);
    expect(pages[0]!.body._metadata).toEqual({ totalItems: 5, totalPages: 3 });
    expect(pages[2]!.body._links.next).toBe("");
    expect((await emu.call("GET", `${IP}?_limit=0`)).status).toBe(400);
  });

  it("deletes with 200, then answers 404", async () => {
    const added = await emu.call<IpView>("POST", IP, { body: { ip: "10.0.0.1", strategy: "ALLOW" } });
    expect((await emu.call("DELETE", `${IP}/${added.body.id}`)).status).toBe(200);
    expect((await emu.call("DELETE", `${IP}/${added.body.id}`)).status).toBe(404);
  });

  it("answers the configuration 404 until written, then merges each write per scope", async () => {
    expect((await emu.call("GET", `${IP}/config`)).status).toBe(404);
    expect((await emu.call("POST", `${IP}/config`, { body: { isActive: true } })).body).toEqual({ strategy: "BLOCK", isActive: true });
    expect((await emu.call("POST", `${IP}/config`, { body: { strategy: "ALLOW" } })).body).toEqual({ strategy: "ALLOW", isActive: true });
    expect((await emu.call("GET", `${IP}/config`)).body).toEqual({ strategy: "ALLOW", isActive: true });
    expect((await emu.call("GET", `${IP}/config`, { tenantId: "acme" })).status).toBe(404);
    expect((await emu.call("POST", `${IP}/config`, { body: { strategy: "DENY" } })).status).toBe(400);
  });

  it("forgets a tenant's entries and configuration when the tenant is deleted", async () => {
    await emu.call("POST", `${TENANTS}/v1`, { body: { tenantId: "gone", name: "Gone" } });
    await emu.call("POST", IP, { body: { ip: "10.0.0.1", strategy: "ALLOW" }, tenantId: "gone" });
    await emu.call("POST", `${IP}/config`, { body: { isActive: true }, tenantId: "gone" });
    await emu.call("DELETE", `${TENANTS}/v1/gone`);
    expect((await emu.call<Page<IpView>>("GET", IP, { tenantId: "gone" })).body.items).toEqual([]);
    expect((await emu.call("GET", `${IP}/config`, { tenantId: "gone" })).status).toBe(404);
  });
});

describe("e-mail domain restrictions", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  it("adds with POST 201 {id, domain, type}, lists, deletes with 200", async () => {
    const added = await emu.call<{ id: string; domain: string; type: string }>("POST", DOMAINS, { body: { domain: "example.com", type: "BLOCK" } });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ id: expect.any(String), domain: "example.com", type: "BLOCK" });
    const listed = await emu.call<Page<unknown>>("GET", DOMAINS);
    expect(listed.body.items).toEqual([added.body]);
    expect(listed.body._metadata).toEqual({ totalItems: 1, totalPages: 1 });
    expect((await emu.call("DELETE", `${DOMAINS}/${added.body.id}`)).status).toBe(200);
    expect((await emu.call("DELETE", `${DOMAINS}/${added.body.id}`)).status).toBe(404);
  });

  it("does not apply the spec's placeholder pattern literally, but refuses what is not a domain name", async () => {
    expect((await emu.call("POST", DOMAINS, { body: { domain: "mail.example.co.uk", type: "ALLOW" } })).status).toBe(201);
    for (const domain of ["not a domain", "domainRegex", "localhost", "-bad.example", "a..example"]) {
      const result = await emu.call<ErrorView>("POST", DOMAINS, { body: { domain, type: "ALLOW" } });
      expect({ domain, status: result.status }).toEqual({ domain, status: 400 });
    }
  });

  it("restricts a domain once, whatever the case or type", async () => {
    await emu.call("POST", DOMAINS, { body: { domain: "Example.com", type: "ALLOW" } });
    const again = await emu.call<ErrorView>("POST", DOMAINS, { body: { domain: "example.COM", type: "BLOCK" } });
    expect(again.status).toBe(409);
  });

  it("ignores the tenant header: the list is environment-wide", async () => {
    await emu.call("POST", DOMAINS, { body: { domain: "example.com", type: "ALLOW" }, tenantId: "acme" });
    expect((await emu.call<Page<unknown>>("GET", DOMAINS)).body.items).toHaveLength(1);
  });

  it("answers the configuration with defaults until written; `type` in, `listType` out", async () => {
    expect((await emu.call("GET", `${DOMAINS}/config`)).body).toEqual({ active: false, listType: "BLOCK", blockPublicDomains: false });
    const written = await emu.call("POST", `${DOMAINS}/config`, { body: { active: true, type: "ALLOW" } });
    expect(written.status).toBe(201);
    expect(written.body).toEqual({ active: true, listType: "ALLOW", blockPublicDomains: false });
    await emu.call("POST", `${DOMAINS}/config`, { body: { active: false } });
    expect((await emu.call("GET", `${DOMAINS}/config`)).body).toEqual({ active: false, listType: "ALLOW", blockPublicDomains: false });
    expect((await emu.call<ErrorView>("POST", `${DOMAINS}/config`, { body: { type: "BLOCK" } })).body.errors).toContain("active should not be empty");
  });
});
