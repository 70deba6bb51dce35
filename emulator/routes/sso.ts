import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { fail } from "../errors";
import { defineRoute } from "../route";
import type { EmulatorState, JsonObject, SsoConfiguration, SsoDomain, SsoGroup } from "../state";
import { applyPatch, assertKnownIds, found, nowIso } from "./common";
import { visibleRoles } from "./roles";

/**
 * Tenant SSO configurations (`/team/resources/sso/v1/configurations`). The spec makes `frontegg-tenant-id`
 * required on every call (400 without it, from the spec's own header rule); another tenant's configurations
 * are invisible (404). Omitted strings are `null` and omitted booleans `false` (Frontegg's own values are
 * unverified). A domain can be claimed by one configuration in the whole environment (409 otherwise),
 * since email-domain routing must pick exactly one IdP.
 *
 * Group mappings (`/{configurationId}/groups`) live inside their configuration and go with it. A group can be
 * mapped once per configuration (409 otherwise): the stricter reading of a rule no source states (notes-more §9),
 * so a client relying on duplicates fails here first. Their roles must be roles the tenant can assign.
 *
 * Creating or updating from IdP metadata (`/metadata`) reads the sign-in URL (the HTTP-Redirect binding's
 * location when there is one, else the first) and the first signing certificate; which ones Frontegg picks from
 * metadata listing several is unverified.
 */

const BASE = "/team/resources/sso/v1/configurations";

type SsoBody = Partial<Record<string, unknown>> & {
  enabled?: boolean;
  type?: string;
  signRequest?: boolean;
};

/** The fields every configuration carries; the DTO's other properties are kept only when sent. */
const CORE_FIELDS = [
  "ssoEndpoint",
  "publicCertificate",
  "acsUrl",
  "spEntityId",
  "oidcClientId",
  "oidcSecret",
] as const satisfies ReadonlyArray<keyof SsoConfiguration>;

function configView(config: SsoConfiguration): Record<string, unknown> {
  return {
    id: config.id,
    enabled: config.enabled,
    type: config.type,
    ssoEndpoint: config.ssoEndpoint,
    publicCertificate: config.publicCertificate,
    signRequest: config.signRequest,
    acsUrl: config.acsUrl,
    spEntityId: config.spEntityId,
    oidcClientId: config.oidcClientId,
    oidcSecret: config.oidcSecret,
    ...config.extra,
    generatedVerification: config.generatedVerification,
    domains: config.domains.map((d) => ({ ...d })),
    roleIds: [...config.roleIds],
    groups: structuredClone(config.groups),
    createdAt: config.createdAt,
    updatedAt: config.updatedAt,
  };
}

/** The IdP sign-in URL and signing certificate (base64) of SAML metadata XML; 400 when either is missing. */
function readMetadata(xml: string): { ssoEndpoint: string; publicCertificate: string } {
  const text = xml.replace(/<!--[\s\S]*?-->/g, "");
  const idp = /<(?:[\w.-]+:)?IDPSSODescriptor\b[\s\S]*?<\/(?:[\w.-]+:)?IDPSSODescriptor>/.exec(text)?.[0] ?? "";
  const services = [...idp.matchAll(/<(?:[\w.-]+:)?SingleSignOnService\b([^>]*)>/g)].map((m) => ({
    binding: /Binding\s*=\s*["']([^"']*)["']/.exec(m[1]!)?.[1] ?? "",
    location: (/Location\s*=\s*["']([^"']*)["']/.exec(m[1]!)?.[1] ?? "").replace(/&amp;/g, "&"),
  }));
  const service = services.find((s) => s.binding.endsWith(":HTTP-Redirect")) ?? services[0];
  const signing = [...idp.matchAll(/<(?:[\w.-]+:)?KeyDescriptor\b([^>]*)>([\s\S]*?)<\/(?:[\w.-]+:)?KeyDescriptor>/g)].find(
    (m) => !/use\s*=\s*["']encryption["']/.test(m[1]!),
  );
  const certificate = /<(?:[\w.-]+:)?X509Certificate>([\s\S]*?)<\//.exec(signing?.[2] ?? "")?.[1]?.replace(/\s+/g, "");
  if (!service?.location || !certificate) throw fail("SSO_METADATA_INVALID", "Metadata has no IdP sign-in URL or signing certificate");
  return { ssoEndpoint: service.location, publicCertificate: certificate };
}

function requireTenant(tenantId: string | null): string {
  // The spec's header rule already rejects calls without it; this only narrows the type.
  if (tenantId === null) throw fail("VALIDATION", "frontegg-tenant-id header is required");
  return tenantId;
}

/** Registers the tenant SSO routes. */
export function registerSsoRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = (): EmulatorState => ctx.store.state;
  const extraFields = ctx.spec
    .propertyNames("sso", "CreateSSOConfigurationRequestDto")
    .filter((name) => !(CORE_FIELDS as readonly string[]).includes(name) && !["enabled", "type", "signRequest"].includes(name));
  const config = (tenantId: string | null, id: string): SsoConfiguration => {
    const tenant = requireTenant(tenantId);
    return found(
      state().ssoConfigurations.find((c) => c.id === id && c.tenantId === tenant),
      "SSO_CONFIG_NOT_FOUND",
      "SSO configuration",
      id,
    );
  };
  const applyBody = (target: SsoConfiguration, body: SsoBody): void => {
    applyPatch(target, body as Partial<SsoConfiguration>, ["enabled", "type", "signRequest", ...CORE_FIELDS]);
    for (const field of extraFields) if (body[field] !== undefined) target.extra[field] = body[field] as JsonObject[string];
  };

  defineRoute(app, ctx, `GET ${BASE}`, ({ tenantId }) => {
    const tenant = requireTenant(tenantId);
    return { status: 200, body: state().ssoConfigurations.filter((c) => c.tenantId === tenant).map(configView) };
  });

  const create = (tenantId: string | null, body: SsoBody): SsoConfiguration => {
    const now = nowIso();
    const created: SsoConfiguration = {
      id: randomUUID(),
      tenantId: requireTenant(tenantId),
      enabled: false,
      type: "saml",
      ssoEndpoint: null,
      publicCertificate: null,
      signRequest: false,
      acsUrl: null,
      spEntityId: null,
      oidcClientId: null,
      oidcSecret: null,
      extra: {},
      generatedVerification: randomUUID(),
      domains: [],
      roleIds: [],
      groups: [],
      createdAt: now,
      updatedAt: now,
    };
    applyBody(created, body);
    state().ssoConfigurations.push(created);
    return created;
  };

  defineRoute<SsoBody>(app, ctx, `POST ${BASE}`, ({ body, tenantId }) => ({ status: 201, body: configView(create(tenantId, body)) }));

  defineRoute<{ metadata: string }>(app, ctx, `POST ${BASE}/metadata`, ({ body, tenantId }) => {
    const fromXml = readMetadata(body.metadata);
    return { status: 201, body: configView(create(tenantId, { type: "saml", ...fromXml })) };
  });

  defineRoute<{ metadata: string }>(app, ctx, `PUT ${BASE}/{configurationId}/metadata`, ({ body, params, tenantId }) => {
    const target = config(tenantId, params.configurationId);
    applyBody(target, readMetadata(body.metadata));
    target.updatedAt = nowIso();
    return { status: 200, body: configView(target) };
  });

  defineRoute<SsoBody>(app, ctx, `PATCH ${BASE}/{configurationId}`, ({ body, params, tenantId }) => {
    const target = config(tenantId, params.configurationId);
    applyBody(target, body);
    target.updatedAt = nowIso();
    return { status: 200, body: configView(target) };
  });

  defineRoute(app, ctx, `DELETE ${BASE}/{configurationId}`, ({ params, tenantId }) => {
    const target = config(tenantId, params.configurationId);
    state().ssoConfigurations = state().ssoConfigurations.filter((c) => c !== target);
    return { status: 200 };
  });

  defineRoute<{ domain: string }>(app, ctx, `POST ${BASE}/{configurationId}/domains`, ({ body, params, tenantId }) => {
    const target = config(tenantId, params.configurationId);
    const wanted = body.domain.toLowerCase();
    if (state().ssoConfigurations.some((c) => c.domains.some((d) => d.domain.toLowerCase() === wanted))) {
      throw fail("SSO_DOMAIN_ALREADY_EXISTS", `Domain ${body.domain} already exists`);
    }
    const domain: SsoDomain = {
      id: randomUUID(),
      domain: body.domain,
      validated: false,
      txtRecord: `_saml-domain-challenge.${randomUUID()}`,
    };
    target.domains.push(domain);
    target.updatedAt = nowIso();
    return { status: 201, body: { ...domain } };
  });

  defineRoute(app, ctx, `DELETE ${BASE}/{configurationId}/domains/{domainId}`, ({ params, tenantId }) => {
    const target = config(tenantId, params.configurationId);
    found(target.domains.find((d) => d.id === params.domainId), "SSO_DOMAIN_NOT_FOUND", "Domain", params.domainId);
    target.domains = target.domains.filter((d) => d.id !== params.domainId);
    target.updatedAt = nowIso();
    return { status: 200 };
  });

  /** Ids must be roles the connection's tenant can assign. */
  const assertRoles = (target: SsoConfiguration, roleIds: readonly string[]): void =>
    assertKnownIds(roleIds, new Set(visibleRoles(state(), target.tenantId).map((r) => r.id)), "Roles");

  // Default roles: PUT replaces the set (201, as Frontegg answers); ids must be roles the tenant can assign.
  defineRoute<{ roleIds: string[] }>(app, ctx, `PUT ${BASE}/{configurationId}/roles`, ({ body, params, tenantId }) => {
    const target = config(tenantId, params.configurationId);
    assertRoles(target, body.roleIds);
    target.roleIds = [...new Set(body.roleIds)];
    target.updatedAt = nowIso();
    return { status: 201, body: { roleIds: [...target.roleIds] } };
  });

  defineRoute(app, ctx, `GET ${BASE}/{configurationId}/roles`, ({ params, tenantId }) => ({
    status: 200,
    body: { roleIds: [...config(tenantId, params.configurationId).roleIds] },
  }));

  const group = (target: SsoConfiguration, groupId: string): SsoGroup =>
    found(target.groups.find((g) => g.id === groupId), "SSO_GROUP_NOT_FOUND", "SSO group", groupId);
  const assertGroupFree = (target: SsoConfiguration, name: string, except?: SsoGroup): void => {
    if (target.groups.some((g) => g !== except && g.group === name)) throw fail("SSO_GROUP_ALREADY_EXISTS", `Group ${name} already exists`);
  };
  const groupView = (g: SsoGroup): SsoGroup => ({ id: g.id, group: g.group, roleIds: [...g.roleIds] });

  defineRoute(app, ctx, `GET ${BASE}/{configurationId}/groups`, ({ params, tenantId }) => ({
    status: 200,
    body: config(tenantId, params.configurationId).groups.map(groupView),
  }));

  defineRoute<{ group: string; roleIds: string[] }>(app, ctx, `POST ${BASE}/{configurationId}/groups`, ({ body, params, tenantId }) => {
    const target = config(tenantId, params.configurationId);
    assertGroupFree(target, body.group);
    assertRoles(target, body.roleIds);
    const created: SsoGroup = { id: randomUUID(), group: body.group, roleIds: [...new Set(body.roleIds)] };
    target.groups.push(created);
    return { status: 201, body: groupView(created) };
  });

  // The spec requires both fields: the update replaces the mapping. Mappings are objects of their own: changing
  // them leaves the configuration's updatedAt alone (unverified).
  defineRoute<{ group: string; roleIds: string[] }>(app, ctx, `PATCH ${BASE}/{configurationId}/groups/{groupId}`, ({ body, params, tenantId }) => {
    const target = config(tenantId, params.configurationId);
    const mapping = group(target, params.groupId);
    assertGroupFree(target, body.group, mapping);
    assertRoles(target, body.roleIds);
    mapping.group = body.group;
    mapping.roleIds = [...new Set(body.roleIds)];
    return { status: 200, body: groupView(mapping) };
  });

  defineRoute(app, ctx, `DELETE ${BASE}/{configurationId}/groups/{groupId}`, ({ params, tenantId }) => {
    const target = config(tenantId, params.configurationId);
    const mapping = group(target, params.groupId);
    target.groups = target.groups.filter((g) => g !== mapping);
    return { status: 200 };
  });
}
