/**
 * The engine benchmark: a stack of N resources through the real Pulumi engine (Automation API, inline program,
 * local file backend) against the emulator on 127.0.0.1 with latency injected on every request, phase by phase:
 * up from empty, no-change preview, no-change refresh, a 10% rename, destroy. Each phase is measured in wall
 * time, API calls (from the emulator's request log), response bytes and state bytes, beside the minimal call
 * count and Frontegg's Terraform provider's for the same stack.
 */
import type { LoggedRequest, RequestLogSummary } from "../emulator";
import { engineStack, EngineStack } from "../test/engine/harness";
import { TestEmulator, useEmulator } from "../test/support/emulator";
import { benchShape, Phase, PHASES, runPhase, scaleProgram, StackShape } from "../test/support/scale-stack";
import { formatBytes, PhaseCalls, summarizeCalls } from "./engine-calls";
import { CallModel, minimalCalls, ratio, terraformCalls } from "./engine-models";
import { StateBytes, stateBytes } from "./engine-state";

/** Latency the emulator adds to every request, standing in for the network to Frontegg. */
export const LATENCY_MS = 30;

/**
 * The engine's `--parallel` for every phase, unless `--parallel` says otherwise. The Pulumi CLI's default is 4 ×
 * the machine's cores, so it would make the figures depend on the machine measuring them: creates are batched
 * among those in flight together, and the engine has at most `parallel` in flight. 32 is the default of an
 * 8-core developer machine.
 */
export const DEFAULT_PARALLEL = 32;

/** One phase's measurements and models. */
export interface PhaseResult {
  readonly wallMs: number;
  readonly calls: PhaseCalls;
  readonly minimal: CallModel;
  readonly terraform: CallModel;
  /** Terraform's calls over ours; `null` when ours is 0. */
  readonly terraformRatio: number | null;
  /** The stack's state after the phase; absent after destroy. */
  readonly state?: StateBytes;
}

/** Everything measured for one N. */
export interface EngineSizeResult {
  readonly n: number;
  readonly at: string;
  readonly latencyMs: number;
  /** The engine's `--parallel`. */
  readonly parallel: number;
  readonly shape: StackShape;
  /** Wall time of the whole size, set-up and state exports included. */
  readonly totalMs: number;
  readonly phases: Record<Phase, PhaseResult>;
}

/** Runs every phase for a stack of `n` resources on a fresh emulator and backend. */
export async function benchEngineSize(n: number, parallel = DEFAULT_PARALLEL, log: (line: string) => void = console.log): Promise<EngineSizeResult> {
  const started = Date.now();
  const shape = benchShape(n);
  const emulator = await useEmulator();
  let engine: EngineStack | undefined;
  try {
    engine = await engineStack(`bench-${n}`, scaleProgram(shape), emulator);
    await emulator.fault({ route: "* /*", latencyMs: LATENCY_MS });
    const phases: Partial<Record<Phase, PhaseResult>> = {};
    for (const phase of PHASES) {
      await emulator.control("DELETE", "/requests");
      const phaseStarted = process.hrtime.bigint();
      await runPhase(engine, shape, phase, { parallel });
      const wallMs = Math.round(Number(process.hrtime.bigint() - phaseStarted) / 1e6);
      const calls = summarizeCalls(await requestsOf(emulator));
      const minimal = minimalCalls(shape, phase);
      const terraform = terraformCalls(shape, phase);
      const state = phase === "destroy" ? undefined : stateBytes(await engine.exportText());
      phases[phase] = { wallMs, calls, minimal, terraform, terraformRatio: ratio(terraform.total, calls.total), ...(state ? { state } : {}) };
      log(
        `engine N=${n} (parallel ${parallel}) ${phase}: ${(wallMs / 1000).toFixed(1)} s, ${calls.total} calls (${calls.auth} auth), ` +
          `${formatBytes(calls.responseBytes)} of responses, minimal ${minimal.total}, Terraform ${terraform.total}` +
          (state ? `, state ${state.averageBytes} B/resource` : ""),
      );
    }
    return { n, at: new Date().toISOString(), latencyMs: LATENCY_MS, parallel, shape, totalMs: Date.now() - started, phases: phases as Record<Phase, PhaseResult> };
  } finally {
    await engine?.dispose();
    await emulator.stop();
  }
}

async function requestsOf(emulator: TestEmulator): Promise<LoggedRequest[]> {
  return (await emulator.control<RequestLogSummary>("GET", "/requests")).requests;
}

