/**
 * IP restrictions (`/identity/resources/configurations/v1/restrictions/ip`, environment-wide or per tenant) and
 * sign-up e-mail domain restrictions (`/identity/resources/configurations/restrictions/v1/email-domain`,
 * environment-wide): each a list of entries plus a configuration saying which list applies and whether it is on.
 * Sources: identity.json only (notes-more §12); the IP entries' response shape is not published.
 */
import { z } from "zod";
import { EMAIL_DOMAIN_RESTRICTION_TYPES, IP_RESTRICTION_STRATEGIES } from "../generated/spec-enums";
import { HttpTransport } from "../http";
import { optionalString, orAbsentWhenNotFound, readAllPages, segment, TenantScope } from "./common";

const IP = "/identity/resources/configurations/v1/restrictions/ip";
const DOMAINS = "/identity/resources/configurations/restrictions/v1/email-domain";

/** Entries per page of the IP list: the documented default of Frontegg's v2 lists (its maximum is unpublished). */
export const IP_RESTRICTION_PAGE_SIZE = 50;

import type { EmailDomainRestrictionType, IpRestrictionStrategy } from "../enums";
export type { EmailDomainRestrictionType, IpRestrictionStrategy } from "../enums";

/**
 * An IP restriction as Frontegg lists it. The spec's item schema is empty (notes-more §12: "expect the request
 * fields plus id"), so only `id` and `ip` are required here; a field Frontegg leaves out reads as undefined.
 */
export const IpRestrictionSchema = z.object({
  id: z.string(),
  ip: z.string(),
  strategy: z.enum(IP_RESTRICTION_STRATEGIES).optional(),
  description: optionalString,
  isActive: z.boolean().optional(),
});
/** An IP restriction as Frontegg lists it. */
export type IpRestriction = z.output<typeof IpRestrictionSchema>;

/** Body of an IP restriction write: Frontegg's POST creates the entry or updates the one with this `ip`. */
export interface IpRestrictionRequest {
  /** An address or CIDR range, IPv4 or IPv6. */
  readonly ip: string;
  readonly strategy: IpRestrictionStrategy;
  readonly description?: string;
  readonly isActive?: boolean;
}

/** The IP restriction configuration (the spec gives no response schema: every field may be missing). */
export const IpRestrictionConfigSchema = z.object({
  strategy: z.enum(IP_RESTRICTION_STRATEGIES).optional(),
  isActive: z.boolean().optional(),
});
/** The IP restriction configuration. */
export type IpRestrictionConfig = z.output<typeof IpRestrictionConfigSchema>;
/** Body of an IP restriction configuration write. */
export type IpRestrictionConfigRequest = IpRestrictionConfig;

/** An e-mail domain restriction (`DomainRestrictionsResponse`). */
export const EmailDomainRestrictionSchema = z.object({
  id: z.string(),
  domain: z.string(),
  type: z.enum(EMAIL_DOMAIN_RESTRICTION_TYPES),
});
/** An e-mail domain restriction. */
export type EmailDomainRestriction = z.output<typeof EmailDomainRestrictionSchema>;

/** The e-mail domain restriction configuration (`DomainRestrictionsConfigResponse`): note `listType` out. */
export const EmailDomainRestrictionConfigSchema = z.object({
  active: z.boolean(),
  listType: z.enum(EMAIL_DOMAIN_RESTRICTION_TYPES),
  blockPublicDomains: z.boolean(),
});
/** The e-mail domain restriction configuration. */
export type EmailDomainRestrictionConfig = z.output<typeof EmailDomainRestrictionConfigSchema>;
/** Body of a configuration write (`DomainRestrictionsConfigUpdateRequest`): note `type` in. */
export interface EmailDomainRestrictionConfigRequest {
  readonly active: boolean;
  readonly type?: EmailDomainRestrictionType;
  readonly blockPublicDomains?: boolean;
}

/** A page of a v2-style list: `_metadata` is declared by the spec but not required by it. */
/** IP restriction calls; a `tenantId` scope sends `frontegg-tenant-id`. */
export class IpRestrictionsApi {
  constructor(private readonly http: HttpTransport) {}

  /** Every entry of the scope, all pages read. */
  list(scope: TenantScope = {}, pageSize = IP_RESTRICTION_PAGE_SIZE): Promise<IpRestriction[]> {
    return readAllPages(this.http, { path: IP, tenantId: scope.tenantId, item: IpRestrictionSchema, pageSize, keyOf: (entry) => entry.id });
  }

  /**
   * Creates the entry, or updates the one with the same `ip` ("Create or update" in the spec). Frontegg documents
   * no response body: the entry as answered, or undefined when the answer does not carry one.
   */
  async save(restriction: IpRestrictionRequest, scope: TenantScope = {}): Promise<IpRestriction | undefined> {
    const answer = await this.http.send({
      method: "POST",
      path: IP,
      body: restriction,
      tenantId: scope.tenantId,
      response: z.unknown(),
      emptyBodyAllowed: true,
    });
    const parsed = IpRestrictionSchema.safeParse(answer);
    return parsed.success ? parsed.data : undefined;
  }

  /** Deletes an entry by id. */
  delete(id: string, scope: TenantScope = {}): Promise<void> {
    return this.http.send({ method: "DELETE", path: `${IP}/${segment(id)}`, tenantId: scope.tenantId });
  }

  /** The configuration, or undefined while the scope has none (404 or an empty answer). */
  getConfig(scope: TenantScope = {}): Promise<IpRestrictionConfig | undefined> {
    return orAbsentWhenNotFound(() =>
      this.http.send({ method: "GET", path: `${IP}/config`, tenantId: scope.tenantId, response: IpRestrictionConfigSchema, emptyBodyAllowed: true }),
    );
  }

  /** Creates or updates the configuration ("Create or update" in the spec); resending it changes nothing more. */
  async saveConfig(config: IpRestrictionConfigRequest, scope: TenantScope = {}): Promise<void> {
    await this.http.send({ method: "POST", path: `${IP}/config`, body: config, tenantId: scope.tenantId, idempotent: true });
  }
}

/**
 * E-mail domain restriction calls. The routes declare no tenant header, so they are environment-wide here. The
 * spec's replace-bulk route is deliberately absent: it would remove every domain a program does not declare.
 */
export class EmailDomainRestrictionsApi {
  constructor(private readonly http: HttpTransport) {}

  /** Every restricted domain (all pages, should Frontegg page a list that declares no paging parameters). */
  list(): Promise<EmailDomainRestriction[]> {
    return readAllPages(this.http, { path: DOMAINS, item: EmailDomainRestrictionSchema, keyOf: (entry) => entry.id });
  }

  /** Restricts one domain. */
  add(restriction: { readonly domain: string; readonly type: EmailDomainRestrictionType }): Promise<EmailDomainRestriction> {
    return this.http.send({ method: "POST", path: DOMAINS, body: restriction, response: EmailDomainRestrictionSchema });
  }

  /** Removes one domain's restriction by id. */
  delete(id: string): Promise<void> {
    return this.http.send({ method: "DELETE", path: `${DOMAINS}/${segment(id)}` });
  }

  /** The configuration, or undefined when Frontegg answers none (404 or an empty answer). */
  getConfig(): Promise<EmailDomainRestrictionConfig | undefined> {
    return orAbsentWhenNotFound(() =>
      this.http.send({ method: "GET", path: `${DOMAINS}/config`, response: EmailDomainRestrictionConfigSchema, emptyBodyAllowed: true }),
    );
  }

  /** Writes the configuration; resending it changes nothing more. */
  async saveConfig(config: EmailDomainRestrictionConfigRequest): Promise<void> {
    await this.http.send({ method: "POST", path: `${DOMAINS}/config`, body: config, idempotent: true });
  }
}

/** Both kinds of restriction, grouped. */
export class RestrictionsApi {
  readonly ip: IpRestrictionsApi;
  readonly emailDomains: EmailDomainRestrictionsApi;

  constructor(http: HttpTransport) {
    this.ip = new IpRestrictionsApi(http);
    this.emailDomains = new EmailDomainRestrictionsApi(http);
  }
}
