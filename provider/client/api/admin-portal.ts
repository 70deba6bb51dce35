/**
 * The admin portal and login box: `/metadata?entityName=adminBox`. In no published spec: from
 * /work/shared/frontegg-api-notes-3.md §7 (TF:resource_frontegg_admin_portal.go, TF#246).
 *
 * The configuration is one JSON object (navigation, the v1 `theme`, `themeV2.loginBox`/`adminPortal` with the
 * logo, social logins, disclaimers, ...), and a write REPLACES it whole: whatever the body leaves out is gone
 * (the incumbent's logo, social-login and theme losses: GH#10, GH#84, TF#246). So this client hands out the raw
 * object, never a typed copy, and the caller writes back what it read with its own keys changed.
 */
import { HttpTransport } from "../http";
import { MetadataEntities } from "./metadata";

const ENTITY = "adminBox";

/** A JSON object as Frontegg holds it: nothing parsed away. */
export type AdminBoxConfiguration = Record<string, unknown>;

/** Typed calls for the admin portal and login box configuration. */
export class AdminPortalApi {
  readonly #entities: MetadataEntities;

  constructor(http: HttpTransport) {
    this.#entities = new MetadataEntities(http);
  }

  /** The configuration as Frontegg holds it, or `undefined` while none was ever saved (no row). */
  async get(): Promise<AdminBoxConfiguration | undefined> {
    return (await this.#entities.get(ENTITY))?.configuration;
  }

  /** Replaces the WHOLE configuration with `configuration` (send what was read, overlaid). */
  async replace(configuration: AdminBoxConfiguration): Promise<void> {
    await this.#entities.replace(ENTITY, { configuration });
  }
}
