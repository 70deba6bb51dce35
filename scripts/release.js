#!/usr/bin/env node
/**
 * Every artefact of a release from this checkout, by one command (`npm run release`), into dist/release/v<version>/:
 *
 *   <npm package>-<version>.tgz                              `npm pack`: what `npm publish` uploads
 *   <python package>-<version>.tar.gz, ...-py3-none-any.whl  the Python SDK's sdist and wheel (`python -m build`)
 *   pulumi-resource-<name>-v<version>-<os>-<arch>.tar.gz      the plugin archives (scripts/build-plugin.js)
 *   manifest.json                                            version, tags, and each file's bytes and sha256
 *   SHA256SUMS                                               `sha256sum -c SHA256SUMS` verifies every file above
 *
 * The Go SDK is published by tags, not files: its module layout is checked, it is built and vetted, and the tags
 * to push are printed (scripts/release/go-module.js says why they are spelled so).
 *
 * Before anything is built: the versions are in step (scripts/release/versions.js) and the Go module's layout
 * agrees with schema.json. Then `npm run build`, then the generated files are not stale (schema and SDKs `--check`),
 * then `go build` and `go vet` of the Go SDK.
 *
 *   node scripts/release.js [--check] [--platforms all|linux-amd64,...] [--out DIR] [--built]
 *
 * `--check` runs the checks and builds no artefact. `--platforms` goes to scripts/build-plugin.js (default `all`;
 * the tests build only this machine's). `--out` replaces dist/release/v<version>, which is emptied first.
 * `--built` skips `npm run build` when dist/ is already this checkout's build: the tests run beside suites that
 * load dist/, which a rebuild deletes first (`npm test` builds before any suite runs).
 */
"use strict";
const { execFileSync } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { versionProblems } = require("./release/versions");
const { goModuleLayout, buildGoModule } = require("./release/go-module");

const repo = path.join(__dirname, "..");

function say(message) {
  process.stderr.write(`release: ${message}\n`);
}

class ReleaseError extends Error {}

function parseArgs(argv) {
  const options = { check: false, platforms: "all", out: undefined, built: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--check") options.check = true;
    else if (arg === "--built") options.built = true;
    else if (arg === "--platforms" && argv[i + 1]) options.platforms = argv[++i];
    else if (arg === "--out" && argv[i + 1]) options.out = path.resolve(argv[++i]);
    else throw new ReleaseError(`unknown argument ${arg}: use --check, --platforms all|LIST, --out DIR, --built`);
  }
  return options;
}

function readJson(relative) {
  return JSON.parse(fs.readFileSync(path.join(repo, relative), "utf8"));
}

/** Runs a command; on failure throws with what it printed, so the message says which step broke and why. */
function run(step, command, args, options = {}) {
  try {
    return execFileSync(command, args, { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024, ...options });
  } catch (error) {
    const output = [error.stdout, error.stderr].filter(Boolean).join("\n").trim();
    throw new ReleaseError(`${step} failed (\`${[command, ...args].join(" ")}\`):\n${output || error.message}`);
  }
}

/** The checks, in order; returns what the artefacts need (the Go module's tags). */
function check({ built }) {
  const pkg = readJson("package.json");
  let problems;
  try {
    problems = versionProblems(repo);
  } catch (error) {
    throw new ReleaseError(error.message);
  }
  if (problems.length > 0) {
    throw new ReleaseError(
      `the versions are not in step with package.json's ${pkg.version}:\n${problems.map((p) => `  - ${p}`).join("\n")}\n` +
        "Set the version in package.json only, then run the commands named above; nothing was built.",
    );
  }
  const schema = readJson("schema.json");
  const go = goModuleLayout(repo, { version: pkg.version, repositoryUrl: pkg.repository?.url, importBasePath: schema.language?.go?.importBasePath });
  if (go.problems.length > 0) throw new ReleaseError(`the Go SDK's module layout is wrong:\n${go.problems.map((p) => `  - ${p}`).join("\n")}`);
  say(`versions in step at ${pkg.version}; Go module ${go.modulePath} in ${go.dir}`);

  if (!built) run("the build", "npm", ["run", "--silent", "build"]);
  run("the schema check (run `npm run schema`)", process.execPath, [path.join(repo, "scripts", "generate-schema.js"), "--check"]);
  run("the SDK check (run `npm run sdk`)", process.execPath, [path.join(repo, "scripts", "generate-sdks.js"), "--check"]);
  say("schema.json, docs and the SDKs match the definitions");
  try {
    buildGoModule(repo, go.dir);
  } catch (error) {
    throw new ReleaseError(error.message);
  }
  say(`the Go SDK builds and vets (${go.modulePath}/...)`);
  return { version: pkg.version, npmName: pkg.name, schema, go };
}

/** `npm pack` into `out`; returns the tarball's name. */
function packNpm(out) {
  const [packed] = JSON.parse(run("npm pack", "npm", ["pack", "--json", "--loglevel=error", "--pack-destination", out]));
  return packed.filename;
}

/**
 * The Python SDK's sdist and wheel into `out`, built from a copy (a build in sdk/python would leave build/ and
 * egg-info in the checkout) with the cached virtualenv's `build` and setuptools, without isolation, so no index
 * is asked. Returns their names.
 */
function buildPython(out, packageName) {
  const python = run("scripts/setup-python.sh", "bash", [path.join(repo, "scripts", "setup-python.sh")]).trim().split("\n").pop();
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "release-python-"));
  const staging = path.join(copy, "dist");
  try {
    const leftovers = /(^|[\\/])(__pycache__|build|dist|[^\\/]*\.egg-info)$/;
    fs.cpSync(path.join(repo, "sdk", "python"), path.join(copy, "sdk"), { recursive: true, filter: (source) => !leftovers.test(source) });
    run("the Python build", python, ["-m", "build", "--no-isolation", "--sdist", "--wheel", "--outdir", staging, path.join(copy, "sdk")]);
    const built = fs.readdirSync(staging);
    const sdist = built.find((file) => file.endsWith(".tar.gz"));
    const wheel = built.find((file) => file.endsWith(".whl"));
    if (built.length !== 2 || !sdist || !wheel || !wheel.startsWith(`${packageName}-`)) {
      throw new ReleaseError(`python -m build wrote ${built.join(", ")}, not one sdist and one wheel of ${packageName}`);
    }
    for (const file of built) fs.copyFileSync(path.join(staging, file), path.join(out, file));
    return [sdist, wheel];
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

/** The plugin archives of `platforms` into `out` (scripts/build-plugin.js names each platform it skips). */
function buildPlugins(out, platforms) {
  const printed = run("the plugin archives", process.execPath, [path.join(repo, "scripts", "build-plugin.js"), "--platforms", platforms, "--out", out], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return printed.trim().split("\n").filter(Boolean).map((archive) => path.basename(archive));
}

function sha256(file) {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** manifest.json, then SHA256SUMS over every file including the manifest, in `sha256sum`'s text format. */
function writeChecksums(out, release, files) {
  const entries = [...files].sort().map((file) => ({ file, bytes: fs.statSync(path.join(out, file)).size, sha256: sha256(path.join(out, file)) }));
  const manifest = { version: release.version, tags: [release.go.tags.repository, release.go.tags.module], files: entries };
  fs.writeFileSync(path.join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  const summed = [...entries, { file: "manifest.json", sha256: sha256(path.join(out, "manifest.json")) }];
  fs.writeFileSync(path.join(out, "SHA256SUMS"), summed.map((entry) => `${entry.sha256}  ${entry.file}\n`).join(""));
  return entries;
}

function megabytes(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

function main() {
  const started = Date.now();
  const options = parseArgs(process.argv.slice(2));
  const release = check(options);
  const { version, go } = release;
  const tagLines = [
    `  git tag ${go.tags.repository} && git tag ${go.tags.module} && git push origin ${go.tags.repository} ${go.tags.module}`,
    `  (${go.tags.repository}: the GitHub release the plugin archives go on; ${go.tags.module}: what \`go get ${go.modulePath}/${go.packageDir}@${go.tags.repository}\` resolves)`,
  ];
  if (options.check) {
    say(`every check passed; the release's tags:\n${tagLines.join("\n")}`);
    return;
  }

  const out = options.out ?? path.join(repo, "dist", "release", `v${version}`);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const files = [packNpm(out), ...buildPython(out, release.schema.language.python.packageName), ...buildPlugins(out, options.platforms)];
  const entries = writeChecksums(out, release, files);

  const width = Math.max(...entries.map((entry) => entry.file.length));
  say(`wrote ${path.relative(process.cwd(), out) || "."}/ in ${((Date.now() - started) / 1000).toFixed(0)} s:`);
  for (const entry of entries) process.stderr.write(`  ${entry.file.padEnd(width)}  ${String(entry.bytes).padStart(10)} bytes  ${megabytes(entry.bytes).padStart(9)}\n`);
  process.stderr.write(`  manifest.json, SHA256SUMS\n`);
  say(
    [
      "to publish:",
      ...tagLines,
      `  the GitHub release ${go.tags.repository}: every file above (the engine downloads pulumi-resource-*-v${version}-<os>-<arch>.tar.gz from it by that name)`,
      `  npm publish ${files[0]}; twine upload of the sdist and the wheel`,
    ].join("\n"),
  );
  // The directory, for scripts and tests.
  process.stdout.write(`${out}\n`);
}

try {
  main();
} catch (error) {
  say(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
