/**
 * The native plugin's Invoke: through NativeProvider, and over gRPC as the engine calls it (the built plugin,
 * Pulumi's own stubs). Each provider instance reads the environment it was configured for; argument problems come
 * back as failures naming the property; an unknown token and a missing key fail with a message, never a stack or
 * a secret.
 */
import { ChildProcess, spawn } from "node:child_process";
import { createServer, Server } from "node:net";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { ResourceProviderClient } from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as pb from "@pulumi/pulumi/proto/provider_pb";
import { NativeProvider } from "../../provider/native/provider";
import { FUNCTION_DEFINITIONS } from "../../provider/functions";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";

jest.setTimeout(60_000);

const MAIN = join(__dirname, "..", "..", "dist", "provider", "native", "main.js");
const secret = (value: unknown) => ({ "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value });

let first: TestEmulator;
let second: TestEmulator;

beforeAll(async () => {
  [first, second] = await Promise.all([useEmulator(), useEmulator()]);
});
afterAll(() => Promise.all([first.stop(), second.stop()]));

async function configured(emulator: TestEmulator): Promise<NativeProvider> {
  const provider = new NativeProvider({ env: {} });
  await provider.configure({ clientId: CLIENT_ID, secretKey: secret(SECRET), apiBaseUrl: emulator.url });
  return provider;
}

describe("NativeProvider.invoke", () => {
  it("answers each instance from the environment it was configured for", async () => {
    const [a, b] = await Promise.all([configured(first), configured(second)]);
    const adminA = (await first.client().roles.list()).find((r) => r.key === "Admin")!.id;
    const adminB = (await second.client().roles.list()).find((r) => r.key === "Admin")!.id;
    expect(adminA).not.toBe(adminB);
    expect((await a.invoke("frontegg-native:index:getRole", { key: "Admin" })).result).toMatchObject({ id: adminA });
    expect((await b.invoke("frontegg-native:index:getRole", { key: "Admin" })).result).toMatchObject({ id: adminB });
  });

  it("reports arguments the schema refuses as failures naming the property", async () => {
    const provider = await configured(first);
    expect(await provider.invoke("frontegg-native:index:getPermissions", { keys: "fe.secure.read.users" })).toEqual({
      failures: [{ property: "keys", reason: expect.stringMatching(/^getPermissions: argument keys: /) }],
    });
  });

  it("fails on a token it does not serve, and before it is configured, saying what to do", async () => {
    const provider = await configured(first);
    await expect(provider.invoke("frontegg-native:index:getNothing", {})).rejects.toThrow(
      "the frontegg provider has no function frontegg-native:index:getNothing: the installed plugin may be older than the program",
    );
    await expect(new NativeProvider({ env: {} }).invoke("frontegg-native:index:getRole", { key: "Admin" })).rejects.toThrow("used before it was configured");
  });

  it("serves every function the registry declares", async () => {
    const provider = await configured(first);
    await first.client().tenants.create({ tenantId: "acme", name: "ACME" });
    const args: Record<keyof typeof FUNCTION_DEFINITIONS, Record<string, unknown>> = {
      getRole: { key: "Admin" },
      getRoles: {},
      getPermission: { key: "fe.secure.read.users" },
      getPermissions: {},
      getPermissionCategory: { name: (await first.client().categories.list())[0]!.name },
      getFeature: { key: "absent" },
      getFeatures: {},
      getPlan: { name: "absent" },
      getApplication: { name: "absent" },
      getSsoConfigurations: { tenantId: "acme" },
    };
    for (const [name, a] of Object.entries(args)) {
      const outcome = provider.invoke(`frontegg-native:index:${name}`, a);
      // A lookup of something absent fails naming it; everything else answers.
      if (a.key === "absent" || a.name === "absent") await expect(outcome).rejects.toThrow(`${name}: no `);
      else expect((await outcome).result).toBeDefined();
    }
  });
});

describe("Invoke over gRPC", () => {
  let engine: Server;
  let child: ChildProcess;
  let client: ResourceProviderClient;

  beforeAll(async () => {
    engine = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => engine.listen(0, "127.0.0.1", resolve));
    child = spawn(process.execPath, [MAIN, `127.0.0.1:${(engine.address() as { port: number }).port}`], { env: { PATH: process.env.PATH ?? "" }, stdio: ["ignore", "pipe", "pipe"] });
    const port = await new Promise<string>((resolve) => child.stdout!.once("data", (chunk: Buffer) => resolve(chunk.toString().trim())));
    client = new ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    await unary("configure", new pb.ConfigureRequest().setArgs(Struct.fromJavaScript({ clientId: CLIENT_ID, secretKey: secret(SECRET), apiBaseUrl: second.url } as never)));
  });
  afterAll(() => {
    client?.close();
    child?.kill();
    engine?.close();
  });

  function unary<Req, Res>(method: string, request: Req): Promise<Res> {
    return new Promise((resolve, reject) => {
      (client as unknown as Record<string, (r: Req, cb: (e: grpc.ServiceError | null, r: Res) => void) => void>)[method]!.call(client, request, (error, response) =>
        error ? reject(error) : resolve(response),
      );
    });
  }

  const invoke = (tok: string, args: Record<string, unknown>) =>
    unary<pb.InvokeRequest, pb.InvokeResponse>("invoke", new pb.InvokeRequest().setTok(tok).setArgs(Struct.fromJavaScript(args as never)));

  it("returns the result as a Struct, read from the configured environment, with no secret in it", async () => {
    const response = await invoke("frontegg-native:index:getPermissions", { keys: ["fe.secure.read.users"] });
    const id = (await second.client().permissions.list()).find((p) => p.key === "fe.secure.read.users")!.id;
    expect(response.getFailuresList()).toEqual([]);
    expect(response.getReturn()!.toJavaScript()).toMatchObject({ ids: { "fe.secure.read.users": id } });
    expect(JSON.stringify(response.getReturn()!.toJavaScript())).not.toContain(SECRET);
  });

  it("returns argument problems as failures, and a missing key as an error naming it, without a stack", async () => {
    const failed = await invoke("frontegg-native:index:getRole", {});
    expect(failed.getFailuresList().map((f) => f.getProperty())).toEqual(["key"]);
    const error = await invoke("frontegg-native:index:getRoles", { keys: ["ghost", "Admin", "phantom"] }).catch((e: grpc.ServiceError) => e);
    expect((error as grpc.ServiceError).details).toMatch(/^getRoles: no role with key "ghost", "phantom" in the Frontegg environment/);
    expect((error as grpc.ServiceError).details).not.toMatch(/\n\s+at /);
  });
});
