/**
 * pulumi-frontegg/native: the same resources served by the native provider plugin `pulumi-resource-frontegg-native`,
 * with explicit providers (several environments per program), the `import` option and detailed diffs. Every kind
 * of the package is here: the classes are generated from the kinds' definitions (sdk/generated/native-resources.ts).
 *
 * @packageDocumentation
 */
export { Provider } from "./provider";
export type { ProviderArgs } from "./provider";
export { NativeResource, nativeResourceClass } from "./resources";
export type { NativeResourceClass } from "./resources";
export * from "../generated/native-resources";
// The functions (getRole, getPermissions, ...), served by the plugin's Invoke; generated from provider/functions.
export * from "../generated/native-functions";
