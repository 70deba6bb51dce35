import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const repo = path.resolve(__dirname, "../..");
const cli = path.join(repo, "dist/emulator/cli.js");
const SECRET = "cli-secret-do-not-print";

/** `npm test` builds first; when run alone, (re)build once if dist is missing or older than the sources. */
function ensureBuilt(): void {
  const newestSource = fs
    .readdirSync(path.join(repo, "emulator"), { recursive: true })
    .map(String)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => fs.statSync(path.join(repo, "emulator", name)).mtimeMs)
    .reduce((a, b) => Math.max(a, b), 0);
  if (fs.existsSync(cli) && fs.statSync(cli).mtimeMs >= newestSource) return;
  spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: repo, stdio: "ignore", timeout: 120_000 });
  if (!fs.existsSync(cli)) throw new Error("dist/emulator/cli.js is missing: run npm run build");
}

interface Running {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

function start(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Running> {
  const child = spawn(process.execPath, [cli, ...args], { env: { PATH: process.env.PATH, ...env } });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no URL line; stdout: ${stdout}; stderr: ${stderr}`));
    }, 10_000);
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      const match = /^Frontegg emulator listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => stdout + stderr, exited });
      }
    });
    exited.then((code) => reject(new Error(`exited ${code} before listening: ${stderr}`)));
  });
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { env: { PATH: process.env.PATH, ...env }, encoding: "utf8", timeout: 10_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const authenticate = (url: string, clientId: string, secret: string) =>
  fetch(`${url}/auth/vendor`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ clientId, secret }) });

describe("frontegg-emulator CLI", () => {
  jest.setTimeout(120_000);
  beforeAll(ensureBuilt);

  let directory: string;
  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), "frontegg-cli-"));
  });
  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

  it("prints exactly one line with its URL, serves, and exits 0 on SIGTERM", async () => {
    const emu = await start(["--port", "0", "--client-id", "cli-id", "--secret", SECRET]);
    const auth = await authenticate(emu.url, "cli-id", SECRET);
    expect(auth.status).toBe(200);
    const { token } = (await auth.json()) as { token: string };
    expect((await fetch(`${emu.url}/identity/resources/roles/v1`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    emu.child.kill("SIGTERM");
    expect(await emu.exited).toBe(0);
    expect(emu.output()).toBe(`Frontegg emulator listening on ${emu.url}\n`);
  });

  it("exits 0 on SIGINT", async () => {
    const emu = await start(["--port", "0", "--client-id", "cli-id", "--secret", SECRET]);
    emu.child.kill("SIGINT");
    expect(await emu.exited).toBe(0);
  });

  it("reads FRONTEGG_CLIENT_ID and FRONTEGG_SECRET_KEY when the flags are absent", async () => {
    const emu = await start(["--port", "0"], { FRONTEGG_CLIENT_ID: "env-id", FRONTEGG_SECRET_KEY: SECRET });
    try {
      expect((await authenticate(emu.url, "env-id", SECRET)).status).toBe(200);
    } finally {
      emu.child.kill("SIGTERM");
      await emu.exited;
    }
  });

  it("never prints the secret, even with --log", async () => {
    const emu = await start(["--port", "0", "--client-id", "cli-id", "--secret", SECRET, "--log"]);
    await authenticate(emu.url, "cli-id", SECRET);
    await authenticate(emu.url, "cli-id", "wrong");
    emu.child.kill("SIGTERM");
    await emu.exited;
    expect(emu.output()).not.toContain(SECRET);
  });

  it("persists to --state and reloads it on the next start", async () => {
    const state = path.join(directory, "state.json");
    const args = ["--port", "0", "--client-id", "cli-id", "--secret", SECRET, "--state", state];
    const first = await start(args);
    const { token } = (await (await authenticate(first.url, "cli-id", SECRET)).json()) as { token: string };
    await fetch(`${first.url}/identity/resources/roles/v1`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify([{ key: "from-cli", name: "CLI", level: 1 }]),
    });
    first.child.kill("SIGTERM");
    await first.exited;
    const second = await start(args);
    try {
      const dump = (await (await fetch(`${second.url}/_emulator/state`)).json()) as { roles: Array<{ key: string }> };
      expect(dump.roles.map((r) => r.key)).toContain("from-cli");
    } finally {
      second.child.kill("SIGTERM");
      await second.exited;
    }
  });

  it("prints usage for --help and exits 0", () => {
    const result = run(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: frontegg-emulator/);
  });

  it("exits 2 with a message for unknown flags, bad values and missing credentials", () => {
    const cases: Array<[string[], RegExp]> = [
      [["--bogus"], /Unknown option '--bogus'/],
      [["--port", "99999", "--client-id", "a", "--secret", "b"], /--port must be an integer/],
      [["--token-expires-in", "soon", "--client-id", "a", "--secret", "b"], /--token-expires-in must be an integer/],
      [["--secret", "b"], /missing --client-id/],
      [["--client-id", "a"], /missing --secret/],
    ];
    for (const [args, message] of cases) {
      const result = run(args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe("");
    }
  });

  it("exits 2 on a corrupt state file and leaves it as it was", () => {
    const state = path.join(directory, "state.json");
    fs.writeFileSync(state, "not json");
    const result = run(["--port", "0", "--client-id", "a", "--secret", SECRET, "--state", state]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("not usable");
    expect(result.stderr).not.toContain(SECRET);
    expect(fs.readFileSync(state, "utf8")).toBe("not json");
  });
});
