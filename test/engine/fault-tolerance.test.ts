/**
 * An `up` under a storm of transient faults (rate limits, 500s, 503s, connections dropped before and after the
 * server acted, on about one request in five) converges in at most one more `up`, with no duplicate and no orphan
 * in Frontegg, and a clean preview and refresh after. Seeded, so each run injects the same faults.
 */
import { TestEmulator, useEmulator } from "../support/emulator";
import { resourceCount, scaleProgram, StackShape } from "../support/scale-stack";
import { changesOf, engineStack } from "./harness";

jest.setTimeout(900_000);

/** 41 resources: 3 categories, 30 permissions, 4 roles of 5 permissions, both policies, 2 templates. */
const SHAPE: StackShape = { categories: 3, permissions: 30, roles: 4, permissionsPerRole: 5, mfaPolicy: true, lockoutPolicy: true, emailTemplates: 2 };
const SEEDS = [1, 2, 3, 4, 5];

/** Five kinds of fault, each rolled on a twentieth of the requests it matches: about 20% of requests in all. */
const FAULTS = [
  { route: "* /*", retryAfter: 1, rate: 0.045 },
  { route: "* /*", status: 500, rate: 0.045 },
  { route: "* /*", status: 503, rate: 0.045 },
  { route: "* /*", drop: "before", rate: 0.045 },
  { route: "* /*", drop: "after", rate: 0.045 },
];

interface Stored {
  roles: Array<{ key: string; tenantId: string | null }>;
  permissions: Array<{ key: string; fePermission?: boolean }>;
  categories: Array<{ name: string; feCategory?: boolean }>;
}

/** Objects with a natural key held more than once. */
function duplicates(state: Stored): string[] {
  const keys = [
    ...state.roles.map((r) => `role ${r.tenantId ?? ""}/${r.key}`),
    ...state.permissions.map((p) => `permission ${p.key}`),
    ...state.categories.map((c) => `category ${c.name}`),
  ];
  return keys.filter((key, i) => keys.indexOf(key) !== i);
}

/** Objects that are not Frontegg's built-ins. */
function managedObjects(state: Stored, builtIns: Stored): number {
  return (
    state.roles.length - builtIns.roles.length + state.permissions.filter((p) => !p.fePermission).length + state.categories.filter((c) => !c.feCategory).length
  );
}

it.each(SEEDS)("an up with 20%% mixed faults converges with no duplicate and no orphan (seed %i)", async (seed) => {
  const emulator: TestEmulator = await useEmulator({ faultSeed: seed });
  const engine = await engineStack(`faults-${seed}`, scaleProgram(SHAPE), emulator);
  try {
    const builtIns = await emulator.control<Stored>("GET", "/state");
    for (const fault of FAULTS) await emulator.fault(fault);

    // The first up, and at most one more, both under the same storm.
    let attempts = 0;
    let converged = false;
    const errors: string[] = [];
    while (!converged && attempts < 2) {
      attempts++;
      converged = await engine.stack.up().then(
        () => true,
        (error: unknown) => {
          errors.push(String((error as Error).message));
          return false;
        },
      );
    }
    const log = await emulator.control<{ count: number; requests: Array<{ status: number; dropped?: string }> }>("GET", "/requests");
    const injected = log.requests.filter((r) => r.dropped !== undefined || [429, 500, 503].includes(r.status)).length;
    await emulator.control("DELETE", "/faults");

    const state = await emulator.control<Stored>("GET", "/state");
    console.log(
      `seed ${seed}: ${resourceCount(SHAPE)} resources, ${log.count} requests, ${injected} faults injected, ` +
        `${attempts} up(s) to converge, ${duplicates(state).length} duplicates` +
        (errors.length > 0 ? `; the first up failed with: ${errors[0]!.split("\n").filter((line) => /error:/.test(line)).slice(0, 2).join(" / ")}` : ""),
    );
    expect({ converged, errors }).toEqual({ converged: true, errors: attempts === 1 ? [] : [expect.any(String)] });
    expect(duplicates(state)).toEqual([]);
    expect(managedObjects(state, builtIns)).toBe(SHAPE.categories + SHAPE.permissions + SHAPE.roles);
    expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({});
    expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({});

    await engine.stack.destroy();
    const after = await emulator.control<Stored>("GET", "/state");
    expect(managedObjects(after, builtIns)).toBe(0);
  } finally {
    await engine.dispose();
    await emulator.stop();
  }
});
