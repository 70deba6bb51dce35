/**
 * `lookupRoleIds`: ids of roles a program references but does not manage, such as Frontegg's built-in "Admin"
 * and "Read Only" (keys `Admin`, `ReadOnly`), whose ids differ from one environment to the next, or roles another
 * stack manages.
 */
import * as pulumi from "@pulumi/pulumi";
import { FronteggClient } from "../provider/client";
import { getRoles } from "../provider/functions";
import { withClient } from "./lookup";

/** Options of {@link lookupRoleIds}. */
export interface LookupRoleIdsOptions {
  /**
   * Look among this tenant's (account's) own roles first, then among the environment's. Without it, only the
   * environment's roles are searched.
   */
  readonly tenantId?: string;
}

/**
 * The ids of the roles with the given keys in one scope, by key; fails naming every key no role has. Frontegg's
 * list of a tenant's roles also shows the environment's: a tenant's own role wins over an environment role with
 * the same key.
 */
export async function roleIdsByKey(client: FronteggClient, keys: readonly string[], options: LookupRoleIdsOptions = {}): Promise<Record<string, string>> {
  // The native provider's getRoles, run in the program: one implementation, one message for a missing key.
  const { tenantId } = options;
  return (await getRoles.run(client, { keys: [...keys], ...(tenantId ? { tenantId } : {}) }, "lookupRoleIds")).ids;
}

/**
 * The ids of the roles with the given keys, by key, environment-wide or (with `tenantId`) in one tenant; fails
 * naming every key that does not exist.
 *
 * @example
 * ```ts
 * const builtIn = frontegg.lookupRoleIds(["Admin", "ReadOnly"]);
 * new frontegg.SsoConfiguration("acme", { tenantId: "acme", type: "saml", ssoEndpoint: "https://idp.acme.example/sso",
 *     roleIds: [builtIn.apply((ids) => ids["ReadOnly"]!)] });
 * ```
 */
export function lookupRoleIds(keys: readonly string[], options: LookupRoleIdsOptions = {}): pulumi.Output<Record<string, string>> {
  return withClient((client) => roleIdsByKey(client, keys, options));
}
