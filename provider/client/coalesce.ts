/**
 * Shares one read among callers that ask for it together, each of whom needs a read that started after they
 * asked (typically: after their own write). The engine sends the creates of resources that are ready together a
 * few milliseconds apart, so their read-backs can share one request instead of one each.
 */
export class ReadCoalescer<T> {
  readonly #read: () => Promise<T>;
  readonly #windowMs: number;
  readonly #maxWaitMs: number;
  #waiting: Array<{ resolve(value: T): void; reject(error: unknown): void }> = [];
  #firstAt = 0;
  #timer: NodeJS.Timeout | undefined;

  /**
   * @param read the read to share.
   * @param options `windowMs`: how long to wait for one more caller after the last (default 250); `maxWaitMs`:
   *   how long the first caller waits at most (default 3 000). The defaults are the create batcher's, for the
   *   same reason (see `CreateBatcherOptions`): the engine's checkpoint writes pace the creates it sends.
   */
  constructor(read: () => Promise<T>, options: { readonly windowMs?: number; readonly maxWaitMs?: number } = {}) {
    this.#read = read;
    this.#windowMs = options.windowMs ?? 250;
    this.#maxWaitMs = options.maxWaitMs ?? 3000;
  }

  /** The result of a read that starts after this call. */
  read(): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      if (this.#waiting.length === 1) this.#firstAt = Date.now();
      if (this.#timer) clearTimeout(this.#timer);
      const left = this.#maxWaitMs - (Date.now() - this.#firstAt);
      this.#timer = setTimeout(() => this.#flush(), Math.max(0, Math.min(this.#windowMs, left)));
    });
  }

  #flush(): void {
    this.#timer = undefined;
    const waiting = this.#waiting;
    this.#waiting = [];
    this.#read().then(
      (value) => waiting.forEach((caller) => caller.resolve(value)),
      (error: unknown) => waiting.forEach((caller) => caller.reject(error)),
    );
  }
}
