import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { fail } from "../errors";
import { defineUnpublishedRoute } from "../route";
import type { EmulatorState, JsonObject } from "../state";

/**
 * Metadata entities (`/metadata?entityName=…`): NOT IN FRONTEGG'S PUBLISHED SPEC. One route serves every entity,
 * each kept whole under its name:
 * - `adminBox`, the admin portal and login box: /work/shared/frontegg-api-notes-3.md §7
 *   (TF:resource_frontegg_admin_portal.go, TF#246);
 * - `saml`, the environment's own SAML service provider: notes-more §1, notes-3 §5c (TF#250), whose rows also
 *   carry `isActive`.
 * - GET answers `{ rows: [{ entityName, isActive?, configuration }] }`: no row until someone first writes one.
 * - POST `{ entityName, isActive?, configuration }` REPLACES the entity's whole row with the one sent: every key not
 *   sent is gone (TF#246, GH#250, TF#250). That loss is the behaviour to reproduce: a client must read, overlay and
 *   write. The answer is unverified (TF decodes none): 201 with the row, as TF's SAML path saw.
 * - The query's entityName, where given, must be the body's. No delete, no tenant scope.
 */

const SOURCE = "/work/shared/frontegg-api-notes-3.md §5c, §7 (TF:resource_frontegg_admin_portal.go, TF#246, TF#250)";
// Hand-written from notes-3 §5c and §7: the entity's name, the SAML switch, and its configuration, any JSON object.
const METADATA_BODY = {
  type: "object",
  required: ["entityName", "configuration"],
  properties: { entityName: { type: "string", minLength: 1 }, isActive: { type: "boolean" }, configuration: { type: "object" } },
};

/** Registers the metadata routes. */
export function registerMetadataRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = (): EmulatorState => ctx.store.state;
  const entityOf = (value: unknown): string => {
    if (typeof value !== "string" || value === "") throw fail("VALIDATION", "entityName is required");
    return value;
  };

  defineUnpublishedRoute(app, ctx, { key: "GET /metadata", source: SOURCE }, ({ query }) => {
    const row = state().metadata[entityOf(query.entityName)];
    return { status: 200, body: { rows: row === undefined ? [] : [structuredClone(row)] } };
  });

  defineUnpublishedRoute<{ entityName: string; isActive?: boolean; configuration: JsonObject }>(
    app,
    ctx,
    { key: "POST /metadata", source: SOURCE, bodySchema: METADATA_BODY },
    ({ query, body }) => {
      if (typeof query.entityName === "string" && query.entityName !== "" && query.entityName !== body.entityName) {
        throw fail("VALIDATION", `entityName ${body.entityName} does not match the query's ${query.entityName}`);
      }
      const row: JsonObject = { entityName: body.entityName, ...(body.isActive === undefined ? {} : { isActive: body.isActive }), configuration: structuredClone(body.configuration) };
      state().metadata[body.entityName] = row;
      return { status: 201, body: structuredClone(row) };
    },
  );
}
