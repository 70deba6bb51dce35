/**
 * Writes an environment snapshot out as a readable Pulumi program: one resource per object, names derived from
 * natural keys, references between resources as real references, secrets read from stack config, and
 * `adoptExisting: true` everywhere so the first `pulumi up` against the same environment takes it over.
 */
import { Names } from "./code";
import { kindGroups } from "./kind-order";
import { KindRenderer } from "./render-kind";
import { EnvironmentSnapshot } from "./snapshot";

/** Options of {@link renderProgram}. */
export interface ProgramOptions {
  /** The Pulumi project name. */
  readonly projectName: string;
  /** Where the snapshot was read, for the header comment. */
  readonly source: string;
  /** The version of pulumi-frontegg the program should depend on. */
  readonly packageVersion: string;
  /**
   * What package.json names for pulumi-frontegg: any npm spec (a path to a packed tarball, a git URL). Default
   * `^<packageVersion>` from the npm registry.
   */
  readonly packageSpec?: string;
  /**
   * Provider settings written into Pulumi.yaml as the project's defaults (`frontegg-native:region: us`), so every stack
   * of the program targets the exported environment's API unless its own config says otherwise.
   */
  readonly providerConfig?: Readonly<Record<string, string>>;
}

/** A generated program: file name → content, and the stack config keys the user must set. */
export interface GeneratedProgram {
  readonly files: Record<string, string>;
  /** The stack config keys the program reads (secrets, and plain inputs Frontegg never returns). */
  readonly configKeys: ReadonlyArray<{ key: string; description: string; secret: boolean }>;
}

/** Renders `snapshot` as a Pulumi TypeScript program. */
export function renderProgram(snapshot: EnvironmentSnapshot, options: ProgramOptions): GeneratedProgram {
  const names = new Names();
  const body: string[] = [];
  const line = (text = "") => body.push(text === "" ? "" : `    ${text}`);

  const kinds = new KindRenderer(names, line);
  const configKeys = kinds.configKeys;
  // Each kind under its own heading, a section's kinds under the section's, written once one of them has objects.
  for (const group of kindGroups()) {
    const start = body.length;
    for (const kind of group.kinds) kinds.render(kind, snapshot[kind], { heading: group.section === undefined });
    if (group.section !== undefined && body.length > start) body.splice(start, 0, "", `    // ${group.section}.`);
  }

  const index = [
    "/**",
    ` * Frontegg identity configuration exported from ${options.source} by \`pulumi-frontegg export\`.`,
    " * Every resource has `adoptExisting: true`, so the first `pulumi up` against that environment takes the",
    " * existing objects over without recreating them. Remove it once the stack owns them.",
    " */",
    'import * as pulumi from "@pulumi/pulumi";',
    'import * as frontegg from "pulumi-frontegg";',
    "",
    "export = async () => {",
    configKeys.length > 0 ? "    const config = new pulumi.Config();" : "    void pulumi;",
    ...body,
    "};",
    "",
  ].join("\n");

  const providerConfig = Object.entries(options.providerConfig ?? {});
  const yaml = [
    `name: ${options.projectName}`,
    `description: Frontegg identity configuration exported from ${options.source}`,
    "runtime:",
    "  name: nodejs",
    "  options:",
    "    typescript: true",
    ...(configKeys.length > 0 || providerConfig.length > 0 ? ["config:"] : []),
    ...(providerConfig.length > 0 ? ["  # Where the environment was exported from; a stack's own config overrides it."] : []),
    ...providerConfig.map(([key, value]) => `  ${key}: ${JSON.stringify(value)}`),
    ...configKeys.flatMap((s) => [`  ${s.key}:`, `    type: string`, ...(s.secret ? [`    secret: true`] : []), `    description: ${JSON.stringify(s.description)}`]),
    "",
  ].join("\n");

  const packageJson = `${JSON.stringify(
    {
      name: options.projectName,
      private: true,
      main: "index.ts",
      dependencies: { "@pulumi/pulumi": "^3.248.0", "pulumi-frontegg": options.packageSpec ?? `^${options.packageVersion}` },
      devDependencies: { "ts-node": "^10.9.2", typescript: "~5.9.3", "@types/node": "^20.19.0" },
    },
    null,
    2,
  )}\n`;

  return { files: { "index.ts": index, "Pulumi.yaml": yaml, "package.json": packageJson }, configKeys };
}
