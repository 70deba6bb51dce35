/** `pulumi-frontegg diff-env` against two emulators: a CI gate with exit codes 0, 1 and 2. */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { main } from "../../cli";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { seedConfiguration } from "../support/seed";

let dev: TestEmulator;
let prod: TestEmulator;
beforeAll(async () => {
  [dev, prod] = await Promise.all([useEmulator(), useEmulator()]);
});
afterAll(async () => Promise.all([dev.stop(), prod.stop()]));
beforeEach(() => Promise.all([dev.reset(), prod.reset()]));

const env = () => ({
  DEV_FRONTEGG_CLIENT_ID: CLIENT_ID,
  DEV_FRONTEGG_SECRET_KEY: SECRET,
  DEV_FRONTEGG_API_BASE_URL: dev.url,
  PROD_FRONTEGG_CLIENT_ID: CLIENT_ID,
  PROD_FRONTEGG_SECRET_KEY: SECRET,
  PROD_FRONTEGG_API_BASE_URL: prod.url,
});

async function run(args: string[], environment: NodeJS.ProcessEnv = env()) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { env: environment, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

it("exits 0 when both environments hold the same configuration", async () => {
  await Promise.all([seedConfiguration(dev.client()), seedConfiguration(prod.client())]);
  expect(await run(["diff-env", "--from", "DEV", "--to", "PROD"])).toEqual({ code: 0, stdout: "DEV and PROD are the same.\n", stderr: "" });
});

it("exits 1 and lists what differs per kind and field, ignoring ids and timestamps", async () => {
  await Promise.all([seedConfiguration(dev.client()), seedConfiguration(prod.client())]);
  const client = prod.client();
  const viewer = (await client.roles.list()).find((r) => r.key === "viewer")!;
  await client.roles.update(viewer.id, { level: 60 });
  await client.policies.mfa.save({ enforceMFAType: "Force" });
  await client.permissions.create([{ key: "prod.only", name: "Only in prod" }]);
  const result = await run(["diff-env", "--from", "DEV", "--to", "PROD"]);
  expect(result.code).toBe(1);
  expect(result.stdout).toContain("3 differences between DEV and PROD:");
  expect(result.stdout).toContain("  + prod.only: only in PROD");
  expect(result.stdout).toContain("  ~ viewer: level: 50 (DEV) → 60 (PROD)");
  expect(result.stdout).toContain('  ~ environment: enforceMFAType: "ForceExceptSAML" (DEV) → "Force" (PROD)');

  const json = await run(["diff-env", "--from", "DEV", "--to", "PROD", "--json"]);
  expect(json.code).toBe(1);
  const parsed = JSON.parse(json.stdout) as { same: boolean; differences: Array<{ kind: string; key: string }> };
  expect(parsed.same).toBe(false);
  expect(parsed.differences.map((d) => `${d.kind}/${d.key}`).sort()).toEqual(["mfaPolicies/environment", "permissions/prod.only", "roles/viewer"]);
});

it("compares SSO group mappings by connection and group name, and the newer SSO settings", async () => {
  await Promise.all([seedConfiguration(dev.client()), seedConfiguration(prod.client())]);
  const client = prod.client();
  const [saml] = await client.sso.list("acme");
  const engineering = (await client.sso.listGroups("acme", saml!.id)).find((g) => g.group === "Engineering")!;
  await client.sso.updateGroup("acme", saml!.id, engineering.id, { group: "Engineering", roleIds: [] });
  await client.sso.update("acme", saml!.id, { subAccountAccessLimit: 3 });
  const result = await run(["diff-env", "--from", "DEV", "--to", "PROD"]);
  expect(result.code).toBe(1);
  expect(result.stdout).toContain("2 differences between DEV and PROD:");
  expect(result.stdout).toContain('SSO group mappings:\n  ~ acme/saml/https://idp.acme.example/saml/Engineering: roles: ["acme/ops","viewer"] (DEV) → [] (PROD)');
  expect(result.stdout).toContain("  ~ acme/saml/https://idp.acme.example/saml: subAccountAccessLimit: 2 (DEV) → 3 (PROD)");
});

it("compares session and captcha policies and MFA strategies, never a captcha secret nor the value of a disabled feature", async () => {
  await Promise.all([seedConfiguration(dev.client()), seedConfiguration(prod.client())]);
  const client = prod.client();
  await client.policies.sessions.upsert({ sessionTimeoutConfiguration: { isActive: false, timeout: 60 } });
  await client.policies.sessions.upsert({ sessionIdleTimeoutConfiguration: { isActive: true, timeout: 900 } }, { tenantId: "acme" });
  const captcha = (await client.policies.captcha.get())!;
  await client.policies.captcha.update({ ...captcha, secretKey: "prod-only-captcha-secret", minScore: 0.9 });
  await client.mfaMethods.setStrategy("SMS", true);
  const result = await run(["diff-env", "--from", "DEV", "--to", "PROD"]);
  expect(result.code).toBe(1);
  expect(result.stdout).toContain("3 differences between DEV and PROD:");
  expect(result.stdout).toContain("Session policies:\n  + acme: only in PROD");
  expect(result.stdout).toContain("Captcha policy:\n  ~ environment: minScore: 0.7 (DEV) → 0.9 (PROD)");
  expect(result.stdout).toContain("MFA strategies:\n  ~ SMS: isActive: false (DEV) → true (PROD)");
  expect(result.stdout).not.toContain("prod-only-captcha-secret");
});

it("exits 2 with a clear message on missing credentials, bad flags or an unreachable environment, never printing a secret", async () => {
  const missing = await run(["diff-env", "--from", "STAGING", "--to", "PROD"]);
  expect(missing).toMatchObject({ code: 2, stdout: "" });
  expect(missing.stderr).toMatch(/no credentials for STAGING: set STAGING_FRONTEGG_CLIENT_ID and STAGING_FRONTEGG_SECRET_KEY/);
  expect((await run(["diff-env", "--from", "DEV"])).code).toBe(2);
  expect((await run(["diff-env", "--bogus"])).code).toBe(2);
  const wrong = await run(["diff-env", "--from", "DEV", "--to", "PROD"], { ...env(), PROD_FRONTEGG_SECRET_KEY: "wrong-secret-123" });
  expect(wrong.code).toBe(2);
  expect(wrong.stderr).toMatch(/rejected the environment credentials/);
  expect(wrong.stderr).not.toContain("wrong-secret-123");
  expect(wrong.stderr).not.toContain(SECRET);
});

it("works as the installed command line", async () => {
  const cli = join(__dirname, "..", "..", "dist", "cli", "index.js");
  // Asynchronously: the emulators run in this process and must keep answering.
  const result = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [cli, "diff-env", "--from", "DEV", "--to", "PROD"], { env: { ...process.env, ...env() } }, (error, stdout, stderr) =>
      resolve({ status: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr }),
    );
  });
  expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 0, stdout: "DEV and PROD are the same.\n", stderr: "" });
});
