/** Pieces every API group shares. */
import { z } from "zod";

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
