import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { fail } from "../errors";
import { defineRoute } from "../route";
import type { EmulatorState, JsonObject, PolicyRecord } from "../state";
import { found, nowIso } from "./common";

/**
 * The environment's e-mail provider (spec:identity.json; frontegg-api-notes-3.md §4). One per environment, no id.
 * - `POST /identity/resources/mail/v2/configurations {payload}` stores the payload whole, whatever provider was
 *   there (the spec calls it create-or-update; whether Frontegg switches providers this way is unverified), and
 *   answers 201 with no body.
 * - `GET …/mail/v1/configurations` answers `{provider, secret, createdAt, updatedAt, extension}` with the secret in
 *   plain text (spec: all required); what `extension` holds is unknown, so it is answered empty. 404 when there is
 *   no provider (the notes allow 404 or an empty object; TF#213 reads both as none).
 * - `DELETE …/mail/v1/configurations` removes it (200); 404 when there is none.
 */

const V1 = "/identity/resources/mail/v1/configurations";
const V2 = "/identity/resources/mail/v2/configurations";
const KIND = "mail-provider";

/** Registers the e-mail provider routes. */
export function registerEmailProviderRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = (): EmulatorState => ctx.store.state;
  const stored = (): PolicyRecord | undefined => state().policies.find((p) => p.kind === KIND && p.tenantId === null);
  const existing = (): PolicyRecord => found(stored(), "MAIL_CONFIG_NOT_FOUND", "Mail configuration", "of the environment");

  defineRoute(app, ctx, `GET ${V1}`, () => {
    const { value } = existing();
    return { status: 200, body: { provider: value.provider, secret: value.secret, createdAt: value.createdAt, updatedAt: value.updatedAt, extension: [] } };
  });

  defineRoute<{ payload?: JsonObject }>(app, ctx, `POST ${V2}`, ({ body }) => {
    if (body?.payload === undefined) throw fail("VALIDATION", "payload is required");
    const now = nowIso();
    const current = stored();
    const value: JsonObject = { ...body.payload, createdAt: current && current.value.provider === body.payload.provider ? current.value.createdAt ?? now : now, updatedAt: now };
    state().policies = [...state().policies.filter((p) => p !== current), { kind: KIND, tenantId: null, value }];
    return { status: 201 };
  });

  defineRoute(app, ctx, `DELETE ${V1}`, () => {
    const target = existing();
    state().policies = state().policies.filter((p) => p !== target);
    return { status: 200 };
  });
}
