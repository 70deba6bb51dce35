/**
 * Rotating the API key, as the README's "Rotating the API key" says: after the new key is in stack config, a plain
 * refresh or destroy (which use the configuration recorded at the last update) fail naming the command to run,
 * and `refresh --run-program` / `destroy --run-program` work, the former recording the new key for later runs.
 */
import * as frontegg from "pulumi-frontegg";
import type { EmulatorState } from "../../emulator/state";
import { beyond, emulatorState } from "../support/census";
import { TestEmulator, useEmulator } from "../support/emulator";
import { changesOf, engineStack, EngineStack } from "./harness";

jest.setTimeout(300_000);

let emulator: TestEmulator;
let engine: EngineStack;
let baseline: EmulatorState;
beforeAll(async () => {
  emulator = await useEmulator();
  baseline = await emulatorState(emulator);
  engine = await engineStack(
    "rotation",
    async () => {
      new frontegg.Permission("reports-read", { key: "rotation.reports.read", name: "Read reports" });
      new frontegg.MfaPolicy("mfa", { enforceMFAType: "Force" });
    },
    emulator,
  );
});
afterAll(async () => {
  await engine?.dispose();
  await emulator?.stop();
});

/** Regenerates the key in Frontegg and puts the new one in stack config, as a user does. */
async function rotate(key: string): Promise<void> {
  await emulator.control("POST", "/rotate-secret", { secret: key });
  await engine.stack.setConfig("frontegg-native:secretKey", { value: key, secret: true });
}

const failure = (run: Promise<unknown>) => run.then(() => "", (error: Error) => error.message);

it("refresh --run-program and destroy --run-program work after a rotation; the plain commands say to run them", async () => {
  expect((await engine.stack.up()).summary.result).toBe("succeeded");
  await rotate("rotated-key-1-9a8b7c");

  const refused = await failure(engine.stack.refresh());
  expect(refused).toContain('reading permission "rotation.reports.read": Frontegg rejected the environment credentials');
  expect(refused).toContain("if you rotated the API key, run `pulumi refresh --run-program` (or `pulumi up`) first");
  // What the user reads is the message, not where in this package it was raised.
  expect(refused).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(refused).not.toContain("rotated-key-1-9a8b7c");

  expect((await engine.stack.refresh({ runProgram: true })).summary.result).toBe("succeeded");
  // The new key is recorded now: the plain commands work again.
  expect((await engine.stack.refresh()).summary.result).toBe("succeeded");
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({});

  await rotate("rotated-key-2-1d2e3f");
  const refusedDestroy = await failure(engine.stack.destroy());
  expect(refusedDestroy).toContain("Frontegg rejected the environment credentials");
  expect(refusedDestroy).toContain("`pulumi destroy --run-program`");
  expect((await engine.stack.destroy({ runProgram: true })).summary.result).toBe("succeeded");
  expect(beyond(baseline, await emulatorState(emulator))).toEqual([]);
});
