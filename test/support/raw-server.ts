/**
 * A bare HTTP server on 127.0.0.1 for the few client tests that need an API misbehaving in ways the emulator,
 * which only answers correctly or as a fault says, cannot: a changed response shape, a server that never
 * answers, a token refused right after it was issued.
 */
import * as http from "node:http";

/** A running raw server. */
export interface RawServer {
  readonly url: string;
  /** Requests received so far, as `METHOD /path`. */
  readonly requests: string[];
  /** Stops listening and cuts every open connection, answered or not. */
  close(): Promise<void>;
}

/** Starts a server that hands each request to `handle`; a handler that never ends the response hangs that request. */
export async function startRawServer(handle: (request: http.IncomingMessage, response: http.ServerResponse) => void): Promise<RawServer> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Answers `POST /auth/vendor` with a fresh token, as Frontegg does for valid credentials. */
export function answerVendorAuth(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  if (request.method !== "POST" || request.url !== "/auth/vendor") return false;
  response.setHeader("content-type", "application/json");
  response.end(JSON.stringify({ token: `token-${Math.random().toString(36).slice(2)}`, expiresIn: 3600 }));
  return true;
}
