/**
 * What one engine operation (a preview, an up, a refresh, a destroy) shares across all its resources: the client,
 * one credential check, and the collection lists read so far.
 *
 * The engine starts a fresh provider plugin process for every operation and routes every dynamic resource of the
 * stack through it, so one session per process and configuration is one session per operation: what it caches
 * is never served to a later operation, and a refresh after an out-of-band change sees the change.
 */
import { FronteggClient } from "../client";
import { State } from "./definition";

/** Lists of objects by kind and scope, read once per session and kept current by the session's own writes. */
export class ListCache {
  readonly #lists = new Map<string, Promise<State[]>>();

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

  #change(key: string, apply: (items: State[]) => State[]): void {
    const list = this.#lists.get(key);
    // Chained on the read itself, so a write that lands while the list is still loading is applied after it.
    if (list) this.#lists.set(key, list.then(apply));
  }
}

/** The shared context of one operation against one Frontegg environment. */
export class Session {
  readonly lists = new ListCache();
  #verified: Promise<void> | undefined;

  constructor(readonly client: FronteggClient) {}

  /** Authenticates once per session, so bad credentials fail the preview rather than the update. */
  verifyCredentials(): Promise<void> {
    this.#verified ??= this.client.verifyCredentials();
    return this.#verified;
  }
}
