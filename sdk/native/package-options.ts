/**
 * What every resource of this package, the provider included, tells the engine besides the program's options.
 */
import * as pulumi from "@pulumi/pulumi";
import { pluginFacts } from "../../provider/package-root";

/**
 * `opts` with the plugin the resource needs (its version and download URL, as Pulumi's generated SDKs pass them)
 * and, as an alias, `formerType`: the type the resource had before the package was renamed
 * (provider/package-name.ts), so a stack made then takes it as the same resource, as schema.json's aliases tell
 * the other languages' SDKs.
 */
export function packageOptions(opts: pulumi.CustomResourceOptions, formerType: string): pulumi.CustomResourceOptions {
  return { ...pluginFacts(), ...opts, aliases: [...(opts.aliases ?? []), { type: formerType }] };
}
