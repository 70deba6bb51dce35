/**
 * SsoConfiguration: one tenant's SAML or OIDC connection to its identity provider, with the email domains routed
 * to it and the roles its users get. Domains and roles are reconciled through their own routes.
 *
 * The settings added after the first release (overrideActiveTenant, subAccountAccessLimit,
 * skipEmailDomainValidation, idpClientId, idpClientSecret, idpMetadata) have no default: an omitted one is left
 * as Frontegg has it, so stacks created before they existed show no change.
 */
import { z } from "zod";
import { FronteggClient, SsoConfiguration as ApiSso, SsoConfigurationRequest } from "../client";
import { duplicatesIn, normalizeDomain, sameDomainSet, sameSet } from "../lifecycle/compare";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound } from "../lifecycle/errors";
import { certificateBase64, certificateDer, certificateExpiryWarning, containsPrivateKey, sameCertificate } from "./certificate";
import { adoptExistingField, domainNameField, emptyTextsAsNone, urlField } from "./fields";
import { parseSamlMetadata } from "./saml-metadata";

const SAML_ONLY = ["publicCertificate", "acsUrl", "spEntityId", "idpMetadata"] as const;
const OIDC_ONLY = ["oidcClientId", "oidcSecret"] as const;
/** Fields sent through the connection's own PATCH; domains, roles and metadata have routes of their own. */
const OWN_ROUTES = ["domains", "roleIds", "idpMetadata"];

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
    overrideActiveTenant: z
      .boolean()
      .optional()
      .describe("Frontegg's `overrideActiveTenant`: whether signing in through this connection overrides the user's active tenant. Omit to leave Frontegg's value as it is."),
    subAccountAccessLimit: z
      .number()
      .int("subAccountAccessLimit must be a whole number")
      .min(0, "subAccountAccessLimit must be 0 or more")
      .optional()
      .describe("Frontegg's `subAccountAccessLimit`: limits the sub-accounts (sub-tenants) users of this connection can access. Omit to leave Frontegg's value as it is."),
    skipEmailDomainValidation: z
      .boolean()
      .optional()
      .describe(
        "Let users sign in through this connection before its email domains are validated by their DNS TXT record. " +
          "Not in Frontegg's published spec (Frontegg's Terraform provider sends it). Omit to leave Frontegg's value as it is.",
      ),
    idpClientId: z
      .string()
      .min(1, "idpClientId must not be empty")
      .optional()
      .describe("Client id of the identity provider's app that Frontegg authenticates with to fetch a user's groups. Omit to leave Frontegg's value as it is."),
    idpClientSecret: z
      .string()
      .min(1, "idpClientSecret must not be empty")
      .optional()
      .describe(
        "Client secret going with `idpClientId`. Never stored or shown in plain text: the output holds its SHA-256 fingerprint. " +
          "Frontegg may not return it: then a change made outside this program is not seen.",
      ),
    idpMetadata: z
      .string()
      .max(1_000_000, "idpMetadata must be at most 1,000,000 characters")
      .optional()
      .describe(
        "SAML only: the identity provider's metadata XML. Frontegg creates and updates the connection from it; `ssoEndpoint` " +
          "and `publicCertificate` are read from it when omitted (and must agree with it when given). Frontegg does not " +
          "return the XML, so it is compared as last applied, and drift shows on `ssoEndpoint` and `publicCertificate`.",
      ),
    adoptExisting: adoptExistingField,
  })
  // The sign-in URL and certificate the metadata names, unless declared: so the connection's key is known at
  // preview, and refresh compares Frontegg's values with the metadata's.
  .overwrite((i) => ({ ...i, ...fromMetadata(i) }))
  .superRefine((i, ctx) => {
    const foreign = i.type === "saml" ? OIDC_ONLY : SAML_ONLY;
    for (const key of foreign) {
      if (i[key] !== undefined) ctx.addIssue({ code: "custom", path: [key], message: `${key} does not apply to a ${i.type} connection` });
    }
    if (i.type === "oidc") {
      for (const key of OIDC_ONLY) if (i[key] === undefined) ctx.addIssue({ code: "custom", path: [key], message: `${key} is required for an oidc connection` });
    }
    if (i.type === "saml" && i.idpMetadata !== undefined) {
      for (const [key, message] of metadataProblems(i)) ctx.addIssue({ code: "custom", path: [key], message });
    }
    else if (i.type === "saml" && i.enabled) {
      for (const key of ["ssoEndpoint", "publicCertificate"] as const) {
        if (i[key] === undefined) ctx.addIssue({ code: "custom", path: [key], message: `${key} is required for an enabled saml connection` });
      }
    }
    if (i.idpClientSecret !== undefined && i.idpClientId === undefined) {
      ctx.addIssue({ code: "custom", path: ["idpClientId"], message: "idpClientId is required when idpClientSecret is set" });
    }
    for (const repeated of duplicatesIn(i.domains.map(normalizeDomain))) {
      ctx.addIssue({ code: "custom", path: ["domains"], message: `domain "${repeated}" is listed twice` });
    }
  });
type Inputs = z.output<typeof inputs>;
interface MetadataFields {
  readonly type?: string;
  readonly idpMetadata?: string;
  readonly ssoEndpoint?: string;
  readonly publicCertificate?: string;
}

/** The sign-in URL and certificate a SAML connection's metadata settles, where the program leaves them out. */
function fromMetadata(i: MetadataFields): { ssoEndpoint?: string; publicCertificate?: string } {
  if (i.type !== "saml" || typeof i.idpMetadata !== "string") return {};
  const metadata = parseSamlMetadata(i.idpMetadata);
  if (typeof metadata === "string") return {};
  return {
    ...(i.ssoEndpoint === undefined && metadata.ssoEndpoints.length === 1 ? { ssoEndpoint: metadata.ssoEndpoints[0] } : {}),
    ...(i.publicCertificate === undefined && metadata.certificates.length === 1 ? { publicCertificate: metadata.certificates[0] } : {}),
  };
}

/** Warnings about the signing certificates a SAML connection declares, directly or in its metadata. */
function certificateWarnings(i: Readonly<Record<string, unknown>>, now: Date): string[] {
  if (i.type !== "saml") return [];
  const declared: Array<[string, string]> = [];
  if (typeof i.publicCertificate === "string") declared.push(["publicCertificate", i.publicCertificate]);
  const metadata = typeof i.idpMetadata === "string" ? parseSamlMetadata(i.idpMetadata) : undefined;
  if (metadata && typeof metadata !== "string" && i.publicCertificate === undefined) {
    for (const certificate of metadata.certificates) declared.push(["idpMetadata", certificate]);
  }
  return declared.flatMap(([property, value]) => certificateExpiryWarning(property, value, now) ?? []);
}

/**
 * Problems of a SAML connection's metadata, as [property, message]: it must parse, and the sign-in URL and
 * certificate must be the metadata's (one of them, when it lists several).
 */
function metadataProblems(i: MetadataFields): Array<[string, string]> {
  const metadata = parseSamlMetadata(i.idpMetadata ?? "");
  if (typeof metadata === "string") return [["idpMetadata", `idpMetadata ${metadata}`]];
  const problems: Array<[string, string]> = [];
  const urls = metadata.ssoEndpoints.join(", ");
  if (i.ssoEndpoint === undefined) problems.push(["ssoEndpoint", `idpMetadata lists several sign-in URLs (${urls}): set ssoEndpoint to the one to use`]);
  else if (!metadata.ssoEndpoints.includes(i.ssoEndpoint)) problems.push(["ssoEndpoint", `ssoEndpoint is not a sign-in URL of idpMetadata (${urls}): omit it or use one of them`]);
  if (i.publicCertificate === undefined) {
    problems.push(["publicCertificate", `idpMetadata lists ${metadata.certificates.length} signing certificates: set publicCertificate to the one to use`]);
  } else if (!metadata.certificates.some((certificate) => sameCertificate(certificate, i.publicCertificate))) {
    problems.push(["publicCertificate", "publicCertificate is not a signing certificate of idpMetadata: omit it or use one of them"]);
  }
  return problems;
}
/** Inputs of an {@link SsoConfiguration}. */
export type SsoConfigurationInputs = z.input<typeof inputs>;

/** The natural key of an SSO connection: tenant, type, and the IdP endpoint (SAML) or client id (OIDC). */
export function ssoKey(sso: Readonly<Record<string, unknown>>): string {
  return `${String(sso.tenantId)}/${String(sso.type)}/${String((sso.type === "oidc" ? sso.oidcClientId : sso.ssoEndpoint) ?? "")}`;
}

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
    overrideActiveTenant: sso.overrideActiveTenant,
    subAccountAccessLimit: sso.subAccountAccessLimit,
    skipEmailDomainValidation: sso.skipEmailDomainValidation,
    idpClientId: sso.idpClientId,
    idpClientSecret: sso.idpClientSecret,
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
    overrideActiveTenant: i.overrideActiveTenant,
    subAccountAccessLimit: i.subAccountAccessLimit,
    skipEmailDomainValidation: i.skipEmailDomainValidation,
    idpClientId: i.idpClientId,
    idpClientSecret: i.idpClientSecret,
  };
}

/**
 * Creates a connection from metadata XML. The spec documents no answer for this route: when Frontegg sends no
 * body, the new connection is the tenant's one SAML connection carrying the metadata's URL and certificate.
 */
async function createFromMetadata(client: FronteggClient, i: Inputs): Promise<ApiSso> {
  const made = await client.sso.createByMetadata(i.tenantId, i.idpMetadata!);
  if (made) return made;
  const metadata = parseSamlMetadata(i.idpMetadata!);
  const candidates =
    typeof metadata === "string"
      ? []
      : (await client.sso.list(i.tenantId)).filter(
          (c) =>
            c.type === "saml" &&
            metadata.ssoEndpoints.includes(c.ssoEndpoint ?? "") &&
            metadata.certificates.some((certificate) => sameCertificate(certificate, c.publicCertificate)),
        );
  if (candidates.length !== 1) {
    throw new Error(`Frontegg accepted the metadata of ${describe(i)} but did not answer with the connection, and ${candidates.length} connections match it: check the tenant's SSO connections in the portal`);
  }
  return candidates[0]!;
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

function describe(i: MetadataFields & { readonly oidcClientId?: string; readonly tenantId?: string }): string {
  const endpoint = i.ssoEndpoint ?? fromMetadata({ ...i, publicCertificate: undefined }).ssoEndpoint;
  return `${i.type ?? "SSO"} connection ${i.type === "oidc" ? `"${i.oidcClientId}"` : `to "${endpoint}"`} of tenant "${i.tenantId}"`;
}

/** The SsoConfiguration resource kind. */
export const ssoConfiguration = defineResource<Inputs>({
  kind: "SsoConfiguration",
  noun: "SSO connection",
  example: `config acmeIdpCertificate "string" {
  description = "The signing certificate of ACME's identity provider (PEM)"
}

config initechIdpMetadata "string" {
  description = "The SAML metadata XML of Initech's identity provider"
}

config globexOidcSecret "string" {
  secret = true
}

resource acmeOkta "frontegg-native:index:SsoConfiguration" {
  __logicalName = "acme-okta"
  tenantId = "acme"
  type = "saml"
  ssoEndpoint = "https://acme.okta.com/app/acme/sso/saml"
  publicCertificate = acmeIdpCertificate
  domains = ["acme.com"]
}

# The sign-in URL and signing certificate are read from the identity provider's metadata.
resource initechAzure "frontegg-native:index:SsoConfiguration" {
  __logicalName = "initech-azure"
  tenantId = "initech"
  type = "saml"
  idpMetadata = initechIdpMetadata
  skipEmailDomainValidation = true
  domains = ["initech.com"]
}

resource globexOidc "frontegg-native:index:SsoConfiguration" {
  __logicalName = "globex-oidc"
  tenantId = "globex"
  type = "oidc"
  ssoEndpoint = "https://login.globex.com"
  oidcClientId = "pulumi-frontegg"
  oidcSecret = globexOidcSecret
  domains = ["globex.com"]
}`,
  description:
    "A tenant's SAML or OIDC single sign-on connection, with the email domains routed to it (each with the DNS TXT " +
    "record that validates it) and the roles its users receive. A SAML connection can be given the identity " +
    "provider's metadata XML instead of its sign-in URL and certificate. `oidcSecret` and `idpClientSecret` are " +
    "stored encrypted.",
  inputs,
  outputs,
  replaceOnChanges: ["tenantId", "type"],
  secrets: ["oidcSecret", "idpClientSecret"],
  // Kept as last written where Frontegg leaves them out: the metadata XML always (no source shows it returned),
  // the IdP client secret when Frontegg does (unverified whether it does).
  writeOnly: ["idpMetadata", "idpClientSecret"],
  compare: { publicCertificate: sameCertificate, domains: sameDomainSet, roleIds: sameSet },
  advisedBy: ["type", "publicCertificate", "idpMetadata"],
  advise: (i, now) => certificateWarnings(i, now),
  references: { roleIds: "Role" },
  environment: {
    canonical: {
      // Base64 of the DER bytes, whatever encoding Frontegg returned; domains as compared.
      publicCertificate: (value) => (value === "" ? undefined : certificateBase64(String(value))),
      domains: (value) => (Array.isArray(value) ? value.map((domain) => normalizeDomain(String(domain))).sort() : value),
      ...emptyTextsAsNone(["ssoEndpoint", "spEntityId", "acsUrl", "oidcClientId", "idpClientId"]),
    },
    naturalKey: (entry) => ssoKey(entry),
    nameOf: (entry) => `${String(entry.tenantId)} ${String(entry.type)} connection`,
    secretConfig: {
      oidcSecret: {
        words: (entry) => `${String(entry.tenantId)} ${String(entry.type)} secret`,
        description: (entry) =>
          `OIDC client secret (client id ${String(entry.oidcClientId ?? "?")}) of the ${String(entry.type)} connection of tenant ${String(entry.tenantId)}`,
      },
      idpClientSecret: {
        words: (entry) => `${String(entry.tenantId)} ${String(entry.type)} idp client secret`,
        description: (entry) =>
          `IdP client secret (client id ${String(entry.idpClientId ?? "?")}) of the ${String(entry.type)} connection of tenant ${String(entry.tenantId)}`,
      },
    },
  },
  // An email domain routes to one connection in the whole environment, so a domain is claimed across tenants.
  claimedBy: ["tenantId", "type", "ssoEndpoint", "oidcClientId", "domains", "idpMetadata"],
  claims: (i) => [
    ...(typeof i.tenantId === "string" && (i.ssoEndpoint ?? i.oidcClientId ?? fromMetadata(i).ssoEndpoint) !== undefined ? [describe(i)] : []),
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
    let made: ApiSso;
    if (i.idpMetadata === undefined) made = await client.sso.create(i.tenantId, toRequest(i));
    else {
      const fromXml = await createFromMetadata(client, i);
      created(toState(fromXml, i.tenantId));
      // The metadata sets the identity provider's side only; everything else declared goes through the PATCH.
      made = await client.sso.update(i.tenantId, fromXml.id, toRequest(i));
    }
    const connection = toState(made, i.tenantId);
    created(connection);
    return reconcile(client, String(connection.configurationId), i, connection);
  },
  async update(client, id, i, current, changed) {
    const metadata = changed.includes("idpMetadata") && i.idpMetadata !== undefined;
    if (metadata) await client.sso.updateByMetadata(i.tenantId, id, i.idpMetadata!);
    // After new metadata the PATCH follows too, so the declared URL and certificate win over what Frontegg read.
    const scalar = metadata || changed.some((key) => !OWN_ROUTES.includes(key));
    const state = scalar ? toState(await client.sso.update(i.tenantId, id, toRequest(i)), i.tenantId) : current;
    return reconcile(client, id, i, { ...state, domainDetails: current.domainDetails, roleIds: current.roleIds });
  },
  async delete(client, id, stored) {
    await ignoreNotFound(() => client.sso.delete(String(stored.tenantId), id));
  },
});
