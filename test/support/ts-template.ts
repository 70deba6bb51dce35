/**
 * Type-checks user programs as `pulumi new typescript` compiles them, against the BUILT package (run `npm run
 * build` first): the files must lie inside the checkout, where `pulumi-frontegg` resolves to it.
 */
import * as ts from "typescript";

/**
 * The compilerOptions of Pulumi's TypeScript template (pulumi/templates, typescript/tsconfig.json): commonjs,
 * `node` module resolution, strict, no `esModuleInterop`, no `skipLibCheck`.
 */
export const TEMPLATE_COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  outDir: "bin",
  target: ts.ScriptTarget.ES2020,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  sourceMap: true,
  experimentalDecorators: true,
  noFallthroughCasesInSwitch: true,
  noImplicitReturns: true,
  forceConsistentCasingInFileNames: true,
  noEmit: true,
};

/** One program over `files` under the template's options: what `tsc --noEmit` reports (none when it compiles), and the program. */
export function typeCheckAsTemplate(files: readonly string[]): { problems: string[]; program: ts.Program } {
  const program = ts.createProgram([...files], TEMPLATE_COMPILER_OPTIONS);
  const problems = ts.getPreEmitDiagnostics(program).map((d) => {
    const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    return `${d.file?.fileName ?? ""}${at ? `:${at.line + 1}:${at.character + 1}` : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
  return { problems, program };
}
