/**
 * Shares one read among callers that ask for it together, each of whom needs a read that started after they
 * asked (typically: after their own write). The engine sends the creates of resources that are ready together a
 * few milliseconds apart, so their read-backs can share one request instead of one each.
 */
import { ArrivalWindow, ArrivalWindowOptions } from "../client/arrival-window";

export class ReadCoalescer<T> {
  readonly #read: () => Promise<T>;
  readonly #window: ArrivalWindow;
  #waiting: Array<{ resolve(value: T): void; reject(error: unknown): void }> = [];

  /**
   * @param read the read to share.
   * @param options the window the callers of one read arrive in; its defaults are the create batcher's, for the
   *   same reason: the engine's checkpoint writes pace the creates it sends.
   */
  constructor(read: () => Promise<T>, options: ArrivalWindowOptions = {}) {
    this.#read = read;
    this.#window = new ArrivalWindow(() => this.#flush(), options);
  }

  /** The result of a read that starts after this call. */
  read(): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      this.#window.arrive();
    });
  }

  #flush(): void {
    const waiting = this.#waiting;
    this.#waiting = [];
    this.#read().then(
      (value) => waiting.forEach((caller) => caller.resolve(value)),
      (error: unknown) => waiting.forEach((caller) => caller.reject(error)),
    );
  }
}
