/**
 * What one engine operation (a preview, an up, a refresh, a destroy) shares across all its resources: the client,
 * one credential check, and the collection lists read so far.
 *
 * The engine starts a fresh provider plugin process for every operation and routes every dynamic resource of the
 * stack through it, so one session per process and configuration is one session per operation: what it caches
 * is never served to a later operation, and a refresh after an out-of-band change sees the change.
 */
import { FronteggClient } from "../client";
import { ReadCoalescer } from "./coalesce";
import type { State } from "./types";

/**
 * The longest a read-back waits for the writes it shares a read with. A forecast can announce writes that never
 * come (a `--target` that leaves a resource out, a dependency that failed, a resource waiting on the one whose
 * read-back waits), so this bounds what a wrong forecast costs each read-back.
 */
const READ_AFTER_WRITE_MAX_WAIT_MS = 2000;

/** Lists of objects by kind and scope, read once per session and kept current by the session's own writes. */
export class ListCache {
  readonly #lists = new Map<string, Promise<State[]>>();
  readonly #afterWrites = new Map<string, ReadCoalescer<State[]>>();

  /** The list under `key`, loading it at most once however many callers ask at the same time. */
  get(key: string, load: () => Promise<State[]>): Promise<State[]> {
    let list = this.#lists.get(key);
    if (!list) {
      list = load();
      this.#lists.set(key, list);
      // A failed read is not remembered: the next caller tries again.
      list.catch(() => {
        if (this.#lists.get(key) === list) this.#lists.delete(key);
      });
    }
    return list;
  }

  /** Records a created or updated object, if its list has been read (otherwise the next read will show it). */
  put(key: string, state: State, idOf: (state: State) => string): void {
    this.#change(key, (items) => [...items.filter((item) => idOf(item) !== idOf(state)), state]);
  }

  /** Records a deleted object. */
  remove(key: string, id: string, idOf: (state: State) => string): void {
    this.#change(key, (items) => items.filter((item) => idOf(item) !== id));
  }

  /** Forgets a list whose content is in doubt (after a write with an unknown outcome). */
  forget(key: string): void {
    this.#lists.delete(key);
  }

  /**
   * A read of the list under `key` that starts after this call: what a write that Frontegg answers without a body
   * is read back from. Callers that ask together share one read, and so do the writes `holdWhile` says are still
   * on their way (at most the window's longest wait). The result is not cached: it serves the writes that asked.
   */
  readAfterWrite(key: string, load: () => Promise<State[]>, holdWhile: () => boolean): Promise<State[]> {
    let coalescer = this.#afterWrites.get(key);
    if (!coalescer) {
      coalescer = new ReadCoalescer(load, { holdWhile, maxWaitMs: READ_AFTER_WRITE_MAX_WAIT_MS });
      this.#afterWrites.set(key, coalescer);
    }
    return coalescer.read();
  }

  #change(key: string, apply: (items: State[]) => State[]): void {
    const list = this.#lists.get(key);
    // Chained on the read itself, so a write that lands while the list is still loading is applied after it.
    if (list) this.#lists.set(key, list.then(apply));
  }
}

/** A write under way, to settle once it is answered, has failed, or is not needed after all. */
export interface WriteTicket {
  settle(): void;
}

/**
 * The writes an operation has announced and not yet done, per kind. The engine checks every resource as the
 * program registers it, long before it sends the create, and diffs before it sends an update, so the provider
 * knows which writes are coming; a read shared by several writes can wait for those instead of guessing.
 */
export class WriteForecast {
  readonly #pending = new Map<string, number>();

  /** One more write of `kind` will come in this operation. */
  expect(kind: string): void {
    this.#pending.set(kind, (this.#pending.get(kind) ?? 0) + 1);
  }

  /**
   * A write of `kind` under way (announced or not). Its `settle` says it was answered, failed, or turned out not
   * to be needed; settling it again changes nothing, so a write that settles early (before its read-back, which
   * must not wait for itself) and again on the way out counts once.
   */
  begin(kind: string): WriteTicket {
    let open = true;
    return {
      settle: () => {
        if (!open) return;
        open = false;
        const pending = this.#pending.get(kind) ?? 0;
        if (pending > 0) this.#pending.set(kind, pending - 1);
      },
    };
  }

  /** Whether writes of `kind` are announced and not yet done. */
  awaits(kind: string): boolean {
    return (this.#pending.get(kind) ?? 0) > 0;
  }
}

/** The shared context of one operation against one Frontegg environment. */
export class Session {
  readonly lists = new ListCache();
  readonly writes = new WriteForecast();
  #verified: Promise<void> | undefined;

  constructor(readonly client: FronteggClient) {}

  /** Authenticates once per session, so bad credentials fail the preview rather than the update. */
  verifyCredentials(): Promise<void> {
    this.#verified ??= this.client.verifyCredentials();
    return this.#verified;
  }
}
