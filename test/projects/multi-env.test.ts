/**
 * examples/multi-env by the README's own steps, with `pulumi` in the example's directory and the real Node.js
 * language host: dev, staging and prod, each against an emulator of its own (as three Frontegg environments), each
 * created from its committed Pulumi.<stack>.yaml. The environments end up identical except where config says,
 * and promoting again (`pulumi stack select staging && pulumi up`) changes nothing.
 */
import { cpSync } from "node:fs";
import { join } from "node:path";
import { diffEnvironments } from "../../provider/environment/diff";
import { readEnvironment } from "../../provider/environment/snapshot";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { commandsAfter, newProject, Project, runSteps, Session } from "../support/project";

jest.setTimeout(900_000);

const repo = join(__dirname, "..", "..");
const STACKS = ["dev", "staging", "prod"] as const;
const STEPS = commandsAfter(
  join(repo, "README.md"),
  "**One program, many environments.**",
  Object.fromEntries(STACKS.flatMap((stack) => [[`${stack} client id`, CLIENT_ID], [`${stack} secret key`, SECRET]])),
);

const emulators: Record<string, TestEmulator> = {};
let project: Project;

beforeAll(async () => {
  for (const name of STACKS) emulators[name] = await useEmulator();
  project = newProject("multi-env", { inRepo: true });
  cpSync(join(repo, "examples", "multi-env"), join(project.dir, "examples", "multi-env"), { recursive: true });
});
afterAll(async () => {
  project?.dispose();
  await Promise.all(Object.values(emulators).map((e) => e.stop()));
});

/** Each stack talks to its own emulator. */
const envFor = (stack: string | undefined): Record<string, string> => (stack ? { FRONTEGG_API_BASE_URL: emulators[stack]!.url } : {});

const session: Session = { cwd: "." };

it("builds the checkout first, which `npm test` has done before any suite", () => {
  expect(STEPS[0]).toBe("npm ci && npm run build");
});

it("brings up dev, staging and prod by the README's steps, each from its stack config", async () => {
  const outputs = await runSteps(project, STEPS.slice(1), session, envFor);
  const ups = outputs.filter((out) => /Resources:/.test(out) && /created/.test(out));
  // The stack, 13 resources in every environment, plus a RedirectUri and an AllowedOrigin per URL in its config.
  expect(ups.map((out) => /\+ (\d+) created/.exec(out)?.[1])).toEqual(["18", "16", "16"]);
  expect(outputs.join("\n")).not.toContain(SECRET);
});

it("leaves the three environments identical except where their config differs", async () => {
  const [dev, staging, prod] = await Promise.all(STACKS.map((name) => readEnvironment(emulators[name]!.client())));
  const summary = (from: typeof dev, to: typeof dev) =>
    diffEnvironments(from!, to!).map((d) => (d.change === "changed" ? `${d.kind}/${d.key}.${d.field}: ${String(d.from)} → ${String(d.to)}` : `${d.kind}/${d.key}: ${d.change}`));

  expect(Object.keys(dev!.Role).sort()).toEqual(["accountant", "app-admin", "member"]);
  expect(summary(dev, staging)).toEqual([
    "EmailTemplate/ActivateUser.redirectURL: https://dev.app.example.com/activate → https://staging.app.example.com/activate",
    "EmailTemplate/ResetPassword.redirectURL: https://dev.app.example.com/reset-password → https://staging.app.example.com/reset-password",
    "RedirectUri/http://localhost:3000/oauth/callback: only-in-from",
    "RedirectUri/https://dev.app.example.com/oauth/callback: only-in-from",
    "RedirectUri/https://staging.app.example.com/oauth/callback: only-in-to",
    "AllowedOrigin/http://localhost:3000: only-in-from",
    "AllowedOrigin/https://dev.app.example.com: only-in-from",
    "AllowedOrigin/https://staging.app.example.com: only-in-to",
  ]);
  expect(summary(staging, prod)).toEqual([
    "MfaPolicy/environment.enforceMFAType: DontForce → Force",
    "LockoutPolicy/environment.maxAttempts: 10 → 5",
    "EmailTemplate/ActivateUser.redirectURL: https://staging.app.example.com/activate → https://app.example.com/activate",
    "EmailTemplate/ResetPassword.redirectURL: https://staging.app.example.com/reset-password → https://app.example.com/reset-password",
    "RedirectUri/https://app.example.com/oauth/callback: only-in-to",
    "RedirectUri/https://staging.app.example.com/oauth/callback: only-in-from",
    "AllowedOrigin/https://app.example.com: only-in-to",
    "AllowedOrigin/https://staging.app.example.com: only-in-from",
  ]);
});

it("promotes again with the README's `pulumi stack select staging && pulumi up`, changing nothing", async () => {
  const [out] = await runSteps(project, ["pulumi stack select staging && pulumi up"], session, envFor);
  expect(out).toMatch(/16 unchanged/);
  expect(out).not.toMatch(/created|updated|deleted/);
});
