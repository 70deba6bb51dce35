/**
 * The admin portal and login box: `/metadata?entityName=adminBox`. In no published spec: from
 * /work/shared/frontegg-api-notes-3.md §7 (TF:resource_frontegg_admin_portal.go, TF#246).
 *
 * The configuration is one JSON object (navigation, the v1 `theme`, `themeV2.loginBox`/`adminPortal` with the
 * logo, social logins, disclaimers, ...), and a write REPLACES it whole: whatever the body leaves out is gone
 * (the incumbent's logo, social-login and theme losses: GH#10, GH#84, TF#246). So this client hands out the raw
 * object, never a typed copy, and the caller writes back what it read with its own keys changed.
 */
import { z } from "zod";
import { HttpTransport } from "../http";

const PATH = "/metadata";
const ENTITY = "adminBox";

/** A JSON object as Frontegg holds it: nothing parsed away. */
export type AdminBoxConfiguration = Record<string, unknown>;

const RowsSchema = z.object({
  rows: z.array(z.object({ configuration: z.record(z.string(), z.unknown()).nullish() }).loose()).default([]),
});

/** Typed calls for the admin portal and login box configuration. */
export class AdminPortalApi {
  constructor(private readonly http: HttpTransport) {}

  /** The configuration as Frontegg holds it, or `undefined` while none was ever saved (0 rows). */
  async get(): Promise<AdminBoxConfiguration | undefined> {
    const answer = await this.http.send({ method: "GET", path: PATH, query: { entityName: ENTITY }, response: RowsSchema });
    return answer.rows[0]?.configuration ?? undefined;
  }

  /** Replaces the WHOLE configuration with `configuration` (send what was read, overlaid). */
  async replace(configuration: AdminBoxConfiguration): Promise<void> {
    await this.http.send({ method: "POST", path: PATH, query: { entityName: ENTITY }, body: { entityName: ENTITY, configuration } });
  }
}
