/** Starts a real emulator on 127.0.0.1 for a test file and drives its /_emulator controls. */
import { startEmulator } from "../../emulator";
import { FronteggClient, FronteggClientOptions } from "../../provider/client";

export const CLIENT_ID = "test-client-id";
export const SECRET = "test-secret-9f8e7d6c5b4a";

/** The running emulator of a test file. */
export interface TestEmulator {
  readonly url: string;
  /** A client with fast retries, suited to tests. */
  client(options?: FronteggClientOptions): FronteggClient;
  /** Calls a control endpoint. */
  control<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** Requests seen per route, e.g. `{ "POST /auth/vendor": 1 }`. */
  requestCounts(): Promise<Record<string, number>>;
  fault(fault: Record<string, unknown>): Promise<void>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts an emulator; call `stop` in afterAll. */
export async function useEmulator(options: { tokenExpiresIn?: number; faultSeed?: number } = {}): Promise<TestEmulator> {
  const emulator = await startEmulator({ port: 0, clientId: CLIENT_ID, secret: SECRET, ...options });
  const control = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${emulator.url}/_emulator${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`emulator control ${method} ${path} answered ${response.status}: ${await response.text()}`);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    url: emulator.url,
    client: (overrides = {}) =>
      new FronteggClient(
        { clientId: CLIENT_ID, secretKey: SECRET, apiBaseUrl: emulator.url, retry: { baseDelayMs: 10, maxDelayMs: 100 }, ...overrides },
        {},
      ),
    control,
    requestCounts: async () => (await control<{ byRoute: Record<string, number> }>("GET", "/requests")).byRoute,
    fault: async (fault) => {
      await control("POST", "/faults", fault);
    },
    reset: async () => {
      await control("POST", "/reset");
    },
    stop: () => emulator.stop(),
  };
}

/**
 * An application's client and shared secret, read from Frontegg's credentials route the way a user would (the
 * provider never reads them), so tests can search for them where they must not be.
 */
export async function applicationCredentials(emulator: TestEmulator, applicationId: string): Promise<{ clientSecret: string; sharedSecret: string }> {
  const auth = await fetch(`${emulator.url}/auth/vendor`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ clientId: CLIENT_ID, secret: SECRET }),
  });
  const { token } = (await auth.json()) as { token: string };
  const response = await fetch(`${emulator.url}/applications/resources/applications/v1/credentials/${encodeURIComponent(applicationId)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await response.json()) as { clientSecret: string; sharedSecret: string };
}
