/**
 * This package's own files at run time: its root directory, and the facts its schema.json gives (version, where
 * the plugin is downloaded from). The plugin serves the schema from there, and the native classes tell the
 * engine which plugin they need with the same facts, as Pulumi's generated SDKs do.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** This package's root directory (package.json and schema.json), from any directory under it. */
export function packageRoot(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    try {
      if ((JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string }).name === "pulumi-frontegg") return dir;
    } catch {
      // not here: look one level up
    }
    if (dirname(dir) === dir) throw new Error("pulumi-frontegg: cannot find the package's own package.json");
  }
}

/** What the engine needs to find the plugin a resource of this package asks for. */
export interface PluginFacts {
  readonly version: string;
  readonly pluginDownloadURL: string;
}

let facts: PluginFacts | undefined;

/** The plugin's version and download URL, from the package's schema.json (read once). */
export function pluginFacts(): PluginFacts {
  if (!facts) {
    const schema = JSON.parse(readFileSync(join(packageRoot(), "schema.json"), "utf8")) as PluginFacts;
    facts = { version: schema.version, pluginDownloadURL: schema.pluginDownloadURL };
  }
  return facts;
}
