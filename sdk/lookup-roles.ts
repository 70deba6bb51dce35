/**
 * `lookupRoleIds`: ids of roles a program references but does not manage, such as Frontegg's built-in "Admin"
 * and "Read Only" (keys `Admin`, `ReadOnly`), whose ids differ from one environment to the next, or roles another
 * stack manages.
 */
import * as pulumi from "@pulumi/pulumi";
import { roleIdsByKey, withClient } from "./lookup-reads";

/** Options of {@link lookupRoleIds}. */
export interface LookupRoleIdsOptions {
  /**
   * Look among this tenant's (account's) own roles first, then among the environment's. Without it, only the
   * environment's roles are searched.
   */
  readonly tenantId?: string;
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
