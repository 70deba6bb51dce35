/**
 * A tenant's SSO connections: `/team/resources/sso/v1/configurations`. Every call needs the tenant scope.
 * The spec documents no response bodies here; the shapes follow Frontegg's own clients.
 */
import { z } from "zod";
import { HttpTransport } from "../http";
import { optionalString, segment, timestamp } from "./common";

const BASE = "/team/resources/sso/v1/configurations";

/** A domain attached to an SSO connection; users of that domain are routed to it once it is validated. */
export const SsoDomainSchema = z.object({
  id: z.string(),
  domain: z.string(),
  validated: z.boolean().default(false),
  /** The DNS TXT record that proves ownership of the domain. */
  txtRecord: optionalString,
});
/** A domain attached to an SSO connection. */
export type SsoDomain = z.output<typeof SsoDomainSchema>;

/** An SSO connection as Frontegg returns it; `oidcSecret` is a secret. */
export const SsoConfigurationSchema = z.object({
  id: z.string(),
  type: z.string(),
  enabled: z.boolean(),
  ssoEndpoint: optionalString,
  /** Base64 of the IdP's signing certificate. */
  publicCertificate: optionalString,
  signRequest: z.boolean().nullish().transform((v) => v ?? undefined),
  acsUrl: optionalString,
  spEntityId: optionalString,
  oidcClientId: optionalString,
  oidcSecret: optionalString,
  generatedVerification: optionalString,
  domains: z.array(SsoDomainSchema).default([]),
  roleIds: z.array(z.string()).default([]),
  createdAt: timestamp.optional(),
  updatedAt: timestamp.optional(),
});
/** An SSO connection as Frontegg returns it. */
export type SsoConfiguration = z.output<typeof SsoConfigurationSchema>;

/** The writable fields of an SSO connection. */
export interface SsoConfigurationRequest {
  readonly type?: "saml" | "oidc";
  readonly enabled?: boolean;
  readonly ssoEndpoint?: string;
  readonly publicCertificate?: string;
  readonly signRequest?: boolean;
  readonly acsUrl?: string;
  readonly spEntityId?: string;
  readonly oidcClientId?: string;
  readonly oidcSecret?: string;
}

/** Typed calls for a tenant's SSO connections. */
export class SsoApi {
  constructor(private readonly http: HttpTransport) {}

  /** The tenant's SSO connections with their domains. */
  list(tenantId: string): Promise<SsoConfiguration[]> {
    return this.http.send({ method: "GET", path: BASE, tenantId, response: z.array(SsoConfigurationSchema) });
  }

  /** Creates a connection. */
  create(tenantId: string, configuration: SsoConfigurationRequest): Promise<SsoConfiguration> {
    return this.http.send({ method: "POST", path: BASE, tenantId, body: configuration, response: SsoConfigurationSchema });
  }

  /** Updates the given fields of a connection. */
  update(tenantId: string, configurationId: string, changes: SsoConfigurationRequest): Promise<SsoConfiguration> {
    return this.http.send({ method: "PATCH", path: `${BASE}/${segment(configurationId)}`, tenantId, body: changes, response: SsoConfigurationSchema });
  }

  /** Deletes a connection with its domains. */
  delete(tenantId: string, configurationId: string): Promise<void> {
    return this.http.send({ method: "DELETE", path: `${BASE}/${segment(configurationId)}`, tenantId });
  }

  /** Attaches a domain; Frontegg answers with the domain and the TXT record that validates it. */
  addDomain(tenantId: string, configurationId: string, domain: string): Promise<SsoDomain> {
    return this.http.send({
      method: "POST",
      path: `${BASE}/${segment(configurationId)}/domains`,
      tenantId,
      body: { domain },
      response: SsoDomainSchema,
    });
  }

  /** Detaches a domain. */
  deleteDomain(tenantId: string, configurationId: string, domainId: string): Promise<void> {
    return this.http.send({ method: "DELETE", path: `${BASE}/${segment(configurationId)}/domains/${segment(domainId)}`, tenantId });
  }

  /** REPLACES the roles given to users who sign in through this connection. */
  setDefaultRoles(tenantId: string, configurationId: string, roleIds: readonly string[]): Promise<void> {
    return this.http.send({ method: "PUT", path: `${BASE}/${segment(configurationId)}/roles`, tenantId, body: { roleIds } });
  }

  /** The roles given to users who sign in through this connection. */
  async getDefaultRoles(tenantId: string, configurationId: string): Promise<string[]> {
    const body = await this.http.send({
      method: "GET",
      path: `${BASE}/${segment(configurationId)}/roles`,
      tenantId,
      response: z.union([z.object({ roleIds: z.array(z.string()) }), z.array(z.string())]),
    });
    return Array.isArray(body) ? body : body.roleIds;
  }
}
