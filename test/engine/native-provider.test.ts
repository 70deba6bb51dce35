/**
 * The native provider plugin `pulumi-resource-frontegg-native` under the real engine, found on PATH as a user's global
 * install puts it there: two environments in one program through two explicit providers, the `import` option,
 * detailed diffs, credentials checked at preview, secrets never in plain text, and a stack moved from the
 * dynamic classes to the native provider without recreating anything in Frontegg.
 */
import { rmSync } from "node:fs";
import * as pulumi from "@pulumi/pulumi";
import { EngineEvent, PulumiFn } from "@pulumi/pulumi/automation";
import * as dynamic from "pulumi-frontegg";
import * as native from "../../sdk/native";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { pluginOnPath } from "../support/plugin";
import { changesOf, engineStack, EngineStack } from "./harness";
import { PACKAGE } from "../../provider/package-name";

jest.setTimeout(300_000);

const OIDC_SECRET = "native-oidc-secret-5e6f7a8b9c0d";

let a: TestEmulator;
let b: TestEmulator;
let bin: string;
const stacks: EngineStack[] = [];

beforeAll(async () => {
  [a, b] = await Promise.all([useEmulator(), useEmulator()]);
  await a.client().tenants.create({ tenantId: "acme", name: "ACME" });
  bin = pluginOnPath();
});
afterAll(async () => {
  await Promise.all(stacks.map((s) => s.dispose()));
  await Promise.all([a.stop(), b.stop()]);
  rmSync(bin, { recursive: true, force: true });
});

async function stackOf(name: string, program: PulumiFn, options: { credentials?: boolean } = {}): Promise<EngineStack> {
  const stack = await engineStack(name, program, a, {}, { pathPrefix: [bin], ...options });
  stacks.push(stack);
  return stack;
}

/** Pulumi's own classes, without this package's: they are abstract only in their TypeScript typings. */
class PlainProvider extends pulumi.ProviderResource {}
class PlainResource extends pulumi.CustomResource {}

/** What the two-environment program declares; each step changes it. */
const declared = {
  roleName: "Shared in A",
  permissionOrder: ["read", "write"] as Array<"read" | "write">,
  withExtraPermission: true,
  importId: "",
  providerB: {} as Record<string, unknown>,
};

async function twoEnvironments() {
  // Credentials left out fall back to the stack's `frontegg-native:*` config (set to environment A's by the harness).
  const envA = new native.Provider("env-a", { apiBaseUrl: a.url });
  // The plain engine API works as well as the typed classes.
  const envB = new PlainProvider(PACKAGE, "env-b", { clientId: CLIENT_ID, secretKey: pulumi.secret(SECRET), apiBaseUrl: b.url, ...declared.providerB });
  const permissions = {
    read: new native.Permission("read", { key: "invoices.read", name: "Read invoices" }, { provider: envA }),
    write: new native.Permission("write", { key: "invoices.write", name: "Write invoices" }, { provider: envA }),
  };
  if (declared.withExtraPermission) new native.Permission("extra", { key: "extra.read", name: "Extra" }, { provider: envA });
  const roleA = new native.Role(
    "role-a",
    { key: "shared", name: declared.roleName, level: 1, permissionIds: declared.permissionOrder.map((p) => permissions[p].id) },
    { provider: envA },
  );
  const roleB = new PlainResource("frontegg-native:index:Role", "role-b", { key: "shared", name: "Shared in B", level: 2, roleId: undefined }, { provider: envB });
  new native.Role("imported", { key: "pre-existing", name: "Pre-existing", level: 5 }, { provider: envB, import: declared.importId });
  const sso = new native.SsoConfiguration(
    "sso",
    { tenantId: "acme", type: "oidc", ssoEndpoint: "https://login.acme.example", oidcClientId: "acme-app", oidcSecret: OIDC_SECRET },
    { provider: envA },
  );
  // roleB's id waits for env-b (see failedPreview).
  return { roleA: roleA.roleId, roleB: roleB.id, oidcSecret: sso.oidcSecret };
}

/**
 * The error of a preview expected to fail. A program whose preview fails at a provider returns an output of
 * that provider: its stack then registers its outputs only once the provider's registration has settled, never
 * while the engine is shutting down (which the Automation API would report as an unhandled gRPC UNAVAILABLE).
 */
async function failedPreview(stack: EngineStack): Promise<string> {
  return stack.stack.preview().then(
    () => "",
    (error: unknown) => String((error as Error).message),
  );
}

/** Each resource's step and its detailed diff, from a preview's engine events. */
async function previewSteps(stack: EngineStack): Promise<Record<string, { op: string; diffs?: string[]; detailedDiff?: Record<string, { diffKind: string }> }>> {
  const steps: Record<string, { op: string; diffs?: string[]; detailedDiff?: Record<string, { diffKind: string }> }> = {};
  await stack.stack.preview({
    onEvent: (event: EngineEvent) => {
      const metadata = event.resourcePreEvent?.metadata;
      if (metadata) steps[metadata.urn.split("::").pop()!] = { op: metadata.op, diffs: metadata.diffs, detailedDiff: metadata.detailedDiff };
    },
  });
  return steps;
}

describe("two environments in one program", () => {
  let stack: EngineStack;
  let preExistingId: string;

  beforeAll(async () => {
    const [role] = await b.client().roles.create([{ key: "pre-existing", name: "Pre-existing", level: 5 }]);
    preExistingId = role!.id;
    declared.importId = preExistingId;
    stack = await stackOf("native", twoEnvironments);
  });

  it("creates each resource in its own environment, and imports the existing role without changing it", async () => {
    const up = await stack.stack.up();
    expect(up.summary.resourceChanges).toEqual({ create: 9, import: 1 });
    const [inA, inB] = await Promise.all([a.client().roles.list(), b.client().roles.list()]);
    expect(inA.filter((r) => r.key === "shared").map((r) => r.name)).toEqual(["Shared in A"]);
    expect(inB.filter((r) => r.key === "shared").map((r) => r.name)).toEqual(["Shared in B"]);
    expect(up.outputs.roleA!.value).toBe(inA.find((r) => r.key === "shared")!.id);
    expect(inB.find((r) => r.key === "pre-existing")).toMatchObject({ id: preExistingId, name: "Pre-existing", level: 5 });
    // Nothing of environment A reached B.
    expect((await b.client().permissions.list()).filter((p) => !p.fePermission)).toEqual([]);
  });

  it("previews no change after the import, nor for a reordered permission list", async () => {
    declared.permissionOrder = ["write", "read"];
    const preview = await stack.stack.preview();
    expect(changesOf(preview.changeSummary)).toEqual({});
  });

  it("shows only the changed property in the detailed diff, then updates it and deletes what the program dropped", async () => {
    declared.roleName = "Renamed in A";
    declared.withExtraPermission = false;
    const steps = await previewSteps(stack);
    expect(steps["role-a"]).toMatchObject({ op: "update", diffs: ["name"], detailedDiff: { name: { diffKind: "update" } } });
    expect(Object.keys(steps["role-a"]!.detailedDiff!)).toEqual(["name"]);
    expect(steps["role-b"]!.op).toBe("same");

    const up = await stack.stack.up();
    expect(up.summary.resourceChanges).toEqual({ same: 8, update: 1, delete: 1 });
    const roles = await a.client().roles.list();
    expect(roles.find((r) => r.key === "shared")!.name).toBe("Renamed in A");
    expect((await a.client().permissions.list()).map((p) => p.key)).not.toContain("extra.read");
  });

  it("notices a change made in the portal on refresh, and previews the repair of that property alone", async () => {
    const role = (await a.client().roles.list()).find((r) => r.key === "shared")!;
    await a.client().roles.update(role.id, { key: "shared", name: "Clicked in the portal", level: 1, isDefault: false, firstUserRole: false });
    expect(changesOf((await stack.stack.refresh()).summary.resourceChanges)).toEqual({ update: 1 });
    const steps = await previewSteps(stack);
    expect(steps["role-a"]).toMatchObject({ op: "update", diffs: ["name"] });
    await stack.stack.up();
  });

  it("keeps the provider's secret key and the OIDC secret out of exported state and the backend's files", async () => {
    const [exported, onDisk] = [await stack.exportText(), stack.backendText()];
    for (const text of [exported, onDisk]) {
      expect(text).toContain("frontegg-native:index:SsoConfiguration");
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(OIDC_SECRET);
    }
    const providers = JSON.parse(exported).deployment.resources.filter((r: { type: string }) => r.type === "pulumi:providers:frontegg-native");
    const envB = providers.find((p: { urn: string }) => p.urn.endsWith("::env-b"));
    expect(envB.inputs.secretKey).toHaveProperty("ciphertext");
    expect(envB.outputs.secretKey).toHaveProperty("ciphertext");
  });

  it("fails the preview on wrong credentials and on an unknown region, naming the setting", async () => {
    declared.providerB = { secretKey: pulumi.secret("not-the-secret") };
    expect(await failedPreview(stack)).toMatch(/frontegg provider cannot connect[\s\S]*(credential|401|auth)/i);
    declared.providerB = { region: "mars" };
    expect(await failedPreview(stack)).toMatch(/property region value \{mars\} has a problem: region must be one of eu, us, ca, au, got "mars"/);
    declared.providerB = {};
  });

  it("destroys each resource in its own environment", async () => {
    expect((await stack.stack.destroy()).summary.resourceChanges).toEqual({ delete: 9 });
    const [inA, inB] = await Promise.all([a.client().roles.list(), b.client().roles.list()]);
    expect([...inA, ...inB].filter((r) => ["shared", "pre-existing"].includes(r.key))).toEqual([]);
    expect(await a.client().sso.list("acme")).toEqual([]);
  });
});

it("reports missing credentials as failures of the provider's settings", async () => {
  const stack = await stackOf(
    "native-unconfigured",
    async () => {
      const env = new native.Provider("unconfigured", { apiBaseUrl: a.url });
      new native.Role("r", { key: "r", name: "R", level: 1 }, { provider: env });
      // See failedPreview.
      return { provider: env.urn };
    },
    { credentials: false },
  );
  const message = await failedPreview(stack);
  expect(message).toMatch(/property clientId value \{<nil>\} has a problem: the client id is missing/);
  expect(message).toMatch(/property secretKey value \{<nil>\} has a problem: the secret key is missing/);
});

it("moves a stack from the dynamic classes to the native provider without recreating anything", async () => {
  const phase = { native: false, retain: false };
  let ids: Record<string, string> = {};
  const stack = await stackOf("migrate", async () => {
    if (!phase.native) {
      const read = new dynamic.Permission("read", { key: "m.read", name: "Read" }, { retainOnDelete: phase.retain });
      const role = new dynamic.Role("role", { key: "m-role", name: "Role", level: 3, permissionIds: [read.id] }, { retainOnDelete: phase.retain });
      return { read: read.id, role: role.id };
    }
    // The same objects, taken over by id: the import reads them and fails unless they match the program.
    const read = new native.Permission("read", { key: "m.read", name: "Read" }, { import: ids.read });
    const role = new native.Role("role", { key: "m-role", name: "Role", level: 3, permissionIds: [read.id] }, { import: ids.role });
    return { read: read.id, role: role.id };
  });
  const first = await stack.stack.up();
  ids = { read: first.outputs.read!.value, role: first.outputs.role!.value };

  // Step 1: mark the dynamic resources retainOnDelete, so dropping them from the program leaves Frontegg alone
  // (the engine records the option without calling any provider).
  phase.retain = true;
  expect(changesOf((await stack.stack.up()).summary.resourceChanges)).toEqual({});
  // Step 2: the native classes import the same ids; the dynamic resources leave the state only.
  phase.native = true;
  const before = await a.requestCounts();
  const moved = await stack.stack.up();
  expect(changesOf(moved.summary.resourceChanges)).toEqual({ import: 2, delete: 2 });
  const after = await a.requestCounts();
  const writes = Object.keys(after).filter((route) => !route.startsWith("GET ") && route !== "POST /auth/vendor" && after[route] !== before[route]);
  expect(writes).toEqual([]);
  expect(moved.outputs).toMatchObject({ read: { value: ids.read }, role: { value: ids.role } });
  expect(changesOf((await stack.stack.preview()).changeSummary)).toEqual({});
});
