import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { fail } from "../errors";
import { defineUnpublishedRoute } from "../route";
import type { EmulatorState } from "../state";
import { found } from "./common";

/**
 * Hosted login: redirect URIs and the vendor's allowed origins. Neither is in Frontegg's published spec: these
 * routes follow notes-more §7 and validate bodies with the hand-written schemas below.
 *
 * Redirect URIs (`/oauth/resources/configurations/v1/redirect-uri`; TF:resource_frontegg_redirect_uri.go):
 * - GET answers `{ redirectUris: [{ id, redirectUri }] }`, one unpaged list.
 * - POST `{ redirectUri }` stores the URI as sent and answers 201 with the entry (TF ignores the answer, so its
 *   shape is unverified). The same string twice is 409 (unverified).
 * - DELETE `/{id}` removes it; an unknown id is 404.
 *
 * Allowed origins (`/vendors`; TF:resource_frontegg_allowed_origin.go, TF-PR#267):
 * - GET answers the vendor: `{ id, allowedOrigins }` (the emulator keeps no other vendor field).
 * - PUT `{ allowedOrigins }` replaces the whole list. Every origin is stored with a `/` appended when it has none,
 *   as Frontegg does (TF-PR#267, live); the same origin twice is kept once. A PUT without `allowedOrigins` leaves
 *   the list as it is (partial PUT, notes-more §7, inferred); other fields are accepted and ignored.
 */

const REDIRECT_URIS = "/oauth/resources/configurations/v1/redirect-uri";
const VENDOR = "/vendors";

const SOURCE = "notes-more §7";
// Not in Frontegg's published spec; hand-written from notes-more §7 (TF:resource_frontegg_redirect_uri.go).
const REDIRECT_URI_BODY = {
  type: "object",
  required: ["redirectUri"],
  additionalProperties: false,
  properties: { redirectUri: { type: "string", minLength: 1, maxLength: 2048 } },
};
// Not in Frontegg's published spec; from notes-more §7 (TF-PR#267). A partial PUT is accepted (inferred): other
// vendor fields are unverified, so they are let through and ignored.
const VENDOR_BODY = {
  type: "object",
  properties: { allowedOrigins: { type: "array", maxItems: 500, items: { type: "string", minLength: 1, maxLength: 2048 } } },
};

/** How Frontegg stores an allowed origin: with one trailing `/`. */
function storedOrigin(origin: string): string {
  return origin.endsWith("/") ? origin : `${origin}/`;
}

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

  const vendor = (): { id: string; allowedOrigins: string[] } => ({ id: state().vendorId, allowedOrigins: [...state().allowedOrigins] });

  defineUnpublishedRoute(app, ctx, { key: `GET ${VENDOR}`, source: SOURCE }, () => ({ status: 200, body: vendor() }));

  defineUnpublishedRoute<{ allowedOrigins?: string[] }>(app, ctx, { key: `PUT ${VENDOR}`, source: SOURCE, bodySchema: VENDOR_BODY }, ({ body }) => {
    if (body.allowedOrigins !== undefined) state().allowedOrigins = [...new Set(body.allowedOrigins.map(storedOrigin))];
    return { status: 200, body: vendor() };
  });
}
