import * as fs from "node:fs";
import * as path from "node:path";

/**
 * The emulator's HTTP server and validator packages. pulumi-frontegg declares them as optional peer dependencies,
 * so projects that only use the SDK never install them; whoever runs the emulator installs them, and this module
 * says so in one line instead of letting Node print "Cannot find module" with a stack.
 */
export const SERVER_DEPENDENCIES = ["fastify", "ajv", "ajv-formats"] as const;

/** The server packages that do not resolve from the emulator's own location. */
export function missingServerDependencies(): string[] {
  return SERVER_DEPENDENCIES.filter((name) => {
    try {
      require.resolve(name);
      return false;
    } catch {
      return true;
    }
  });
}

/** The version ranges come from package.json's peerDependencies, so the hint never disagrees with npm's check. */
function peerRanges(): Record<string, string> {
  // Running from source the manifest is one level up (emulator/), compiled it is two (dist/emulator/).
  for (const candidate of [path.join(__dirname, "..", "package.json"), path.join(__dirname, "..", "..", "package.json")]) {
    if (!fs.existsSync(candidate)) continue;
    const manifest = JSON.parse(fs.readFileSync(candidate, "utf8")) as { name?: string; peerDependencies?: Record<string, string> };
    if (manifest.name === "pulumi-frontegg") return manifest.peerDependencies ?? {};
  }
  return {};
}

/** One line naming what is missing and the command that installs all three at the supported versions. */
export function serverDependenciesHint(missing: readonly string[]): string {
  const ranges = peerRanges();
  const specs = SERVER_DEPENDENCIES.map((name) => (ranges[name] ? `${name}@${ranges[name]}` : name));
  return (
    `the emulator needs ${missing.join(", ")}, which pulumi-frontegg does not install for SDK users; ` +
    `install them in your project: npm install --save-dev ${specs.join(" ")}`
  );
}
