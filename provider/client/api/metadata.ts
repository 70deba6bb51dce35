/**
 * Frontegg's metadata entities, `/metadata?entityName=…` (no published spec): configuration objects kept whole
 * under a name, such as `adminBox` (the admin portal and login box, notes-3 §7) and `saml` (the environment's own
 * SAML service provider, notes-3 §5c). GET answers `{ rows: [{ entityName, isActive?, configuration }] }`, no row
 * until one was written; POST REPLACES the entity's whole row (TF#246, TF#250), so callers read, overlay and write
 * back every key they read.
 */
import { z } from "zod";
import { HttpTransport } from "../http";
import { orAbsentWhenNotFound } from "./common";

const PATH = "/metadata";

const RowsSchema = z.object({
  rows: z
    .array(z.object({ isActive: z.boolean().nullish(), configuration: z.record(z.string(), z.unknown()).nullish() }).loose())
    .nullish(),
});

/** One entity's row as Frontegg holds it: nothing in `configuration` parsed away. */
export interface MetadataRow {
  /** The entity's switch, where it has one (`saml`). */
  readonly isActive?: boolean;
  readonly configuration: Record<string, unknown>;
}

/** Reads and replaces metadata entities. */
export class MetadataEntities {
  constructor(private readonly http: HttpTransport) {}

  /** The row of `entityName`; undefined while none was ever written (no row, or 404). */
  async get(entityName: string): Promise<MetadataRow | undefined> {
    const answer = await orAbsentWhenNotFound(() => this.http.send({ method: "GET", path: PATH, query: { entityName }, response: RowsSchema }));
    const row = answer?.rows?.[0];
    if (row === undefined) return undefined;
    return { ...(row.isActive === undefined || row.isActive === null ? {} : { isActive: row.isActive }), configuration: row.configuration ?? {} };
  }

  /** Replaces the WHOLE row of `entityName` (send what was read, overlaid): a repeat writes the same, so it may be retried. */
  async replace(entityName: string, row: MetadataRow): Promise<void> {
    await this.http.send({
      method: "POST",
      path: PATH,
      query: { entityName },
      body: { entityName, ...(row.isActive === undefined ? {} : { isActive: row.isActive }), configuration: row.configuration },
      response: z.unknown(),
      emptyBodyAllowed: true,
      idempotent: true,
    });
  }
}
