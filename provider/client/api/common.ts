/** Pieces every API group shares. */
import { z } from "zod";
import { FronteggApiError } from "../errors";
import type { HttpTransport } from "../http";

/** Scopes a call to one tenant (`frontegg-tenant-id`); without it the call is environment-wide. */
export interface TenantScope {
  readonly tenantId?: string;
}

/** Frontegg sends absent optional strings as `null` or leaves them out; both read as `undefined`. */
export const optionalString = z
  .string()
  .nullish()
  .transform((value) => value ?? undefined);

/** ISO timestamps as Frontegg sends them (kept as strings: they are compared, never computed on). */
export const timestamp = z.string();

/** Encodes one path segment (ids come from users and from the API). */
export function segment(value: string): string {
  return encodeURIComponent(value);
}

/** A read of something that may not exist or be configured yet: undefined when Frontegg answers 404. */
export async function orAbsentWhenNotFound<T>(read: () => Promise<T | undefined>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof FronteggApiError && error.isNotFound) return undefined;
    throw error;
  }
}

/** A page of one of Frontegg's paginated (v2) lists; `_metadata` is optional where a route's schema omits it. */
function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    _metadata: z.object({ totalItems: z.number(), totalPages: z.number() }).optional(),
  });
}

/**
 * Every item of a paginated list, keyed by `keyOf`. `_offset` is a 0-based PAGE number (notes). With `pageSize`
 * every page is asked for with `_limit`/`_offset`; without it (a route that declares no paging parameters) the
 * first page is asked for plainly and, only if `_metadata` says there are more, the rest with the first page's
 * size. Stops at the last page, at an empty page, or at a page that brings no new item (a server ignoring
 * `_offset`), so a misread parameter can never loop.
 */
export async function readAllPages<T>(
  http: HttpTransport,
  request: {
    readonly path: string;
    readonly tenantId?: string;
    readonly item: z.ZodType<T>;
    readonly pageSize?: number;
    readonly keyOf: (item: T) => string;
  },
): Promise<T[]> {
  const schema = pageSchema(request.item);
  const byKey = new Map<string, T>();
  let size = request.pageSize;
  for (let page = 0; ; page++) {
    const query = size === undefined ? undefined : { _limit: String(size), _offset: String(page) };
    const body = await http.send({ method: "GET", path: request.path, query, tenantId: request.tenantId, response: schema });
    const before = byKey.size;
    for (const item of body.items) byKey.set(request.keyOf(item), item);
    const totalPages = body._metadata?.totalPages;
    const more = totalPages !== undefined ? page + 1 < totalPages : size !== undefined && body.items.length >= size;
    if (!more || body.items.length === 0 || byKey.size === before) return [...byKey.values()];
    size ??= body.items.length;
  }
}

