/** One handled (or deliberately dropped) Frontegg request. */
export interface LoggedRequest {
  readonly method: string;
  /** `METHOD /pattern` with `{param}` placeholders; the concrete path for unknown routes. */
  readonly route: string;
  /** The concrete path, without query string. */
  readonly path: string;
  /** Status answered; 0 when the connection was dropped before answering. */
  readonly status: number;
  /** The `frontegg-tenant-id` header, when sent. */
  readonly tenantId?: string;
  /** ISO 8601 time the request arrived. */
  readonly at: string;
  /** Set when a fault dropped the connection: before handling, or after handling without answering. */
  readonly dropped?: "before" | "after";
  /** Bytes of the response body sent (headers excluded); 0 when nothing was sent. */
  readonly responseBytes: number;
}

/** What `GET /_emulator/requests` answers. */
export interface RequestLogSummary {
  readonly count: number;
  /** Requests per route, e.g. `{ "POST /identity/resources/roles/v1": 3 }`. */
  readonly byRoute: Record<string, number>;
  /** Bytes of every response body sent, so benchmarks can weigh what a client downloads. */
  readonly responseBytes: number;
  readonly requests: LoggedRequest[];
}

/** The log of Frontegg requests, so tests can assert what a client actually sent (control calls excluded). */
export class RequestLog {
  private entries: LoggedRequest[] = [];

  /** Appends one request. */
  record(entry: LoggedRequest): void {
    this.entries.push(entry);
  }

  /** Forgets every request. */
  clear(): void {
    this.entries = [];
  }

  /** Count, per-route counts, total response bytes and the requests in arrival order. */
  summary(): RequestLogSummary {
    const byRoute: Record<string, number> = {};
    let responseBytes = 0;
    for (const entry of this.entries) {
      byRoute[entry.route] = (byRoute[entry.route] ?? 0) + 1;
      responseBytes += entry.responseBytes;
    }
    return { count: this.entries.length, byRoute, responseBytes, requests: [...this.entries] };
  }
}
