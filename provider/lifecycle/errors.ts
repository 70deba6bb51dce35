/** Errors the resource lifecycle raises: each names the object and says what to do. */
import { FronteggApiError, FronteggError } from "../client";

/** A problem with one resource that the user can act on. */
export class ResourceError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ResourceError";
  }
}

/**
 * Runs one API step of `subject` (e.g. `role "billing-admin"`), prefixing any client error with what was being
 * done, so the user sees "creating role "billing-admin": Frontegg POST ... failed with 400: ..." rather than a
 * bare HTTP error.
 */
export async function step<T>(action: string, subject: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw inContext(action, subject, error);
  }
}

/** A client error prefixed with what was being done to whom; any other error unchanged. */
export function inContext(action: string, subject: string, error: unknown): unknown {
  return error instanceof FronteggError ? new ResourceError(`${action} ${subject}: ${error.message}`, { cause: error }) : error;
}

/** Runs a delete; an object that is already gone is what a delete wanted. */
export async function ignoreNotFound(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (error instanceof FronteggApiError && error.isNotFound) return;
    throw error;
  }
}
