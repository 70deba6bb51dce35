#!/usr/bin/env node
/**
 * Writes the Python and Go SDKs (sdk/python, sdk/go/frontegg) from schema.json with scripts/sdkgen, a small Go
 * program over Pulumi's code generators (`pulumi package gen-sdk` needs language hosts these machines cannot
 * build). `--check` exits 1 when the committed SDKs are stale. Needs Go; the generator is built once into the
 * cache (from the Go modules the Pulumi CLI build already fetched) and reused while its source is unchanged.
 */
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { goTool } = require("./go-tool");

const repo = path.resolve(__dirname, "..");
const source = path.join(repo, "scripts", "sdkgen");
/** Where each language's output goes, relative to the repo; everything under it is the generator's. */
const TARGETS = { python: "sdk/python", go: "sdk/go/frontegg" };
/** What a language's output root holds besides the package directory (the Go module files are written by hand). */
const GO_PACKAGE_DIR = "frontegg";

/** The generator, built once per source (scripts/go-tool.js). */
function generator() {
  return goTool("sdkgen", source);
}

/** File path (relative to the repo) → content, everything the generator owns. */
function render() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "sdkgen-"));
  try {
    execFileSync(generator(), [path.join(repo, "schema.json"), out], { stdio: ["ignore", "ignore", "inherit"] });
    const files = {};
    for (const file of walk(path.join(out, "python"))) files[path.join(TARGETS.python, path.relative(path.join(out, "python"), file))] = fs.readFileSync(file, "utf8");
    Object.assign(files, pythonProjectReadme(files));
    for (const file of walk(path.join(out, "go", GO_PACKAGE_DIR))) {
      files[path.join(TARGETS.go, path.relative(path.join(out, "go", GO_PACKAGE_DIR), file))] = fs.readFileSync(file, "utf8");
    }
    return files;
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

/**
 * The README pyproject.toml names (`readme = "README.md"`, beside it): the generator writes the package's README
 * only inside the package directory, and setuptools refuses to build (`pip install ./sdk/python`, the release's
 * sdist and wheel) while the file pyproject.toml names is missing. Pulumi's providers copy one in at build time;
 * here it is the package README, committed, so the SDK directory builds as it is.
 */
function pythonProjectReadme(files) {
  const pyproject = files[path.join(TARGETS.python, "pyproject.toml")];
  const readme = pyproject && /^\s*readme\s*=\s*"([^"]+)"/m.exec(pyproject)?.[1];
  if (!readme || path.join(TARGETS.python, readme) in files) return {};
  const packageReadme = Object.keys(files).find((file) => path.dirname(path.dirname(file)) === TARGETS.python && path.basename(file) === "README.md");
  if (!packageReadme) throw new Error(`sdk/python/pyproject.toml names ${readme}, and the generator wrote no package README to copy there`);
  return { [path.join(TARGETS.python, readme)]: files[packageReadme] };
}

function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** The files under the targets now, minus what Python and pip leave behind. */
function existing() {
  const ignored = /(^|\/)(__pycache__|build|dist|[^/]*\.egg-info)(\/|$)|\.pyc$/;
  return Object.values(TARGETS)
    .flatMap((target) => walk(path.join(repo, target)))
    .map((file) => path.relative(repo, file))
    .filter((file) => !ignored.test(file));
}

function main() {
  const files = render();
  const check = process.argv.includes("--check");
  const stale = [];
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(repo, relative);
    const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
    if (current === content) continue;
    if (check) stale.push(relative);
    else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
      console.log(`wrote ${relative}`);
    }
  }
  for (const relative of existing().filter((file) => !(file in files))) {
    if (check) stale.push(relative);
    else {
      fs.rmSync(path.join(repo, relative));
      console.log(`removed ${relative}`);
    }
  }
  if (stale.length > 0) {
    console.error(`stale: ${stale.join(", ")}: run \`npm run sdk\``);
    process.exit(1);
  }
}

module.exports = { render, existing };
if (require.main === module) main();
