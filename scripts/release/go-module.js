/**
 * The Go SDK as Go's module system sees it: a module in a subdirectory of the repository, published by tagging
 * the repository. Go finds version v1.2.3 of module `github.com/<owner>/<repo>/sdk/go` under the tag
 * `sdk/go/v1.2.3` (the module's directory, then the version), and a module of major version 2 or later must end
 * its path in `/v<major>` (with the tag still `sdk/go/v2.0.0`): https://go.dev/ref/mod#vcs-version. The plugin's
 * download URL needs the repository's own `v1.2.3` (the GitHub release the engine fetches archives from).
 */
"use strict";
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { goEnv } = require("../go-tool");

/** `github.com/<owner>/<repo>` of package.json's repository URL: the root path Go resolves the module under. */
function repositoryRootPath(repositoryUrl) {
  const match = /^(?:git\+)?https:\/\/(github\.com\/[^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(repositoryUrl ?? "");
  if (!match) throw new Error(`package.json's repository.url ${repositoryUrl} is not a GitHub repository: the Go module and the plugin's releases live there`);
  return match[1];
}

/**
 * The module's layout checked against schema.json and package.json, without running Go: returns
 * { dir, modulePath, packageDir, tags: { repository, module }, problems }. `dir` is the directory of go.mod,
 * relative to the repository.
 */
function goModuleLayout(repo, { version, repositoryUrl, importBasePath }) {
  const dir = "sdk/go";
  const problems = [];
  const tags = { repository: `v${version}`, module: undefined };
  const goMod = path.join(repo, dir, "go.mod");
  const modulePath = fs.existsSync(goMod) ? /^module\s+(\S+)\s*$/m.exec(fs.readFileSync(goMod, "utf8"))?.[1] : undefined;
  if (!modulePath) {
    problems.push(`${dir}/go.mod is missing or names no module: it is written by hand, \`module ${repositoryRootPath(repositoryUrl)}/${dir}\``);
    return { dir, modulePath, packageDir: undefined, tags, problems };
  }

  // The generated package is a directory of the module: importBasePath = <module path>/<package directory>.
  let packageDir;
  if (!importBasePath?.startsWith(`${modulePath}/`)) {
    problems.push(`schema.json's language.go.importBasePath ${importBasePath} is not inside ${dir}/go.mod's module ${modulePath}: make them agree, then run \`npm run schema\` and \`npm run sdk\``);
  } else {
    packageDir = importBasePath.slice(modulePath.length + 1);
    if (!fs.existsSync(path.join(repo, dir, packageDir, "pulumi-plugin.json"))) {
      problems.push(`${dir}/${packageDir} (schema.json's language.go.importBasePath) holds no generated SDK: run \`npm run sdk\``);
    }
  }

  const major = Number(version.split(".")[0]);
  const suffix = /\/v(\d+)$/.exec(modulePath);
  if (major >= 2 && suffix?.[1] !== String(major)) {
    problems.push(`version ${version} is major ${major}, so Go needs the module path to end in /v${major}: change ${dir}/go.mod's module and schema.json's importBasePath (provider/schema/pulumi-schema.ts)`);
  } else if (major < 2 && suffix) {
    problems.push(`${dir}/go.mod's module ${modulePath} ends in /v${suffix[1]}, which Go allows only from version ${suffix[1]}.0.0 on (this is ${version})`);
  }

  const root = repositoryRootPath(repositoryUrl);
  const inRepository = modulePath.startsWith(`${root}/`) ? modulePath.slice(root.length + 1).replace(/\/v\d+$/, "") : undefined;
  if (inRepository !== dir) {
    problems.push(`${dir}/go.mod's module ${modulePath} is not ${root}/${dir}, the directory it is in: Go would not find it under the repository's tags`);
  } else {
    tags.module = `${dir}/v${version}`;
  }
  return { dir, modulePath, packageDir, tags, problems };
}

/** `go build ./...` and `go vet ./...` in the module, as a user's `go get` compiles it; throws with Go's output. */
function buildGoModule(repo, dir) {
  // No -mod=mod: the module's committed go.sum must be complete, as for a user's `go get`.
  const env = goEnv();
  for (const args of [["build", "./..."], ["vet", "./..."]]) {
    try {
      execFileSync("go", args, { cwd: path.join(repo, dir), env, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
    } catch (error) {
      throw new Error(`\`go ${args.join(" ")}\` in ${dir} failed: ${String(error.stderr || error.message).trim()}`);
    }
  }
}

module.exports = { repositoryRootPath, goModuleLayout, buildGoModule };
