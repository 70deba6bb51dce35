/**
 * IpRestriction, IpRestrictionMode, EmailDomainRestriction and EmailDomainRestrictionMode under the real engine,
 * in one shared stack: create, no-change preview and refresh (one list per kind and scope), in-place updates
 * (another spelling of a range is no change), a replacement, out-of-band changes of every kind detected by refresh
 * and repaired by up, an out-of-band delete, bad inputs refused at preview with no write, and destroy: entries
 * removed, modes switched off. Two resources claiming one range or domain are in the bad-input corpus, whose
 * conflicting-programs.js runs such programs outside jest.
 */
import * as pulumi from "@pulumi/pulumi";
import * as frontegg from "pulumi-frontegg";
import { ConfigMap } from "@pulumi/pulumi/automation";
import { FronteggClient } from "../../provider/client";
import { SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { changesOf, engineStack, EngineStack, managedResources, PROJECT } from "./harness";
import { expectOnlyBuiltIns, expectPreviewRefused } from "./lifecycle";

jest.setTimeout(300_000);

const IP = "/identity/resources/configurations/v1/restrictions/ip";
const DOMAINS = "/identity/resources/configurations/restrictions/v1/email-domain";

/** One of each kind (IP restrictions in the environment and in tenant "acme"), shaped by stack config. */
const program = async () => {
  const config = new pulumi.Config();
  new frontegg.IpRestrictionMode("ip-mode", { strategy: (config.get("ipStrategy") ?? "ALLOW") as frontegg.IpRestrictionStrategy, tenantId: "acme" });
  new frontegg.IpRestriction("office", {
    ip: config.get("officeIp") ?? "203.0.113.0/24",
    strategy: "ALLOW",
    description: config.get("officeDescription") ?? "Head office",
  });
  new frontegg.IpRestriction("vpn", { ip: "2001:DB8::/32", strategy: "ALLOW", tenantId: "acme" });
  new frontegg.EmailDomainRestrictionMode("domain-mode", { listType: "BLOCK", blockPublicDomains: config.getBoolean("blockPublic") ?? true });
  new frontegg.EmailDomainRestriction("competitor", { domain: "competitor.example", type: (config.get("competitorType") ?? "BLOCK") as frontegg.EmailDomainRestrictionType });
  // Mistakes the preview must refuse (the engine stops at the first, so one per preview).
  const bad = config.get("bad");
  if (bad === "bad-octet") new frontegg.IpRestriction(bad, { ip: "10.0.0.300", strategy: "ALLOW" });
  if (bad === "bad-prefix") new frontegg.IpRestriction(bad, { ip: "10.0.0.0/33", strategy: "BLOCK" });
  if (bad === "bad-domain") new frontegg.EmailDomainRestriction(bad, { domain: "not a domain", type: "BLOCK" });
};
const RESOURCES = 5;

let emulator: TestEmulator;
let client: FronteggClient;
let engine: EngineStack;

beforeAll(async () => {
  emulator = await useEmulator();
  client = emulator.client();
  engine = await engineStack("restrictions", program, emulator);
});
afterAll(async () => {
  await engine?.dispose();
  await emulator?.stop();
});

const config = (values: Record<string, string>): ConfigMap => Object.fromEntries(Object.entries(values).map(([k, value]) => [`${PROJECT}:${k}`, { value }]));
const preview = async () => changesOf((await engine.stack.preview()).changeSummary);
const office = async () => (await client.restrictions.ip.list()).find((r) => r.ip.startsWith("203.0.113."));

it("previews and creates every resource, sending ranges and domains in canonical form", async () => {
  expect(await preview()).toEqual({ create: RESOURCES + 1 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ create: RESOURCES + 1 });
  expect(await office()).toMatchObject({ ip: "203.0.113.0/24", strategy: "ALLOW", description: "Head office", isActive: true });
  expect((await client.restrictions.ip.list({ tenantId: "acme" })).map((r) => r.ip)).toEqual(["2001:db8::/32"]);
  expect(await client.restrictions.ip.getConfig({ tenantId: "acme" })).toEqual({ strategy: "ALLOW", isActive: true });
  expect(await client.restrictions.emailDomains.list()).toEqual([expect.objectContaining({ domain: "competitor.example", type: "BLOCK" })]);
  expect(await client.restrictions.emailDomains.getConfig()).toEqual({ active: true, listType: "BLOCK", blockPublicDomains: true });

  const exported = await engine.exportText();
  const { tokens } = await emulator.control<{ tokens: string[] }>("GET", "/tokens");
  for (const secret of [SECRET, ...tokens]) expect(exported.includes(secret) || engine.backendText().includes(secret)).toBe(false);
  expect(managedResources(exported)).toHaveLength(RESOURCES);
});

it("refreshes with no changes, reading one list per kind and scope", async () => {
  await emulator.control("DELETE", "/requests");
  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({});
  expect(await emulator.requestCounts()).toEqual({
    "POST /auth/vendor": 1,
    [`GET ${IP}`]: 2, // the environment's list and acme's
    [`GET ${IP}/config`]: 1,
    [`GET ${DOMAINS}`]: 1,
    [`GET ${DOMAINS}/config`]: 1,
  });
});

// Each step's exact change summary also proves the previous step left nothing to change.
it("updates every kind in place; another spelling of the same range is no change", async () => {
  const before = await office();
  await engine.stack.setAllConfig(config({ ipStrategy: "BLOCK", officeDescription: "HQ", officeIp: "203.0.113.77/24", blockPublic: "false", competitorType: "ALLOW" }));
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: 4 });
  expect(await office()).toMatchObject({ id: before!.id, ip: "203.0.113.0/24", description: "HQ" });
  expect(await client.restrictions.ip.getConfig({ tenantId: "acme" })).toEqual({ strategy: "BLOCK", isActive: true });
  expect(await client.restrictions.emailDomains.list()).toEqual([expect.objectContaining({ domain: "competitor.example", type: "ALLOW" })]);
  expect(await client.restrictions.emailDomains.getConfig()).toEqual({ active: true, listType: "BLOCK", blockPublicDomains: false });
});

it("replaces an IP restriction whose range changes", async () => {
  await engine.stack.setConfig(`${PROJECT}:officeIp`, { value: "203.0.113.0/25" });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ replace: 1 });
  expect((await client.restrictions.ip.list()).map((r) => r.ip)).toEqual(["203.0.113.0/25"]);
});

it("detects out-of-band changes of every kind on refresh and repairs them on the next up", async () => {
  await client.restrictions.ip.save({ ip: "203.0.113.0/25", strategy: "BLOCK", description: "HQ", isActive: true });
  await client.restrictions.ip.saveConfig({ isActive: false }, { tenantId: "acme" });
  const competitor = (await client.restrictions.emailDomains.list())[0]!;
  await client.restrictions.emailDomains.delete(competitor.id);
  await client.restrictions.emailDomains.add({ domain: "COMPETITOR.example", type: "BLOCK" });
  await client.restrictions.emailDomains.saveConfig({ active: false });

  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({ update: 4 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: 4 });
  expect(await office()).toMatchObject({ strategy: "ALLOW" });
  expect(await client.restrictions.ip.getConfig({ tenantId: "acme" })).toEqual({ strategy: "BLOCK", isActive: true });
  expect((await client.restrictions.emailDomains.list()).map((d) => d.type)).toEqual(["ALLOW"]);
  expect(await client.restrictions.emailDomains.getConfig()).toMatchObject({ active: true });
});

it("drops an entry deleted out of band on refresh and adds it again on the next up", async () => {
  const [vpn] = await client.restrictions.ip.list({ tenantId: "acme" });
  await client.restrictions.ip.delete(vpn!.id, { tenantId: "acme" });
  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({ delete: 1 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ create: 1 });
  expect((await client.restrictions.ip.list({ tenantId: "acme" })).map((r) => r.ip)).toEqual(["2001:db8::/32"]);
  // The no-change preview.
  expect(await preview()).toEqual({});
});

describe("bad inputs are refused at preview, naming the resource and property, with no write", () => {
  afterAll(() => engine.stack.removeConfig(`${PROJECT}:bad`));

  it.each([
    ["bad-octet", /IpRestriction resource 'bad-octet' has a problem: ip: ip must have four parts from 0 to 255/],
    ["bad-prefix", /IpRestriction resource 'bad-prefix' has a problem: ip: ip must have a prefix length from 0 to 32 after "\/"/],
    ["bad-domain", /EmailDomainRestriction resource 'bad-domain' has a problem: domain: must be a domain name such as example\.com/],
  ])("%s", async (bad, expected) => {
    await engine.stack.setConfig(`${PROJECT}:bad`, { value: bad });
    await expectPreviewRefused(engine, emulator, expected);
  });
});

it("destroys everything: entries removed, both modes switched off with their list kept", async () => {
  expect(changesOf((await engine.stack.destroy()).summary.resourceChanges)).toEqual({ delete: RESOURCES + 1 });
  await expectOnlyBuiltIns(emulator);
  expect(await client.restrictions.ip.getConfig({ tenantId: "acme" })).toEqual({ strategy: "BLOCK", isActive: false });
  expect(await client.restrictions.emailDomains.getConfig()).toEqual({ active: false, listType: "BLOCK", blockPublicDomains: false });
});
