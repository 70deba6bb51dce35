/**
 * Why a refresh or destroy is refused after the API key was rotated, and what to run.
 *
 * `pulumi refresh` and `pulumi destroy` do not run the program, so the engine configures the provider with the
 * configuration recorded at the stack's last update, not the stack config as it is now: a key rotated since is
 * not seen, and Frontegg refuses the old one. Running the program once (`refresh --run-program`, or `up`)
 * records the new configuration; `destroy --run-program` uses it directly (checked with the Pulumi CLI 3.248).
 */
import { FronteggAuthError } from "../client";
import { ResourceError } from "./errors";

/** What to run, appended to the rejection when it happens while reading or deleting. */
export const ROTATED_KEY_HINT =
  "pulumi refresh and pulumi destroy use the credentials recorded in the stack's last deployment, not the current stack config: " +
  "if you rotated the API key, run `pulumi refresh --run-program` (or `pulumi up`) first to record the new key, or `pulumi destroy --run-program`";

/**
 * `error` with {@link ROTATED_KEY_HINT} added when Frontegg rejected the credentials (directly or as the cause of
 * a lifecycle error); any other error unchanged. For the read and delete steps, the ones refresh and destroy run.
 */
export function withRotatedKeyHint(error: unknown): unknown {
  const rejected = error instanceof FronteggAuthError || (error instanceof Error && error.cause instanceof FronteggAuthError);
  if (!rejected) return error;
  return new ResourceError(`${(error as Error).message}. ${ROTATED_KEY_HINT}`, { cause: error });
}
