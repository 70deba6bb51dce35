/**
 * Warnings at preview about what a program declares, under the real engine, for the dynamic classes and the
 * native ones: a secret written as plain text (once per resource and property, naming `pulumi config set
 * --secret`, never showing the value), and a SAML certificate that has expired (with its date). Neither stops
 * the preview: Frontegg accepts both.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { EngineEvent } from "@pulumi/pulumi/automation";
import * as dynamic from "pulumi-frontegg";
import * as native from "../../sdk/native";
import { nativeResourceClass } from "../../sdk/native/resources";
import { TestEmulator, useEmulator } from "../support/emulator";
import { pluginOnPath } from "../support/plugin";
import { changesOf, engineStack, EngineStack } from "./harness";
import { writesSeen } from "./lifecycle";

jest.setTimeout(300_000);

const fixture = (name: string) => readFileSync(join(__dirname, "..", "fixtures", name), "utf8");
const PLAIN_CAPTCHA = "captcha-plain-text-secret-3141";
const PLAIN_HOOK = "webhook-plain-text-secret-2718";
const CONFIG_SECRET = "webhook-config-secret-1618";

let emulator: TestEmulator;
let engine: EngineStack;
let bin: string;

beforeAll(async () => {
  emulator = await useEmulator();
  await emulator.client().tenants.create({ tenantId: "acme", name: "ACME" });
  bin = pluginOnPath();
  const program = async () => {
    const config = new pulumi.Config();
    new dynamic.CaptchaPolicy("captcha", { siteKey: "site", secretKey: PLAIN_CAPTCHA, minScore: 0.5 });
    new dynamic.Webhook("from-config", { displayName: "From config", url: "https://hooks.example.com/a", eventKeys: ["frontegg.user.signedUp"], secret: config.requireSecret("hookSecret") });
    const NativeWebhook = nativeResourceClass<dynamic.WebhookArgs, dynamic.WebhookOutputs>("Webhook");
    new NativeWebhook("plain-native", { displayName: "Plain", url: "https://hooks.example.com/b", eventKeys: ["frontegg.user.signedUp"], secret: PLAIN_HOOK });
    new dynamic.SsoConfiguration("expired", { tenantId: "acme", type: "saml", ssoEndpoint: "https://idp.expired.example/sso", publicCertificate: fixture("idp-cert-expired.pem") });
    new native.SsoConfiguration("current", { tenantId: "acme", type: "saml", ssoEndpoint: "https://idp.current.example/sso", publicCertificate: fixture("idp-cert.pem") });
  };
  engine = await engineStack("advisories", program, emulator, { "frontegg-engine-test:hookSecret": { value: CONFIG_SECRET, secret: true } }, { pathPrefix: [bin] });
});
afterAll(async () => {
  await engine?.dispose();
  await emulator?.stop();
  rmSync(bin, { recursive: true, force: true });
});

it("warns once per plain-text secret and about the expired certificate, and still previews every create", async () => {
  const warnings: Array<{ resource: string; message: string }> = [];
  const onEvent = (event: EngineEvent) => {
    const diagnostic = event.diagnosticEvent;
    // Not attached to the resource (see sdk/advisories.ts): the message names it.
    if (diagnostic?.severity === "warning") warnings.push({ resource: /^\w+ "([^"]+)":/.exec(diagnostic.message)?.[1] ?? "", message: diagnostic.message });
  };
  await emulator.control("DELETE", "/requests");
  const preview = await engine.stack.preview({ onEvent });
  expect(changesOf(preview.changeSummary)).toMatchObject({ create: expect.any(Number) });
  expect(await writesSeen(emulator)).toEqual([]);

  const ours = warnings.filter((w) => /plain text|certificate/.test(w.message));
  expect(ours.map((w) => w.resource).sort()).toEqual(["captcha", "expired", "plain-native"]);
  const [captcha, expired, plain] = ["captcha", "expired", "plain-native"].map((name) => ours.find((w) => w.resource === name)!.message);
  expect(captcha).toMatch(/CaptchaPolicy "captcha": secretKey is a secret written as plain text .*`pulumi config set --secret/);
  expect(plain).toMatch(/Webhook "plain-native": secret is a secret written as plain text .*`pulumi config set --secret/);
  expect(expired).toMatch(/SsoConfiguration "expired": publicCertificate: the certificate expired on 2021-01-01\. Frontegg accepts it, but sign-ins/);
  for (const secret of [PLAIN_CAPTCHA, PLAIN_HOOK, CONFIG_SECRET]) expect(warnings.filter((w) => w.message.includes(secret))).toEqual([]);
  expect(preview.stdout).not.toContain(PLAIN_CAPTCHA);
});
