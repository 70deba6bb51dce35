/**
 * The timing shared by the create batcher and the read coalescer: a window that opens with the first arrival,
 * stays open a little longer after each arrival, and closes at the latest a fixed time after the first.
 */

/** Options of an {@link ArrivalWindow}; each field says its default. */
export interface ArrivalWindowOptions {
  /**
   * How long the window waits for one more arrival after the last, in milliseconds. Default 250: the engine
   * records each step in its checkpoint before it calls the provider, and a self-managed backend (file, S3, ...)
   * writes the whole state each time, so calls that are ready together still arrive one checkpoint write apart:
   * about 50 ms each for a state of 500 resources, more for larger ones.
   */
  readonly windowMs?: number;
  /**
   * How long the window stays open at most after its first arrival, in milliseconds. Default 3 000: while calls
   * keep arriving, the window stays open this long, so on a backend whose checkpoints pace the engine it still
   * gathers dozens of them. A lone arrival waits only {@link windowMs}.
   */
  readonly maxWaitMs?: number;
  /**
   * While this answers true, the window stays open past {@link windowMs} (never past {@link maxWaitMs}): arrivals
   * known to be on their way, such as writes the operation has announced but not yet sent. Default: never.
   */
  readonly holdWhile?: () => boolean;
}

/** A window over arrivals; `close` runs when it closes by itself. */
export class ArrivalWindow {
  readonly #close: () => void;
  readonly #windowMs: number;
  readonly #maxWaitMs: number;
  readonly #holdWhile: () => boolean;
  #firstAt = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(close: () => void, options: ArrivalWindowOptions = {}) {
    this.#close = close;
    this.#windowMs = options.windowMs ?? 250;
    this.#maxWaitMs = options.maxWaitMs ?? 3000;
    this.#holdWhile = options.holdWhile ?? (() => false);
  }

  /** One arrival: the first opens the window, each later one keeps it open longer, up to the first's longest wait. */
  arrive(): void {
    if (this.#timer) clearTimeout(this.#timer);
    else this.#firstAt = Date.now();
    this.#wait();
  }

  #wait(): void {
    const left = this.#maxWaitMs - (Date.now() - this.#firstAt);
    this.#timer = setTimeout(() => {
      if (left > this.#windowMs && this.#holdWhile()) return this.#wait();
      this.#timer = undefined;
      this.#close();
    }, Math.max(0, Math.min(this.#windowMs, left)));
  }

  /** Closes the window early, without running `close` (its owner is closing it): the next arrival opens a new one. */
  cancel(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
