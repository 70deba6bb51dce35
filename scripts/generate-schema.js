#!/usr/bin/env node
/**
 * Writes schema.json, docs/, the SDK's named types (sdk/generated/types.ts and its type-level check) and the README's
 * import-id table from the resource definitions (run after `npm run build`, as `npm run schema`
 * does). The kinds' PCL examples are converted to every language by Pulumi's program generators (Go programs,
 * built once into the cache: scripts/convert-examples.js). `--check` exits 1 when the committed files are stale.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { convertExamples } = require("./convert-examples");

const repo = path.resolve(__dirname, "..");

/** File path (relative to the repo) → content, everything the generator owns. */
function render() {
  const { buildPackageSchema, exampleSources, renderDocs, renderSdkFunctions, renderSdkTypes, withGeneratedReadme } = require(path.join(repo, "dist", "provider", "schema"));
  const pkg = JSON.parse(fs.readFileSync(path.join(repo, "package.json"), "utf8"));
  const facts = { version: pkg.version, description: pkg.description, repository: pkg.repository?.url ?? "https://github.com/pulumi-frontegg/pulumi-frontegg" };
  // The examples are bound against the schema itself (its types and names), then written into its descriptions.
  const schema = buildPackageSchema(facts, convertExamples(buildPackageSchema(facts), exampleSources()));
  const files = { "schema.json": JSON.stringify(schema, null, 2) + "\n" };
  for (const [name, content] of Object.entries(renderDocs(schema))) files[path.join("docs", name)] = content;
  Object.assign(files, renderSdkTypes(schema));
  Object.assign(files, renderSdkFunctions());
  files["README.md"] = withGeneratedReadme(fs.readFileSync(path.join(repo, "README.md"), "utf8"));
  return files;
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
  if (stale.length > 0) {
    console.error(`stale: ${stale.join(", ")}: run \`npm run schema\``);
    process.exit(1);
  }
}

module.exports = { render };
if (require.main === module) main();
