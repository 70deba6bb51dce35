/**
 * RedirectUri and AllowedOrigin: validation and trailing-slash comparison offline; the lifecycle and the client's
 * serialized read-modify-write of the vendor's origin list against the emulator.
 */
import { FronteggClient } from "../../provider/client";
import { TestEmulator, useEmulator } from "../support/emulator";
import { steps } from "../support/lifecycle-steps";
import { checkOffline, offlineLifecycle } from "./helpers";

describe("validation at preview", () => {
  it.each([
    ["app.example.com/callback", /redirectUri must be an absolute URL/],
    ["https://app.example.com/cb#x", /must not have a fragment/],
    ["https://app.example.com/ cb", /must not contain white space/],
  ])("refuses redirectUri %j", async (redirectUri, reason) => {
    expect((await checkOffline("RedirectUri", { redirectUri })).failures).toEqual([{ property: "redirectUri", reason: expect.stringMatching(reason) }]);
  });

  it("takes http(s) and custom-scheme redirect URIs", async () => {
    for (const redirectUri of ["https://app.example.com/oauth/callback", "http://localhost:3000/", "com.example.app://callback"]) {
      expect((await checkOffline("RedirectUri", { redirectUri })).failures).toEqual([]);
    }
  });

  it.each(["https://app.example.com/login", "https://app.example.com?x=1", "ftp://example.com", "https://App.example.com", "https://app.example.com:443", "app.example.com"])(
    "refuses origin %j, saying what an origin looks like",
    async (origin) => {
      expect((await checkOffline("AllowedOrigin", { origin })).failures).toEqual([
        { property: "origin", reason: expect.stringMatching(/^origin must be an origin: scheme, lower-case host and optional port.*e\.g\. https:\/\/app\.example\.com/) },
      ]);
    },
  );

  it("takes origins with or without the trailing /", async () => {
    for (const origin of ["https://app.example.com", "https://app.example.com/", "http://localhost:3000"]) {
      expect((await checkOffline("AllowedOrigin", { origin })).failures).toEqual([]);
    }
  });
});

describe("diff up to one trailing /", () => {
  it.each([
    ["RedirectUri", { redirectUri: "https://app.example.com/cb/" }, { redirectUri: "https://app.example.com/cb" }],
    ["AllowedOrigin", { origin: "https://app.example.com/" }, { origin: "https://app.example.com" }],
    ["AllowedOrigin", { origin: "https://app.example.com" }, { origin: "https://app.example.com/" }],
  ])("%s: %j vs %j is no change", async (kind, olds, news) => {
    const lifecycle = offlineLifecycle(kind);
    const checked = await lifecycle.check({}, news);
    expect((await lifecycle.diff("id", olds, checked.inputs ?? {})).changes).toBe(false);
  });

  it("a different URI replaces the resource", async () => {
    const lifecycle = offlineLifecycle("RedirectUri");
    const checked = await lifecycle.check({}, { redirectUri: "https://app.example.com/other" });
    const diff = await lifecycle.diff("id", { redirectUri: "https://app.example.com/cb" }, checked.inputs ?? {});
    expect(diff.replaces).toEqual(["redirectUri"]);
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

  it("RedirectUri: created, found again when Frontegg answers it with a /, refreshed without change, deleted alone", async () => {
    await client.hostedLogin.redirectUris.add("https://other.example.com/cb");
    const uri = steps("RedirectUri", client);
    const stored = await uri.create({ redirectUri: "https://app.example.com/cb" });
    expect(stored.id).toBe("https://app.example.com/cb");
    expect(stored.outs).toEqual({ redirectUri: "https://app.example.com/cb", redirectUriId: expect.any(String) });
    const refreshed = await uri.refresh(stored);
    expect(refreshed?.stored.outs).toEqual(stored.outs);
    expect(await uri.hasChanges(stored, { redirectUri: "https://app.example.com/cb/" })).toBe(false);
    await uri.destroy(stored);
    expect((await client.hostedLogin.redirectUris.list()).map((r) => r.redirectUri)).toEqual(["https://other.example.com/cb"]);
    expect(await uri.refresh(stored)).toBeUndefined();
  });

  it("RedirectUri: an existing URI is refused unless adopted", async () => {
    await client.hostedLogin.redirectUris.add("https://app.example.com/cb/");
    const uri = steps("RedirectUri", client);
    await expect(uri.create({ redirectUri: "https://app.example.com/cb" })).rejects.toThrow(/already exists/);
    const adopted = await uri.create({ redirectUri: "https://app.example.com/cb", adoptExisting: true });
    expect(adopted.outs.redirectUri).toBe("https://app.example.com/cb/");
  });

  it("AllowedOrigin: stored without the /, refreshed without change though Frontegg appends one, deleted alone", async () => {
    await client.hostedLogin.allowedOrigins.add("https://portal-managed.example.com");
    const origin = steps("AllowedOrigin", client);
    const stored = await origin.create({ origin: "https://app.example.com/" });
    expect(stored).toEqual({ id: "https://app.example.com", outs: { origin: "https://app.example.com" } });
    expect(await client.hostedLogin.allowedOrigins.list()).toEqual(["https://portal-managed.example.com/", "https://app.example.com/"]);
    expect((await origin.refresh(stored))?.stored.outs).toEqual(stored.outs);
    await origin.destroy(stored);
    await origin.destroy(stored); // already gone: no error (Terraform's "origin does not exist")
    expect(await client.hostedLogin.allowedOrigins.list()).toEqual(["https://portal-managed.example.com/"]);
    expect(await origin.refresh(stored)).toBeUndefined();
  });

  it("removing the last origin sends an explicit empty list", async () => {
    const origin = steps("AllowedOrigin", client);
    await origin.destroy(await origin.create({ origin: "https://app.example.com" }));
    expect(await client.hostedLogin.allowedOrigins.list()).toEqual([]);
  });

  it("20 concurrent adds from two clients of one environment all land, with origins nobody manages kept, in few writes", async () => {
    await client.hostedLogin.allowedOrigins.add("https://keep.example.com");
    const other = emulator.client();
    const before = await emulator.requestCounts();
    const origins = Array.from({ length: 20 }, (_, i) => `https://app${i}.example.com`);
    await Promise.all(origins.map((o, i) => (i % 2 === 0 ? client : other).hostedLogin.allowedOrigins.add(o)));
    const after = await emulator.requestCounts();
    const listed = await client.hostedLogin.allowedOrigins.list();
    expect(listed.sort()).toEqual(["https://keep.example.com/", ...origins.map((o) => `${o}/`)].sort());
    const puts = (after["PUT /vendors"] ?? 0) - (before["PUT /vendors"] ?? 0);
    expect(puts).toBeGreaterThan(0);
    expect(puts).toBeLessThanOrEqual(2);

    await Promise.all(origins.map((o, i) => (i % 2 === 0 ? other : client).hostedLogin.allowedOrigins.remove(`${o}/`)));
    expect(await client.hostedLogin.allowedOrigins.list()).toEqual(["https://keep.example.com/"]);
  });
});
