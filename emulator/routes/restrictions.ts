import { randomUUID } from "node:crypto";
import { isIP } from "node:net";
import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { fail } from "../errors";
import { defineRoute } from "../route";
import type { EmailDomainRestriction, EmulatorState, IpRestriction, JsonObject, PolicyRecord } from "../state";
import { found, nowIso, paged } from "./common";

/**
 * IP and e-mail domain restrictions (identity.json only; notes-more §12).
 *
 * IP restrictions (`/identity/resources/configurations/v1/restrictions/ip`) take an optional
 * `frontegg-tenant-id` ("required ... when using a management token; parsed from the token when using user or API
 * tokens"): the emulator scopes by it and, without it, serves the environment's own list and configuration.
 * - POST is "Create or update": the emulator keys it by `ip` within the scope, as the string was sent (the key
 *   is unverified); an existing entry keeps its id and takes the fields sent.
 * - GET lists one scope, paginated like Frontegg's v2 lists: `_limit` (default 50), `_offset` a 0-based page,
 *   `_filter` a case-insensitive substring of `ip` or `description` (unverified).
 * - The configuration is 404 until the scope's first POST (the spec gives no GET body schema to default); a POST
 *   merges `strategy` / `isActive` onto what is stored. A first POST without `strategy` takes BLOCK (unverified):
 *   an empty block list blocks no one, an empty allow list everyone.
 * - `ip` is checked here (an IPv4 or IPv6 address, optionally with a prefix length in range; no zone id), since
 *   the spec says only "IP or CIDR".
 *
 * E-mail domain restrictions (`/identity/resources/configurations/restrictions/v1/email-domain`) declare no
 * tenant header: the emulator serves one environment-wide list and ignores the header.
 * - The spec's `domain` pattern is the placeholder `domainRegex`: spec-overrides.ts puts a DNS-name check of the
 *   emulator's own in its place rather than applying the placeholder literally.
 * - A domain is restricted once, whatever its `type` (compared case-insensitively): a second POST is 409
 *   (unverified). The list declares no paging parameters and answers everything on one page.
 * - The configuration always exists: `{ active: false, listType: "BLOCK", blockPublicDomains: false }` until
 *   written (defaults unverified); POST takes `type` and answers it as `listType`; omitted fields keep their value.
 */

const IP = "/identity/resources/configurations/v1/restrictions/ip";
const DOMAINS = "/identity/resources/configurations/restrictions/v1/email-domain";
const IP_CONFIG_KIND = "ip-restriction-config";
const DOMAIN_CONFIG_KIND = "email-domain-restriction-config";
const DEFAULT_PAGE_SIZE = 50;
const DOMAIN_CONFIG_DEFAULTS: JsonObject = { active: false, listType: "BLOCK", blockPublicDomains: false };

interface IpRestrictionBody {
  ip: string;
  strategy: string;
  description?: string;
  isActive?: boolean;
}

/** An address or a CIDR range, IPv4 or IPv6, as the spec's "IP or CIDR (v4 and v6 are supported)" reads. */
function isIpOrCidr(value: string): boolean {
  const parts = value.split("/");
  if (parts.length > 2 || value.includes("%")) return false;
  const version = isIP(parts[0] ?? "");
  if (version === 0) return false;
  if (parts.length === 1) return true;
  const prefix = parts[1] ?? "";
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

function ipView(r: IpRestriction): Record<string, unknown> {
  return {
    id: r.id,
    ip: r.ip,
    strategy: r.strategy,
    ...(r.description !== null ? { description: r.description } : {}),
    isActive: r.isActive,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** Registers the restriction routes. */
export function registerRestrictionRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = (): EmulatorState => ctx.store.state;
  const config = (kind: string, tenantId: string | null): PolicyRecord | undefined =>
    state().policies.find((p) => p.kind === kind && p.tenantId === tenantId);
  const saveConfig = (kind: string, tenantId: string | null, value: JsonObject): JsonObject => {
    const existing = config(kind, tenantId);
    if (existing) existing.value = value;
    else state().policies.push({ kind, tenantId, value });
    return value;
  };

  defineRoute(app, ctx, `GET ${IP}/config`, ({ tenantId }) => {
    const existing = config(IP_CONFIG_KIND, tenantId);
    if (!existing) throw fail("IP_RESTRICTION_CONFIG_NOT_FOUND");
    return { status: 200, body: existing.value };
  });

  defineRoute<{ strategy?: string; isActive?: boolean }>(app, ctx, `POST ${IP}/config`, ({ body, tenantId }) => {
    const current = config(IP_CONFIG_KIND, tenantId)?.value ?? { strategy: "BLOCK", isActive: false };
    const value = saveConfig(IP_CONFIG_KIND, tenantId, {
      strategy: body.strategy ?? current.strategy ?? "BLOCK",
      isActive: body.isActive ?? current.isActive ?? false,
    });
    return { status: 201, body: value };
  });

  defineRoute(app, ctx, `GET ${IP}`, ({ query, tenantId }) => {
    const limit = typeof query._limit === "number" ? Math.floor(query._limit) : DEFAULT_PAGE_SIZE;
    const pageNumber = typeof query._offset === "number" ? Math.floor(query._offset) : 0;
    const filter = typeof query._filter === "string" ? query._filter.toLowerCase() : "";
    const items = state()
      .ipRestrictions.filter((r) => r.tenantId === tenantId)
      .filter((r) => filter === "" || `${r.ip} ${r.description ?? ""}`.toLowerCase().includes(filter))
      .map(ipView);
    return { status: 200, body: paged(items, "/resources/configurations/v1/restrictions/ip", limit, pageNumber) };
  });

  defineRoute<IpRestrictionBody>(app, ctx, `POST ${IP}`, ({ body, tenantId }) => {
    if (!isIpOrCidr(body.ip)) throw fail("VALIDATION", "ip must be an IP address or a CIDR range (IPv4 or IPv6)");
    const now = nowIso();
    const existing = state().ipRestrictions.find((r) => r.tenantId === tenantId && r.ip === body.ip);
    if (existing) {
      existing.strategy = body.strategy;
      if (body.description !== undefined) existing.description = body.description;
      if (body.isActive !== undefined) existing.isActive = body.isActive;
      existing.updatedAt = now;
      return { status: 201, body: ipView(existing) };
    }
    const created: IpRestriction = {
      id: randomUUID(),
      tenantId,
      ip: body.ip,
      strategy: body.strategy,
      description: body.description ?? null,
      isActive: body.isActive ?? true,
      createdAt: now,
      updatedAt: now,
    };
    state().ipRestrictions.push(created);
    return { status: 201, body: ipView(created) };
  });

  defineRoute(app, ctx, `DELETE ${IP}/{id}`, ({ params, tenantId }) => {
    const target = found(
      state().ipRestrictions.find((r) => r.id === params.id && r.tenantId === tenantId),
      "IP_RESTRICTION_NOT_FOUND",
      "IP restriction",
      params.id,
    );
    state().ipRestrictions = state().ipRestrictions.filter((r) => r !== target);
    return { status: 200 };
  });

  const domainConfig = (): JsonObject => ({ ...DOMAIN_CONFIG_DEFAULTS, ...config(DOMAIN_CONFIG_KIND, null)?.value });

  defineRoute(app, ctx, `GET ${DOMAINS}/config`, () => ({ status: 200, body: domainConfig() }));

  defineRoute<{ active: boolean; type?: string; blockPublicDomains?: boolean }>(app, ctx, `POST ${DOMAINS}/config`, ({ body }) => {
    const current = domainConfig();
    const value = saveConfig(DOMAIN_CONFIG_KIND, null, {
      active: body.active,
      listType: body.type ?? current.listType ?? "BLOCK",
      blockPublicDomains: body.blockPublicDomains ?? current.blockPublicDomains ?? false,
    });
    return { status: 201, body: value };
  });

  defineRoute(app, ctx, `GET ${DOMAINS}`, () => {
    const items = state().emailDomainRestrictions.map((r) => ({ ...r }));
    return { status: 200, body: paged(items, "/resources/configurations/restrictions/v1/email-domain", Math.max(items.length, 1), 0) };
  });

  defineRoute<{ domain: string; type: string }>(app, ctx, `POST ${DOMAINS}`, ({ body }) => {
    const domain = body.domain.toLowerCase();
    if (state().emailDomainRestrictions.some((r) => r.domain.toLowerCase() === domain)) {
      throw fail("EMAIL_DOMAIN_RESTRICTION_ALREADY_EXISTS", `Domain restriction for ${body.domain} already exists`);
    }
    const created: EmailDomainRestriction = { id: randomUUID(), domain: body.domain, type: body.type };
    state().emailDomainRestrictions.push(created);
    return { status: 201, body: { ...created } };
  });

  defineRoute(app, ctx, `DELETE ${DOMAINS}/{id}`, ({ params }) => {
    const target = found(
      state().emailDomainRestrictions.find((r) => r.id === params.id),
      "EMAIL_DOMAIN_RESTRICTION_NOT_FOUND",
      "Domain restriction",
      params.id,
    );
    state().emailDomainRestrictions = state().emailDomainRestrictions.filter((r) => r !== target);
    return { status: 200 };
  });
}
