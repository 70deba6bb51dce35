/**
 * The plugin `pulumi-resource-frontegg-native` spoken to as the engine does, over gRPC with Pulumi's own stubs: start-up,
 * schema, configuration checks, secrets both ways, detailed diffs, import, and failures without stacks.
 */
import { ChildProcess, spawn } from "node:child_process";
import { createServer, Server } from "node:net";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { ResourceProviderClient } from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as pb from "@pulumi/pulumi/proto/provider_pb";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";

jest.setTimeout(60_000);

const repo = join(__dirname, "..", "..");
const MAIN = join(repo, "dist", "provider", "native", "main.js");
const SIG = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
const secret = (value: unknown) => ({ [SIG]: SECRET_SIG, value });
const ROLE = "urn:pulumi:dev::app::frontegg-native:index:Role::admin";
const SSO = "urn:pulumi:dev::app::frontegg-native:index:SsoConfiguration::sso";

interface Plugin {
  readonly process: ChildProcess;
  readonly client: ResourceProviderClient;
  /** Milliseconds from spawning the process to its port on stdout. */
  readonly startupMs: number;
  stderr(): string;
}

const plugins: Plugin[] = [];

/** Stands in for the engine's address: the plugin stops when nothing listens there any more. */
let engine: Server;
let engineAddress: string;

/** Starts the plugin as the engine does: engine address as the only argument, the port read from stdout. */
async function startPlugin(address = engineAddress, env: Record<string, string> = {}): Promise<Plugin> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [MAIN, address], { env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const firstLine = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("\n")) resolve(out);
    });
    child.once("exit", (code) => reject(new Error(`plugin exited with ${code}: ${stderr}`)));
  });
  const startupMs = Number(process.hrtime.bigint() - started) / 1e6;
  expect(firstLine).toMatch(/^\d+\n$/);
  const client = new ResourceProviderClient(`127.0.0.1:${firstLine.trim()}`, grpc.credentials.createInsecure());
  const plugin = { process: child, client, startupMs, stderr: () => stderr };
  plugins.push(plugin);
  return plugin;
}

/** Calls one unary method, as a promise. */
function call<Req, Res>(client: ResourceProviderClient, method: string, request: Req): Promise<Res> {
  return new Promise((resolve, reject) => {
    (client as unknown as Record<string, (r: Req, cb: (e: grpc.ServiceError | null, r: Res) => void) => void>)[method]!.call(client, request, (error, response) =>
      error ? reject(error) : resolve(response),
    );
  });
}

const struct = (value: Record<string, unknown>) => Struct.fromJavaScript(value as Record<string, never>);

function checkRequest(urn: string, news: Record<string, unknown>, olds: Record<string, unknown> = {}): pb.CheckRequest {
  return new pb.CheckRequest().setUrn(urn).setNews(struct(news)).setOlds(struct(olds));
}

function diffRequest(urn: string, olds: Record<string, unknown>, news: Record<string, unknown>): pb.DiffRequest {
  return new pb.DiffRequest().setUrn(urn).setId("some-id").setOlds(struct(olds)).setNews(struct(news));
}

let emulator: TestEmulator;
let configured: Plugin;

beforeAll(async () => {
  engine = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => engine.listen(0, "127.0.0.1", resolve));
  engineAddress = `127.0.0.1:${(engine.address() as { port: number }).port}`;
  emulator = await useEmulator();
  await emulator.client().tenants.create({ tenantId: "acme", name: "ACME" });
  configured = await startPlugin();
  await call(configured.client, "configure", new pb.ConfigureRequest().setArgs(struct({ clientId: CLIENT_ID, secretKey: secret(SECRET), apiBaseUrl: emulator.url })));
});
afterAll(async () => {
  for (const plugin of plugins) {
    plugin.client.close();
    plugin.process.kill();
  }
  await emulator.stop();
  engine.close();
});

it("starts by printing only its port, and answers its version and schema", async () => {
  const plugin = await startPlugin();
  const checkStarted = process.hrtime.bigint();
  await call(plugin.client, "checkConfig", checkRequest("urn:pulumi:dev::app::pulumi:providers:frontegg-native::p", { clientId: "x", secretKey: "y" }));
  const firstAnswerMs = Number(process.hrtime.bigint() - checkStarted) / 1e6;
  // Reported by `npm test` output: the figure the README quotes.
  process.stdout.write(`pulumi-resource-frontegg-native: port after ${plugin.startupMs.toFixed(0)} ms, first CheckConfig answered ${firstAnswerMs.toFixed(0)} ms later\n`);
  expect(plugin.startupMs).toBeLessThan(10_000);

  const info = await call<Empty, { getVersion(): string }>(plugin.client, "getPluginInfo", new Empty());
  expect(info.getVersion()).toBe(JSON.parse(readFileSync(join(repo, "package.json"), "utf8")).version);
  const schema = await call<pb.GetSchemaRequest, pb.GetSchemaResponse>(plugin.client, "getSchema", new pb.GetSchemaRequest());
  expect(schema.getSchema()).toBe(readFileSync(join(repo, "schema.json"), "utf8"));
});

it("reports missing credentials and a bad region as failures of those settings, and marks the secret key secret", async () => {
  const urn = "urn:pulumi:dev::app::pulumi:providers:frontegg-native::p";
  const missing = await call<pb.CheckRequest, pb.CheckResponse>(configured.client, "checkConfig", checkRequest(urn, { region: "mars" }));
  expect(missing.getFailuresList().map((f) => [f.getProperty(), f.getReason()])).toEqual([
    ["clientId", expect.stringContaining("the client id is missing")],
    ["secretKey", expect.stringContaining("the secret key is missing")],
    ["region", 'region must be one of eu, us, ca, au, got "mars" (frontegg-native:region or FRONTEGG_REGION)'],
  ]);
  const fine = await call<pb.CheckRequest, pb.CheckResponse>(configured.client, "checkConfig", checkRequest(urn, { clientId: "id", secretKey: "key-1234", region: "us" }));
  expect(fine.getFailuresList()).toEqual([]);
  expect(fine.getInputs()!.toJavaScript()).toEqual({ clientId: "id", secretKey: secret("key-1234"), region: "us" });
});

it("takes settings missing from the provider's inputs from the stack config, and fails Configure on wrong credentials", async () => {
  const plugin = await startPlugin(undefined, { PULUMI_CONFIG: JSON.stringify({ clientId: CLIENT_ID, secretKey: "wrong-secret-value" }) });
  const check = await call<pb.CheckRequest, pb.CheckResponse>(plugin.client, "checkConfig", checkRequest("urn:pulumi:dev::app::pulumi:providers:frontegg-native::p", { apiBaseUrl: emulator.url }));
  expect(check.getFailuresList()).toEqual([]);
  const failure = call(plugin.client, "configure", new pb.ConfigureRequest().setArgs(struct({ apiBaseUrl: emulator.url })));
  await expect(failure).rejects.toThrow(/the frontegg provider cannot connect/);
  const message = await failure.catch((error: Error) => error.message);
  expect(message).not.toContain("wrong-secret-value");
  expect(message).not.toMatch(/\n\s+at /);
});

it("unwraps secret inputs for the lifecycle and wraps secret properties again", async () => {
  const news = { tenantId: "acme", type: "oidc", ssoEndpoint: "https://login.acme.example", oidcClientId: "app", oidcSecret: secret("oidc-secret-1234") };
  const checked = await call<pb.CheckRequest, pb.CheckResponse>(configured.client, "check", checkRequest(SSO, news));
  expect(checked.getFailuresList()).toEqual([]);
  const inputs = checked.getInputs()!.toJavaScript() as Record<string, unknown>;
  expect(inputs.oidcSecret).toEqual(secret("oidc-secret-1234"));

  const created = await call<pb.CreateRequest, pb.CreateResponse>(configured.client, "create", new pb.CreateRequest().setUrn(SSO).setProperties(struct(inputs)));
  const outputs = created.getProperties()!.toJavaScript() as Record<string, { value?: string }>;
  expect(outputs.oidcSecret).toEqual(secret(expect.stringMatching(/^sha256:[0-9a-f]{64}$/)));
  expect(JSON.stringify(outputs)).not.toContain("oidc-secret-1234");
  expect(outputs.oidcClientId).toBe("app");
});

describe("roles", () => {
  let id: string;
  let outputs: Record<string, unknown>;

  beforeAll(async () => {
    const checked = await call<pb.CheckRequest, pb.CheckResponse>(configured.client, "check", checkRequest(ROLE, { key: "admin", name: "Admin", level: 1 }));
    const created = await call<pb.CreateRequest, pb.CreateResponse>(configured.client, "create", new pb.CreateRequest().setUrn(ROLE).setProperties(checked.getInputs()));
    id = created.getId();
    outputs = created.getProperties()!.toJavaScript() as Record<string, unknown>;
  });

  it("diffs property by property: a reordered set is no change, a tenant change replaces, deleting first", async () => {
    const withPermissions = { ...outputs, permissionIds: ["p1", "p2"] };
    const same = await call<pb.DiffRequest, pb.DiffResponse>(configured.client, "diff", diffRequest(ROLE, withPermissions, { ...withPermissions, permissionIds: ["p2", "p1"] }));
    expect(same.getChanges()).toBe(pb.DiffResponse.DiffChanges.DIFF_NONE);

    const renamed = await call<pb.DiffRequest, pb.DiffResponse>(configured.client, "diff", diffRequest(ROLE, outputs, { ...outputs, name: "Administrators" }));
    expect(renamed.getChanges()).toBe(pb.DiffResponse.DiffChanges.DIFF_SOME);
    expect(renamed.getHasdetaileddiff()).toBe(true);
    expect(renamed.toObject().detaileddiffMap).toEqual([["name", { kind: pb.PropertyDiff.Kind.UPDATE, inputdiff: false }]]);
    expect(renamed.getReplacesList()).toEqual([]);
    expect(renamed.getStablesList()).toContain("roleId");

    const moved = await call<pb.DiffRequest, pb.DiffResponse>(configured.client, "diff", diffRequest(ROLE, outputs, { ...outputs, tenantId: "acme" }));
    expect(moved.toObject().detaileddiffMap).toEqual([["tenantId", { kind: pb.PropertyDiff.Kind.ADD_REPLACE, inputdiff: false }]]);
    expect(moved.getReplacesList()).toEqual(["tenantId"]);
    expect(moved.getDeletebeforereplace()).toBe(true);
  });

  it("imports by id alone: the inputs and outputs of the object as Frontegg has it", async () => {
    const read = await call<pb.ReadRequest, pb.ReadResponse>(configured.client, "read", new pb.ReadRequest().setUrn(ROLE).setId(id));
    expect(read.getId()).toBe(id);
    expect(read.getProperties()!.toJavaScript()).toMatchObject({ roleId: id, key: "admin", name: "Admin", level: 1 });
    expect(read.getInputs()!.toJavaScript()).toEqual({ key: "admin", name: "Admin", description: "", level: 1, isDefault: false, firstUserRole: false, permissionIds: [] });
  });

  it("imports a tenant's role by <tenantId>/<id>", async () => {
    const [tenantRole] = await emulator.client().roles.create([{ key: "ops", name: "Ops", level: 3 }], { tenantId: "acme" });
    const read = await call<pb.ReadRequest, pb.ReadResponse>(configured.client, "read", new pb.ReadRequest().setUrn(ROLE).setId(`acme/${tenantRole!.id}`));
    expect(read.getId()).toBe(tenantRole!.id);
    expect(read.getInputs()!.toJavaScript()).toMatchObject({ key: "ops", tenantId: "acme" });
  });

  it("answers an empty id on refresh once the object is gone", async () => {
    await call(configured.client, "delete", new pb.DeleteRequest().setUrn(ROLE).setId(id).setProperties(struct(outputs)));
    const read = await call<pb.ReadRequest, pb.ReadResponse>(configured.client, "read", new pb.ReadRequest().setUrn(ROLE).setId(id).setProperties(struct(outputs)));
    expect(read.getId()).toBe("");
  });
});

it("fails an unknown resource type with one line, no stack", async () => {
  const failure = call(configured.client, "check", checkRequest("urn:pulumi:dev::app::frontegg-native:index:Gadget::g", {}));
  await expect(failure).rejects.toThrow(/the frontegg provider has no resource type frontegg-native:index:Gadget/);
  expect(await failure.catch((error: Error) => error.message)).not.toMatch(/\n\s+at /);
});

it("exits when the engine that started it is gone", async () => {
  // An address nothing listens on: a free port, closed again.
  const port = await new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port: free } = server.address() as { port: number };
      server.close(() => resolve(free));
    });
  });
  const plugin = await startPlugin(`127.0.0.1:${port}`);
  const code = await new Promise<number | null>((resolve) => plugin.process.once("exit", resolve));
  expect(code).toBe(1);
  expect(plugin.stderr()).toMatch(/the Pulumi engine is gone/);
});
