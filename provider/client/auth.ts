/**
 * The environment ("vendor") token: fetched once, shared by every concurrent call, refreshed before it expires.
 */

/** A token and its lifetime, as `POST /auth/vendor` returns them. */
export interface VendorToken {
  readonly token: string;
  /** Lifetime in seconds. */
  readonly expiresIn: number;
}

/** Refresh when this fraction of the lifetime has passed, as Frontegg's own Node SDK does. */
const REFRESH_AT_FRACTION = 0.8;

/**
 * Caches one token per client. Concurrent callers share a single in-flight authentication, so fifty calls
 * starting at once cause one `POST /auth/vendor`.
 */
export class TokenCache {
  #current: { token: string; refreshAt: number } | undefined;
  private inFlight: Promise<string> | undefined;

  /**
   * @param authenticate fetches a new token.
   * @param now the clock, injectable for tests.
   */
  constructor(
    private readonly authenticate: () => Promise<VendorToken>,
    private readonly now: () => number = Date.now,
  ) {}

  /** A valid token, authenticating first when there is none or it is due for refresh. */
  async get(): Promise<string> {
    if (this.#current && this.now() < this.#current.refreshAt) return this.#current.token;
    if (!this.inFlight) {
      this.inFlight = this.authenticate()
        .then(({ token, expiresIn }) => {
          this.#current = { token, refreshAt: this.now() + expiresIn * 1000 * REFRESH_AT_FRACTION };
          return token;
        })
        .finally(() => {
          this.inFlight = undefined;
        });
    }
    return this.inFlight;
  }

  /**
   * Forgets `token` after Frontegg refused it (expired or revoked early). A token that was already replaced by a
   * concurrent caller is left alone, so many 401s at once still cause one re-authentication.
   */
  invalidate(token: string): void {
    if (this.#current?.token === token) this.#current = undefined;
  }
}
