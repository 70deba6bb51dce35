/** Pieces every API group shares. */
import { z } from "zod";
import { FronteggApiError } from "../errors";

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
