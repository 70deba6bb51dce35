/**
 * The Pulumi package's name, the one place it is spelled. Everything the engine keys on derives from it: type
 * tokens (`frontegg-native:index:Role`), the stack config namespace (`frontegg-native:clientId`), the provider
 * resource type (`pulumi:providers:frontegg-native`) and the plugin (`pulumi-resource-frontegg-native`).
 *
 * Why not `frontegg`: a Terraform-bridged Frontegg provider already publishes under that Pulumi package name (its
 * plugin `pulumi-resource-frontegg`, PyPI's `pulumi_frontegg`). Two plugins of one name collide wherever the
 * engine resolves plugins by name and version (the plugin cache, PATH, the download of a missing version), so
 * ours could run a program written for theirs and theirs ours. `-native` is the suffix Pulumi gives providers
 * built from a service's own API (azure-native, aws-native, google-native) beside a bridged one, which is what
 * this is. Free of imports: the client, the schema, the plugin and the SDK all read it.
 */
export const PACKAGE = "frontegg-native";

/**
 * The package name up to 0.1.0. Stacks made then hold `frontegg:index:<Kind>` resources and
 * `pulumi:providers:frontegg` providers; every resource and the provider declare these as aliases (schema.json
 * and each SDK), so such a stack takes the new names without replacing anything.
 */
export const FORMER_PACKAGE = "frontegg";

/** The type token of a resource kind or function: `frontegg-native:index:Role`. */
export function tokenOf(member: string, pkg: string = PACKAGE): string {
  return `${pkg}:index:${member}`;
}

/** The executable the engine looks for: `pulumi-resource-frontegg-native`. */
export const PLUGIN_EXECUTABLE = `pulumi-resource-${PACKAGE}`;

/** The Python SDK's distribution and import name, as Pulumi names them: `pulumi_frontegg_native`. */
export const PYTHON_PACKAGE = `pulumi_${PACKAGE.replace(/-/g, "_")}`;
