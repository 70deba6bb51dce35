/** What a command needs from the entry point: output, environment, version, and a terminal to ask on. */
export interface CommandIO {
  readonly env: NodeJS.ProcessEnv;
  /** This package's version. */
  readonly version: string;
  /** Results only, so they can be piped. */
  stdout(text: string): void;
  /** Errors and progress. */
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress is shown more often there). */
  readonly stderrIsTTY?: boolean;
  /** Asks a yes/no question; absent when there is no terminal. */
  confirm?(question: string): Promise<boolean>;
}

/** Hands a command's exit code back to the entry point. */
export type SetExitCode = (code: number) => void;
