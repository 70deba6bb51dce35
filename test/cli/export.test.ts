/**
 * `pulumi-frontegg export` as the installed command line against the emulator: where the program will point
 * (frontegg-native:region / frontegg-native:apiBaseUrl), progress on stderr with stdout kept for the summary, and failures that
 * name the environment they came from.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { providerSetting } from "../../cli/commands/export";
import { renderProgram } from "../../provider/environment/program";
import { emptySnapshot } from "../../provider/environment/snapshot";
import { pulumiCommand } from "../engine/harness";
import { runBuiltCli, STACK_TRACE } from "../support/cli";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { seedConfiguration } from "../support/seed";

jest.setTimeout(120_000);

let emulator: TestEmulator;
let dir: string;
beforeAll(async () => {
  emulator = await useEmulator();
  await seedConfiguration(emulator.client());
});
afterAll(() => emulator.stop());
beforeEach(() => {
  const root = join(__dirname, "..", "..", ".test-stacks");
  mkdirSync(root, { recursive: true });
  dir = mkdtempSync(join(root, "export-cli-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const credentials = () => ({ FRONTEGG_CLIENT_ID: CLIENT_ID, FRONTEGG_SECRET_KEY: SECRET, FRONTEGG_API_BASE_URL: emulator.url });

it("points the program at the API it was read from: in Pulumi.yaml, which stacks read, and in the next steps", async () => {
  const out = join(dir, "program");
  const result = await runBuiltCli(["export", "--out", out, "--progress"], credentials());
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^Exported 2 permission categories, 5 permissions, 3 roles, /);
  expect(result.stdout).toContain(`\n  pulumi stack init <name>\n  pulumi config set frontegg-native:apiBaseUrl ${emulator.url}   #`);
  // Progress only on stderr, a count per kind; stdout holds nothing of it.
  expect(result.stderr).toMatch(new RegExp(`^Reading ${emulator.url}: 2 tenants, \\d+ permission categories, \\d+ permissions, \\d+ roles, .* \\(settings of 3/3 scopes read\\); read in \\d+\\.\\d s\\n$`, "m"));
  expect(result.stdout).not.toContain("Reading");
  expect(result.stderr).not.toMatch(STACK_TRACE);

  const yaml = readFileSync(join(out, "Pulumi.yaml"), "utf8");
  expect(yaml).toContain(`config:\n  # Where the environment was exported from; a stack's own config overrides it.\n  frontegg-native:apiBaseUrl: "${emulator.url}"\n`);
  // The Pulumi CLI reads it as the default of a new stack, beside the secret declarations, and a stack may override it.
  const cli = (await pulumiCommand()).command;
  mkdirSync(join(dir, "backend"));
  const env = {
    ...process.env,
    PATH: `${dirname(cli)}:${process.env.PATH ?? ""}`,
    PULUMI_BACKEND_URL: `file://${join(dir, "backend")}`,
    PULUMI_CONFIG_PASSPHRASE: "export-passphrase",
    PULUMI_SKIP_UPDATE_CHECK: "true",
  };
  const pulumi = (...args: string[]) => execFileSync("pulumi", args, { cwd: out, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  pulumi("stack", "init", "prod");
  // Pulumi refuses to read a stack's config while a declared secret is unset: set them, as the next steps say.
  for (const [, key] of result.stdout.matchAll(/pulumi config set --secret (\w+) <value>/g)) pulumi("config", "set", "--secret", key!, "x");
  expect(pulumi("config", "get", "frontegg-native:apiBaseUrl").trim()).toBe(emulator.url);
  pulumi("config", "set", "frontegg-native:apiBaseUrl", "http://127.0.0.1:9");
  expect(pulumi("config", "get", "frontegg-native:apiBaseUrl").trim()).toBe("http://127.0.0.1:9");
});

it("writes frontegg-native:region when the environment was read from a region's host, however it was given", () => {
  expect(providerSetting("https://api.us.frontegg.com")).toEqual({ key: "frontegg-native:region", value: "us" });
  expect(providerSetting("https://api.frontegg.com")).toEqual({ key: "frontegg-native:region", value: "eu" });
  expect(providerSetting("http://127.0.0.1:4000")).toEqual({ key: "frontegg-native:apiBaseUrl", value: "http://127.0.0.1:4000" });
  const yaml = renderProgram(emptySnapshot(), { projectName: "p", source: "https://api.au.frontegg.com", packageVersion: "1.0.0", providerConfig: { "frontegg-native:region": "au" } }).files[
    "Pulumi.yaml"
  ]!;
  expect(yaml).toMatch(/\nconfig:\n  # .*\n  frontegg-native:region: "au"\n$/);
});

it("names the environment and its variables when Frontegg rejects the credentials", async () => {
  const result = await runBuiltCli(["export", "--out", join(dir, "program"), "--env", "PROD"], {
    PROD_FRONTEGG_CLIENT_ID: CLIENT_ID,
    PROD_FRONTEGG_SECRET_KEY: "wrong-secret-456",
    PROD_FRONTEGG_API_BASE_URL: emulator.url,
  });
  expect(result).toMatchObject({ status: 2, stdout: "" });
  expect(result.stderr).toMatch(/^pulumi-frontegg: reading PROD \(PROD_FRONTEGG_CLIENT_ID … at .*\): Frontegg rejected the environment credentials .* Check PROD_FRONTEGG_CLIENT_ID and PROD_FRONTEGG_SECRET_KEY/);
  expect(result.stderr).not.toContain("wrong-secret-456");
  expect(result.stderr).not.toMatch(STACK_TRACE);
});

it("writes the tenants themselves only with --tenants: an environment's tenants are mostly its customers", async () => {
  const without = await runBuiltCli(["export", "--out", join(dir, "without")], credentials());
  expect(without.status).toBe(0);
  expect(without.stdout).not.toMatch(/\d+ tenants?[ ,]/);
  expect(readFileSync(join(dir, "without", "index.ts"), "utf8")).not.toContain("new frontegg.Tenant(");
  const withTenants = await runBuiltCli(["export", "--out", join(dir, "with"), "--tenants"], credentials());
  expect(withTenants.status).toBe(0);
  expect(withTenants.stdout).toContain(", 2 tenants, ");
  expect(readFileSync(join(dir, "with", "index.ts"), "utf8").match(/new frontegg\.Tenant\(/g)).toHaveLength(2);
});

it("reads what Frontegg never returns but the kind needs (an SES provider's region) from stack config, and says to set it", async () => {
  const ses = await useEmulator();
  try {
    await ses.client().emailProvider.save({ provider: "ses", secret: "aws-secret-access-key-never-printed", id: "AKIAEXAMPLE", region: "eu-west-1" });
    const out = join(dir, "ses");
    const result = await runBuiltCli(["export", "--out", out], { FRONTEGG_CLIENT_ID: CLIENT_ID, FRONTEGG_SECRET_KEY: SECRET, FRONTEGG_API_BASE_URL: ses.url });
    expect(result.status).toBe(0);
    const source = readFileSync(join(out, "index.ts"), "utf8");
    expect(source).toContain('provider: "ses"');
    expect(source).toContain('secret: config.requireSecret("sesEmailProviderSecret")');
    expect(source).toContain('providerId: config.require("sesEmailProviderAccessKeyId")');
    expect(source).toContain('region: config.require("sesEmailProviderRegion")');
    expect(source).not.toContain("domain:");
    expect(result.stdout).toContain("  pulumi config set --secret sesEmailProviderSecret <value>");
    expect(result.stdout).toMatch(/^ {2}pulumi config set sesEmailProviderRegion <value> {3}# the region of the ses e-mail provider \(Frontegg does not return it\)$/m);
    expect(result.stdout).toContain("  pulumi config set sesEmailProviderAccessKeyId <value>");
    const yaml = readFileSync(join(out, "Pulumi.yaml"), "utf8");
    expect(yaml).toMatch(/ {2}sesEmailProviderRegion:\n {4}type: string\n {4}description: /);
    expect(yaml).toMatch(/ {2}sesEmailProviderSecret:\n {4}type: string\n {4}secret: true\n/);
    expect(result.stdout + result.stderr).not.toContain("aws-secret-access-key-never-printed");
  } finally {
    await ses.stop();
  }
});
