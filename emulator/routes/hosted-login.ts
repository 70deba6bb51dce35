import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { fail } from "../errors";
import { defineUnpublishedRoute } from "../route";
import type { EmulatorState } from "../state";
import { found } from "./common";

/**
 * Hosted login: redirect URIs and the hosted-login switch. Neither is in Frontegg's published spec: these
 * routes follow notes-more §7 and validate bodies with the hand-written schemas below.
 *
 * Redirect URIs (`/oauth/resources/configurations/v1/redirect-uri`; TF:resource_frontegg_redirect_uri.go):
 * - GET answers `{ redirectUris: [{ id, redirectUri }] }`, one unpaged list.
 * - POST `{ redirectUri }` stores the URI as sent and answers 201 with the entry (TF ignores the answer, so its
 *   shape is unverified). The same string twice is 409 (unverified).
 * - DELETE `/{id}` removes it; an unknown id is 404.
 *
 * The hosted-login switch (`/oauth/resources/configurations/v1`; notes-more §7, TF:resource_frontegg_workspace.go):
 * - GET answers `{ isActive }`; 404 until the switch was first used (TF tolerates the 404; inferred).
 * - POST `…/activate` and `…/deactivate`, no body, answer 200 with no body (TF ignores the answer; unverified).
 *
 * The vendor's allowed origins, which AllowedOrigin manages, are served with the vendor (./vendors.ts).
 */

const OAUTH_CONFIGURATION = "/oauth/resources/configurations/v1";
const REDIRECT_URIS = `${OAUTH_CONFIGURATION}/redirect-uri`;
const OAUTH_RECORD = "oauth";

const SOURCE = "notes-more §7";
// Not in Frontegg's published spec; hand-written from notes-more §7 (TF:resource_frontegg_redirect_uri.go).
const REDIRECT_URI_BODY = {
  type: "object",
  required: ["redirectUri"],
  additionalProperties: false,
  properties: { redirectUri: { type: "string", minLength: 1, maxLength: 2048 } },
};

/** Registers the hosted-login routes. */
export function registerHostedLoginRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = (): EmulatorState => ctx.store.state;

  defineUnpublishedRoute(app, ctx, { key: `GET ${REDIRECT_URIS}`, source: SOURCE }, () => ({ status: 200, body: { redirectUris: state().redirectUris.map((r) => ({ ...r })) } }));

  defineUnpublishedRoute<{ redirectUri: string }>(app, ctx, { key: `POST ${REDIRECT_URIS}`, source: SOURCE, bodySchema: REDIRECT_URI_BODY }, ({ body }) => {
    if (state().redirectUris.some((r) => r.redirectUri === body.redirectUri)) {
      throw fail("REDIRECT_URI_ALREADY_EXISTS", `Redirect uri ${body.redirectUri} already exists`);
    }
    const entry = { id: randomUUID(), redirectUri: body.redirectUri };
    state().redirectUris.push(entry);
    return { status: 201, body: { ...entry } };
  });

  defineUnpublishedRoute(app, ctx, { key: `DELETE ${REDIRECT_URIS}/{id}`, source: SOURCE }, ({ params }) => {
    const entry = found(
      state().redirectUris.find((r) => r.id === params.id),
      "REDIRECT_URI_NOT_FOUND",
      "Redirect uri",
      params.id,
    );
    state().redirectUris = state().redirectUris.filter((r) => r !== entry);
    return { status: 200 };
  });

  const oauth = () => state().policies.find((p) => p.kind === OAUTH_RECORD && p.tenantId === null);

  defineUnpublishedRoute(app, ctx, { key: `GET ${OAUTH_CONFIGURATION}`, source: SOURCE }, () => {
    const record = found(oauth(), "POLICY_NOT_FOUND", "OAuth configuration", "of the environment");
    return { status: 200, body: { ...record.value } };
  });

  for (const [verb, isActive] of [["activate", true], ["deactivate", false]] as const) {
    defineUnpublishedRoute(app, ctx, { key: `POST ${OAUTH_CONFIGURATION}/${verb}`, source: SOURCE }, () => {
      const record = oauth();
      if (record) record.value.isActive = isActive;
      else state().policies.push({ kind: OAUTH_RECORD, tenantId: null, value: { isActive } });
      return { status: 200 };
    });
  }
}
