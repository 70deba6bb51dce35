/**
 * IP and e-mail domain restrictions and their mode switches: validation and diff offline, the lifecycle against
 * the emulator, and the client's handling of what the spec leaves open (empty write answers, an upsert that is
 * not keyed by ip, pagination without metadata, a required tenant header) against a bare server.
 */
import type * as http from "node:http";
import { FronteggClient } from "../../provider/client";
import { canonicalIp } from "../../provider/resources/ip-address";
import { TestEmulator, useEmulator, CLIENT_ID, SECRET } from "../support/emulator";
import { steps } from "../support/lifecycle-steps";
import { answerVendorAuth, RawServer, startRawServer } from "../support/raw-server";
import { checkOffline, diffOffline } from "./helpers";

const IP = "/identity/resources/configurations/v1/restrictions/ip";
const DOMAINS = "/identity/resources/configurations/restrictions/v1/email-domain";

describe("validation at preview", () => {
  it.each([
    ["10.0.0.300", /ip must have four parts from 0 to 255/],
    ["10.0.0.0/33", /ip must have a prefix length from 0 to 32 after "\/" for an IPv4 range/],
    ["2001:db8::/129", /prefix length from 0 to 128/],
    ["010.0.0.1", /without leading zeros/],
    ["2001:db8:::1", /ip must be an IPv6 address of eight groups/],
    ["fe80::1%eth0", /must not name an IPv6 zone/],
    ["example.com", /ip must be an IPv4 or IPv6 address, or a CIDR range, such as 203\.0\.113\.7/],
    ["10.0.0.1 ", /ip must be an IPv4 or IPv6 address/],
  ])("refuses ip %j, saying what an address looks like", async (ip, reason) => {
    const { failures } = await checkOffline("IpRestriction", { ip, strategy: "ALLOW" });
    expect(failures).toEqual([{ property: "ip", reason: expect.stringMatching(reason) }]);
  });

  it("applies the defaults and takes IPv4, IPv6 and ranges", async () => {
    for (const ip of ["203.0.113.7", "203.0.113.0/24", "0.0.0.0/0", "2001:DB8::/32", "::1", "::ffff:192.0.2.1"]) {
      expect((await checkOffline("IpRestriction", { ip, strategy: "BLOCK" })).failures).toEqual([]);
    }
    expect((await checkOffline("IpRestriction", { ip: "203.0.113.7", strategy: "ALLOW" })).inputs).toEqual({
      ip: "203.0.113.7",
      strategy: "ALLOW",
      description: "",
      isActive: true,
      adoptExisting: false,
    });
    expect((await checkOffline("IpRestriction", { ip: "203.0.113.7", strategy: "DENY" })).failures.map((f) => f.property)).toEqual(["strategy"]);
  });

  it("refuses an e-mail domain that is not a domain name", async () => {
    for (const domain of ["not a domain", "example", "@example.com", "*.example.com", "-x.example"]) {
      const { failures } = await checkOffline("EmailDomainRestriction", { domain, type: "BLOCK" });
      expect(failures).toEqual([{ property: "domain", reason: "must be a domain name such as example.com" }]);
    }
    expect((await checkOffline("EmailDomainRestriction", { domain: "Mail.Example.COM.", type: "ALLOW" })).failures).toEqual([]);
  });

  it("requires the list each mode enforces", async () => {
    expect((await checkOffline("IpRestrictionMode", {})).failures.map((f) => f.property)).toEqual(["strategy"]);
    expect((await checkOffline("IpRestrictionMode", { strategy: "ALLOW" })).inputs).toEqual({ strategy: "ALLOW", isActive: true, adoptExisting: false });
    expect((await checkOffline("EmailDomainRestrictionMode", { listType: "ALLOW", type: "ALLOW" })).failures).toEqual([
      { property: "type", reason: expect.stringMatching(/unknown property "type"/) },
    ]);
    expect((await checkOffline("EmailDomainRestrictionMode", { listType: "BLOCK" })).inputs).toEqual({ listType: "BLOCK", active: true, adoptExisting: false });
  });
});

describe("canonical addresses", () => {
  it.each([
    ["10.0.0.1/32", "10.0.0.1"],
    ["10.1.2.3/8", "10.0.0.0/8"],
    ["2001:DB8:0:0::/32", "2001:db8::/32"],
    ["2001:0db8:0000:0000:0000:0000:0000:0001/128", "2001:db8::1"],
    ["1:0:0:1:0:0:0:1", "1:0:0:1::1"],
    ["2001:db8::1/64", "2001:db8::/64"],
    ["::ffff:192.0.2.1", "::ffff:c000:201"],
  ])("%s is %s", (spelling, canonical) => {
    expect(canonicalIp(spelling)).toBe(canonical);
  });
});

describe("diff", () => {
  const ipState = { restrictionId: "r1", ip: "10.0.0.0/8", strategy: "ALLOW", description: "", isActive: true, adoptExisting: false };

  it("sees no change in another spelling of the same range, and replaces for another range or tenant", async () => {
    expect((await diffOffline("IpRestriction", ipState, { ip: "10.0.0.0/8", strategy: "ALLOW" })).changes).toBe(false);
    expect((await diffOffline("IpRestriction", ipState, { ip: "10.1.2.3/8", strategy: "ALLOW" })).changes).toBe(false);
    expect(await diffOffline("IpRestriction", ipState, { ip: "10.0.0.0/16", strategy: "ALLOW" })).toMatchObject({ replaces: ["ip"], deleteBeforeReplace: true });
    expect(await diffOffline("IpRestriction", ipState, { ip: "10.0.0.0/8", strategy: "ALLOW", tenantId: "acme" })).toMatchObject({ replaces: ["tenantId"] });
    expect(await diffOffline("IpRestriction", ipState, { ip: "10.0.0.0/8", strategy: "BLOCK", description: "x" })).toMatchObject({ changes: true, replaces: [] });
  });

  it("compares domains without regard to case, and changes a domain's type without replacing the resource", async () => {
    const state = { restrictionId: "d1", domain: "example.com", type: "BLOCK", adoptExisting: false };
    expect((await diffOffline("EmailDomainRestriction", state, { domain: "Example.COM.", type: "BLOCK" })).changes).toBe(false);
    expect(await diffOffline("EmailDomainRestriction", state, { domain: "example.com", type: "ALLOW" })).toMatchObject({ changes: true, replaces: [] });
    expect(await diffOffline("EmailDomainRestriction", state, { domain: "example.org", type: "BLOCK" })).toMatchObject({ replaces: ["domain"] });
  });

  it("leaves an undeclared blockPublicDomains alone", async () => {
    const state = { active: true, listType: "BLOCK", blockPublicDomains: true, adoptExisting: false };
    expect((await diffOffline("EmailDomainRestrictionMode", state, { listType: "BLOCK" })).changes).toBe(false);
    expect((await diffOffline("EmailDomainRestrictionMode", state, { listType: "BLOCK", blockPublicDomains: false })).changes).toBe(true);
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

  it("IpRestriction: sent canonical, keyed by scope and range, updated by re-sending, repaired, deleted", async () => {
    const restriction = steps("IpRestriction", client);
    const args = { ip: "2001:DB8:0:0::/32", strategy: "ALLOW", description: "VPN", tenantId: "acme" };
    const stored = await restriction.create(args);
    expect(stored.id).toBe("tenant/acme/2001:db8::/32");
    expect(stored.outs).toMatchObject({ ip: "2001:db8::/32", strategy: "ALLOW", description: "VPN", isActive: true, tenantId: "acme" });
    expect((await client.restrictions.ip.list({ tenantId: "acme" })).map((r) => r.ip)).toEqual(["2001:db8::/32"]);
    expect(await client.restrictions.ip.list()).toEqual([]);

    const updated = await restriction.up(stored, { ...args, isActive: false });
    expect(updated.action).toBe("update");
    const [entry] = await client.restrictions.ip.list({ tenantId: "acme" });
    expect(entry).toMatchObject({ id: stored.outs.restrictionId, isActive: false });

    await client.restrictions.ip.save({ ip: "2001:db8::/32", strategy: "BLOCK", description: "VPN", isActive: false }, { tenantId: "acme" });
    const drifted = await restriction.refresh(updated.stored);
    expect(drifted?.stored.outs.strategy).toBe("BLOCK");
    expect((await restriction.up(drifted!.stored, { ...args, isActive: false })).action).toBe("update");
    expect((await client.restrictions.ip.list({ tenantId: "acme" }))[0]?.strategy).toBe("ALLOW");

    await restriction.destroy(updated.stored);
    expect(await client.restrictions.ip.list({ tenantId: "acme" })).toEqual([]);
    expect(await restriction.refresh(updated.stored)).toBeUndefined();
    await expect(restriction.destroy(updated.stored)).resolves.toBeUndefined();
  });

  it("IpRestriction: another spelling of an existing range is that range, taken over only with adoptExisting", async () => {
    await client.restrictions.ip.save({ ip: "10.0.0.1/32", strategy: "BLOCK" });
    await expect(steps("IpRestriction", client).create({ ip: "10.0.0.1", strategy: "BLOCK" })).rejects.toThrow(
      /IP restriction 10\.0\.0\.1 of the environment already exists in Frontegg .*adoptExisting: true/,
    );
    const adopted = await steps("IpRestriction", client).create({ ip: "10.0.0.1", strategy: "BLOCK", adoptExisting: true });
    expect(adopted.id).toBe("environment/10.0.0.1");
  });

  it("IpRestriction: reads every page of a long list, found by id on refresh", async () => {
    for (let i = 0; i < 120; i++) await client.restrictions.ip.save({ ip: `198.51.100.${i}`, strategy: "BLOCK" });
    await emulator.control("DELETE", "/requests");
    expect(await client.restrictions.ip.list()).toHaveLength(120);
    expect((await emulator.requestCounts())[`GET ${IP}`]).toBe(3);
    const last = await steps("IpRestriction", client).create({ ip: "198.51.100.200", strategy: "ALLOW" });
    expect(await steps("IpRestriction", client).refresh(last)).toBeDefined();
  });

  it("IpRestrictionMode: takes the configuration over, and switches it off on delete keeping the strategy", async () => {
    const mode = steps("IpRestrictionMode", client);
    const stored = await mode.create({ strategy: "ALLOW", tenantId: "acme" });
    expect(stored).toEqual({ id: "tenant/acme", outs: { strategy: "ALLOW", isActive: true, tenantId: "acme" } });
    await client.restrictions.ip.saveConfig({ isActive: false }, { tenantId: "acme" });
    const drifted = await mode.refresh(stored);
    expect(drifted?.stored.outs.isActive).toBe(false);
    expect((await mode.up(drifted!.stored, { strategy: "ALLOW", tenantId: "acme" })).action).toBe("update");
    await mode.destroy(stored);
    expect(await client.restrictions.ip.getConfig({ tenantId: "acme" })).toEqual({ strategy: "ALLOW", isActive: false });
    expect(await client.restrictions.ip.getConfig()).toBeUndefined();
  });

  it("EmailDomainRestriction: normalised, changes type by removing and re-adding, never touches other domains", async () => {
    await client.restrictions.emailDomains.add({ domain: "kept.example", type: "ALLOW" });
    const domain = steps("EmailDomainRestriction", client);
    const stored = await domain.create({ domain: "Competitor.Example.", type: "BLOCK" });
    expect(stored.id).toBe("competitor.example");
    const changed = await domain.up(stored, { domain: "competitor.example", type: "ALLOW" });
    expect(changed.action).toBe("update");
    expect(changed.stored.id).toBe("competitor.example");
    expect(changed.stored.outs.restrictionId).not.toBe(stored.outs.restrictionId);
    expect((await domain.refresh(changed.stored))?.stored.outs.type).toBe("ALLOW");
    await domain.destroy(changed.stored);
    expect((await client.restrictions.emailDomains.list()).map((d) => d.domain)).toEqual(["kept.example"]);
  });

  it("EmailDomainRestrictionMode: writes `type`, reads `listType`, keeps what is undeclared, switches off on delete", async () => {
    await client.restrictions.emailDomains.saveConfig({ active: false, type: "ALLOW", blockPublicDomains: true });
    const mode = steps("EmailDomainRestrictionMode", client);
    const stored = await mode.create({ listType: "BLOCK" });
    expect(stored.outs).toEqual({ active: true, listType: "BLOCK", blockPublicDomains: true });
    await mode.destroy(stored);
    expect(await client.restrictions.emailDomains.getConfig()).toEqual({ active: false, listType: "BLOCK", blockPublicDomains: true });
  });
});

describe("what the spec leaves open, against a bare server", () => {
  let server: RawServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const json = (response: http.ServerResponse, status: number, body?: unknown) => {
    response.writeHead(status, { "content-type": "application/json" }).end(body === undefined ? "" : JSON.stringify(body));
  };
  const clientOf = (url: string) =>
    new FronteggClient({ clientId: CLIENT_ID, secretKey: SECRET, apiBaseUrl: url, retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 } }, {});

  it("finds an entry in the list when the add answers an empty body, and drops the old entry when an update makes a new one", async () => {
    let entries: Array<{ id: string; ip: string; strategy: string }> = [];
    server = await startRawServer((request, response) => {
      if (answerVendorAuth(request, response)) return;
      if (request.method === "POST" && request.url === IP) {
        // The first add answers nothing; the second makes a second entry instead of updating the first.
        const first = entries.length === 0;
        entries = [...entries, first ? { id: "first", ip: "10.0.0.1", strategy: "ALLOW" } : { id: "second", ip: "10.0.0.1", strategy: "BLOCK" }];
        return json(response, 201, first ? undefined : entries[entries.length - 1]);
      }
      if (request.method === "GET" && request.url?.startsWith(IP)) return json(response, 200, { items: entries });
      if (request.method === "DELETE" && request.url === `${IP}/first`) {
        entries = entries.filter((e) => e.id !== "first");
        return json(response, 200);
      }
      json(response, 404, { errors: ["no"] });
    });
    const restriction = steps("IpRestriction", clientOf(server.url));
    const stored = await restriction.create({ ip: "10.0.0.1", strategy: "ALLOW" });
    expect(stored.outs.restrictionId).toBe("first");
    const updated = await restriction.up(stored, { ip: "10.0.0.1", strategy: "BLOCK" });
    expect(updated.stored).toMatchObject({ id: "environment/10.0.0.1", outs: { restrictionId: "second", strategy: "BLOCK" } });
    expect(entries.map((e) => e.id)).toEqual(["second"]);
  });

  it("stops paging when a server without _metadata ignores _offset", async () => {
    server = await startRawServer((request, response) => {
      if (answerVendorAuth(request, response)) return;
      json(response, 200, { items: Array.from({ length: 50 }, (_, i) => ({ id: `r${i}`, ip: `10.0.0.${i}` })) });
    });
    expect(await clientOf(server.url).restrictions.ip.list()).toHaveLength(50);
    expect(server.requests.filter((r) => r.startsWith("GET"))).toEqual([`GET ${IP}?_limit=50&_offset=0`, `GET ${IP}?_limit=50&_offset=1`]);
  });

  it("pages an e-mail domain list only when its metadata says there is more", async () => {
    server = await startRawServer((request, response) => {
      if (answerVendorAuth(request, response)) return;
      const second = request.url?.includes("_offset=1");
      json(response, 200, { items: [{ id: second ? "b" : "a", domain: second ? "b.example" : "a.example", type: "BLOCK" }], _metadata: { totalItems: 2, totalPages: 2 } });
    });
    expect((await clientOf(server.url).restrictions.emailDomains.list()).map((d) => d.domain)).toEqual(["a.example", "b.example"]);
    expect(server.requests.filter((r) => r.startsWith("GET"))).toEqual([`GET ${DOMAINS}`, `GET ${DOMAINS}?_limit=1&_offset=1`]);
  });

  it("says to set tenantId when Frontegg requires a tenant for an environment-wide IP restriction", async () => {
    server = await startRawServer((request, response) => {
      if (answerVendorAuth(request, response)) return;
      json(response, 403, { errors: ["Tenant ID is not specified"] });
    });
    const lifecycle = steps("IpRestriction", clientOf(server.url));
    await expect(lifecycle.create({ ip: "10.0.0.1", strategy: "ALLOW" })).rejects.toThrow(
      /Tenant ID is not specified.*set tenantId on the IpRestriction or IpRestrictionMode to restrict one tenant/,
    );
    await expect(steps("IpRestrictionMode", clientOf(server.url)).create({ strategy: "ALLOW" })).rejects.toThrow(/set tenantId/);
  });
});
