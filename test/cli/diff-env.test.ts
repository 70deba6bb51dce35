/** `pulumi-frontegg diff-env` against two emulators: a CI gate with exit codes 0, 1 and 2. */
import { main } from "../../cli";
import { runBuiltCli, STACK_TRACE } from "../support/cli";
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
  expect(parsed.differences.map((d) => `${d.kind}/${d.key}`).sort()).toEqual(["MfaPolicy/environment", "Permission/prod.only", "Role/viewer"]);
});

it("leaves the tenants themselves out, the customers an environment has, unless given --tenants", async () => {
  await Promise.all([seedConfiguration(dev.client()), seedConfiguration(prod.client())]);
  await prod.client().tenants.create({ tenantId: "customer-1", name: "A customer" });
  expect((await run(["diff-env", "--from", "DEV", "--to", "PROD"])).code).toBe(0);
  const result = await run(["diff-env", "--from", "DEV", "--to", "PROD", "--tenants", "--json"]);
  expect(result.code).toBe(1);
  expect((JSON.parse(result.stdout) as { differences: Array<{ kind: string; key: string }> }).differences.map((d) => `${d.kind}/${d.key}`)).toEqual(["Tenant/customer-1"]);
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
  expect(result.stdout).toContain('SSO group mappings:\n  ~ acme/saml/https://idp.acme.example/saml/Engineering: roleIds: ["acme/ops","viewer"] (DEV) → [] (PROD)');
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
  expect(result.stdout).toContain("Captcha policies:\n  ~ environment: minScore: 0.7 (DEV) → 0.9 (PROD)");
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
  const result = await runBuiltCli(["diff-env", "--from", "DEV", "--to", "PROD"], env());
  expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 0, stdout: "DEV and PROD are the same.\n", stderr: "" });
});

it("exits 1 on differences as the installed command line, with progress on stderr and only the JSON on stdout", async () => {
  await Promise.all([seedConfiguration(dev.client()), seedConfiguration(prod.client())]);
  await prod.client().permissions.create([{ key: "prod.only", name: "Only in prod" }]);
  const result = await runBuiltCli(["diff-env", "--from", "DEV", "--to", "PROD", "--json", "--progress"], env());
  expect(result.status).toBe(1);
  expect((JSON.parse(result.stdout) as { same: boolean }).same).toBe(false);
  // A count per kind for each side as it is read, and the final counts.
  expect(result.stderr).toMatch(/^Reading DEV: .*\d+ permissions/m);
  expect(result.stderr).toMatch(/^Reading PROD: 2 tenants, \d+ permission categories, \d+ permissions, \d+ roles, .*SSO connections.* \(settings of 3\/3 scopes read\); read in \d+\.\d s$/m);
  // Every kind read is counted, the entitlements and hosted-login kinds too; a count of one in the singular.
  expect(result.stderr).toMatch(/^Reading PROD: .*, \d+ features, 1 plan, 1 feature flag, \d+ social logins, 1 webhook, \d+ applications, \d+ application tenant assignments?, \d+ redirect URIs, \d+ allowed origins, 1 JWT template, 1 custom domain, 2 associated domains, 1 custom-code secret, \d+ prehooks, 1 Auth0 user source, 1 Cognito user source, 1 Firebase user source, 1 custom-code user source, 1 federation user source \(/m);
  expect(result.stderr).not.toMatch(STACK_TRACE);
  // Without --progress a quick read prints nothing; --no-progress never does.
  expect(await runBuiltCli(["diff-env", "--from", "DEV", "--to", "PROD", "--no-progress"], env())).toMatchObject({ status: 1, stderr: "" });
});

it("names the side whose credentials Frontegg rejected, with that side's variables, never the unprefixed ones", async () => {
  const wrong = await runBuiltCli(["diff-env", "--from", "DEV", "--to", "PROD"], { ...env(), PROD_FRONTEGG_SECRET_KEY: "wrong-secret-123" });
  expect(wrong).toMatchObject({ status: 2, stdout: "" });
  expect(wrong.stderr.replace(/, trace id \w+/, "")).toBe(
    `pulumi-frontegg: reading PROD (PROD_FRONTEGG_CLIENT_ID … at ${prod.url}): Frontegg rejected the environment credentials (POST /auth/vendor answered 401). ` +
      `Check PROD_FRONTEGG_CLIENT_ID and PROD_FRONTEGG_SECRET_KEY, and that they belong to ${prod.url}\n`,
  );

  const both = await run(["diff-env", "--from", "DEV", "--to", "PROD"], { ...env(), DEV_FRONTEGG_CLIENT_ID: "nobody", PROD_FRONTEGG_SECRET_KEY: "wrong-secret-123" });
  expect(both.code).toBe(2);
  expect(both.stderr).toMatch(/^pulumi-frontegg: reading DEV \(DEV_FRONTEGG_CLIENT_ID … at .*Check DEV_FRONTEGG_CLIENT_ID and DEV_FRONTEGG_SECRET_KEY/m);
  expect(both.stderr).toMatch(/^pulumi-frontegg: reading PROD \(PROD_FRONTEGG_CLIENT_ID … at .*Check PROD_FRONTEGG_CLIENT_ID and PROD_FRONTEGG_SECRET_KEY/m);

  // A setting Frontegg never sees: named under the side's prefix too.
  const region = await run(["diff-env", "--from", "DEV", "--to", "PROD"], { ...env(), PROD_FRONTEGG_API_BASE_URL: undefined, PROD_FRONTEGG_REGION: "mars" });
  expect(region.code).toBe(2);
  expect(region.stderr).toMatch(/^pulumi-frontegg: reading PROD \(PROD_FRONTEGG_CLIENT_ID …\): .*region must be one of eu, us, ca, au, got "mars" \(frontegg-native:region or PROD_FRONTEGG_REGION\)/);
  for (const result of [wrong, both, region]) {
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/(?<![A-Z]_)FRONTEGG_(CLIENT_ID|SECRET_KEY|REGION)/);
    expect(result.stderr).not.toContain("wrong-secret-123");
    expect(result.stderr).not.toMatch(STACK_TRACE);
  }
});
