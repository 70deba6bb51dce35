/**
 * docs/installation-configuration.md, the page the Pulumi Registry has for every package: how to install the SDK
 * of each language and the provider plugin, and every provider setting with its stack config key and environment
 * variable. Rendered from schema.json (package names, plugin name, version, download URL, the config block) and
 * the client's environment variables, so a renamed package or a new setting changes the page by construction.
 */
import { ENV_VARS } from "../client/env-vars";
import type { PackageSchema } from "./pulumi-schema";

const GENERATED = "<!-- Generated from schema.json by `npm run schema`. Do not edit by hand. -->\n\n";

/** The page's file name in docs/. */
export const INSTALLATION_PAGE = "installation-configuration.md";

/** The page's Markdown. */
export function installationPage(schema: PackageSchema): string {
  const name = schema.name;
  const version = schema.version;
  const npm = schema.language.nodejs.packageName;
  const python = schema.language.python.packageName;
  const goImport = schema.language.go.importBasePath;
  // The Go module is the directory above the package (sdk/go holds go.mod, sdk/go/<package> the code).
  const goModule = goImport.slice(0, goImport.lastIndexOf("/"));
  const plugin = `pulumi-resource-${name}`;
  const archive = `${plugin}-v${version}-<os>-<arch>.tar.gz`;
  return (
    GENERATED +
    `# Installation and configuration\n\n` +
    `${schema.description}\n\n` +
    `## Installing\n\n` +
    `### The SDK of your language\n\n` +
    `| Language | Package | Install |\n| --- | --- | --- |\n` +
    `| TypeScript | \`${npm}\` (npm) | \`npm install ${npm}\` |\n` +
    `| Python | \`${python}\` (PyPI) | \`pip install ${python}\` |\n` +
    `| Go | \`${goImport}\` | \`go get ${goImport}\` |\n` +
    `| YAML | none: resources are named by type token (\`${name}:index:Role\`) | |\n\n` +
    `TypeScript programs import the native provider's classes from \`${npm}/native\` (what the examples use) or the ` +
    `dynamic-provider classes, which need no plugin, from \`${npm}\`.\n\n` +
    `Until version ${version} is published, install from a clone of the repository instead:\n\n` +
    "```sh\n" +
    `npm ci && npm run build && npm pack          # then, in your project: npm install <path to ${npm}-${version}.tgz>\n` +
    `pip install <path to the clone>/sdk/python\n` +
    `go mod edit -replace ${goModule}=<path to the clone>/sdk/go && go get ${goImport}\n` +
    "```\n\n" +
    `### The provider plugin\n\n` +
    `Every language but the TypeScript dynamic classes runs the native provider plugin \`${plugin}\`, an archive per ` +
    `platform (\`${archive}\`) that carries its own Node.js runtime.\n\n` +
    `- After a release, nothing is needed: the SDKs and schema.json name \`pluginDownloadURL\` ` +
    `\`${schema.pluginDownloadURL}\`, so the engine downloads the archive for its platform from the release ` +
    `\`v${version}\` on the first \`pulumi up\`, or when asked: \`pulumi plugin install resource ${name} ${version}\`.\n` +
    `- Before a release, build the archive from a clone (\`npm ci && npm run plugin:build\` writes ` +
    `\`dist/plugin/${archive}\` for this machine) and install it:\n\n` +
    "  ```sh\n" +
    `  pulumi plugin install resource ${name} ${version} --file ${plugin}-v${version}-linux-amd64.tar.gz\n` +
    "  ```\n\n" +
    `- A \`${plugin}\` on PATH (the \`bin\` of the npm package, e.g. after \`npm install --global ${npm}\`) wins over both.\n\n` +
    `## Configuration\n\n` +
    `The provider reads each setting from the stack configuration, else from its environment variable. An explicit ` +
    `provider resource takes the same settings as arguments (TypeScript \`new frontegg.Provider("prod", { ... })\`, ` +
    `Python \`frontegg.Provider("prod", ...)\`, Go \`frontegg.NewProvider(ctx, "prod", ...)\`, YAML ` +
    `\`type: pulumi:providers:${name}\`), and a setting it leaves out falls back to the stack config, then to the ` +
    `environment variable.\n\n` +
    `| Setting | Set it with | Environment variable | Description |\n| --- | --- | --- | --- |\n` +
    Object.entries(schema.config.variables)
      .map(([key, spec]) => {
        const env = (ENV_VARS as Readonly<Record<string, string>>)[key];
        const command = `pulumi config set ${spec.secret ? "--secret " : ""}${name}:${key} <value>`;
        return `| \`${key}\` | \`${command}\` | ${env ? `\`${env}\`` : "none"} | ${(spec.description ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ")} |`;
      })
      .join("\n") +
    `\n\nA setting set with \`--secret\` is stored only encrypted, in the stack's configuration and in its state.\n`
  );
}
