/**
 * Coalesces single creates into Frontegg's array create routes (roles and permissions take arrays): creates that
 * arrive within a few milliseconds of each other, as the engine sends them when many resources become ready at
 * once, go out as one POST.
 */
import { ArrivalWindow, ArrivalWindowOptions } from "./arrival-window";
import { FronteggAmbiguousRequestError, FronteggResponseValidationError } from "./errors";

/** Options of {@link CreateBatcher}; each field says its default. A batch is the creates of one arrival window. */
export interface CreateBatcherOptions extends ArrivalWindowOptions {
  /** Most items in one request. Default 100. */
  readonly maxItems?: number;
}

interface Pending<Request, Created> {
  readonly request: Request;
  resolve(created: Created): void;
  reject(error: unknown): void;
}

/**
 * Batches creates for one route and scope.
 *
 * Results are matched to requests by natural key. When a batch of several is refused (a 4xx), each item is sent
 * again on its own, so one bad item fails only its own resource. That assumes Frontegg validates the whole array
 * before creating any of it, which is what its class-validator bodies do; a duplicate key still surfaces as that
 * item's own error. A batch whose outcome is unknown (connection lost) is never resent: every item gets the
 * ambiguous error, and the caller looks each up by key.
 */
export class CreateBatcher<Request, Created> {
  readonly #path: string;
  readonly #send: (requests: readonly Request[]) => Promise<Created[]>;
  readonly #keyOfRequest: (request: Request) => string;
  readonly #keyOfCreated: (created: Created) => string;
  readonly #maxItems: number;
  readonly #window: ArrivalWindow;
  #queue: Pending<Request, Created>[] = [];

  /**
   * @param path the route, for messages.
   * @param send sends one array create.
   * @param keys the natural key of a request and of a created object, to match them up.
   */
  constructor(
    path: string,
    send: (requests: readonly Request[]) => Promise<Created[]>,
    keys: { request: (request: Request) => string; created: (created: Created) => string },
    options: CreateBatcherOptions = {},
  ) {
    this.#path = path;
    this.#send = send;
    this.#keyOfRequest = keys.request;
    this.#keyOfCreated = keys.created;
    this.#maxItems = options.maxItems ?? 100;
    this.#window = new ArrivalWindow(() => this.#flush(), options);
  }

  /** Creates one object, in a batch with whatever else arrives within the window. */
  create(request: Request): Promise<Created> {
    return new Promise<Created>((resolve, reject) => {
      this.#queue.push({ request, resolve, reject });
      if (this.#queue.length >= this.#maxItems) this.#flush();
      else this.#window.arrive();
    });
  }

  #flush(): void {
    this.#window.cancel();
    const batch = this.#queue;
    this.#queue = [];
    if (batch.length > 0) void this.#sendBatch(batch);
  }

  async #sendBatch(batch: readonly Pending<Request, Created>[]): Promise<void> {
    let created: Created[];
    try {
      created = await this.#send(batch.map((item) => item.request));
    } catch (error) {
      if (batch.length === 1 || error instanceof FronteggAmbiguousRequestError) {
        for (const item of batch) item.reject(error);
        return;
      }
      // Learn which item was refused by sending each on its own.
      await Promise.all(batch.map((item) => this.#sendBatch([item])));
      return;
    }
    const byKey = new Map(created.map((object) => [this.#keyOfCreated(object), object]));
    for (const item of batch) {
      const key = this.#keyOfRequest(item.request);
      const object = byKey.get(key);
      if (object !== undefined) item.resolve(object);
      else item.reject(new FronteggResponseValidationError({ method: "POST", path: this.#path, issues: [`(body): no created object with key "${key}"`] }));
    }
  }
}
