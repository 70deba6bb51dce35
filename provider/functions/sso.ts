/** A tenant's SSO connections. Secrets (the OIDC secret, the IdP client secret) are never returned. */
import { z } from "zod";
import type { SsoConfiguration } from "../client/api/sso";
import { definedOnly } from "../lifecycle/definition";
import { defineFunction } from "./definition";

/** An SSO connection as the function returns it: no secret. */
export const SsoConfigurationResult = z.object({
  id: z.string().describe("The connection's id, e.g. for an SsoGroupMapping."),
  type: z.string().describe("`saml`, `oidc`, ..."),
  enabled: z.boolean().describe("Whether the connection is enabled."),
  ssoEndpoint: z.string().optional().describe("The identity provider's sign-in URL (SAML)."),
  oidcClientId: z.string().optional().describe("The OIDC client id (OIDC)."),
  domains: z.array(z.string()).describe("The e-mail domains routed to the connection."),
  roleIds: z.array(z.string()).describe("Ids of the roles users signing in through it get."),
});

function ssoResult(configuration: SsoConfiguration): z.output<typeof SsoConfigurationResult> {
  // Picked field by field: the connection's secrets never reach a result.
  const { id, type, enabled, ssoEndpoint, oidcClientId, roleIds } = configuration;
  return definedOnly({ id, type, enabled, ssoEndpoint, oidcClientId, domains: configuration.domains.map((domain) => domain.domain), roleIds });
}

/** `getSsoConfigurations`: every SSO connection of a tenant. */
export const getSsoConfigurations = defineFunction({
  name: "getSsoConfigurations",
  description:
    "Every SSO connection of a tenant, with its domains and default roles and without its secrets. An empty list when the tenant " +
    "has none.",
  inputs: z.object({ tenantId: z.string().min(1).describe("The tenant (account) whose connections to list.") }),
  outputs: z.object({ configurations: z.array(SsoConfigurationResult).describe("The tenant's SSO connections.") }),
  async run(client, { tenantId }) {
    return { configurations: (await client.sso.list(tenantId)).map(ssoResult) };
  },
});
