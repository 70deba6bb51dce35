/**
 * RedirectUri and AllowedOrigin under the real engine, in one shared stack whose URLs come from stack config (as
 * they do per environment): 20 origins created at once all land next to an origin nobody manages; no-change
 * preview and refresh (one list per kind); another spelling (a trailing `/`) is no change; a replacement;
 * out-of-band deletes detected by refresh and repaired by up; bad inputs refused at preview with no write;
 * removing half the origins at once; destroy, leaving the unmanaged origin and redirect URI alone. Neither kind has
 * a property Frontegg can change in place, so there is no in-place update to test.
 */
import * as pulumi from "@pulumi/pulumi";
import * as frontegg from "pulumi-frontegg";
import { ConfigMap } from "@pulumi/pulumi/automation";
import { FronteggClient } from "../../provider/client";
import { SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { changesOf, engineStack, EngineStack, managedResources, PROJECT } from "./harness";
import { expectPreviewRefused } from "./lifecycle";

jest.setTimeout(300_000);

const REDIRECT_URIS = "/oauth/resources/configurations/v1/redirect-uri";
const ORIGINS = Array.from({ length: 20 }, (_, i) => `https://app${i}.example.com`);
const URIS = ["https://app.example.com/oauth/callback", "http://localhost:3000/callback"];
const UNMANAGED_ORIGIN = "https://portal-managed.example.com/";
const UNMANAGED_URI = "https://portal-managed.example.com/cb";

const program = async () => {
  const config = new pulumi.Config();
  for (const [i, origin] of config.requireObject<string[]>("allowedOrigins").entries()) new frontegg.AllowedOrigin(`origin-${i}`, { origin });
  for (const [i, redirectUri] of config.requireObject<string[]>("redirectUris").entries()) new frontegg.RedirectUri(`redirect-${i}`, { redirectUri });
  // Mistakes the preview must refuse (the engine stops at the first, so one per preview).
  const bad = config.get("bad");
  if (bad === "origin-with-path") new frontegg.AllowedOrigin(bad, { origin: "https://app.example.com/login" });
  if (bad === "uri-with-fragment") new frontegg.RedirectUri(bad, { redirectUri: "https://app.example.com/cb#done" });
};

const config = (origins: readonly string[], uris: readonly string[]): ConfigMap => ({
  [`${PROJECT}:allowedOrigins`]: { value: JSON.stringify(origins) },
  [`${PROJECT}:redirectUris`]: { value: JSON.stringify(uris) },
});

let emulator: TestEmulator;
let client: FronteggClient;
let engine: EngineStack;

beforeAll(async () => {
  emulator = await useEmulator();
  client = emulator.client();
  await client.hostedLogin.allowedOrigins.add(UNMANAGED_ORIGIN);
  await client.hostedLogin.redirectUris.add(UNMANAGED_URI);
  engine = await engineStack("hosted-login", program, emulator, config(ORIGINS, URIS));
});
afterAll(async () => {
  await engine?.dispose();
  await emulator?.stop();
});

const preview = async () => changesOf((await engine.stack.preview()).changeSummary);
const up = async () => changesOf((await engine.stack.up()).summary.resourceChanges);
const refresh = async () => changesOf((await engine.stack.refresh()).summary.resourceChanges);
const origins = async () => (await client.hostedLogin.allowedOrigins.list()).sort();
const uris = async () => (await client.hostedLogin.redirectUris.list()).map((r) => r.redirectUri).sort();
const stored = (list: readonly string[]) => list.map((o) => `${o}/`);

it("creates 20 origins at once, every one landing beside the origin it does not manage, and the redirect URIs", async () => {
  expect(await preview()).toEqual({ create: ORIGINS.length + URIS.length + 1 });
  await emulator.control("DELETE", "/requests");
  expect(await up()).toEqual({ create: ORIGINS.length + URIS.length + 1 });
  expect(await origins()).toEqual([UNMANAGED_ORIGIN, ...stored(ORIGINS)].sort());
  expect(await uris()).toEqual([UNMANAGED_URI, ...URIS].sort());
  // Serialized read-modify-writes, the ones that arrive during a write applied together by the next.
  expect((await emulator.requestCounts())["PUT /vendors"]).toBeLessThan(ORIGINS.length);

  const exported = await engine.exportText();
  const { tokens } = await emulator.control<{ tokens: string[] }>("GET", "/tokens");
  for (const secret of [SECRET, ...tokens]) expect(exported.includes(secret) || engine.backendText().includes(secret)).toBe(false);
  expect(managedResources(exported)).toHaveLength(ORIGINS.length + URIS.length);
});

it("refreshes with no changes though Frontegg stores every origin with a /, reading one list per kind", async () => {
  await emulator.control("DELETE", "/requests");
  expect(await refresh()).toEqual({});
  expect(await emulator.requestCounts()).toEqual({ "POST /auth/vendor": 1, "GET /vendors": 1, [`GET ${REDIRECT_URIS}`]: 1 });
});

it("sees another spelling (a trailing /) as no change, and replaces a redirect URI whose URL changes", async () => {
  await engine.stack.setAllConfig(config(stored(ORIGINS), [`${URIS[0]}/`, URIS[1]!]));
  expect(await preview()).toEqual({});
  await engine.stack.setAllConfig(config(ORIGINS, [URIS[0]!, "http://localhost:3000/oauth"]));
  expect(await up()).toEqual({ replace: 1 });
  expect(await uris()).toEqual([UNMANAGED_URI, URIS[0]!, "http://localhost:3000/oauth"].sort());
});

it("drops what was deleted out of band on refresh and adds it again on the next up", async () => {
  // The incumbent's whole-list write: someone else's PUT without one of the managed origins.
  const current = await client.hostedLogin.allowedOrigins.list();
  await client.hostedLogin.allowedOrigins.remove(current.find((o) => o.startsWith(ORIGINS[3]!))!);
  const callback = (await client.hostedLogin.redirectUris.list()).find((r) => r.redirectUri === URIS[0]);
  await client.hostedLogin.redirectUris.delete(callback!.id);

  expect(await refresh()).toEqual({ delete: 2 });
  expect(await up()).toEqual({ create: 2 });
  expect(await origins()).toEqual([UNMANAGED_ORIGIN, ...stored(ORIGINS)].sort());
  expect(await uris()).toEqual([UNMANAGED_URI, URIS[0]!, "http://localhost:3000/oauth"].sort());
  expect(await preview()).toEqual({});
});

describe("bad inputs are refused at preview, naming the resource and property, with no write", () => {
  afterAll(() => engine.stack.removeConfig(`${PROJECT}:bad`));

  it.each([
    ["origin-with-path", /AllowedOrigin resource 'origin-with-path' has a problem: origin: origin must be an origin: scheme, lower-case host/],
    ["uri-with-fragment", /RedirectUri resource 'uri-with-fragment' has a problem: redirectUri: redirectUri must not have a fragment/],
  ])("%s", async (bad, expected) => {
    await engine.stack.setConfig(`${PROJECT}:bad`, { value: bad });
    await expectPreviewRefused(engine, emulator, expected);
  });
});

it("removes half the origins at once, keeping the rest and the unmanaged one", async () => {
  await engine.stack.setAllConfig(config(ORIGINS.slice(0, 10), [URIS[0]!, "http://localhost:3000/oauth"]));
  expect(await up()).toEqual({ delete: 10 });
  expect(await origins()).toEqual([UNMANAGED_ORIGIN, ...stored(ORIGINS.slice(0, 10))].sort());
});

it("destroys everything it manages and nothing else", async () => {
  expect(await engine.stack.destroy().then((r) => changesOf(r.summary.resourceChanges))).toEqual({ delete: 10 + 2 + 1 });
  expect(await origins()).toEqual([UNMANAGED_ORIGIN]);
  expect(await uris()).toEqual([UNMANAGED_URI]);
});
