/** The plugin's engine watchdog: when it starts, what counts as "the engine is gone", and that it really exits. */
import { ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer, Server } from "node:net";
import { join } from "node:path";
import { processRunning } from "../../cli/file-backend";
import {
  connectionRefused,
  engineAddressFrom,
  isDynamicProviderHost,
  startEngineWatchdog,
  watchEngineIfProviderHost,
} from "../../provider/engine-watchdog";

describe("where the watchdog runs", () => {
  it("recognises Pulumi's dynamic provider host as the main module, on POSIX and Windows paths", () => {
    expect(isDynamicProviderHost("/p/node_modules/@pulumi/pulumi/cmd/dynamic-provider/index.js")).toBe(true);
    expect(isDynamicProviderHost("C:\\p\\node_modules\\@pulumi\\pulumi\\cmd\\dynamic-provider\\index.js")).toBe(true);
  });

  it("stays off in jest workers, the command line and user programs", () => {
    expect(isDynamicProviderHost(undefined)).toBe(false);
    expect(isDynamicProviderHost("/p/node_modules/jest-worker/build/workers/processChild.js")).toBe(false);
    expect(isDynamicProviderHost("/p/node_modules/pulumi-frontegg/dist/cli/index.js")).toBe(false);
    expect(isDynamicProviderHost("/home/me/infra/index.js")).toBe(false);
    expect(isDynamicProviderHost("/p/node_modules/@pulumi/pulumi/cmd/run/index.js")).toBe(false);
    expect(watchEngineIfProviderHost(require.main?.filename, ["node", "x", "127.0.0.1:1"])).toBeUndefined();
  });

  it("reads the engine address from the plugin's first argument", () => {
    expect(engineAddressFrom(["node", "index.js", "127.0.0.1:41234"])).toEqual({ host: "127.0.0.1", port: 41234 });
    expect(engineAddressFrom(["node", "index.js", "[::1]:5000", "extra"])).toEqual({ host: "::1", port: 5000 });
    expect(engineAddressFrom(["node", "index.js", "41234"])).toEqual({ host: "127.0.0.1", port: 41234 });
    expect(engineAddressFrom(["node", "index.js"])).toBeUndefined();
    expect(engineAddressFrom(["node", "index.js", "--flag"])).toBeUndefined();
    expect(engineAddressFrom(["node", "index.js", "127.0.0.1:99999"])).toBeUndefined();
  });
});

describe("when the engine counts as gone", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());
  const address = { host: "127.0.0.1", port: 1 };

  it("when the parent process changes", () => {
    let parent = 100;
    const onGone = jest.fn();
    startEngineWatchdog({ parentPid: () => parent, onGone, refused: async () => false, engineAddress: address });
    jest.advanceTimersByTime(1000);
    expect(onGone).not.toHaveBeenCalled();
    parent = 1;
    jest.advanceTimersByTime(250);
    expect(onGone).toHaveBeenCalledTimes(1);
    expect(onGone.mock.calls[0]![0]).toMatch(/parent process 100 exited/);
    jest.advanceTimersByTime(5000);
    expect(onGone).toHaveBeenCalledTimes(1);
  });

  it("when the engine's address refuses connections twice in a row, not once", async () => {
    const answers = [true, false, true, true];
    const onGone = jest.fn();
    startEngineWatchdog({ parentPid: () => 100, onGone, refused: async () => answers.shift() ?? false, engineAddress: address });
    for (let i = 0; i < 3; i++) await jest.advanceTimersByTimeAsync(500);
    expect(onGone).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(500);
    expect(onGone).toHaveBeenCalledTimes(1);
    expect(onGone.mock.calls[0]![0]).toMatch(/refuses connections/);
  });

  it("never while the engine is slow: a probe that has not answered is not a refusal, and probes do not pile up", async () => {
    const onGone = jest.fn();
    const refused = jest.fn(() => new Promise<boolean>(() => undefined));
    startEngineWatchdog({ parentPid: () => 100, onGone, refused, engineAddress: address });
    await jest.advanceTimersByTimeAsync(10_000);
    expect(refused).toHaveBeenCalledTimes(1);
    expect(onGone).not.toHaveBeenCalled();
  });

  it("not after stop", () => {
    let parent = 100;
    const onGone = jest.fn();
    startEngineWatchdog({ parentPid: () => parent, onGone }).stop();
    parent = 1;
    jest.advanceTimersByTime(1000);
    expect(onGone).not.toHaveBeenCalled();
  });
});

describe("probing the engine's address", () => {
  let server: Server;
  beforeAll(async () => {
    server = createServer((socket) => socket.destroy()).listen(0, "127.0.0.1");
    await once(server, "listening");
  });
  afterAll(() => server.close());

  it("is not refused while something listens, and refused once it stops", async () => {
    const port = (server.address() as { port: number }).port;
    expect(await connectionRefused({ host: "127.0.0.1", port })).toBe(false);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await connectionRefused({ host: "127.0.0.1", port })).toBe(true);
  });
});

describe("a real orphaned process", () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  });

  /**
   * An intermediate process (standing in for the engine) starts a node process running the watchdog with its real
   * defaults, then is killed with SIGKILL: the orphan must exit by itself.
   */
  it("exits by itself when its parent is SIGKILLed", async () => {
    const watchdog = join(__dirname, "..", "..", "provider", "engine-watchdog.ts");
    const orphanScript = `require(${JSON.stringify(watchdog)}).startEngineWatchdog(); console.log(process.pid); setInterval(() => {}, 1000);`;
    const engineScript = `
      const { spawn } = require("node:child_process");
      const orphan = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", ${JSON.stringify(orphanScript)}], { stdio: ["ignore", "pipe", "inherit"], detached: true });
      orphan.stdout.once("data", (pid) => console.log(String(pid).trim()));
      setInterval(() => {}, 1000);`;
    const engine = spawn(process.execPath, ["-e", engineScript], { stdio: ["ignore", "pipe", "pipe"], cwd: join(__dirname, "..", "..") });
    children.push(engine);
    const [line] = (await once(engine.stdout!, "data")) as [Buffer];
    const orphanPid = Number(String(line).trim());
    expect(processRunning(orphanPid)).toBe(true);

    engine.kill("SIGKILL");
    await once(engine, "exit");
    // Bounded wait: the watchdog checks every 250 ms; 10 s only guards against a hung test.
    for (let waited = 0; processRunning(orphanPid) && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(processRunning(orphanPid)).toBe(false);
  }, 30_000);
});
