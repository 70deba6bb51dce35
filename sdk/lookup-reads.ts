/**
 * The reads behind the lookup functions, which take a client. Apart from the public modules (./lookup,
 * ./lookup-features, ./lookup-roles) so that their declarations, which the package root re-exports, never
 * reach the client's, and through them zod's (see ../provider/client/enums).
 */
import * as pulumi from "@pulumi/pulumi";
import { FronteggClient } from "../provider/client";
import { CONFIG_KEYS, clientOptionsFromConfig } from "../provider/configuration";
import type { LookupRoleIdsOptions } from "./lookup-roles";

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
 * The ids of the features with the given keys, by key, read with every page of Frontegg's list. Throws an error
 * naming every key that does not exist.
 */
export async function featureIdsByKey(client: FronteggClient, keys: readonly string[]): Promise<Record<string, string>> {
  const wanted = [...new Set(keys)];
  if (wanted.length === 0) return {};
  const features = await client.entitlements.features.list(wanted);
  return idsByKey("lookupFeatureIds", "feature", wanted, features, "the Frontegg environment",
    "check the keys, or declare the features with Feature resources and use their featureId outputs");
}

/**
 * The ids of the roles with the given keys in one scope, by key; fails naming every key no role has. Frontegg's
 * list of a tenant's roles also shows the environment's: a tenant's own role wins over an environment role with
 * the same key.
 */
export async function roleIdsByKey(client: FronteggClient, keys: readonly string[], options: LookupRoleIdsOptions = {}): Promise<Record<string, string>> {
  const { tenantId } = options;
  const roles = await client.roles.list(tenantId ? { tenantId } : {});
  const own = roles.filter((r) => (r.tenantId ?? undefined) === tenantId);
  const environment = tenantId ? roles.filter((r) => !r.tenantId) : [];
  const where = tenantId ? `tenant "${tenantId}" or the Frontegg environment` : "the Frontegg environment (set tenantId to look in a tenant)";
  return idsByKey("lookupRoleIds", "role", keys, [...own, ...environment], where);
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
  const byKey = new Map<string, string>();
  // The first object with a key wins: callers list the preferred scope first.
  for (const { key, id } of objects) if (!byKey.has(key)) byKey.set(key, id);
  const missing = [...new Set(keys.filter((key) => !byKey.has(key)))];
  if (missing.length > 0) {
    throw new Error(`${lookup}: no ${noun} with key ${missing.map((k) => `"${k}"`).join(", ")} in ${where}${advice ? `: ${advice}` : ""}`);
  }
  return Object.fromEntries(keys.map((key) => [key, byKey.get(key)!]));
}
