/**
 * The engine benchmark: a stack of N resources through the real Pulumi engine (Automation API, inline program,
 * local file backend) against the emulator on 127.0.0.1 with latency injected on every request, phase by phase:
 * up from empty, no-change preview, no-change refresh, a 10% rename, destroy. Each phase is measured in wall
 * time, API calls (from the emulator's request log), response bytes and state bytes, beside the minimal call
 * count and Frontegg's Terraform provider's for the same stack.
 */
import { rmSync } from "node:fs";
import { changesOf, engineStack, EngineStack } from "../test/engine/harness";
import { TestEmulator, useEmulator } from "../test/support/emulator";
import { pluginOnPath } from "../test/support/plugin";
import { benchShape, Phase, PHASES, resourceCount, runPhase, scaleProgram, StackShape } from "../test/support/scale-stack";
import { formatBytes, PhaseCalls, summarizeCalls } from "./engine-calls";
import { CallModel, minimalCalls, ratio, terraformCalls } from "./engine-models";
import { StateBytes, stateBytes } from "./engine-state";
import { requestsOf } from "./kind-routes";

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

/**
 * The same stack declared with the native provider's classes (`pulumi-frontegg/native`): an up from empty, its
 * calls and the state it leaves. Measured because what the engine records per resource differs between the two:
 * a dynamic resource carries its provider (`__provider`) in both its inputs and its outputs, as Pulumi's dynamic
 * provider protocol requires, and a longer type token in its URN and every URN that refers to it.
 */
export interface NativeUpResult {
  readonly wallMs: number;
  readonly calls: PhaseCalls;
  readonly state: StateBytes;
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
  /** Absent in results measured before it was. */
  readonly native?: NativeUpResult;
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
    // The dynamic stack is destroyed: the native one starts from the same empty environment.
    const native = await nativeUp(shape, emulator, parallel);
    log(
      `engine N=${n} (parallel ${parallel}) native provider up: ${(native.wallMs / 1000).toFixed(1)} s, ${native.calls.total} calls, ` +
        `state ${native.state.averageBytes} B/resource`,
    );
    return { n, at: new Date().toISOString(), latencyMs: LATENCY_MS, parallel, shape, totalMs: Date.now() - started, phases: phases as Record<Phase, PhaseResult>, native };
  } finally {
    await engine?.dispose();
    await emulator.stop();
  }
}

/** An up from empty of `shape` through the native provider plugin (this checkout's build, on the engine's PATH), then its destroy. */
async function nativeUp(shape: StackShape, emulator: TestEmulator, parallel: number): Promise<NativeUpResult> {
  const bin = pluginOnPath();
  // Named as the dynamic stack (on a backend of its own): stack and project names are in every URN the state holds.
  const engine = await engineStack(`bench-${resourceCount(shape)}`, scaleProgram(shape, "native"), emulator, {}, { pathPrefix: [bin] });
  try {
    await emulator.control("DELETE", "/requests");
    const started = process.hrtime.bigint();
    const result = await engine.stack.up({ parallel });
    const wallMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
    const calls = summarizeCalls(await requestsOf(emulator));
    const state = stateBytes(await engine.exportText());
    if (result.summary.result !== "succeeded" || state.resources !== resourceCount(shape)) {
      throw new Error(`the native provider's up left ${state.resources} resources in the state, expected ${resourceCount(shape)} (${JSON.stringify(changesOf(result.summary.resourceChanges))})`);
    }
    await engine.stack.destroy({ parallel });
    return { wallMs, calls, state };
  } finally {
    await engine.dispose();
    rmSync(bin, { recursive: true, force: true });
  }
}


