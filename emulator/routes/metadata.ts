import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { fail } from "../errors";
import { defineUnpublishedRoute } from "../route";
import type { EmulatorState, JsonObject } from "../state";

/**
 * Metadata entities (`/metadata?entityName=…`): NOT IN FRONTEGG'S PUBLISHED SPEC. From
 * /work/shared/frontegg-api-notes-3.md §7 (TF:resource_frontegg_admin_portal.go, TF#246); `adminBox` is the admin
 * portal and login box.
 * - GET answers `{ rows: [{ entityName, configuration }] }`: no row until someone first changes the default style.
 * - POST `{ entityName, configuration }` REPLACES the entity's whole configuration with the one sent: every key not
 *   sent is gone (TF#246, GH#250). That loss is the behaviour to reproduce: a client must read, overlay and write.
 *   The answer's shape is unverified (TF decodes none): 200 with the row.
 * - No delete, no tenant scope.
 */

const SOURCE = "/work/shared/frontegg-api-notes-3.md §7 (TF:resource_frontegg_admin_portal.go, TF#246)";
// Hand-written from notes-3 §7: the entity's name and its configuration, any JSON object.
const METADATA_BODY = {
  type: "object",
  required: ["entityName", "configuration"],
  properties: { entityName: { type: "string", minLength: 1 }, configuration: { type: "object" } },
};

/** Registers the metadata routes. */
export function registerMetadataRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = (): EmulatorState => ctx.store.state;
  const entityOf = (value: unknown): string => {
    if (typeof value !== "string" || value === "") throw fail("VALIDATION", "entityName is required");
    return value;
  };

  defineUnpublishedRoute(app, ctx, { key: "GET /metadata", source: SOURCE }, ({ query }) => {
    const entityName = entityOf(query.entityName);
    const configuration = state().metadata[entityName];
    return { status: 200, body: { rows: configuration === undefined ? [] : [{ entityName, configuration }] } };
  });

  defineUnpublishedRoute<{ entityName: string; configuration: JsonObject }>(
    app,
    ctx,
    { key: "POST /metadata", source: SOURCE, bodySchema: METADATA_BODY },
    ({ query, body }) => {
      const entityName = typeof query.entityName === "string" && query.entityName !== "" ? query.entityName : body.entityName;
      state().metadata[entityName] = structuredClone(body.configuration);
      return { status: 200, body: { entityName, configuration: body.configuration } };
    },
  );
}
