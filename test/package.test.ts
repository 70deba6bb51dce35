import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/**
 * What `npm pack` would publish, read from npm itself (no network: --dry-run only lists), and what a project
 * without the emulator's server packages gets: the SDK loads, the emulator names the install command.
 */
const repo = path.resolve(__dirname, "..");
const manifest = JSON.parse(fs.readFileSync(path.join(repo, "package.json"), "utf8")) as {
  version: string;
  license: string;
  bin: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
};
const SERVER_PACKAGES = ["fastify", "ajv", "ajv-formats"];

function packedFiles(): string[] {
  if (!fs.existsSync(path.join(repo, "dist/sdk/index.js"))) throw new Error("dist is missing: run npm run build");
  const result = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: repo,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, npm_config_offline: "true", npm_config_update_notifier: "false" },
  });
  if (result.status !== 0) throw new Error(`npm pack --dry-run failed: ${result.stderr}`);
  const [pack] = JSON.parse(result.stdout) as [{ files: { path: string }[] }];
  return pack.files.map((file) => file.path).sort();
}

describe("the published package", () => {
  let files: string[];
  beforeAll(() => {
    files = packedFiles();
  }, 60_000);

  it("ships the build, the schema, the docs, README, LICENSE and CHANGELOG", () => {
    for (const required of ["package.json", "README.md", "LICENSE", "CHANGELOG.md", "schema.json", "docs/README.md", "emulator/spec/frontegg-openapi.json"]) {
      expect(files).toContain(required);
    }
    expect(fs.readFileSync(path.join(repo, "LICENSE"), "utf8")).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
    expect(manifest.license).toBe("Apache-2.0");
    // The section of this version, which `npm run release` also demands (scripts/release/versions.js).
    expect(fs.readFileSync(path.join(repo, "CHANGELOG.md"), "utf8")).toContain(`\n## [${manifest.version}] - `);
  });

  it("ships every bin and export target", () => {
    const targets = [
      ...Object.values(manifest.bin),
      ...Object.values(manifest.exports).flatMap((target) => (typeof target === "string" ? [target] : Object.values(target))),
    ].map((target) => path.posix.normalize(target));
    for (const target of targets) expect(files).toContain(target);
  });

  it("ships no tests, sources, scripts, examples or build leftovers", () => {
    const unwanted = files.filter(
      (file) =>
        /^(test|bench|scripts|examples|sdk|provider|cli|node_modules|\.ci|\.demo)\//.test(file) ||
        (file.startsWith("emulator/") && !file.startsWith("emulator/spec/")) ||
        /^dist\/(test|bench|scripts)\//.test(file) ||
        /\.test\.(js|d\.ts|js\.map)$/.test(file) ||
        (file.endsWith(".ts") && !file.endsWith(".d.ts")) ||
        /^(tsconfig.*|jest\.config\.js|Pulumi\.yaml|package-lock\.json)$/.test(file),
    );
    expect(unwanted).toEqual([]);
  });

  it("ships only source maps whose sources resolve, inline or in the package", () => {
    const maps = files.filter((file) => file.endsWith(".js.map"));
    expect(maps.length).toBeGreaterThan(0);
    const unresolved: string[] = [];
    for (const map of maps) {
      const parsed = JSON.parse(fs.readFileSync(path.join(repo, map), "utf8")) as { file: string; sources: string[]; sourcesContent?: (string | null)[] };
      if (!files.includes(path.posix.join(path.posix.dirname(map), parsed.file))) unresolved.push(`${map}: file ${parsed.file}`);
      parsed.sources.forEach((source, index) => {
        const inline = typeof parsed.sourcesContent?.[index] === "string";
        const shipped = files.includes(path.posix.normalize(path.posix.join(path.posix.dirname(map), source)));
        if (!inline && !shipped) unresolved.push(`${map}: ${source}`);
      });
    }
    expect(unresolved).toEqual([]);
  });

  it("leaves the emulator's server packages to the projects that run it", () => {
    for (const name of SERVER_PACKAGES) {
      expect(manifest.dependencies[name]).toBeUndefined();
      expect(manifest.peerDependencies[name]).toEqual(expect.any(String));
      expect(manifest.peerDependenciesMeta[name]).toEqual({ optional: true });
    }
  });
});

describe("a project without fastify, ajv and ajv-formats", () => {
  let preload: string;
  // Makes the three packages unresolvable, as in a project that installed only pulumi-frontegg.
  beforeAll(() => {
    preload = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pulumi-frontegg-package-")), "without-server-packages.js");
    fs.writeFileSync(
      preload,
      `const Module = require("node:module");
const blocked = ${JSON.stringify(SERVER_PACKAGES)};
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (blocked.some((name) => request === name || request.startsWith(name + "/"))) {
    const error = new Error("Cannot find module '" + request + "'");
    error.code = "MODULE_NOT_FOUND";
    throw error;
  }
  return resolve.call(this, request, ...rest);
};
`,
    );
  });
  afterAll(() => fs.rmSync(path.dirname(preload), { recursive: true, force: true }));

  const node = (args: string[]) =>
    spawnSync(process.execPath, ["--require", preload, ...args], { cwd: repo, encoding: "utf8", timeout: 30_000, env: { PATH: process.env.PATH } });

  it("loads the SDK, the native classes and the provider", () => {
    const result = node([
      "-e",
      `for (const entry of ["./dist/sdk/index.js", "./dist/sdk/native/index.js", "./dist/provider/index.js"]) require(entry);
       let blocked = false; try { require("fastify"); } catch { blocked = true; }
       if (!blocked) throw new Error("fastify still resolves");
       console.log("loaded");`,
    ]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("loaded\n");
  }, 30_000);

  it("gets one line naming the install command from frontegg-emulator, and exit code 1", () => {
    const result = node(["dist/emulator/cli.js", "--client-id", "dev", "--secret", "dev-secret"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    const ranges = SERVER_PACKAGES.map((name) => `${name}@${manifest.peerDependencies[name]}`).join(" ");
    expect(result.stderr).toBe(
      "frontegg-emulator: the emulator needs fastify, ajv, ajv-formats, which pulumi-frontegg does not install for SDK users; " +
        `install them in your project: npm install --save-dev ${ranges}\n`,
    );
  }, 30_000);

  it("still gets frontegg-emulator --help", () => {
    const result = node(["dist/emulator/cli.js", "--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: frontegg-emulator/);
  }, 30_000);

  it("gets the install command, not a stack, from require('pulumi-frontegg/emulator')", () => {
    const result = node(["-e", `try { require("./dist/emulator/index.js"); } catch (error) { console.log(error.message); }`]);
    expect(result.stdout).toMatch(/^pulumi-frontegg\/emulator: the emulator needs fastify, ajv, ajv-formats, .*npm install --save-dev fastify@\S+ ajv@\S+ ajv-formats@\S+\n$/);
  }, 30_000);
});
