/**
 * Looking up objects the program does not manage, such as Frontegg's built-in `fe.*` permissions, whose ids
 * differ from one environment to the next. Reads use the same `frontegg:*` stack config (or environment
 * variables) as the resources.
 */
import * as pulumi from "@pulumi/pulumi";
import { FronteggClient } from "../provider/client";
import { CONFIG_KEYS, clientOptionsFromConfig } from "../provider/configuration";
import { getPermissions, pickByKey } from "../provider/functions";

/** Runs `read` with a client built from the stack's Frontegg connection settings; the result is not secret. */
export function withClient<T>(read: (client: FronteggClient) => Promise<T>): pulumi.Output<T> {
  const config = new pulumi.Config("frontegg");
  const keys = Object.values(CONFIG_KEYS).map((key) => key.slice("frontegg:".length));
  const values = keys.map((key) => (key === "secretKey" ? config.getSecret(key) : config.get(key)));
  const result = pulumi.all(values).apply(async (resolved) => {
    const settings = new Map(keys.map((key, i) => [`frontegg:${key}`, resolved[i]]));
    return read(new FronteggClient(clientOptionsFromConfig({ get: (key) => settings.get(key) })));
  });
  // The result was read with the secret key, but ids are not secrets.
  return pulumi.unsecret(result);
}

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
  // The native provider's getPermissions, run in the program: one implementation, one message for a missing key.
  return withClient(async (client) => (await getPermissions.run(client, { keys: [...keys] }, "lookupPermissionIds")).ids);
}

/**
 * The ids of `objects` with the given keys, by key. Fails naming every key no object has, so one run shows all
 * the mistakes: `lookup` is the function's name, `noun` the kind, `where` the place that was searched, `advice`
 * what to do about a missing key.
 */
export function idsByKey(
  lookup: string,
  noun: string,
  keys: readonly string[],
  objects: Iterable<{ readonly key: string; readonly id: string }>,
  where: string,
  advice?: string,
): Record<string, string> {
  const found = pickByKey({ caller: lookup, noun, where, ...(advice ? { advice } : {}) }, keys, objects, (object) => object.key);
  return Object.fromEntries(keys.map((key, i) => [key, found[i]!.id]));
}
