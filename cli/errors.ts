/** How commands end: an {@link ExitError} carries the exit code; only the entry point calls process.exit. */

/** Ends the command with `code`, printing its messages (if any) to stderr, each after the command's name. */
export class ExitError extends Error {
  /** The messages, one or several (a command that failed on two environments names both). */
  readonly messages: readonly string[];

  constructor(
    readonly code: number,
    messages: string | readonly string[] = "",
  ) {
    const list = typeof messages === "string" ? [messages].filter((message) => message !== "") : messages;
    super(list.join("\n"));
    this.name = "ExitError";
    this.messages = list;
  }
}

/** Exit codes shared by every command. */
export const EXIT = Object.freeze({ ok: 0, different: 1, error: 2 });
