/**
 * Ends the dynamic provider plugin when its Pulumi engine is gone.
 *
 * The engine starts `pulumi-resource-pulumi-nodejs <engine address>` in a process group of its own, so when
 * `pulumi up` is killed (SIGKILL, an OOM kill, a CI runner cancelling the job) nothing kills the plugin: it
 * would go on creating and changing objects in Frontegg that no checkpoint will ever record. The watchdog
 * notices within about a second and exits the process, so no further request reaches Frontegg.
 *
 * Two independent signs, either is enough:
 * - the parent process changed: the launcher `exec`s node, so the parent is the engine, and an orphan is
 *   re-parented (to init or a subreaper);
 * - the engine's gRPC address, the plugin's first argument, refuses connections twice in a row (covers a
 *   launcher that does not `exec`, where the parent is a shell that outlives the engine, and platforms that
 *   do not re-parent). Only a refusal counts: a slow or busy engine never looks dead.
 */
import { connect } from "node:net";

/** How often the parent process is checked. */
const PARENT_CHECK_MS = 250;
/** How often the engine's address is probed. */
const PROBE_MS = 500;
/** Consecutive refused connections that mean the engine is gone. */
const REFUSALS_TO_EXIT = 2;

/** Whether `mainFilename` (the process's entry script) is Pulumi's Node.js dynamic provider host. */
export function isDynamicProviderHost(mainFilename: string | undefined): boolean {
  return mainFilename !== undefined && /[\\/]@pulumi[\\/]pulumi[\\/]cmd[\\/]dynamic-provider(?:[\\/]index\.js)?$/.test(mainFilename);
}

/** The engine's `host:port` from the plugin's arguments (`process.argv`), when it is one. */
export function engineAddressFrom(argv: readonly string[]): { host: string; port: number } | undefined {
  const match = /^(?:(\[[^\]]+\]|[^:]+):)?(\d{1,5})$/.exec(argv[2] ?? "");
  if (!match) return undefined;
  const port = Number(match[2]);
  if (port < 1 || port > 65535) return undefined;
  return { host: match[1]?.replace(/^\[|\]$/g, "") ?? "127.0.0.1", port };
}

/** Resolves true when nothing listens on `address` (ECONNREFUSED); false when it accepts or anything else happens. */
export function connectionRefused(address: { host: string; port: number }, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address.host, port: address.port });
    const done = (refused: boolean) => {
      socket.destroy();
      resolve(refused);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(false));
    socket.once("error", (error: NodeJS.ErrnoException) => done(error.code === "ECONNREFUSED"));
  });
}

/** What the watchdog observes and does; every part is replaceable for tests. */
export interface WatchdogOptions {
  /** The engine's gRPC address; without one only the parent process is watched. */
  readonly engineAddress?: { host: string; port: number };
  /** The current parent pid. Default: `process.ppid`. */
  readonly parentPid?: () => number;
  /** Whether the engine's address refuses connections. Default: {@link connectionRefused}. */
  readonly refused?: (address: { host: string; port: number }) => Promise<boolean>;
  /** Called once when the engine is gone, with the reason. Default: {@link exitNow}. */
  readonly onGone?: (reason: string) => void;
  /** Default {@link PARENT_CHECK_MS}. */
  readonly parentCheckMs?: number;
  /** Default {@link PROBE_MS}. */
  readonly probeMs?: number;
}

/** A running watchdog. */
export interface Watchdog {
  stop(): void;
}

/** Starts watching; the timers never keep the process alive by themselves. */
export function startEngineWatchdog(options: WatchdogOptions = {}): Watchdog {
  const parentPid = options.parentPid ?? (() => process.ppid);
  const refused = options.refused ?? connectionRefused;
  const onGone = options.onGone ?? exitNow;
  const initialParent = parentPid();
  let stopped = false;
  let refusals = 0;
  let probing = false;
  const timers: NodeJS.Timeout[] = [];

  const gone = (reason: string) => {
    if (stopped) return;
    stop();
    onGone(reason);
  };
  const stop = () => {
    stopped = true;
    for (const timer of timers) clearInterval(timer);
  };

  timers.push(
    setInterval(() => {
      const current = parentPid();
      if (current !== initialParent) gone(`its parent process ${initialParent} exited (now ${current})`);
    }, options.parentCheckMs ?? PARENT_CHECK_MS),
  );
  const address = options.engineAddress;
  if (address) {
    timers.push(
      setInterval(() => {
        if (probing || stopped) return;
        probing = true;
        refused(address)
          .then((isRefused) => {
            refusals = isRefused ? refusals + 1 : 0;
            if (refusals >= REFUSALS_TO_EXIT) gone(`the engine at ${address.host}:${address.port} refuses connections`);
          })
          .catch(() => {
            refusals = 0;
          })
          .finally(() => {
            probing = false;
          });
      }, options.probeMs ?? PROBE_MS),
    );
  }
  for (const timer of timers) timer.unref();
  return { stop };
}

/**
 * Exits at once: `process.exit` runs no further JavaScript, so no request queued or waiting for a retry is sent.
 * Requests already on the wire may still complete in Frontegg; `pulumi-frontegg recover` deals with those.
 */
export function exitNow(reason: string): void {
  process.stderr.write(`pulumi-frontegg: the Pulumi engine is gone (${reason}); stopping the provider so no further change reaches Frontegg\n`);
  process.exit(1);
}

let started: Watchdog | undefined;

/**
 * Starts the watchdog when this process is Pulumi's dynamic provider host, and only then: jest workers, the
 * command line and user programs load the provider too, and must never exit because of it.
 */
export function watchEngineIfProviderHost(mainFilename: string | undefined = require.main?.filename, argv: readonly string[] = process.argv): Watchdog | undefined {
  if (started || !isDynamicProviderHost(mainFilename)) return started;
  started = startEngineWatchdog({ engineAddress: engineAddressFrom(argv) });
  return started;
}
