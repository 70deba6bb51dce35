/**
 * examples/multi-env promoted through dev, staging and prod, each stack against its own emulator and starting
 * from its committed Pulumi.<stack>.yaml: the environments end up identical except where config says.
 */
import { join } from "node:path";
import multiEnv = require("../../examples/multi-env");
import { diffEnvironments } from "../../provider/environment/diff";
import { readEnvironment } from "../../provider/environment/snapshot";
import { TestEmulator, useEmulator } from "../support/emulator";
import { engineStack, EngineStack } from "./harness";

jest.setTimeout(600_000);

const STACKS = ["dev", "staging", "prod"] as const;
const emulators: Record<string, TestEmulator> = {};
const stacks: EngineStack[] = [];

beforeAll(async () => {
  for (const name of STACKS) emulators[name] = await useEmulator();
});
afterAll(async () => {
  await Promise.all(stacks.map((s) => s.dispose()));
  await Promise.all(Object.values(emulators).map((e) => e.stop()));
});

// 14 resources in every environment, plus a RedirectUri and an AllowedOrigin per URL in its config.
const RESOURCES = { dev: 18, staging: 16, prod: 16 };

it.each(STACKS)("brings up %s from its stack config", async (name) => {
  const engine = await engineStack(name, multiEnv, emulators[name]!, {}, {
    projectName: "frontegg-multi-env",
    stackConfigFile: join(__dirname, "..", "..", "examples", "multi-env", `Pulumi.${name}.yaml`),
  });
  stacks.push(engine);
  const up = await engine.stack.up();
  expect(up.summary.resourceChanges).toEqual({ create: RESOURCES[name] });
});

it("leaves the three environments identical except where their config differs", async () => {
  const [dev, staging, prod] = await Promise.all(STACKS.map((name) => readEnvironment(emulators[name]!.client())));
  const summary = (from: typeof dev, to: typeof dev) =>
    diffEnvironments(from!, to!).map((d) => (d.change === "changed" ? `${d.kind}/${d.key}.${d.field}: ${String(d.from)} → ${String(d.to)}` : `${d.kind}/${d.key}: ${d.change}`));

  expect(Object.keys(dev!.roles).sort()).toEqual(["accountant", "app-admin", "member"]);
  expect(summary(dev, staging)).toEqual([
    "emailTemplates/ActivateUser.redirectURL: https://dev.app.example.com/activate → https://staging.app.example.com/activate",
    "emailTemplates/ResetPassword.redirectURL: https://dev.app.example.com/reset-password → https://staging.app.example.com/reset-password",
    "redirectUris/http://localhost:3000/oauth/callback: only-in-from",
    "redirectUris/https://dev.app.example.com/oauth/callback: only-in-from",
    "redirectUris/https://staging.app.example.com/oauth/callback: only-in-to",
    "allowedOrigins/http://localhost:3000: only-in-from",
    "allowedOrigins/https://dev.app.example.com: only-in-from",
    "allowedOrigins/https://staging.app.example.com: only-in-to",
  ]);
  expect(summary(staging, prod)).toEqual([
    "mfaPolicies/environment.enforceMFAType: DontForce → Force",
    "lockoutPolicies/environment.maxAttempts: 10 → 5",
    "emailTemplates/ActivateUser.redirectURL: https://staging.app.example.com/activate → https://app.example.com/activate",
    "emailTemplates/ResetPassword.redirectURL: https://staging.app.example.com/reset-password → https://app.example.com/reset-password",
    "redirectUris/https://app.example.com/oauth/callback: only-in-to",
    "redirectUris/https://staging.app.example.com/oauth/callback: only-in-from",
    "allowedOrigins/https://app.example.com: only-in-to",
    "allowedOrigins/https://staging.app.example.com: only-in-from",
  ]);
});
