/**
 * Converts the resource kinds' PCL examples (each definition's `example`) to TypeScript, Python, Go and YAML with
 * Pulumi's own program generators: scripts/sdkgen `examples` for the first three, scripts/sdkgen-yaml (pulumi-yaml's
 * generator) for YAML. `npm run schema` puts the result into schema.json; the tests re-derive programs from there.
 */
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { goTool } = require("./go-tool");

const scripts = __dirname;

/**
 * `sources` (kind → PCL) converted against the package schema `schema` (an object, as schema.json holds it):
 * kind → { typescript, python, go, yaml, resources: [{ name, token }] }, resources being what the PCL declares.
 */
function convertExamples(schema, sources) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "examples-"));
  try {
    const schemaFile = path.join(dir, "schema.json");
    const sourcesFile = path.join(dir, "examples.json");
    fs.writeFileSync(schemaFile, JSON.stringify(schema));
    fs.writeFileSync(sourcesFile, JSON.stringify(sources));
    const run = (binary, args) => JSON.parse(execFileSync(binary, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] }));
    const converted = run(goTool("sdkgen", path.join(scripts, "sdkgen")), ["examples", schemaFile, sourcesFile]);
    const yaml = run(goTool("sdkgen-yaml", path.join(scripts, "sdkgen-yaml")), [schemaFile, sourcesFile]);
    return Object.fromEntries(Object.keys(sources).map((kind) => [kind, { ...converted[kind], yaml: yaml[kind] }]));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { convertExamples };
