/**
 * Coalesces single creates into Frontegg's array create routes (roles and permissions take arrays): creates that
 * arrive within a few milliseconds of each other, as the engine sends them when many resources become ready at
 * once, go out as one POST.
 */
import { FronteggAmbiguousRequestError, FronteggResponseValidationError } from "./errors";

/** Options of {@link CreateBatcher}; each field says its default. */
export interface CreateBatcherOptions {
  /**
   * How long a batch waits for one more item after the last, in milliseconds. Default 250: the engine records
   * each step in its checkpoint before it calls the provider, and a self-managed backend (file, S3, ...) writes
   * the whole state each time, so creates that are ready together still arrive one checkpoint write apart: about
   * 50 ms each for a state of 500 resources, more for larger ones.
   */
  readonly windowMs?: number;
  /**
   * How long the first item of a batch waits at most, in milliseconds. Default 3 000: while creates keep
   * arriving, a batch stays open this long, so on a backend whose checkpoints pace the engine a batch still
   * gathers dozens of creates. A lone create waits only {@link windowMs}.
   */
  readonly maxWaitMs?: number;
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
  readonly #windowMs: number;
  readonly #maxItems: number;
  readonly #maxWaitMs: number;
  #firstAt = 0;
  #queue: Pending<Request, Created>[] = [];
  #timer: NodeJS.Timeout | undefined;

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
    this.#windowMs = options.windowMs ?? 250;
    this.#maxItems = options.maxItems ?? 100;
    this.#maxWaitMs = options.maxWaitMs ?? 3000;
  }

  /** Creates one object, in a batch with whatever else arrives within the window. */
  create(request: Request): Promise<Created> {
    return new Promise<Created>((resolve, reject) => {
      this.#queue.push({ request, resolve, reject });
      if (this.#queue.length === 1) this.#firstAt = Date.now();
      if (this.#queue.length >= this.#maxItems) {
        this.#flush();
        return;
      }
      // Each arrival keeps the batch open a little longer, up to the first item's longest wait.
      if (this.#timer) clearTimeout(this.#timer);
      const left = this.#maxWaitMs - (Date.now() - this.#firstAt);
      this.#timer = setTimeout(() => this.#flush(), Math.max(0, Math.min(this.#windowMs, left)));
    });
  }

  #flush(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
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
