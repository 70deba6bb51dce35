/**
 * Versions in step: package.json's version is the release's, and every other file that states a version must
 * state the same one, so the npm package, the schema the plugin serves, the Python and Go SDKs (whose plugin
 * metadata asks the engine for a plugin of exactly that version) and the CHANGELOG all describe one release.
 * Reads files only; runs nothing, so it can fail before anything is built.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

/**
 * PyPI's spelling of a semver version, as Pulumi's Python generator writes it into pyproject.toml (its
 * PypiVersion): `1.2.3` stays, `1.2.3-alpha.4` is `1.2.3a4`, `-beta.N` is `bN`, `-rc.N` is `rcN`. The release
 * takes no other pre-release form, since the generator would move the rest into a local version PyPI refuses.
 */
function pypiVersion(version) {
  const match = /^(\d+\.\d+\.\d+)(?:-(alpha|beta|rc)\.(\d+))?$/.exec(version);
  if (!match) {
    throw new Error(`package.json's version ${version} is not one the release can publish to PyPI: use x.y.z, or x.y.z-alpha.N, -beta.N or -rc.N`);
  }
  const [, release, stage, number] = match;
  return stage ? `${release}${{ alpha: "a", beta: "b", rc: "rc" }[stage]}${number}` : release;
}

function readJson(repo, relative) {
  return JSON.parse(fs.readFileSync(path.join(repo, relative), "utf8"));
}

/** `version = "..."` of pyproject.toml's [project] table (up to the next table header, a sub-table's included). */
function pyprojectVersion(text) {
  const project = /^\[project\]\s*$([\s\S]*?)(?=^\s*\[|(?![\s\S]))/m.exec(text);
  return project && /^\s*version\s*=\s*"([^"]*)"/m.exec(project[1])?.[1];
}

/** Whether CHANGELOG.md has a section for `version`: `## [1.2.3]` (Keep a Changelog) or `## 1.2.3`, optionally ` - <date>`. */
function changelogHasSection(text, version) {
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^## (?:\\[${escaped}\\]|${escaped})(?:\\s|$)`, "m").test(text);
}

/**
 * Each file that states the version: what it says (undefined when it says nothing), what it should say, and the
 * command that makes it agree. The SDK files' paths come from schema.json, so a renamed package is followed.
 */
function versionStatements(repo) {
  const { version } = readJson(repo, "package.json");
  const regenerateSdks = "run `npm run schema`, then `npm run sdk`";
  const statements = [];
  const state = (file, expected, read, fix) => {
    let found;
    try {
      found = read();
    } catch (error) {
      found = error.code === "ENOENT" ? "missing" : `unreadable (${error.message})`;
      statements.push({ file, found, expected, fix, problem: `is ${found}` });
      return;
    }
    statements.push({ file, found, expected, fix });
  };

  state("package-lock.json", version, () => readJson(repo, "package-lock.json").version, "run `npm install --package-lock-only`");
  state('package-lock.json (packages[""])', version, () => readJson(repo, "package-lock.json").packages?.[""]?.version, "run `npm install --package-lock-only`");
  state("schema.json", version, () => readJson(repo, "schema.json").version, "run `npm run schema`");

  let language = {};
  try {
    language = readJson(repo, "schema.json").language ?? {};
  } catch {
    // schema.json's own statement above says what is wrong with it.
  }
  const pythonPackage = language.python?.packageName;
  state("sdk/python/pyproject.toml", pypiVersion(version), () => pyprojectVersion(fs.readFileSync(path.join(repo, "sdk/python/pyproject.toml"), "utf8")), regenerateSdks);
  if (pythonPackage) {
    const file = `sdk/python/${pythonPackage}/pulumi-plugin.json`;
    state(file, version, () => readJson(repo, file).version, regenerateSdks);
  }
  const goPackage = language.go?.importBasePath?.split("/").pop();
  if (goPackage) {
    const file = `sdk/go/${goPackage}/pulumi-plugin.json`;
    state(file, version, () => readJson(repo, file).version, regenerateSdks);
  }
  state(
    "CHANGELOG.md",
    version,
    () => (changelogHasSection(fs.readFileSync(path.join(repo, "CHANGELOG.md"), "utf8"), version) ? version : undefined),
    `add a \`## [${version}] - <date>\` section saying what the release changes`,
  );
  return { version, statements };
}

/** The problems, one line per file that disagrees with package.json (empty when all agree). */
function versionProblems(repo) {
  const { version, statements } = versionStatements(repo);
  return statements
    .filter((s) => s.problem !== undefined || s.found !== s.expected)
    .map((s) => {
      const what = s.problem ?? (s.found === undefined ? (s.file === "CHANGELOG.md" ? `has no section for ${version}` : "states no version") : `says ${s.found}`);
      const expected = s.expected === version ? "" : ` (package.json's ${version} as PyPI writes it: ${s.expected})`;
      return `${s.file} ${what}${expected}: ${s.fix}`;
    });
}

module.exports = { pypiVersion, pyprojectVersion, changelogHasSection, versionStatements, versionProblems };
