/** Errors the resource lifecycle raises: each names the object and says what to do. */
import { FronteggApiError, FronteggError } from "../client";
import { scrub } from "./secrets";

/**
 * A problem with one resource that the user can act on. Its stack is its message: Pulumi's dynamic provider host
 * prints `${error}: ${error.stack}` of any error a provider throws, and users should read what to do, not where
 * in this package it was found.
 */
export class ResourceError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ResourceError";
    Object.defineProperty(this, "stack", { value: "", enumerable: false, writable: true, configurable: true });
  }
}

/**
 * A create that made the object but failed to finish it, and could not remove it again. The engine records the
 * object from `id` and `properties` (Pulumi's "created but failed to initialize"), so the stack tracks it and the
 * next `pulumi up` completes it: never an object in Frontegg the stack does not know.
 */
export class PartialCreateError extends ResourceError {
  /** Read by the dynamic provider host, which reports the object to the engine. */
  readonly id: string;
  readonly properties: Record<string, unknown>;
  readonly reasons: string[];

  constructor(message: string, id: string, properties: Record<string, unknown>) {
    super(message);
    this.name = "PartialCreateError";
    this.id = id;
    this.properties = properties;
    this.reasons = [message];
  }
}

/**
 * Any failure as the error a user sees: client errors keep their message, anything unexpected says it is a bug
 * of this package, and every message is scrubbed of secrets and key material.
 */
export function userFacing(error: unknown, secretValues: readonly string[]): ResourceError {
  if (error instanceof PartialCreateError) {
    return new PartialCreateError(scrub(error.message, secretValues), error.id, error.properties);
  }
  if (error instanceof ResourceError || error instanceof FronteggError) return new ResourceError(scrub(error.message, secretValues));
  const message = error instanceof Error ? error.message : String(error);
  return new ResourceError(
    scrub(`pulumi-frontegg failed unexpectedly: ${message}. This is a bug: please report it with this message`, secretValues),
  );
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

/** Runs a delete; an object that is already gone is what a delete wanted. Answers whether it was there. */
export async function ignoreNotFound(run: () => Promise<void>): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (error) {
    if (error instanceof FronteggApiError && error.isNotFound) return false;
    throw error;
  }
}

/** The message when a new resource's natural key is already taken in Frontegg. */
export function existsMessage(subject: string, id: string): string {
  return (
    `${subject} already exists in Frontegg (id ${id}). To manage the existing object with this program, set ` +
    `adoptExisting: true on the resource (its properties will be brought to the declared values); otherwise choose another key`
  );
}

/** The message when a resource declares one of Frontegg's built-in objects. */
export function builtInMessage(subject: string): string {
  return `${subject} is one of Frontegg's built-in objects, which cannot be managed, changed or deleted; choose another key or name`;
}
