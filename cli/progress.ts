/**
 * Progress of a long environment read, on stderr so stdout stays clean for pipes: a count per kind as
 * {@link readEnvironment} reports it. A read that finishes quickly prints nothing, unless asked to.
 */
import { READ_KINDS, readCountOf } from "../provider/environment/kind-order";
import { ReadProgress } from "../provider/environment/snapshot";

/** How progress is shown. */
export interface ProgressSettings {
  /** `true` (`--progress`): from the start; `false` (`--no-progress`): never; undefined: once a read is slow. */
  readonly show?: boolean;
  /** Whether stderr is a terminal: a line a second, instead of one every few seconds for a log. */
  readonly tty?: boolean;
  stderr(text: string): void;
}

/** A read this long prints progress: on a terminal, and in a log (where a quiet stderr is worth more). */
const SLOW_READ_MS = { tty: 1_000, log: 5_000 };
/** Between two lines in a log (stderr not a terminal), and on a terminal. */
const LOG_INTERVAL_MS = 5_000;
const TTY_INTERVAL_MS = 1_000;

/** One line: `PROD: 120 tenants, 3 permission categories, 40 permissions, 12 roles, ... (settings of 57/121 scopes read)`. */
function formatProgress(label: string, progress: ReadProgress | undefined): string {
  if (!progress) return `${label}: reading…`;
  const counts = READ_KINDS.filter((kind) => progress.counts[kind] !== undefined).map((kind) => readCountOf(kind, progress.counts[kind]!));
  const scopes = progress.scopes === undefined ? "" : ` (settings of ${progress.scopesRead}/${progress.scopes} scopes read)`;
  return `${label}: ${counts.join(", ") || "reading…"}${scopes}`;
}

/** Reports one environment's read; {@link onProgress} goes to `readEnvironment`, {@link done} after it settles. */
class ReadReporter {
  readonly #label: string;
  readonly #settings: ProgressSettings;
  readonly #started = Date.now();
  #latest: ReadProgress | undefined;
  #printed: string | undefined;
  #timer: NodeJS.Timeout | undefined;

  constructor(label: string, settings: ProgressSettings) {
    this.#label = label;
    this.#settings = settings;
    if (settings.show === false) return;
    const interval = settings.tty ? TTY_INTERVAL_MS : LOG_INTERVAL_MS;
    const start = setTimeout(() => {
      this.#print();
      this.#timer = setInterval(() => this.#print(), interval);
      this.#timer.unref();
    }, settings.show ? 0 : settings.tty ? SLOW_READ_MS.tty : SLOW_READ_MS.log);
    start.unref();
    this.#timer = start;
  }

  readonly onProgress = (progress: ReadProgress): void => {
    this.#latest = progress;
  };

  /** Stops reporting; once anything was printed (or progress was asked for), prints the final counts. */
  done(ok: boolean): void {
    clearTimeout(this.#timer);
    clearInterval(this.#timer);
    if (!ok || (this.#printed === undefined && !this.#settings.show)) return;
    const seconds = ((Date.now() - this.#started) / 1000).toFixed(1);
    this.#write(`${formatProgress(this.#label, this.#latest)}; read in ${seconds} s`);
  }

  #print(): void {
    const line = formatProgress(this.#label, this.#latest);
    if (line !== this.#printed) this.#write(line);
  }

  #write(line: string): void {
    this.#printed = line;
    this.#settings.stderr(`${line}\n`);
  }
}

/** Runs `read` with a reporter; the reporter stops whether it succeeds or fails. */
export async function withProgress<T>(label: string, settings: ProgressSettings, read: (onProgress: (progress: ReadProgress) => void) => Promise<T>): Promise<T> {
  const reporter = new ReadReporter(label, settings);
  try {
    const result = await read(reporter.onProgress);
    reporter.done(true);
    return result;
  } catch (error) {
    reporter.done(false);
    throw error;
  }
}
