/** How commands end: an {@link ExitError} carries the exit code; only the entry point calls process.exit. */

/** Ends the command with `code`, printing `message` (if any) to stderr. */
export class ExitError extends Error {
  constructor(
    readonly code: number,
    message = "",
  ) {
    super(message);
    this.name = "ExitError";
  }
}

/** Exit codes shared by every command. */
export const EXIT = Object.freeze({ ok: 0, different: 1, error: 2 });
