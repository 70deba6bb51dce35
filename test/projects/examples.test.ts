/**
 * Every example is a project a user can run, and is run: each directory of examples/ has a Pulumi.yaml, is run
 * with a real `pulumi` by a suite of test/projects/, and names its program so that Pulumi's Node.js runtime cannot
 * fall back to the nearest package.json's entry point (this package's own SDK), which would create nothing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const repo = join(__dirname, "..", "..");
const examples = readdirSync(join(repo, "examples")).filter((name) => statSync(join(repo, "examples", name)).isDirectory());
const suites = readdirSync(__dirname)
  .filter((file) => file.endsWith(".test.ts") && file !== "examples.test.ts")
  .map((file) => readFileSync(join(__dirname, file), "utf8"))
  .join("\n");

interface ProjectFile {
  runtime: string | { name: string };
  main?: string;
}

/** Where a Pulumi.yaml's Node.js program starts, as the runtime resolves it; undefined when a package.json decides. */
function entryPoint(projectDir: string): string | undefined {
  const project = parse(readFileSync(join(projectDir, "Pulumi.yaml"), "utf8")) as ProjectFile;
  const main = join(projectDir, project.main ?? ".");
  if (existsSync(main) && statSync(main).isFile()) return main;
  return existsSync(join(main, "package.json")) ? undefined : "the nearest package.json above it";
}

it.each(examples)("examples/%s has a Pulumi.yaml and a project suite that runs it", (name) => {
  expect(existsSync(join(repo, "examples", name, "Pulumi.yaml")) || name === "quickstart").toBe(true);
  expect({ name, run: suites.includes(`"examples", "${name}"`) }).toEqual({ name, run: true });
});

it.each([".", ...examples.map((name) => join("examples", name))].filter((dir) => existsSync(join(repo, dir, "Pulumi.yaml"))))("%s names a program file or has a package.json of its own", (dir) => {
  expect({ dir, entry: entryPoint(join(repo, dir)) }).not.toEqual({ dir, entry: "the nearest package.json above it" });
});
