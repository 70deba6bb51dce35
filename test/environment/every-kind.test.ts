/**
 * Every registered resource kind is read, compared and exported: the test iterates the registry, so a kind added to
 * `provider/resources/index.ts` fails here until `readEnvironment`, `diffEnvironments` and `renderProgram` cover
 * it. The environment holds every kind's sample from the kind table (test/support/kind-samples.ts).
 */
import { countOf, nounOf, titleOf } from "../../provider/lifecycle/noun";
import { diffEnvironments, formatDifferences, summarize } from "../../provider/environment/diff";
import { renderProgram } from "../../provider/environment/program";
import { emptySnapshot, EnvironmentSnapshot, optInFlags, readEnvironment } from "../../provider/environment/snapshot";
import { RESOURCE_DEFINITIONS, RESOURCE_KINDS } from "../../provider/resources";
import { TestEmulator, useEmulator } from "../support/emulator";
import { createEverySample } from "../support/sample-environment";

let emulator: TestEmulator;
let snapshot: EnvironmentSnapshot;
beforeAll(async () => {
  emulator = await useEmulator();
  await createEverySample(emulator);
  // The opt-in kinds too (the tenants): each is read, compared and exported when asked for.
  snapshot = await readEnvironment(emulator.client(), { include: optInFlags() });
});
afterAll(() => emulator.stop());

it("groups the snapshot by exactly the registered kinds", () => {
  expect(Object.keys(snapshot).sort()).toEqual([...RESOURCE_KINDS].sort());
});

describe.each(RESOURCE_KINDS)("%s", (kind) => {
  it("is read from the seeded environment", () => {
    // Fails for a kind the reader skips (every kind has its sample in the environment).
    expect(Object.keys(snapshot[kind]).length).toBeGreaterThan(0);
  });

  it("is compared: an environment without the kind's objects differs in each of them, under the kind's title", () => {
    const without = { ...snapshot, [kind]: {} } as EnvironmentSnapshot;
    const differences = diffEnvironments(snapshot, without);
    expect(differences.map((d) => `${d.kind} ${d.change}`)).toEqual(Object.keys(snapshot[kind]).map(() => `${kind} only-in-from`));
    expect(formatDifferences(differences, "A", "B")).toContain(`\n${titleOf(RESOURCE_DEFINITIONS[kind])}:\n`);
  });

  it("is exported: one declaration per object, counted in the summary", () => {
    const source = renderProgram(snapshot, { projectName: "p", source: "test", packageVersion: "1.0.0" }).files["index.ts"]!;
    const declarations = source.match(new RegExp(`new frontegg\\.${kind}\\(`, "g")) ?? [];
    expect(declarations).toHaveLength(Object.keys(snapshot[kind]).length);
    expect(summarize(snapshot)).toContain(countOf(RESOURCE_DEFINITIONS[kind], declarations.length));
  });
});

it("names every kind with a phrase of its own", () => {
  const nouns = RESOURCE_KINDS.map((kind) => nounOf(RESOURCE_DEFINITIONS[kind]));
  expect(new Set(nouns).size).toBe(nouns.length);
  expect(nounOf(RESOURCE_DEFINITIONS.SsoGroupMapping)).toBe("SSO group mapping");
  expect(titleOf(RESOURCE_DEFINITIONS.PermissionCategory)).toBe("Permission categories");
  expect(countOf(RESOURCE_DEFINITIONS.MfaStrategy, 1)).toBe("1 MFA strategy");
});

it("heads the policies once, just before the first, and not at all without any", () => {
  const render = (s: EnvironmentSnapshot) => renderProgram(s, { projectName: "p", source: "test", packageVersion: "1.0.0" }).files["index.ts"]!;
  const heading = "\n\n    // Security policies: one per environment or tenant.\n    new frontegg.MfaPolicy(";
  expect(render(snapshot).split(heading)).toHaveLength(2);
  expect(render({ ...emptySnapshot(), Role: snapshot.Role, Permission: snapshot.Permission })).not.toContain("Security policies");
});
