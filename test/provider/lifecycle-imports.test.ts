/**
 * The lifecycle's place among the modules: it is what the kinds are built on, so it never reaches up into them
 * (the kinds it resolves references through are handed to it), and its own modules import each other without a
 * cycle. Every import counts, type-only ones and re-exports too.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const ROOT = resolve(__dirname, "..", "..");
const LIFECYCLE = join(ROOT, "provider", "lifecycle");
/** What is built on the lifecycle, which it must not import: the kinds, and the SDK and CLI above them. */
const ABOVE = [join(ROOT, "provider", "resources"), join(ROOT, "sdk"), join(ROOT, "cli")];

/** The modules a file imports, as absolute paths without extension (relative specifiers only). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return importedFiles.map((entry) => entry.fileName).filter((name) => name.startsWith(".")).map((name) => resolve(dirname(file), name));
}

const modules = readdirSync(LIFECYCLE)
  .filter((name) => name.endsWith(".ts"))
  .map((name) => join(LIFECYCLE, name));

/** The first import cycle among `files` (a path that ends where it began), or undefined. */
function cycleAmong(files: readonly string[]): string[] | undefined {
  const graph = new Map(files.map((file) => [file.replace(/\.ts$/, ""), importsOf(file).filter((target) => files.includes(`${target}.ts`))]));
  const done = new Set<string>();
  const visit = (node: string, path: string[]): string[] | undefined => {
    if (path.includes(node)) return [...path.slice(path.indexOf(node)), node];
    if (done.has(node)) return undefined;
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next, [...path, node]);
      if (cycle) return cycle;
    }
    done.add(node);
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node, []);
    if (cycle) return cycle.map((module) => relative(ROOT, module));
  }
  return undefined;
}

describe("the lifecycle's imports", () => {
  it("finds the lifecycle's modules and reads their imports", () => {
    expect(modules.length).toBeGreaterThan(10);
    expect(importsOf(join(LIFECYCLE, "lifecycle.ts"))).toContain(join(LIFECYCLE, "create"));
  });

  it("never import the kinds (provider/resources), the SDK or the CLI: the registry is handed to the lifecycle", () => {
    const isAbove = (target: string) => ABOVE.some((dir) => target === dir || target.startsWith(`${dir}/`));
    const upward = modules.flatMap((file) => importsOf(file).filter(isAbove).map((target) => `${relative(ROOT, file)} imports ${relative(ROOT, target)}`));
    expect(upward).toEqual([]);
  });

  it("form no cycle", () => {
    expect(cycleAmong(modules)).toBeUndefined();
  });

  it("would report a cycle made of a type-only import", () => {
    const dir = mkdtempSync(join(tmpdir(), "lifecycle-imports-"));
    try {
      writeFileSync(join(dir, "a.ts"), 'import { b } from "./b";\nexport const a = b;\n');
      writeFileSync(join(dir, "b.ts"), 'import type { A } from "./a";\nexport const b = 1;\nexport type B = A;\n');
      writeFileSync(join(dir, "c.ts"), 'import { a } from "./a";\nexport const c = a;\n');
      expect(cycleAmong(["a", "b", "c"].map((name) => join(dir, `${name}.ts`)))?.map((path) => path.split("/").pop())).toEqual(["a", "b", "a"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
