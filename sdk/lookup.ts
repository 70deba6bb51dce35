/**
 * Looking up objects the program does not manage, such as Frontegg's built-in `fe.*` permissions, whose ids
 * differ from one environment to the next. Reads use the same `frontegg-native:*` stack config (or environment
 * variables) as the resources.
 */
import * as pulumi from "@pulumi/pulumi";
import { permissionIdsByKey, withClient } from "./lookup-reads";

/**
 * The ids of the permissions with the given keys, by key; fails when one does not exist.
 *
 * @example
 * ```ts
 * const builtIns = frontegg.lookupPermissionIds(["fe.secure.read.users"]);
 * new frontegg.Role("support", { key: "support", name: "Support", level: 30,
 *     permissionIds: [builtIns.apply((ids) => ids["fe.secure.read.users"]!)] });
 * ```
 */
export function lookupPermissionIds(keys: readonly string[]): pulumi.Output<Record<string, string>> {
  return withClient((client) => permissionIdsByKey(client, keys));
}
