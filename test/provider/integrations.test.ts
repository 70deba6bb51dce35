/**
 * SocialLogin and Webhook: validation and diff offline, then each kind's lifecycle against the emulator over real
 * HTTP, with the secrets never in outputs or messages.
 */
import { FronteggClient } from "../../provider/client";
import { seal } from "../../provider/lifecycle/secrets";
import { TestEmulator, useEmulator } from "../support/emulator";
import { checkOffline, lifecycleWith, offlineLifecycle } from "./helpers";

const SOCIAL_SECRET = "github-oauth-secret-never-shown-4410";
const WEBHOOK_SECRET = "webhook-signing-secret-never-shown-5520";

async function changes(kind: string, olds: Record<string, unknown>, news: Record<string, unknown>): Promise<string[]> {
  const lifecycle = offlineLifecycle(kind);
  const checked = await lifecycle.check({}, news);
  expect(checked.failures).toEqual([]);
  return (await lifecycle.diff("id", olds, checked.inputs ?? {})).diffs;
}

const github = { type: "github", clientId: "Iv1.abc", secret: SOCIAL_SECRET, redirectUrl: "https://app.example.com/cb", additionalScopes: ["read:org", "user:email"] };
const hook = { displayName: "CRM", url: "https://hooks.example.com/a", eventKeys: ["frontegg.user.signedUp", "frontegg.tenant.created"], secret: WEBHOOK_SECRET };

describe("SocialLogin inputs and diff", () => {
  it("needs clientId and secret when customised, refuses them otherwise, and an unknown provider", async () => {
    expect((await checkOffline("SocialLogin", { type: "github", redirectUrl: "https://app.example.com/cb" })).failures).toEqual([
      { property: "clientId", reason: expect.stringMatching(/^clientId is required when customised is true/) },
      { property: "secret", reason: expect.stringMatching(/^secret is required when customised is true/) },
    ]);
    expect((await checkOffline("SocialLogin", { ...github, customised: false })).failures.map((f) => f.property)).toEqual(["clientId", "secret"]);
    expect((await checkOffline("SocialLogin", { ...github, type: "myspace" })).failures[0]?.property).toBe("type");
    expect((await checkOffline("SocialLogin", { ...github, redirectUrl: "app/cb" })).failures).toEqual([
      { property: "redirectUrl", reason: "redirectUrl must be an absolute http or https URL" },
    ]);
    expect((await checkOffline("SocialLogin", { ...github, additionalScopes: ["a", "a"] })).failures[0]?.reason).toBe('"a" is listed twice in additionalScopes');
  });

  it("never repeats the secret in a failure", async () => {
    const result = await offlineLifecycle("SocialLogin").check({}, { ...github, redirectUrl: SOCIAL_SECRET });
    expect(JSON.stringify(result.failures)).not.toContain(SOCIAL_SECRET);
  });

  it("compares scopes as a set and the secret by fingerprint; a new type replaces", async () => {
    const stored = { ...github, active: true, customised: true, secret: seal(SOCIAL_SECRET), additionalScopes: ["user:email", "read:org"] };
    expect(await changes("SocialLogin", stored, github)).toEqual([]);
    expect(await changes("SocialLogin", stored, { ...github, secret: "rotated" })).toEqual(["secret"]);
    const lifecycle = offlineLifecycle("SocialLogin");
    const checked = await lifecycle.check({}, { ...github, type: "google" });
    expect((await lifecycle.diff("github", stored, checked.inputs ?? {})).replaces).toEqual(["type"]);
  });
});

describe("Webhook inputs and diff", () => {
  it("rejects event names off Frontegg's pattern, no events, duplicates, and a relative url", async () => {
    expect((await checkOffline("Webhook", { ...hook, eventKeys: ["user.signedUp"] })).failures).toEqual([
      { property: "eventKeys[0]", reason: 'each of eventKeys must be a Frontegg event name starting with "frontegg.", e.g. frontegg.user.authenticated' },
    ]);
    expect((await checkOffline("Webhook", { ...hook, eventKeys: [] })).failures[0]?.property).toBe("eventKeys");
    expect((await checkOffline("Webhook", { ...hook, eventKeys: ["frontegg.a", "frontegg.a"] })).failures[0]?.reason).toBe('"frontegg.a" is listed twice in eventKeys');
    expect((await checkOffline("Webhook", { ...hook, url: "/hooks" })).failures[0]?.property).toBe("url");
    expect((await checkOffline("Webhook", { ...hook, secret: undefined })).failures[0]?.property).toBe("secret");
  });

  it("compares events as a set and the secret by fingerprint", async () => {
    const stored = { ...hook, webhookId: "w1", description: "", isActive: true, secret: seal(WEBHOOK_SECRET), eventKeys: [...hook.eventKeys].reverse() };
    expect(await changes("Webhook", stored, hook)).toEqual([]);
    expect(await changes("Webhook", stored, { ...hook, url: "https://hooks.example.com/b", secret: "rotated-secret" })).toEqual(["url", "secret"]);
  });
});

describe("lifecycles against the emulator", () => {
  let emulator: TestEmulator;
  let client: FronteggClient;
  beforeAll(async () => {
    emulator = await useEmulator();
    client = emulator.client();
  });
  afterAll(() => emulator.stop());

  it("SocialLogin: takes over, seals the secret, keeps stored credentials when not customised, deactivates on delete", async () => {
    const lifecycle = lifecycleWith("SocialLogin", client);
    const inputs = (await lifecycle.check({}, github)).inputs!;
    const created = await lifecycle.create(inputs);
    expect(created.id).toBe("github");
    expect(created.outs).toMatchObject({ active: true, customised: true, clientId: "Iv1.abc", secret: seal(SOCIAL_SECRET), additionalScopes: ["read:org", "user:email"] });
    expect(JSON.stringify(created.outs)).not.toContain(SOCIAL_SECRET);

    // Switching to Frontegg's app must not erase the credentials Frontegg holds (TF-PR#262).
    const shared = (await lifecycle.check({}, { type: "github", customised: false, redirectUrl: github.redirectUrl })).inputs!;
    await lifecycle.update("github", created.outs!, shared);
    expect(await client.socialLogins.get("github")).toMatchObject({ customised: false, clientId: "Iv1.abc", secret: SOCIAL_SECRET, additionalScopes: ["read:org", "user:email"] });

    await lifecycle.delete("github", created.outs!);
    expect(await client.socialLogins.get("github")).toMatchObject({ active: false, clientId: "Iv1.abc" });
    const read = await lifecycle.read("github", created.outs);
    expect(read.props).toMatchObject({ active: false });
  });

  it("Webhook: creates, finds by display name, refuses a taken name without adoptExisting, deletes", async () => {
    const lifecycle = lifecycleWith("Webhook", client);
    const inputs = (await lifecycle.check({}, hook)).inputs!;
    const created = await lifecycle.create(inputs);
    expect(created.outs).toMatchObject({ webhookId: created.id, displayName: "CRM", isActive: true, secret: seal(WEBHOOK_SECRET) });
    expect(JSON.stringify(created.outs)).not.toContain(WEBHOOK_SECRET);
    expect((await lifecycle.read(created.id, created.outs)).props).toEqual(created.outs);

    const again = await lifecycle.check({}, hook);
    expect(again.failures?.[0]?.reason).toMatch(/webhook "CRM" already exists/);
    const adopted = await lifecycle.create((await lifecycle.check({}, { ...hook, adoptExisting: true, isActive: false })).inputs!);
    expect(adopted.id).toBe(created.id);
    expect((await client.webhooks.list())[0]).toMatchObject({ isActive: false });

    await lifecycle.delete(created.id, created.outs!);
    expect(await client.webhooks.list()).toEqual([]);
    expect((await lifecycle.read(created.id, created.outs)).id).toBe("");
    await lifecycle.delete(created.id, created.outs!);
  });
});
