/**
 * `pulumi-frontegg recover` against the emulator and a real local backend: a stack whose checkpoint holds the
 * pending creates (and the lock, and the damaged sidecar) a killed `up` leaves, written with `pulumi stack import`.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import { main } from "../../cli";
import { providerSource } from "../../provider/dynamic-shim";
import { pulumiCommand } from "../engine/harness";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";

jest.setTimeout(120_000);

const PROJECT = "recover-test";
const STACK = "dev";
const STACK_URN = `urn:pulumi:${STACK}::${PROJECT}::pulumi:pulumi:Stack::${PROJECT}-${STACK}`;
const PROVIDER_URN = `urn:pulumi:${STACK}::${PROJECT}::pulumi:providers:pulumi-nodejs::default`;
const SECRET_SIG = "4dabf18193072939515e22adb298388d";
const OIDC_SECRET = "oidc-secret-in-state-3c2b1a";

let emulator: TestEmulator;
let dir: string;
let env: NodeJS.ProcessEnv;
let cli: string;
beforeAll(async () => {
  emulator = await useEmulator();
  cli = (await pulumiCommand()).command;
});
afterAll(() => emulator.stop());
beforeEach(async () => {
  await emulator.reset();
  mkdirSync(join(__dirname, "..", "..", ".test-stacks"), { recursive: true });
  dir = mkdtempSync(join(__dirname, "..", "..", ".test-stacks", "recover-"));
  mkdirSync(join(dir, "backend"));
  writeFileSync(join(dir, "Pulumi.yaml"), `name: ${PROJECT}\nruntime: nodejs\n`);
  env = {
    ...process.env,
    PATH: `${dirname(cli)}:${process.env.PATH ?? ""}`,
    PULUMI_BACKEND_URL: `file://${join(dir, "backend")}`,
    PULUMI_CONFIG_PASSPHRASE: "recover-passphrase",
    PULUMI_SKIP_UPDATE_CHECK: "true",
  };
  pulumi("stack", "init", STACK);
  pulumi("config", "set", "frontegg-native:clientId", CLIENT_ID);
  pulumi("config", "set", "frontegg-native:apiBaseUrl", emulator.url);
  pulumi("config", "set", "--secret", "frontegg-native:secretKey", SECRET);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI synchronously: none of these calls reaches the emulator, so blocking the event loop is harmless. */
function pulumi(...args: string[]): string {
  return execFileSync("pulumi", args, { cwd: dir, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** A secret as the stack's passphrase provider encrypts it in state (config shares the crypter; state holds JSON). */
function encrypted(value: string): Record<string, string> {
  pulumi("config", "set", "--secret", "scratch", JSON.stringify(value));
  const ciphertext = /scratch:\s*\n\s*secure: (\S+)/.exec(readFileSync(join(dir, `Pulumi.${STACK}.yaml`), "utf8"))![1]!;
  pulumi("config", "rm", "scratch");
  return { [SECRET_SIG]: "1b47061264138c4ac30d75fd1eb44270", ciphertext };
}

/** A pending create of `kind` named `name`, as the engine records it when it starts the create. */
function pendingCreate(kind: string, name: string, inputs: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    type: "creating",
    resource: {
      urn: `urn:pulumi:${STACK}::${PROJECT}::pulumi-nodejs:dynamic/frontegg:${kind}::${name}`,
      custom: true,
      type: `pulumi-nodejs:dynamic/frontegg:${kind}`,
      inputs: { __provider: providerSource(kind), adoptExisting: false, ...inputs },
      parent: STACK_URN,
      provider: `${PROVIDER_URN}::4b0d0c2e-provider`,
      ...extra,
    },
  };
}

/**
 * Writes a checkpoint with a stack, its default provider and `pending` operations straight into the local backend,
 * as the killed update left it (`pulumi stack import` would drop pending operations).
 */
function interruptedCheckpoint(pending: unknown[], resources: unknown[] = []): void {
  const { deployment } = JSON.parse(pulumi("stack", "export")) as { deployment: Record<string, unknown> };
  deployment.resources = [
    { urn: STACK_URN, custom: false, type: "pulumi:pulumi:Stack" },
    { urn: PROVIDER_URN, custom: true, id: "4b0d0c2e-provider", type: "pulumi:providers:pulumi-nodejs", parent: STACK_URN, inputs: {}, outputs: {} },
    ...resources,
  ];
  deployment.pending_operations = pending;
  const file = join(dir, "backend", ".pulumi", "stacks", PROJECT, `${STACK}.json`);
  writeFileSync(file, JSON.stringify({ version: 3, checkpoint: { stack: `organization/${PROJECT}/${STACK}`, latest: deployment } }));
  // The sidecar holds the old file's checksum; without one the backend reads the file as it is.
  rmSync(`${file}.attrs`, { force: true });
}

/** The stack's lock directory in the local backend's layout. */
const lockDir = () => join(dir, "backend", ".pulumi", "locks", "organization", PROJECT, STACK);

function lockStack(pid: number, host = hostname()): void {
  mkdirSync(lockDir(), { recursive: true });
  writeFileSync(join(lockDir(), "6f1c.json"), JSON.stringify({ pid, username: "me", hostname: host, timestamp: new Date().toISOString() }));
}

async function recover(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(["recover", "--stack", STACK, "--cwd", dir, ...args], { env, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

function exported(showSecrets = false) {
  return JSON.parse(pulumi("stack", "export", ...(showSecrets ? ["--show-secrets"] : []))) as {
    deployment: { resources?: Array<{ urn: string; id?: string; outputs?: Record<string, unknown> }>; pending_operations?: unknown[] };
  };
}

it("records the objects a killed up created, drops the creates that never happened, and keeps secrets encrypted", async () => {
  const client = emulator.client();
  await client.tenants.create({ tenantId: "globex", name: "Globex" });
  const [created] = await client.permissions.create([{ key: "invoices.read", name: "Read invoices" }]);
  const sso = await client.sso.create("globex", { type: "oidc", ssoEndpoint: "https://login.globex.example", oidcClientId: "app", oidcSecret: OIDC_SECRET });
  interruptedCheckpoint([
    pendingCreate("Permission", "invoices-read", { key: "invoices.read", name: "Read invoices", description: "" }),
    pendingCreate("Role", "admin", { key: "admin", name: "Admin role", level: 1, permissionIds: [created!.id], isDefault: false, firstUserRole: false, description: "" }),
    pendingCreate("SsoConfiguration", "globex", {
      tenantId: "globex",
      type: "oidc",
      enabled: true,
      ssoEndpoint: "https://login.globex.example",
      oidcClientId: "app",
      oidcSecret: encrypted(OIDC_SECRET),
      domains: [],
      roleIds: [],
    }),
  ]);

  const result = await recover("--yes");
  expect(result).toMatchObject({ code: 0, stderr: "" });
  expect(result.stdout).toContain(`  recorded permission "invoices.read" (urn:pulumi:${STACK}::${PROJECT}::pulumi-nodejs:dynamic/frontegg:Permission::invoices-read): found in Frontegg as ${created!.id}: recorded as created`);
  expect(result.stdout).toMatch(/ {2}dropped {2}role "admin" .*: not in Frontegg: dropped; the next `pulumi up` creates it/);
  expect(result.stdout).toContain(`found in Frontegg as ${sso.id}`);
  expect(result.stdout).toContain("Recovered stack dev: 2 recorded as created, 1 dropped. Next: pulumi up");

  const state = exported();
  expect(state.deployment.pending_operations ?? []).toEqual([]);
  const permission = state.deployment.resources!.find((r) => r.urn.endsWith("::invoices-read"))!;
  expect(permission).toMatchObject({ id: created!.id, outputs: { key: "invoices.read", permissionId: created!.id, __provider: providerSource("Permission") } });
  expect(permission.outputs).not.toHaveProperty("createdAt");
  expect(state.deployment.resources!.some((r) => r.urn.endsWith("::admin"))).toBe(false);
  // The secret is in the state encrypted, from the recorded input, and still decrypts with the stack's key.
  expect(JSON.stringify(state)).not.toContain(OIDC_SECRET);
  const ssoOutputs = exported(true).deployment.resources!.find((r) => r.urn.endsWith("::globex"))!.outputs!;
  expect(ssoOutputs).toMatchObject({ configurationId: sso.id, oidcSecret: { plaintext: JSON.stringify(OIDC_SECRET) } });
});

it("never takes over a built-in, nor without adoptExisting an object that existed before the update began", async () => {
  const client = emulator.client();
  await client.permissions.create([{ key: "old.read", name: "Old" }, { key: "adopt.read", name: "Adopt" }]);
  const later = new Date(Date.now() + 3600_000).toISOString();
  interruptedCheckpoint([
    pendingCreate("PermissionCategory", "builtin", { name: "User management", description: "" }),
    pendingCreate("Permission", "old", { key: "old.read", name: "Old", description: "" }, { created: later }),
    pendingCreate("Permission", "adopt", { key: "adopt.read", name: "Adopt", description: "", adoptExisting: true }, { created: later }),
  ]);
  const result = await recover("--yes");
  expect(result).toMatchObject({ code: 0, stderr: "" });
  expect(result.stdout).toMatch(/dropped {2}permission category "User management" .*Frontegg's built-in object .*never taken over/);
  expect(result.stdout).toMatch(/dropped {2}permission "old.read" .*existed before the interrupted update .*set adoptExisting: true to manage it/);
  expect(result.stdout).toMatch(/recorded permission "adopt.read"/);
  expect(exported().deployment.resources!.map((r) => r.urn.split("::").pop())).toEqual([`${PROJECT}-${STACK}`, "default", "adopt"]);
});

it("clears a stale lock and the empty sidecar a kill leaves on a local backend, and refuses while the update still runs", async () => {
  interruptedCheckpoint([pendingCreate("Permission", "p", { key: "gone.read", name: "Gone", description: "" })]);
  const sidecar = join(dir, "backend", ".pulumi", "stacks", PROJECT, `${STACK}.json.attrs`);
  writeFileSync(sidecar, "");
  expect(() => pulumi("stack", "export")).toThrow(/failed to load checkpoint/);

  lockStack(process.pid);
  const running = await recover("--yes");
  expect(running.code).toBe(2);
  expect(running.stderr).toContain(`an update of stack "${STACK}" is still running (pid ${process.pid}`);

  lockStack(4242, "build-agent-7");
  const elsewhere = await recover("--yes");
  expect(elsewhere.code).toBe(2);
  expect(elsewhere.stderr).toContain(`run \`pulumi cancel --stack ${STACK} --yes\``);

  // A process id that no process of this host holds (beyond the kernel's pid_max).
  lockStack(99_999_999);
  const stale = await recover("--yes");
  expect(stale).toMatchObject({ code: 0, stderr: "" });
  expect(stale.stdout).toContain(`Removed ${sidecar}`);
  expect(stale.stdout).toContain("locked by an update that is no longer running (pid 99999999");
  expect(stale.stdout).toContain("1 dropped, stale lock removed. Next: pulumi up");
  expect(exported().deployment.pending_operations ?? []).toEqual([]);
  pulumi("config", "set", "after", "recovery"); // the stack is usable again
});

it("changes nothing without --yes when there is no terminal to confirm on, and reports a stack with nothing to recover", async () => {
  interruptedCheckpoint([pendingCreate("Permission", "p", { key: "gone.read", name: "Gone", description: "" })]);
  const unconfirmed = await recover();
  expect(unconfirmed.code).toBe(2);
  expect(unconfirmed.stderr).toContain("run again with --yes");
  expect(exported().deployment.pending_operations).toHaveLength(1);

  const declined = await main(["recover", "--stack", STACK, "--cwd", dir], { env, stdout: () => undefined, stderr: () => undefined, confirm: async () => false });
  expect(declined).toBe(2);
  expect(exported().deployment.pending_operations).toHaveLength(1);

  expect((await recover("--yes")).code).toBe(0);
  const again = await recover("--yes");
  expect(again).toEqual({ code: 0, stderr: "", stdout: `Stack ${STACK} has no interrupted creates of Frontegg resources.\nNothing to change.\n` });
});

it("refuses to rewrite the state while another provider's create is pending, since the rewrite would drop it", async () => {
  const foreign = pendingCreate("Permission", "bucket", {});
  const bucket = { ...foreign, resource: { ...foreign.resource, urn: `urn:pulumi:${STACK}::${PROJECT}::aws:s3/bucket:Bucket::logs`, type: "aws:s3/bucket:Bucket" } };
  interruptedCheckpoint([pendingCreate("Permission", "p", { key: "gone.read", name: "Gone", description: "" }), bucket]);
  const result = await recover("--yes");
  expect(result.code).toBe(2);
  expect(result.stdout).toContain("1 pending create(s) of other providers");
  expect(result.stderr).toContain(`would drop the other pending creates: urn:pulumi:${STACK}::${PROJECT}::aws:s3/bucket:Bucket::logs. Settle those first with \`pulumi refresh --stack ${STACK}\``);
  expect(exported().deployment.pending_operations).toHaveLength(2);
});
