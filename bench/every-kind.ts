/**
 * The every-kind engine benchmark: a stack of N resources holding every kind (./every-kind-stack.ts) through the
 * real Pulumi engine, phase by phase (preview from empty, up, no-change refresh, no-op up, destroy), declared
 * three ways: over the engine's floor (a provider that does nothing), with the dynamic classes and with the native
 * provider. Each phase's wall time, and for ours the API calls per kind from the emulator's request log.
 */
import { rmSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { changesOf, engineStack, EngineStack } from "../test/engine/harness";
import { TestEmulator, useEmulator } from "../test/support/emulator";
import { SAMPLE_TENANT } from "../test/support/kind-samples";
import { pluginOnPath } from "../test/support/plugin";
import { StateBytes, stateBytes } from "./engine-state";
import { BenchProvider, countsByKind, everyKindProgram, everyKindStack, PROVIDERS, StackEntry } from "./every-kind-stack";
import { callsByKind, KindCallCounts, learnRouteKinds, requestsOf, RouteKinds } from "./kind-routes";

/** The phases, in order. */
export const EVERY_KIND_PHASES = ["preview", "up", "refresh", "no-op up", "destroy"] as const;
export type EveryKindPhase = (typeof EVERY_KIND_PHASES)[number];

/** One phase of one provider. */
export interface EveryKindPhaseResult {
  readonly wallMs: number;
  /** Absent for the floor, which calls nothing. */
  readonly calls?: KindCallCounts;
}

/** One provider's run of the stack. */
export interface EveryKindProviderResult {
  readonly phases: Record<EveryKindPhase, EveryKindPhaseResult>;
  /** The state after the up. */
  readonly state: StateBytes;
}

/** Everything measured for one N. */
export interface EveryKindSizeResult {
  readonly n: number;
  readonly at: string;
  readonly latencyMs: number;
  readonly parallel: number;
  /** Resources per kind. */
  readonly resources: Record<string, number>;
  /** Wall time of the whole size, set-up and state exports included. */
  readonly totalMs: number;
  /** The machine's cores, and its one-minute load average when the size started: how shared the figures are. */
  readonly cores?: number;
  readonly loadAverage?: number;
  readonly providers: Record<BenchProvider, EveryKindProviderResult>;
}

/** What each phase runs, and the changes the engine must report for a stack of `all` resources (the stack's own included). */
const STEPS: Record<EveryKindPhase, { run: (engine: EngineStack, parallel: number) => Promise<Record<string, number> | undefined>; expected: (all: number) => Record<string, number> }> = {
  preview: { run: async (e, parallel) => (await e.stack.preview({ parallel })).changeSummary, expected: (all) => ({ create: all }) },
  up: { run: async (e, parallel) => (await e.stack.up({ parallel })).summary.resourceChanges, expected: (all) => ({ create: all }) },
  refresh: { run: async (e, parallel) => (await e.stack.refresh({ parallel })).summary.resourceChanges, expected: () => ({}) },
  "no-op up": { run: async (e, parallel) => (await e.stack.up({ parallel })).summary.resourceChanges, expected: () => ({}) },
  destroy: { run: async (e, parallel) => (await e.stack.destroy({ parallel })).summary.resourceChanges, expected: (all) => ({ delete: all }) },
};

/** Runs the every-kind stack of `n` resources through each provider, on a fresh emulator with `latencyMs` per request. */
export async function benchEveryKind(n: number, options: { parallel: number; latencyMs: number }, log: (line: string) => void = console.log): Promise<EveryKindSizeResult> {
  const started = Date.now();
  const loadAverage = Math.round(loadavg()[0]! * 10) / 10;
  const entries = everyKindStack(n);
  const emulator = await useEmulator();
  try {
    const routes = await learnRouteKinds(emulator);
    const providers: Partial<Record<BenchProvider, EveryKindProviderResult>> = {};
    for (const provider of PROVIDERS) {
      providers[provider] = await runProvider(provider, entries, emulator, routes, options, (phase, result) =>
        log(`every-kind N=${n} ${provider} ${phase}: ${(result.wallMs / 1000).toFixed(1)} s${result.calls ? `, ${result.calls.total} calls (${result.calls.auth} auth)` : ""}`),
      );
    }
    return {
      n,
      at: new Date().toISOString(),
      latencyMs: options.latencyMs,
      parallel: options.parallel,
      resources: countsByKind(entries),
      totalMs: Date.now() - started,
      cores: cpus().length,
      loadAverage,
      providers: providers as Record<BenchProvider, EveryKindProviderResult>,
    };
  } finally {
    await emulator.stop();
  }
}

/** One provider's phases on a reset emulator, each checked against the changes it must report. */
async function runProvider(
  provider: BenchProvider,
  entries: readonly StackEntry[],
  emulator: TestEmulator,
  routes: RouteKinds,
  { parallel, latencyMs }: { parallel: number; latencyMs: number },
  report: (phase: EveryKindPhase, result: EveryKindPhaseResult) => void,
): Promise<EveryKindProviderResult> {
  await emulator.reset();
  await emulator.client().tenants.create({ tenantId: SAMPLE_TENANT, name: "ACME" });
  await emulator.fault({ route: "* /*", latencyMs });
  const bin = provider === "native" ? pluginOnPath() : undefined;
  // Every provider's stack has the same name (on a backend of its own): names are in every URN the state holds.
  const engine = await engineStack(`every-kind-${entries.length}`, everyKindProgram(entries, provider), emulator, {}, bin === undefined ? {} : { pathPrefix: [bin] });
  try {
    const phases: Partial<Record<EveryKindPhase, EveryKindPhaseResult>> = {};
    let state: StateBytes | undefined;
    for (const phase of EVERY_KIND_PHASES) {
      await emulator.control("DELETE", "/requests");
      const phaseStarted = process.hrtime.bigint();
      const changes = changesOf(await STEPS[phase].run(engine, parallel));
      const wallMs = Math.round(Number(process.hrtime.bigint() - phaseStarted) / 1e6);
      const expected = STEPS[phase].expected(entries.length + 1);
      if (JSON.stringify(changes) !== JSON.stringify(expected)) {
        throw new Error(`every-kind stack of ${entries.length} resources, ${provider} ${phase}: the engine reported ${JSON.stringify(changes)}, expected ${JSON.stringify(expected)}`);
      }
      const result = { wallMs, ...(provider === "floor" ? {} : { calls: callsByKind(await requestsOf(emulator), routes) }) };
      phases[phase] = result;
      report(phase, result);
      if (phase === "up") state = stateBytes(await engine.exportText());
    }
    return { phases: phases as Record<EveryKindPhase, EveryKindPhaseResult>, state: state! };
  } finally {
    await engine.dispose();
    if (bin !== undefined) rmSync(bin, { recursive: true, force: true });
  }
}
