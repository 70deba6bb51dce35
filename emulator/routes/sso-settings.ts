import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { defineRoute } from "../route";
import type { JsonObject } from "../state";
import { found } from "./common";

/**
 * The environment's SSO settings (spec:sso.json; frontegg-api-notes-3.md §5a, §5b): the domain policy
 * (`/configurations/domains`) and multiple SSO per domain (`/configurations/multiple-sso-per-domain`).
 * - PUT stores the whole body (the spec requires every field) and answers 201 with no body.
 * - GET answers the stored fields (the spec gives no schema; TF decodes these), 404 before the first write (TF
 *   takes 404 as "all off").
 * - No tenant header in the spec: one value per environment, whatever header is sent.
 * - There is no delete.
 */

const CONFIGURATIONS = "/team/resources/sso/v1/configurations";
const SETTINGS = [
  { path: `${CONFIGURATIONS}/domains`, kind: "sso-domains", label: "SSO domains configuration" },
  { path: `${CONFIGURATIONS}/multiple-sso-per-domain`, kind: "multiple-sso-per-domain", label: "SSO per tenant configuration" },
] as const;

/** Registers the SSO setting routes. */
export function registerSsoSettingRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  for (const setting of SETTINGS) {
    const stored = () => ctx.store.state.policies.find((p) => p.kind === setting.kind && p.tenantId === null);

    defineRoute(app, ctx, `GET ${setting.path}`, () => ({ status: 200, body: { ...found(stored(), "POLICY_NOT_FOUND", setting.label, "of the environment").value } }));

    defineRoute<JsonObject>(app, ctx, `PUT ${setting.path}`, ({ body }) => {
      const current = stored();
      if (current) current.value = { ...body };
      else ctx.store.state.policies.push({ kind: setting.kind, tenantId: null, value: { ...body } });
      return { status: 201 };
    });
  }
}
