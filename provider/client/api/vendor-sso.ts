/**
 * The environment's own single sign-on settings, as opposed to a tenant's SSO connections (./sso.ts):
 * - SAML service provider (`/metadata?entityName=saml`; no spec): `{rows:[{entityName, isActive, configuration}]}`,
 *   written by `POST /metadata?entityName=saml {entityName, isActive, configuration}`, which REPLACES the whole
 *   configuration (posting three keys wiped the IdP certificate and endpoint, TF#250 live). So every write here
 *   is read, overlay, write: every key read is sent back, the caller's keys laid over it (notes-3 §5c).
 * - OIDC (`/team/resources/sso/v1/oidc/configurations`; spec:sso.json): GET → `{active, redirectUri}` (the spec
 *   labels it 201 with an empty schema; TF decodes these two), POST `{active, redirectUri?}` → 201 (notes-3 §5d).
 */
import { z } from "zod";
import { HttpTransport } from "../http";
import { orAbsentWhenNotFound } from "./common";
import { MetadataEntities } from "./metadata";

const SAML_ENTITY = "saml";
const OIDC = "/team/resources/sso/v1/oidc/configurations";

/** The environment's SAML service-provider record: whether it is on, and its whole configuration as read. */
export interface VendorSaml {
  readonly isActive: boolean;
  /** Every key Frontegg holds (`acsUrl`, `spEntityId`, `redirectUri`, and the IdP keys the portal sets). */
  readonly configuration: Readonly<Record<string, unknown>>;
}

const OidcSchema = z.object({
  active: z.boolean().nullish(),
  redirectUri: z
    .string()
    .nullish()
    .transform((value) => value ?? undefined),
});

/** The environment's OIDC setting. */
export interface VendorOidc {
  readonly active: boolean;
  readonly redirectUri?: string;
}

/** The environment-level SAML and OIDC settings. */
export class VendorSsoApi {
  readonly #entities: MetadataEntities;

  constructor(private readonly http: HttpTransport) {
    this.#entities = new MetadataEntities(http);
  }

  /** The SAML record; undefined when there is none (no row, or 404). */
  async getSaml(): Promise<VendorSaml | undefined> {
    const row = await this.#entities.get(SAML_ENTITY);
    return row === undefined ? undefined : { isActive: row.isActive === true, configuration: row.configuration };
  }

  /**
   * Lays `keys` over the configuration Frontegg holds and writes it whole, switched `isActive`: keys this call does
   * not name (the IdP certificate, endpoint, signing flag the portal sets) are sent back as read, since the POST
   * replaces the configuration. Returns the record as read back.
   */
  async saveSaml(isActive: boolean, keys: Readonly<Record<string, unknown>>): Promise<VendorSaml> {
    const current = await this.getSaml();
    const configuration = { ...(current?.configuration ?? {}), ...withoutUndefined(keys) };
    await this.#entities.replace(SAML_ENTITY, { isActive, configuration });
    return (await this.getSaml()) ?? { isActive, configuration };
  }

  /** The OIDC setting; off when Frontegg answers 404 (inferred: never configured). */
  async getOidc(): Promise<VendorOidc> {
    const body = await orAbsentWhenNotFound(() => this.http.send({ method: "GET", path: OIDC, response: OidcSchema }));
    return { active: body?.active === true, redirectUri: body?.redirectUri };
  }

  /** Writes the OIDC setting (201, no body) and reads it back. `redirectUri` left out is not sent. */
  async saveOidc(desired: VendorOidc): Promise<VendorOidc> {
    await this.http.send({ method: "POST", path: OIDC, body: withoutUndefined({ ...desired }), response: z.unknown(), emptyBodyAllowed: true, idempotent: true });
    return this.getOidc();
  }
}

function withoutUndefined(value: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));
}
