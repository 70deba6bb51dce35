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
  overrideActiveTenant: z.boolean().nullish().transform((v) => v ?? undefined),
  subAccountAccessLimit: z.number().nullish().transform((v) => v ?? undefined),
  skipEmailDomainValidation: z.boolean().nullish().transform((v) => v ?? undefined),
  idpClientId: optionalString,
  /** A secret, when Frontegg returns it at all (unverified). */
  idpClientSecret: optionalString,
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
  readonly overrideActiveTenant?: boolean;
  readonly subAccountAccessLimit?: number;
  /** Not in the published DTO; Frontegg's Terraform provider sends and reads it. */
  readonly skipEmailDomainValidation?: boolean;
  readonly idpClientId?: string;
  readonly idpClientSecret?: string;
}

/** An identity-provider group mapped to roles on one SSO connection. */
export const SsoGroupSchema = z.object({
  id: z.string(),
  group: z.string(),
  roleIds: z.array(z.string()).nullish().transform((v) => v ?? []),
});
/** An identity-provider group mapped to roles. */
export type SsoGroup = z.output<typeof SsoGroupSchema>;

/** The body of a group create or update: Frontegg requires both fields on both routes. */
export interface SsoGroupRequest {
  readonly group: string;
  readonly roleIds: readonly string[];
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

  /**
   * Creates a SAML connection from the identity provider's metadata XML, from which Frontegg takes the sign-in URL
   * and signing certificate. The spec documents no response body: `undefined` when Frontegg sends none.
   */
  createByMetadata(tenantId: string, metadata: string): Promise<SsoConfiguration | undefined> {
    return this.http.send({ method: "POST", path: `${BASE}/metadata`, tenantId, body: { metadata }, response: SsoConfigurationSchema, emptyBodyAllowed: true });
  }

  /** Re-reads a connection's identity-provider settings from new metadata XML. */
  updateByMetadata(tenantId: string, configurationId: string, metadata: string): Promise<void> {
    return this.http.send({ method: "PUT", path: `${BASE}/${segment(configurationId)}/metadata`, tenantId, body: { metadata } });
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

  /** The groups mapped to roles on a connection. There is no get-by-id. */
  listGroups(tenantId: string, configurationId: string): Promise<SsoGroup[]> {
    return this.http.send({ method: "GET", path: `${BASE}/${segment(configurationId)}/groups`, tenantId, response: z.array(SsoGroupSchema) });
  }

  /** Maps a group to roles. */
  createGroup(tenantId: string, configurationId: string, group: SsoGroupRequest): Promise<SsoGroup> {
    return this.http.send({ method: "POST", path: `${BASE}/${segment(configurationId)}/groups`, tenantId, body: group, response: SsoGroupSchema });
  }

  /** REPLACES a mapping's group name and roles (both required). The answer's body is not relied on. */
  updateGroup(tenantId: string, configurationId: string, groupId: string, group: SsoGroupRequest): Promise<void> {
    return this.http.send({ method: "PATCH", path: `${BASE}/${segment(configurationId)}/groups/${segment(groupId)}`, tenantId, body: group });
  }

  /** Removes a mapping. */
  deleteGroup(tenantId: string, configurationId: string, groupId: string): Promise<void> {
    return this.http.send({ method: "DELETE", path: `${BASE}/${segment(configurationId)}/groups/${segment(groupId)}`, tenantId });
  }
}
