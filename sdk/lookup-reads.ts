/**
 * The reads behind the lookup functions, which take a client. Apart from the public modules (./lookup,
 * ./lookup-features, ./lookup-roles) so that their declarations, which the package root re-exports, never
 * reach the client's, and through them zod's (see ../provider/client/enums). Each read is the native provider's
 * function of the same kind run in the program (provider/functions), so there is one implementation and one
 * message for a missing key, named after the lookup the program called.
 */
import * as pulumi from "@pulumi/pulumi";
import { FronteggClient } from "../provider/client";
import { CONFIG_KEYS, clientOptionsFromConfig } from "../provider/configuration";
import { getFeatures, getPermissions, getRoles } from "../provider/functions";
import { PACKAGE } from "../provider/package-name";
import type { LookupRoleIdsOptions } from "./lookup-roles";

/** Runs `read` with a client built from the stack's Frontegg connection settings; the result is not secret. */
export function withClient<T>(read: (client: FronteggClient) => Promise<T>): pulumi.Output<T> {
  const config = new pulumi.Config(PACKAGE);
  // Setting name (what Config in the package's namespace reads) beside its full key (what the client options ask for).
  const keys = Object.entries(CONFIG_KEYS);
  const values = keys.map(([setting]) => (setting === "secretKey" ? config.getSecret(setting) : config.get(setting)));
  const result = pulumi.all(values).apply(async (resolved) => {
    const settings = new Map<string, string | undefined>(keys.map(([, key], i) => [key, resolved[i]]));
    return read(new FronteggClient(clientOptionsFromConfig({ get: (key) => settings.get(key) })));
  });
  // The result was read with the secret key, but ids are not secrets.
  return pulumi.unsecret(result);
}

/** The ids of the permissions with the given keys (built-ins included), by key; fails naming every missing key. */
export async function permissionIdsByKey(client: FronteggClient, keys: readonly string[]): Promise<Record<string, string>> {
  return (await getPermissions.run(client, { keys: [...keys] }, "lookupPermissionIds")).ids;
}

/** The ids of the features with the given keys, by key, read with every page of Frontegg's list. */
export async function featureIdsByKey(client: FronteggClient, keys: readonly string[]): Promise<Record<string, string>> {
  return (await getFeatures.run(client, { keys: [...keys] }, "lookupFeatureIds")).ids;
}

/**
 * The ids of the roles with the given keys in one scope, by key. Frontegg's list of a tenant's roles also shows
 * the environment's: a tenant's own role wins over an environment role with the same key.
 */
export async function roleIdsByKey(client: FronteggClient, keys: readonly string[], options: LookupRoleIdsOptions = {}): Promise<Record<string, string>> {
  const { tenantId } = options;
  return (await getRoles.run(client, { keys: [...keys], ...(tenantId ? { tenantId } : {}) }, "lookupRoleIds")).ids;
}
