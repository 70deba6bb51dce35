/**
 * A sealed property changed in the portal, through the lifecycle over HTTP, with refreshes decided as the engine
 * decides them (refreshed outputs against the inputs the state held): every refresh reports it, the first after an
 * `up`, the first after a refresh with no change, and every one after it, until `up` repairs it. One case per
 * sealed property of every kind (test/support/sealed-properties.ts); the engine suite runs the same table.
 */
import { seal } from "../../provider/lifecycle/secrets";
import { useEmulator, TestEmulator } from "../support/emulator";
import { steps } from "../support/lifecycle-steps";
import { changeInPortal, portalSecret, portalValue, SEALED_TENANT, sealedRows } from "../support/sealed-properties";

let emulator: TestEmulator;

beforeAll(async () => {
  emulator = await useEmulator();
});
afterAll(async () => {
  await emulator?.stop();
});

describe.each(sealedRows().map((row) => [`${row.kind}.${row.property}`, row] as const))("%s changed in the portal", (_title, row) => {
  beforeEach(async () => {
    await emulator.reset();
    await emulator.client().tenants.create({ tenantId: SEALED_TENANT, name: "ACME" });
  });

  it("is reported by the first refresh after up and after a no-change refresh, by every later one, until up repairs it", async () => {
    const client = emulator.client();
    const kind = steps(row.kind, client);
    const applied = await kind.inputsOf(row.inputs);
    const stored = await kind.create(row.inputs);

    // Right after up: the state's inputs hold the value (encrypted), and the change shows.
    await changeInPortal(client, row, portalValue(row, 1));
    expect((await kind.refreshStep(stored, applied))?.changed).toBe(true);
    await changeInPortal(client, row, String(row.inputs[row.property]));

    // After a refresh that found nothing, the inputs hold the applied fingerprint, never the value.
    const quiet = (await kind.refreshStep(stored, applied))!;
    expect(quiet.changed).toBe(false);
    expect(quiet.inputs[row.property]).toBe(seal(row.inputs[row.property]));
    expect(JSON.stringify(quiet)).not.toContain(String(row.inputs[row.property]));

    await changeInPortal(client, row);
    let state = quiet;
    for (const refresh of [1, 2, 3]) {
      const next = (await kind.refreshStep(state.stored, state.inputs))!;
      expect({ refresh, changed: next.changed }).toEqual({ refresh, changed: true });
      expect(next.stored.outs[row.property]).toBe(seal(portalValue(row)));
      expect(next.inputs[row.property]).toBe(seal(row.inputs[row.property]));
      state = next;
    }

    const repaired = await kind.up(state.stored, row.inputs);
    expect(repaired.action).toBe("update");
    expect(await portalSecret(client, row)).toBe(row.inputs[row.property]);
    expect((await kind.refreshStep(repaired.stored, applied))?.changed).toBe(false);
    await kind.destroy(repaired.stored);
  });

  it("once the program declares the portal's value, one up records it as applied, and refreshes settle", async () => {
    const client = emulator.client();
    const kind = steps(row.kind, client);
    const stored = await kind.create(row.inputs);
    await changeInPortal(client, row);
    const drifted = (await kind.refreshStep(stored, await kind.inputsOf(row.inputs, stored.outs)))!;
    const adopted = { ...row.inputs, [row.property]: portalValue(row) };
    const up = await kind.up(drifted.stored, adopted);
    expect(up.action).toBe("update");
    expect(await kind.hasChanges(up.stored, adopted)).toBe(false);
    const first = (await kind.refreshStep(up.stored, await kind.inputsOf(adopted, up.stored.outs)))!;
    expect(first.changed).toBe(false);
    expect((await kind.refreshStep(first.stored, first.inputs))?.changed).toBe(false);
    await kind.destroy(up.stored);
  });
});
