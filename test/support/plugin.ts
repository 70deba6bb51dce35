/** The native provider plugin on PATH for the engine, as `npm install --global pulumi-frontegg` puts it there. */
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PLUGIN_EXECUTABLE } from "../../provider/package-name";

const repo = join(__dirname, "..", "..");

/** A new directory holding a `pulumi-resource-frontegg-native` that runs this checkout's build; remove it when done. */
export function pluginOnPath(): string {
  const root = join(repo, ".test-stacks");
  mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(join(root, "plugin-bin-"));
  const launcher = join(dir, PLUGIN_EXECUTABLE);
  writeFileSync(launcher, `#!/bin/sh\nexec "${process.execPath}" "${join(repo, "dist", "provider", "native", "main.js")}" "$@"\n`);
  chmodSync(launcher, 0o755);
  return dir;
}
