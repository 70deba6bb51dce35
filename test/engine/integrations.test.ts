/**
 * SocialLogin and Webhook under the real engine, in one shared stack: create, no-change preview and refresh,
 * in-place update (secrets rotated), out-of-band changes seen on refresh and repaired by up, bad inputs rejected
 * at preview with no write, and destroy (the social login deactivated with its credentials kept, the webhook
 * deleted). The secrets are searched for in the exported state, the backend files and every engine message.
 */
import * as pulumi from "@pulumi/pulumi";
import * as frontegg from "pulumi-frontegg";
import { ConfigMap } from "@pulumi/pulumi/automation";
import { FronteggClient } from "../../provider/client";
import { TestEmulator, useEmulator } from "../support/emulator";
import { changesOf, engineStack, EngineStack, PROJECT } from "./harness";
import { expectNoChanges, expectSecretsHidden, writesSeen } from "./lifecycle";

jest.setTimeout(300_000);

const SOCIAL_SECRET = "github-oauth-secret-never-shown-6611";
const ROTATED_SOCIAL_SECRET = "rotated-github-secret-never-shown-6622";
const WEBHOOK_SECRET = "webhook-signing-secret-never-shown-7711";
const ROTATED_WEBHOOK_SECRET = "rotated-webhook-secret-never-shown-7722";
const SECRETS = [SOCIAL_SECRET, ROTATED_SOCIAL_SECRET, WEBHOOK_SECRET, ROTATED_WEBHOOK_SECRET];
const AUTH = "POST /auth/vendor";

let breakIt: ((args: Record<string, Record<string, unknown>>) => void) | undefined;
const program = async () => {
  const config = new pulumi.Config();
  const args: Record<string, Record<string, unknown>> = {
    github: {
      type: "github",
      clientId: "Iv1.engine",
      secret: config.requireSecret("githubSecret"),
      redirectUrl: "https://app.example.com/oauth/account/social/success",
      additionalScopes: config.requireObject<string[]>("scopes"),
    },
    hook: {
      displayName: "Sign-ups to the CRM",
      url: config.require("hookUrl"),
      eventKeys: config.requireObject<string[]>("events"),
      secret: config.requireSecret("hookSecret"),
    },
  };
  breakIt?.(args);
  new frontegg.SocialLogin("github", args.github as unknown as frontegg.SocialLoginArgs);
  new frontegg.Webhook("crm", args.hook as unknown as frontegg.WebhookArgs);
};
const RESOURCES = 2;

const config = (o: { scopes?: string[]; hookUrl?: string; events?: string[]; githubSecret?: string; hookSecret?: string } = {}): ConfigMap => ({
  [`${PROJECT}:scopes`]: { value: JSON.stringify(o.scopes ?? ["read:org"]) },
  [`${PROJECT}:hookUrl`]: { value: o.hookUrl ?? "https://hooks.example.com/a" },
  [`${PROJECT}:events`]: { value: JSON.stringify(o.events ?? ["frontegg.user.signedUp"]) },
  [`${PROJECT}:githubSecret`]: { value: o.githubSecret ?? SOCIAL_SECRET, secret: true },
  [`${PROJECT}:hookSecret`]: { value: o.hookSecret ?? WEBHOOK_SECRET, secret: true },
});
const ROTATED = { scopes: ["user:email", "read:org"], hookUrl: "https://hooks.example.com/b", events: ["frontegg.user.signedUp", "frontegg.tenant.created"], githubSecret: ROTATED_SOCIAL_SECRET, hookSecret: ROTATED_WEBHOOK_SECRET };

let emulator: TestEmulator;
let client: FronteggClient;
let engine: EngineStack;
const messages: string[] = [];

beforeAll(async () => {
  emulator = await useEmulator();
  client = emulator.client();
  engine = await engineStack("integrations", program, emulator, config());
});
afterAll(async () => {
  await engine?.dispose();
  await emulator?.stop();
});

const noChanges = () => expectNoChanges(engine);
const secretsStayHidden = () => expectSecretsHidden(engine, SECRETS);
const theWebhook = async () => (await client.webhooks.list()).find((w) => w.displayName === "Sign-ups to the CRM");

it("creates both, keeping the secrets out of state", async () => {
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ create: RESOURCES + 1 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ create: RESOURCES + 1 });
  expect(await client.socialLogins.get("github")).toMatchObject({ active: true, customised: true, clientId: "Iv1.engine", secret: SOCIAL_SECRET, additionalScopes: ["read:org"] });
  expect(await theWebhook()).toMatchObject({ url: "https://hooks.example.com/a", eventKeys: ["frontegg.user.signedUp"], isActive: true, secret: WEBHOOK_SECRET, type: "CUSTOM" });
  await secretsStayHidden();
});

it("previews with one call and refreshes with no changes, reading each list once", async () => {
  await emulator.control("DELETE", "/requests");
  await noChanges();
  expect(await emulator.requestCounts()).toEqual({ [AUTH]: 1 });
  await emulator.control("DELETE", "/requests");
  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({});
  const counts = await emulator.requestCounts();
  expect(counts["GET /webhook"]).toBe(1);
  expect(counts["GET /identity/resources/sso/v2/{type}"]).toBe(4);
  await noChanges();
});

it("updates in place (scopes, url, events, both secrets); a write Frontegg refuses shows no secret, and the next up completes it", async () => {
  await engine.stack.setAllConfig(config(ROTATED));
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ update: 2 });
  await emulator.fault({ route: "PATCH /webhook/{id}", status: 503, times: 6 });
  const failure = await engine.stack.up().then(
    () => undefined,
    (error: unknown) => String((error as Error).message),
  );
  messages.push(failure ?? "");
  expect(failure).toMatch(/updating webhook "Sign-ups to the CRM": .*503/);
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: 1 });
  expect(await client.socialLogins.get("github")).toMatchObject({ active: true, secret: ROTATED_SOCIAL_SECRET });
  expect([...((await client.socialLogins.get("github"))?.additionalScopes ?? [])].sort()).toEqual(["read:org", "user:email"]);
  expect(await theWebhook()).toMatchObject({ url: "https://hooks.example.com/b", secret: ROTATED_WEBHOOK_SECRET });
  expect([...((await theWebhook())?.eventKeys ?? [])].sort()).toEqual(["frontegg.tenant.created", "frontegg.user.signedUp"]);
  await noChanges();
  await secretsStayHidden();
});

it("detects changes made in the portal on refresh and repairs them on the next up", async () => {
  await client.socialLogins.setActive("github", false);
  await client.webhooks.delete((await theWebhook())!._id);
  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({ update: 1, delete: 1 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: 1, create: 1 });
  expect((await client.socialLogins.get("github"))?.active).toBe(true);
  expect(await theWebhook()).toMatchObject({ url: "https://hooks.example.com/b", isActive: true, secret: ROTATED_WEBHOOK_SECRET });

  // A secret changed in the portal shows as a change through its fingerprint.
  const hook = (await theWebhook())!;
  await client.webhooks.update(hook._id, { isActive: false, displayName: hook.displayName!, description: "", url: hook.url!, secret: "portal-secret", eventKeys: hook.eventKeys });
  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({ update: 1 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: 1 });
  expect(await theWebhook()).toMatchObject({ isActive: true, secret: ROTATED_WEBHOOK_SECRET });
  await noChanges();
});

describe("bad inputs are rejected at preview, with no write", () => {
  const cases: Array<[string, (args: Record<string, Record<string, unknown>>) => void, RegExp]> = [
    [
      "credentials with customised: false",
      (a) => void (a.github!.customised = false),
      /SocialLogin resource 'github' has a problem: clientId: clientId is used only when customised is true/,
    ],
    ["an event name without the frontegg. prefix", (a) => void (a.hook!.eventKeys = ["user.signedUp"]), /Webhook resource 'crm' has a problem: eventKeys\[0\]: .*"frontegg\."/],
  ];
  afterAll(() => {
    breakIt = undefined;
  });

  it.each(cases)("%s", async (_title, bad, expected) => {
    breakIt = bad;
    await emulator.control("DELETE", "/requests");
    const message = await engine.stack.preview().then(
      () => undefined,
      (error: unknown) => String((error as Error).message),
    );
    messages.push(message ?? "");
    expect(message).toMatch(expected);
    expect(message).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(await writesSeen(emulator)).toEqual([]);
  });
});

it("destroys both: the social login deactivated with its credentials kept, the webhook deleted", async () => {
  for (const secret of SECRETS) expect(messages.filter((m) => m.includes(secret))).toEqual([]);
  expect(changesOf((await engine.stack.destroy()).summary.resourceChanges)).toEqual({ delete: RESOURCES + 1 });
  expect(await client.socialLogins.get("github")).toMatchObject({ active: false, clientId: "Iv1.engine", secret: ROTATED_SOCIAL_SECRET });
  expect(await client.webhooks.list()).toEqual([]);
});
