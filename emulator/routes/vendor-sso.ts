import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { defineRoute } from "../route";
import type { EmulatorState, JsonObject } from "../state";

/**
 * The environment's own SSO settings (not a tenant's connections, ./sso.ts). Its SAML service provider is the
 * `saml` entity of `/metadata` (./metadata.ts, which replaces a row whole as Frontegg does); here:
 * - OIDC, `/team/resources/sso/v1/oidc/configurations` (spec:sso.json; notes-3 §5d): GET answers `{active,
 *   redirectUri}` with 201 as the spec says (sic); POST `{active, redirectUri?}` answers 201 with no body. A POST
 *   without `redirectUri` keeps the stored one (unverified: the notes call its fate unknown).
 */

const OIDC = "/team/resources/sso/v1/oidc/configurations";
const OIDC_RECORD = "vendorOidc";

/** Registers the environment-level OIDC routes. */
export function registerVendorSsoRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = (): EmulatorState => ctx.store.state;
  const record = (kind: string) => state().policies.find((p) => p.kind === kind && p.tenantId === null);
  const upsert = (kind: string, value: JsonObject): void => {
    const existing = record(kind);
    if (existing) existing.value = value;
    else state().policies.push({ kind, tenantId: null, value });
  };

  defineRoute(app, ctx, `GET ${OIDC}`, () => ({ status: 201, body: { active: false, ...(record(OIDC_RECORD)?.value ?? {}) } }));

  defineRoute<{ active: boolean; redirectUri?: string }>(app, ctx, `POST ${OIDC}`, ({ body }) => {
    const redirectUri = body.redirectUri ?? record(OIDC_RECORD)?.value.redirectUri;
    upsert(OIDC_RECORD, redirectUri === undefined ? { active: body.active } : { active: body.active, redirectUri });
    return { status: 201 };
  });
}
