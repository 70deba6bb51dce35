import type { AddressInfo } from "node:net";
import { TokenStore } from "./auth";
import type { EmulatorContext } from "./context";
import { FaultRegistry } from "./faults";
import { RequestLog } from "./request-log";
import { buildServer } from "./server";
import { Spec } from "./spec";
import { Store } from "./store";

/** Options for {@link startEmulator}. */
export interface EmulatorOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Interface to bind; default `127.0.0.1` (never all interfaces unless asked). */
  readonly host?: string;
  /** The environment's client id, checked by `POST /auth/vendor`. */
  readonly clientId: string;
  /** The environment's secret (API key), checked by `POST /auth/vendor`. */
  readonly secret: string;
  /** Load this state file at start (when it exists) and persist to it after every mutating request. */
  readonly statePath?: string;
  /** Lifetime of issued tokens in seconds; default 3600. */
  readonly tokenExpiresIn?: number;
  /** Substituted for `{{APP_ID}}` in email template URLs; default `00000000-0000-4000-8000-000000000000`. */
  readonly appId?: string;
  /** Substituted for `{{APP_URL}}` in email template URLs; default `https://app.frontegg-emulator.local`. */
  readonly appUrl?: string;
  /** Log requests with fastify's logger (pino JSON lines, to stderr); default false. */
  readonly logger?: boolean;
  /** Seeds the dice of faults with a `rate`, so a run with faults can be repeated exactly; default unseeded. */
  readonly faultSeed?: number;
}

/** A running emulator. */
export interface RunningEmulator {
  /** Base URL, e.g. `http://127.0.0.1:8787` (no trailing slash). */
  readonly url: string;
  readonly port: number;
  /** The live store, for tests that inspect or seed state directly. */
  readonly store: Store;
  /** Stops listening and closes open connections. */
  stop(): Promise<void>;
}

const DEFAULTS = {
  port: 0,
  host: "127.0.0.1",
  tokenExpiresIn: 3600,
  appId: "00000000-0000-4000-8000-000000000000",
  appUrl: "https://app.frontegg-emulator.local",
  logger: false,
} as const;

/**
 * Starts an emulator. Rejects with StateFileError when `statePath` exists but is corrupt (the file is left
 * untouched), and with the listen error when the port is taken.
 */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const settings = { ...DEFAULTS, ...withoutUndefined(options), clientId: options.clientId, secret: options.secret };
  const store = new Store({ statePath: settings.statePath });
  const ctx: EmulatorContext = {
    spec: Spec.shared(),
    store,
    tokens: new TokenStore(settings.clientId, settings.secret, settings.tokenExpiresIn),
    faults: new FaultRegistry(options.faultSeed === undefined ? Math.random : seededRandom(options.faultSeed)),
    log: new RequestLog(),
    settings: { appId: settings.appId, appUrl: settings.appUrl },
  };
  const app = buildServer(ctx, { logger: settings.logger });
  await app.listen({ port: settings.port, host: settings.host });
  const { port } = app.server.address() as AddressInfo;
  const host = settings.host.includes(":") ? `[${settings.host}]` : settings.host;
  return {
    url: `http://${host}:${port}`,
    port,
    store,
    stop: async () => {
      await app.close();
    },
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A small deterministic generator (mulberry32): numbers in [0, 1) that depend only on the seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
