/**
 * Builds one of this repository's Go programs (scripts/sdkgen, scripts/sdkgen-yaml) once into the cache and returns
 * the binary's path, reused while the program's source is unchanged. Needs Go; the Pulumi modules come from the
 * module cache the Pulumi CLI and language host builds already filled.
 */
"use strict";
const { execFileSync } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

function cacheDir() {
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "pulumi-frontegg");
}

/**
 * The environment every Go command of this repository runs in: Pulumi's release modules are not always in the
 * checksum database these machines reach (as in setup-pulumi.sh), and `flags` join GOFLAGS (e.g. `-mod=mod` where
 * go may record checksums from the module cache; never for a module whose go.sum must already be complete).
 */
function goEnv(flags = []) {
  const env = { ...process.env, GONOSUMDB: [process.env.GONOSUMDB, "github.com/pulumi/*"].filter(Boolean).join(",") };
  if (flags.length > 0) env.GOFLAGS = [process.env.GOFLAGS, ...flags].filter(Boolean).join(" ");
  return env;
}

/** The binary of the Go module in `source` (a directory), named `name-<hash of its .go files, go.mod and go.sum>`. */
function goTool(name, source) {
  const hash = crypto.createHash("sha256");
  const files = fs.readdirSync(source).filter((file) => file.endsWith(".go") || file === "go.mod" || file === "go.sum").sort();
  for (const file of files) hash.update(file).update("\0").update(fs.readFileSync(path.join(source, file)));
  const binary = path.join(cacheDir(), `${name}-${hash.digest("hex").slice(0, 16)}`);
  if (fs.existsSync(binary)) return binary;
  fs.mkdirSync(cacheDir(), { recursive: true });
  const env = goEnv(["-mod=mod"]);
  // A name per process: two suites building at once each rename a whole binary into place.
  const partial = `${binary}.${process.pid}.tmp`;
  execFileSync("go", ["build", "-trimpath", "-o", partial, "."], { cwd: source, env, stdio: ["ignore", "ignore", "inherit"] });
  fs.renameSync(partial, binary);
  return binary;
}

module.exports = { goTool, goEnv };
