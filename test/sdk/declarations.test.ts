/**
 * What a user's editor and compiler see: the BUILT declarations in dist/ (run `npm run build` first, as `npm test`
 * does), read through the TypeScript compiler against the package as users import it (`pulumi-frontegg`, linked
 * into node_modules by the build).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as ts from "typescript";
import { z } from "zod";
import { definitionOf, RESOURCE_DEFINITIONS } from "../../provider/resources";

const repo = join(__dirname, "..", "..");
const declarations = join(repo, "dist", "sdk", "generated", "types.d.ts");

/** Each property's zod description, by property, for a kind's inputs or its state. */
function descriptions(kind: string, of: "args" | "outputs"): Record<string, string> {
  const definition = definitionOf(kind)!;
  const properties = (schema: z.ZodType, io: "input" | "output") =>
    (z.toJSONSchema(schema, { io, unrepresentable: "any" }) as { properties?: Record<string, { description?: string }> }).properties ?? {};
  const props = of === "args" ? properties(definition.inputs, "input") : { ...properties(definition.inputs, "output"), ...properties(definition.outputs, "output") };
  return Object.fromEntries(Object.entries(props).map(([key, js]) => [key, js.description ?? ""]));
}

/** Interface name → property → its JSDoc text, from a declaration file. */
function interfacesOf(file: string): Map<string, Map<string, string>> {
  const source = ts.createSourceFile(file, ts.sys.readFile(file)!, ts.ScriptTarget.ES2022, true);
  const interfaces = new Map<string, Map<string, string>>();
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    const members = new Map<string, string>();
    for (const member of statement.members) {
      if (!ts.isPropertySignature(member)) continue;
      const docs = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc);
      members.set(member.name.getText(source), docs.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? "").join("\n"));
    }
    interfaces.set(statement.name.text, members);
  }
  return interfaces;
}

/** A scratch directory inside the checkout, so `pulumi-frontegg` resolves to this build. */
let scratch: string;
beforeAll(() => {
  if (!existsSync(declarations)) throw new Error(`${declarations} is missing: run \`npm run build\` first`);
  scratch = mkdtempSync(join(repo, ".test-declarations-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A language service over one user program, `index.ts`, compiled as a strict project would. */
function userProgram(code: string): { service: ts.LanguageService; file: string } {
  const file = join(scratch, "index.ts");
  writeFileSync(file, code);
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, types: [], skipLibCheck: true };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => (ts.sys.fileExists(name) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(name)!) : undefined),
    getCurrentDirectory: () => scratch,
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  return { service: ts.createLanguageService(host), file };
}

function errorsOf(service: ts.LanguageService, file: string): string[] {
  return service.getSemanticDiagnostics(file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("the built declarations", () => {
  const built = existsSync(declarations) ? interfacesOf(declarations) : new Map<string, Map<string, string>>();

  it.each(Object.keys(RESOURCE_DEFINITIONS))("%s: Args and Outputs are interfaces with every property's description as JSDoc", (kind) => {
    for (const [suffix, of] of [
      ["Args", "args"],
      ["Outputs", "outputs"],
    ] as const) {
      const members = built.get(`${kind}${suffix}`);
      expect(members).toBeDefined();
      const expected = descriptions(kind, of);
      expect([...members!.keys()].sort()).toEqual(Object.keys(expected).sort());
      for (const [key, description] of Object.entries(expected)) {
        expect(description).not.toBe("");
        // Arguments add their default after the description, as a tag (not part of the comment text).
        expect({ property: `${kind}${suffix}.${key}`, doc: members!.get(key) }).toEqual({ property: `${kind}${suffix}.${key}`, doc: description });
      }
    }
  });

  it("an editor shows a property's description on hover, and type errors name RoleArgs", () => {
    // A misspelt property: the error names the argument type.
    const code = `import * as frontegg from "pulumi-frontegg";\nnew frontegg.Role("r", { key: "k", name: "Admin", levle: 1 });\n`;
    const { service, file } = userProgram(code);
    const hover = service.getQuickInfoAtPosition(file, code.indexOf("key:"));
    expect(ts.displayPartsToString(hover?.documentation)).toBe(descriptions("Role", "args").key);
    const errors = errorsOf(service, file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("RoleArgs");
    expect(errors[0]).not.toContain("ArgsOf");
    expect(errors[0]).toContain("levle");
  });

  it("the native classes take the same named types, and their outputs are documented", () => {
    const code =
      `import * as native from "pulumi-frontegg/native";\n` +
      `const role = new native.Role("r", { key: "k", name: "Admin", level: 1, permisionIds: ["p"] });\n` +
      `export const id = role.roleId;\n`;
    const { service, file } = userProgram(code);
    const errors = errorsOf(service, file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("RoleArgs");
    const hover = service.getQuickInfoAtPosition(file, code.indexOf("roleId"));
    expect(ts.displayPartsToString(hover?.documentation)).toBe(descriptions("Role", "outputs").roleId);
  });
});
