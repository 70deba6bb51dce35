/**
 * SsoConfiguration: one tenant's SAML or OIDC connection to its identity provider, with the email domains routed
 * to it and the roles its users get. Domains and roles are reconciled through their own routes.
 */
import { z } from "zod";
import { FronteggClient, SsoConfiguration as ApiSso, SsoConfigurationRequest } from "../client";
import { duplicatesIn, normalizeDomain, sameDomainSet, sameSet } from "../lifecycle/compare";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound } from "../lifecycle/errors";
import { certificateBase64, certificateDer, containsPrivateKey, sameCertificate } from "./certificate";
import { adoptExistingField, domainNameField, urlField } from "./fields";

const SAML_ONLY = ["publicCertificate", "acsUrl", "spEntityId"] as const;
const OIDC_ONLY = ["oidcClientId", "oidcSecret"] as const;

const inputs = z
  .strictObject({
    tenantId: z.string().min(1, "tenantId must not be empty").describe("Id of the tenant the connection belongs to. Changing it replaces the connection."),
    type: z.enum(["saml", "oidc"]).describe("`saml` or `oidc`. Changing it replaces the connection."),
    enabled: z.boolean().default(true).describe("Whether users can sign in through the connection."),
    ssoEndpoint: urlField("ssoEndpoint").optional().describe("The identity provider's sign-in URL (SAML) or issuer URL (OIDC)."),
    publicCertificate: z
      .string()
      .refine((value) => !containsPrivateKey(value), "publicCertificate contains a private key: paste only the certificate")
      .refine((value) => containsPrivateKey(value) || certificateDer(value) !== undefined, "publicCertificate must be an X.509 certificate, PEM or base64")
      .optional()
      .describe("The identity provider's signing certificate, PEM or base64. Re-encoding the same certificate is not a change."),
    signRequest: z.boolean().default(false).describe("Sign SAML authentication requests."),
    spEntityId: z.string().min(1).optional().describe("Service provider entity id sent to the identity provider (SAML)."),
    acsUrl: urlField("acsUrl").optional().describe("Assertion consumer service URL (SAML)."),
    oidcClientId: z.string().min(1).optional().describe("Client id registered at the OIDC provider."),
    oidcSecret: z.string().min(1).optional().describe("Client secret registered at the OIDC provider. Never stored or shown in plain text: the output holds its SHA-256 fingerprint (`sha256:…`), which is what diff and refresh compare."),
    domains: z
      .array(domainNameField)
      .default([])
      .describe("Email domains whose users sign in through this connection. A set; case and order do not matter."),
    roleIds: z.array(z.string().min(1)).default([]).describe("Roles given to users who sign in through this connection. A set."),
    adoptExisting: adoptExistingField,
  })
  .superRefine((i, ctx) => {
    const foreign = i.type === "saml" ? OIDC_ONLY : SAML_ONLY;
    for (const key of foreign) {
      if (i[key] !== undefined) ctx.addIssue({ code: "custom", path: [key], message: `${key} does not apply to a ${i.type} connection` });
    }
    if (i.type === "oidc") {
      for (const key of OIDC_ONLY) if (i[key] === undefined) ctx.addIssue({ code: "custom", path: [key], message: `${key} is required for an oidc connection` });
    }
    if (i.type === "saml" && i.enabled) {
      for (const key of ["ssoEndpoint", "publicCertificate"] as const) {
        if (i[key] === undefined) ctx.addIssue({ code: "custom", path: [key], message: `${key} is required for an enabled saml connection` });
      }
    }
    for (const repeated of duplicatesIn(i.domains.map(normalizeDomain))) {
      ctx.addIssue({ code: "custom", path: ["domains"], message: `domain "${repeated}" is listed twice` });
    }
  });
type Inputs = z.output<typeof inputs>;
/** Inputs of an {@link SsoConfiguration}. */
export type SsoConfigurationInputs = z.input<typeof inputs>;

function toState(sso: ApiSso, tenantId: string): State {
  return {
    configurationId: sso.id,
    tenantId,
    type: sso.type,
    enabled: sso.enabled,
    ssoEndpoint: sso.ssoEndpoint,
    publicCertificate: sso.publicCertificate,
    signRequest: sso.signRequest,
    spEntityId: sso.spEntityId,
    acsUrl: sso.acsUrl,
    oidcClientId: sso.oidcClientId,
    oidcSecret: sso.oidcSecret,
    domains: sso.domains.map((d) => d.domain).sort(),
    domainDetails: sso.domains.map((d) => ({ id: d.id, domain: d.domain, validated: d.validated, txtRecord: d.txtRecord ?? "" })),
    roleIds: [...sso.roleIds].sort(),
    generatedVerification: sso.generatedVerification,
    createdAt: sso.createdAt,
  };
}

function toRequest(i: Inputs): SsoConfigurationRequest {
  return {
    type: i.type,
    enabled: i.enabled,
    signRequest: i.type === "saml" ? i.signRequest : undefined,
    ssoEndpoint: i.ssoEndpoint,
    publicCertificate: i.publicCertificate === undefined ? undefined : certificateBase64(i.publicCertificate),
    spEntityId: i.spEntityId,
    acsUrl: i.acsUrl,
    oidcClientId: i.oidcClientId,
    oidcSecret: i.oidcSecret,
  };
}

async function listTenant(client: FronteggClient, tenantId: string | undefined): Promise<State[]> {
  if (tenantId === undefined) return [];
  return (await client.sso.list(tenantId)).map((sso) => toState(sso, tenantId));
}

async function readBy(client: FronteggClient, tenantId: string, id: string): Promise<State | undefined> {
  return (await listTenant(client, tenantId)).find((state) => state.configurationId === id);
}

/** A tenant may have several connections: the identity provider's endpoint (SAML) or client id (OIDC) tells them apart. */
function sameConnection(state: State, i: Pick<Inputs, "type" | "oidcClientId" | "ssoEndpoint">): boolean {
  return state.type === i.type && (i.type === "oidc" ? state.oidcClientId === i.oidcClientId : state.ssoEndpoint === i.ssoEndpoint);
}

/** Brings the connection's domains and default roles to the declared sets, then reads it back. */
async function reconcile(client: FronteggClient, id: string, i: Inputs, current: State): Promise<State> {
  const details = (current.domainDetails as Array<{ id: string; domain: string }> | undefined) ?? [];
  const desired = new Set(i.domains.map(normalizeDomain));
  const present = new Set(details.map((d) => normalizeDomain(d.domain)));
  for (const d of details) if (!desired.has(normalizeDomain(d.domain))) await ignoreNotFound(() => client.sso.deleteDomain(i.tenantId, id, d.id));
  for (const domain of i.domains) if (!present.has(normalizeDomain(domain))) await client.sso.addDomain(i.tenantId, id, domain);
  if (!sameSet(current.roleIds, i.roleIds)) await client.sso.setDefaultRoles(i.tenantId, id, [...new Set(i.roleIds)]);
  const state = await readBy(client, i.tenantId, id);
  if (!state) throw new Error(`the SSO connection ${id} of tenant "${i.tenantId}" disappeared while it was being configured`);
  return state;
}

const outputs = z.object({
  configurationId: z.string().describe("Frontegg's id of the connection (also the resource id)."),
  domainDetails: z
    .array(z.object({ id: z.string(), domain: z.string(), validated: z.boolean(), txtRecord: z.string() }))
    .describe("Each domain with its validation state and the DNS TXT record that validates it."),
  generatedVerification: z.string().optional().describe("Verification value Frontegg generated for the connection."),
});
/** Every property of a {@link SsoConfiguration} as stored in state: the inputs plus what Frontegg computes. */
export type SsoConfigurationState = z.output<typeof inputs> & z.output<typeof outputs>;

function describe(i: Pick<Inputs, "type" | "oidcClientId" | "ssoEndpoint" | "tenantId">): string {
  return `${i.type ?? "SSO"} connection ${i.type === "oidc" ? `"${i.oidcClientId}"` : `to "${i.ssoEndpoint}"`} of tenant "${i.tenantId}"`;
}

/** The SsoConfiguration resource kind. */
export const ssoConfiguration = defineResource<Inputs>({
  kind: "SsoConfiguration",
  example: `const config = new pulumi.Config();
new frontegg.SsoConfiguration("acme-okta", {
    tenantId: "acme",
    type: "saml",
    ssoEndpoint: "https://acme.okta.com/app/acme/sso/saml",
    publicCertificate: config.require("acmeIdpCertificate"),
    domains: ["acme.com"],
});
new frontegg.SsoConfiguration("globex-oidc", {
    tenantId: "globex",
    type: "oidc",
    ssoEndpoint: "https://login.globex.com",
    oidcClientId: "pulumi-frontegg",
    oidcSecret: config.requireSecret("globexOidcSecret"),
    domains: ["globex.com"],
});`,
  description:
    "A tenant's SAML or OIDC single sign-on connection, with the email domains routed to it (each with the DNS TXT " +
    "record that validates it) and the roles its users receive. `oidcSecret` is stored encrypted.",
  inputs,
  outputs,
  replaceOnChanges: ["tenantId", "type"],
  secrets: ["oidcSecret"],
  compare: { publicCertificate: sameCertificate, domains: sameDomainSet, roleIds: sameSet },
  references: { roleIds: "Role" },
  claimedBy: ["tenantId", "type", "ssoEndpoint", "oidcClientId", "domains"],
  // An email domain routes to one connection in the whole environment, so a domain is claimed across tenants.
  claims: (i) => [
    ...(typeof i.tenantId === "string" && (i.ssoEndpoint ?? i.oidcClientId) !== undefined ? [describe(i)] : []),
    ...(Array.isArray(i.domains) ? i.domains.filter((d) => typeof d === "string").map((domain) => `SSO domain "${normalizeDomain(domain)}"`) : []),
  ],
  describe,
  idOf: (state) => String(state.configurationId),
  collection: {
    scopeOf: (props) => (typeof props.tenantId === "string" ? props.tenantId : undefined),
    list: listTenant,
    matches: sameConnection,
  },
  async create(client, i, created) {
    const connection = toState(await client.sso.create(i.tenantId, toRequest(i)), i.tenantId);
    created(connection);
    return reconcile(client, String(connection.configurationId), i, connection);
  },
  async update(client, id, i, current, changed) {
    const scalar = changed.some((key) => !["domains", "roleIds"].includes(key));
    const state = scalar ? toState(await client.sso.update(i.tenantId, id, toRequest(i)), i.tenantId) : current;
    return reconcile(client, id, i, { ...state, domainDetails: current.domainDetails, roleIds: current.roleIds });
  },
  async delete(client, id, stored) {
    await ignoreNotFound(() => client.sso.delete(String(stored.tenantId), id));
  },
});
