/**
 * Runs `pulumi` the way a user does: the real CLI, in a project directory, with real language hosts, reading the
 * project's own Pulumi.yaml and compiling its own program. Nothing goes through the Automation API.
 *
 * Every command runs in a clean environment: PATH holds the chosen CLI, the language hosts
 * (scripts/setup-language-hosts.sh), this test's Node.js and whatever the test adds (a plugin, a virtualenv);
 * HOME, PULUMI_HOME and the backend are fresh directories of the project's own.
 */
import { execFile, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pulumiCliPath } from "../../scripts/pulumi-cli";

const repo = join(__dirname, "..", "..");
export const PROJECT_PASSPHRASE = "project-test-passphrase";

/** What a command printed and how it ended. */
export interface CommandResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A project directory and the shell a user would type in. */
export interface Project {
  /** The directory the commands run in. */
  readonly dir: string;
  /** The environment every command gets (tests may add to it). */
  readonly env: Record<string, string>;
  /** Runs one command line in `bash` in {@link dir} (or `cwd`, relative to it); rejects unless it exits 0. */
  sh(line: string, options?: { env?: Record<string, string>; cwd?: string; allowFailure?: boolean }): Promise<CommandResult>;
  /** Every file of the project's backend, concatenated: what sits on disk. */
  backendText(): string;
  dispose(): void;
}

let hosts: string | undefined;

/** The directory holding the language hosts, built once (scripts/setup-language-hosts.sh). */
export function languageHostsDir(): string {
  hosts ??= execFileSync("bash", [join(repo, "scripts", "setup-language-hosts.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], timeout: 900_000 })
    .trim()
    .split("\n")
    .pop()!;
  return hosts;
}

/**
 * The generated Python SDK installed into `dir/site-packages` as `pip install ./sdk/python` leaves it (with the
 * metadata it reads its version from), with the Python of scripts/setup-python.sh's virtualenv (pulumi from
 * PyPI). pip builds from a copy in `dir`: a build in sdk/python itself would leave build/ and egg-info in the
 * checkout, and suites running side by side would build there at once. The shared virtualenv is never changed.
 */
export function installPythonSdk(dir: string): { python: string; sitePackages: string } {
  const python = execFileSync("bash", [join(repo, "scripts", "setup-python.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], timeout: 300_000 }).trim().split("\n").pop()!;
  const source = join(dir, "sdk-source");
  cpSync(join(repo, "sdk", "python"), source, { recursive: true });
  const sitePackages = join(dir, "site-packages");
  // No build isolation: the virtualenv has setuptools (scripts/setup-python.sh), so the build needs no index.
  execFileSync(python, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps", "--no-build-isolation", "--target", sitePackages, source]);
  return { python, sitePackages };
}

/**
 * Makes `project` a Python project on the generated SDK ({@link installPythonSdk}) and returns the environment
 * its commands need: the v3.68 Python host ignores `runtime.options.virtualenv`, so the virtualenv is activated.
 */
export function pythonProject(project: Project): Record<string, string> {
  const { python, sitePackages } = installPythonSdk(join(project.dir, ".."));
  const venv = dirname(dirname(python));
  return { PATH: `${join(venv, "bin")}:${project.env.PATH}`, VIRTUAL_ENV: venv, PYTHONPATH: sitePackages };
}

/** The Pulumi CLI `npm run setup:pulumi` chose. */
export function pulumiCli(): string {
  const cli = pulumiCliPath();
  if (!cli) throw new Error("No Pulumi CLI recorded: run `npm run setup:pulumi` (npm test does) before the project tests");
  return cli;
}

/**
 * A new project directory. `inRepo` places it under the checkout's .test-stacks, where `pulumi-frontegg`
 * resolves to this checkout as it does for the examples; otherwise it is a fresh directory outside any package,
 * as a user's new project is.
 */
export function newProject(name: string, options: { inRepo: boolean; pathPrefix?: readonly string[]; withoutNode?: boolean }): Project {
  const root = options.inRepo ? join(repo, ".test-stacks") : tmpdir();
  mkdirSync(root, { recursive: true });
  const base = mkdtempSync(join(root, `${name}-`));
  const dir = join(base, "project");
  const home = join(base, "home");
  mkdirSync(dir);
  mkdirSync(home);
  mkdirSync(join(base, "backend"));
  const cli = pulumiCli();
  const env: Record<string, string> = {
    ...machineNetworkSettings(),
    PATH: [...(options.pathPrefix ?? []), dirname(cli), languageHostsDir(), ...(options.withoutNode ? [systemToolsWithoutNode(join(base, "tools"))] : [dirname(process.execPath), ...SYSTEM_BIN_DIRS])].join(":"),
    HOME: home,
    // npm's cache is the user's, not the fresh HOME's, so installs in a project reuse what `npm ci` fetched.
    npm_config_cache: process.env.npm_config_cache ?? join(homedir(), ".npm"),
    npm_config_update_notifier: "false",
    npm_config_fund: "false",
    npm_config_audit: "false",
    // Pulumi resolves `pulumi login --local` (file://~) through the passwd entry, not HOME: the backend is named
    // here instead, which wins over any login, so a test's stacks never land in the machine's own ~/.pulumi.
    PULUMI_BACKEND_URL: `file://${join(base, "backend")}`,
    PULUMI_HOME: join(home, ".pulumi"),
    PULUMI_CONFIG_PASSPHRASE: PROJECT_PASSPHRASE,
    PULUMI_SKIP_UPDATE_CHECK: "true",
    // `pulumi up` and `destroy` ask before they act when a person is at the terminal; the test answers yes.
    PULUMI_SKIP_CONFIRMATIONS: "true",
    LANG: "C.UTF-8",
    TMPDIR: process.env.TMPDIR ?? tmpdir(),
  };
  return {
    dir,
    env,
    sh: (line, opts = {}) =>
      new Promise((resolve, reject) => {
        const cwd = opts.cwd ? join(dir, opts.cwd) : dir;
        // No one types at the terminal: stdin is closed, so nothing waits for an answer.
        const child = execFile("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", line], { cwd, env: { ...env, ...opts.env }, maxBuffer: 256 * 1024 * 1024, timeout: 600_000 }, (error, stdout, stderr) => {
          const status = error ? (typeof error.code === "number" ? error.code : -1) : 0;
          const result = { status, stdout, stderr };
          if (status !== 0 && !opts.allowFailure) reject(new Error(`\`${line}\` in ${cwd} exited ${status}:\n${stdout}\n${stderr}`));
          else resolve(result);
        });
        child.stdin?.end();
      }),
    backendText: () => filesUnder(join(base, "backend")).map((file) => readFileSync(file, "utf8")).join("\n"),
    dispose: () => rmSync(base, { recursive: true, force: true }),
  };
}

const SYSTEM_BIN_DIRS = ["/usr/local/bin", "/usr/bin", "/bin"];
const NODE_COMMANDS = new Set(["node", "nodejs", "npm", "npx", "corepack"]);

/**
 * A directory of links to the system's commands except Node.js's: the machine may have a node in /usr/bin, and a
 * machine without Node.js is what the caller means. The first directory holding a name wins, as on PATH.
 */
function systemToolsWithoutNode(dir: string): string {
  mkdirSync(dir);
  const linked = new Set<string>(NODE_COMMANDS);
  for (const bin of SYSTEM_BIN_DIRS) {
    for (const entry of existsSync(bin) ? readdirSync(bin) : []) {
      if (linked.has(entry)) continue;
      linked.add(entry);
      symlinkSync(join(bin, entry), join(dir, entry));
    }
  }
  return dir;
}

/**
 * The machine's settings for reaching package registries (proxies, extra CA certificates, pip's options): a user's
 * shell has them, and `npm install` or `pip install` without them can hang on TLS instead of failing.
 */
function machineNetworkSettings(): Record<string, string> {
  const wanted = /^(https?_proxy|no_proxy|all_proxy|NODE_EXTRA_CA_CERTS|SSL_CERT_(FILE|DIR)|[A-Z_]*CA_BUNDLE|PIP_[A-Z_]+|npm_config_(registry|cafile|proxy|https_proxy|strict_ssl))$/i;
  return Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => wanted.test(entry[0]) && entry[1] !== undefined));
}

/** Every file below `dir` (none when it does not exist). */
export function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  } catch {
    return [];
  }
}

/**
 * The commands of the first ```sh block after `marker` in a Markdown file, one per line, comments dropped, with
 * `<placeholders>` filled from `values`; a placeholder without a value fails, so the README cannot grow a step the
 * test does not fill in.
 */
export function commandsAfter(markdownFile: string, marker: string, values: Readonly<Record<string, string>> = {}): string[] {
  const text = readFileSync(markdownFile, "utf8");
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`${markdownFile} no longer says "${marker}"`);
  const block = /```sh\n([\s\S]*?)```/.exec(text.slice(at));
  if (!block) throw new Error(`${markdownFile}: no sh block after "${marker}"`);
  return block[1]!
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) =>
      line.replace(/<([^>]+)>/g, (_, name: string) => {
        if (!(name in values)) throw new Error(`${markdownFile}: the step \`${line}\` has a placeholder <${name}> the test does not fill in`);
        return values[name]!;
      }),
    );
}

/** Where a sequence of steps stands, as one shell session would: its directory and the stack last chosen. */
export interface Session {
  cwd: string;
  stack?: string;
}

/**
 * Runs documented steps as one shell session: `cd DIR` moves the session (relative to the project), `pulumi stack
 * init|select NAME` chooses the stack whose environment `envFor` gives the following steps. Resolves to each
 * step's output, in order.
 */
export async function runSteps(project: Project, steps: readonly string[], session: Session, envFor: (stack: string | undefined) => Record<string, string>): Promise<string[]> {
  const outputs: string[] = [];
  for (const step of steps) {
    const cd = /^cd (\S+)$/.exec(step);
    if (cd) {
      session.cwd = join(session.cwd, cd[1]!);
      continue;
    }
    for (const match of step.matchAll(/pulumi stack (?:init|select) (\w+)/g)) session.stack = match[1];
    outputs.push((await project.sh(step, { cwd: session.cwd, env: envFor(session.stack) })).stdout);
  }
  return outputs;
}
