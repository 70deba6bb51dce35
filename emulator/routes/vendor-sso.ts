import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { defineRoute, defineUnpublishedRoute } from "../route";
import type { EmulatorState, JsonObject } from "../state";

/**
 * The environment's own SSO settings (not a tenant's connections, ./sso.ts):
 * - SAML service provider, `/metadata?entityName=saml` (no spec; notes-more §1, notes-3 §5c): GET answers
 *   `{rows:[{entityName, isActive, configuration}]}`, no row until first written. POST `{entityName, isActive,
 *   configuration}` REPLACES the whole configuration, as Frontegg does (posting three keys wiped the IdP keys,
 *   TF#250 live). Other entity names (`adminBox`) are not served here.
 * - OIDC, `/team/resources/sso/v1/oidc/configurations` (spec:sso.json; notes-3 §5d): GET answers `{active,
 *   redirectUri}` with 201 as the spec says (sic); POST `{active, redirectUri?}` answers 201 with no body. A POST
 *   without `redirectUri` keeps the stored one (unverified: the notes call its fate unknown).
 */

const METADATA = "/metadata";
const OIDC = "/team/resources/sso/v1/oidc/configurations";
const SAML_RECORD = "samlMetadata";
const OIDC_RECORD = "vendorOidc";
const SOURCE = "notes-3 §5c";
// Not in a published spec: the body TF posts (TF#250).
const SAML_BODY = {
  type: "object",
  required: ["entityName", "configuration"],
  properties: {
    entityName: { type: "string", enum: ["saml"] },
    isActive: { type: "boolean" },
    configuration: { type: "object", maxProperties: 50 },
  },
};

/** Registers the environment-level SAML and OIDC routes. */
export function registerVendorSsoRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = (): EmulatorState => ctx.store.state;
  const record = (kind: string) => state().policies.find((p) => p.kind === kind && p.tenantId === null);
  const upsert = (kind: string, value: JsonObject): void => {
    const existing = record(kind);
    if (existing) existing.value = value;
    else state().policies.push({ kind, tenantId: null, value });
  };

  defineUnpublishedRoute(app, ctx, { key: `GET ${METADATA}`, source: SOURCE }, ({ query }) => {
    const saml = query.entityName === "saml" ? record(SAML_RECORD) : undefined;
    return { status: 200, body: { rows: saml ? [structuredClone(saml.value)] : [] } };
  });

  defineUnpublishedRoute<{ entityName: string; isActive?: boolean; configuration: JsonObject }>(
    app,
    ctx,
    { key: `POST ${METADATA}`, source: SOURCE, bodySchema: SAML_BODY },
    ({ body }) => {
      upsert(SAML_RECORD, { entityName: body.entityName, isActive: body.isActive ?? false, configuration: structuredClone(body.configuration) });
      return { status: 201, body: structuredClone(record(SAML_RECORD)!.value) };
    },
  );

  defineRoute(app, ctx, `GET ${OIDC}`, () => ({ status: 201, body: { active: false, ...(record(OIDC_RECORD)?.value ?? {}) } }));

  defineRoute<{ active: boolean; redirectUri?: string }>(app, ctx, `POST ${OIDC}`, ({ body }) => {
    const redirectUri = body.redirectUri ?? record(OIDC_RECORD)?.value.redirectUri;
    upsert(OIDC_RECORD, redirectUri === undefined ? { active: body.active } : { active: body.active, redirectUri });
    return { status: 201 };
  });
}
