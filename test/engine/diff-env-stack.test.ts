/** `diff-env --from-stack` reads a stack's frontegg-native:* config (secrets decrypted) with the Pulumi CLI. */
import * as frontegg from "pulumi-frontegg";
import { main } from "../../cli";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { engineStack, EngineStack, PASSPHRASE, pulumiCommand } from "./harness";
import { dirname, join } from "node:path";

jest.setTimeout(300_000);

let staging: TestEmulator;
let prod: TestEmulator;
let engine: EngineStack;
beforeAll(async () => {
  [staging, prod] = await Promise.all([useEmulator(), useEmulator()]);
  engine = await engineStack("staging", async () => {
    new frontegg.MfaPolicy("mfa", { enforceMFAType: "DontForce" });
  }, staging);
  await engine.stack.up();
  await prod.client().policies.mfa.save({ enforceMFAType: "Force" });
});
afterAll(async () => {
  await engine?.dispose();
  await Promise.all([staging.stop(), prod.stop()]);
});

it("compares a stack's environment with one given by environment variables", async () => {
  const cli = (await pulumiCommand()).command;
  const env = {
    ...process.env,
    PATH: `${dirname(cli)}:${process.env.PATH ?? ""}`,
    PULUMI_BACKEND_URL: `file://${join(engine.workDir, "backend")}`,
    PULUMI_CONFIG_PASSPHRASE: PASSPHRASE,
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PROD_FRONTEGG_CLIENT_ID: CLIENT_ID,
    PROD_FRONTEGG_SECRET_KEY: SECRET,
    PROD_FRONTEGG_API_BASE_URL: prod.url,
  };
  let stdout = "";
  let stderr = "";
  const cwd = process.cwd();
  process.chdir(engine.workDir);
  try {
    const code = await main(["diff-env", "--from-stack", "staging", "--to", "PROD"], { env, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
    expect({ code, stderr }).toEqual({ code: 1, stderr: "" });
  } finally {
    process.chdir(cwd);
  }
  expect(stdout).toContain('~ environment: enforceMFAType: "DontForce" (stack staging) → "Force" (PROD)');
  expect(stdout).not.toContain(SECRET);
});
