/**
 * A kind Frontegg answers without a body (email templates) is read back after each write, and the writes of one
 * operation share that read: the read waits for the writes the engine announced (check of a new resource, diff
 * with changes), however far apart the engine sends them.
 */
import { z } from "zod";
import type { FronteggClient } from "../../provider/client";
import { defineResource, ResourceDefinition, State } from "../../provider/lifecycle/definition";
import { createLifecycle } from "../../provider/lifecycle/lifecycle";
import { Session } from "../../provider/lifecycle/session";

type Inputs = { type: string; subject: string; adoptExisting?: boolean };
const inputs = z.strictObject({ type: z.string(), subject: z.string(), adoptExisting: z.boolean().optional() });

function fixture() {
  const held = new Map<string, State>();
  const calls = { lists: 0, writes: 0 };
  const write = async (i: Inputs): Promise<State> => {
    calls.writes++;
    held.set(i.type, { type: i.type, subject: i.subject, templateId: held.get(i.type)?.templateId ?? `id-${i.type}` });
    return {}; // Frontegg answers nothing: the read-back tells the state
  };
  const definition = defineResource<Inputs>({
    kind: "Template",
    description: "test",
    example: "",
    inputs: inputs as unknown as z.ZodType<Inputs, Record<string, unknown>>,
    outputs: z.object({ templateId: z.string().optional() }),
    replaceOnChanges: [],
    secrets: [],
    claimedBy: ["type"],
    claims: (i) => [i.type],
    describe: (i) => `template "${i.type}"`,
    idOf: (state, i) => String(state.type ?? i.type),
    singletonScope: (i) => i.type,
    collection: {
      scopeOf: () => undefined,
      list: async () => (calls.lists++, [...held.values()]),
      matches: (state, i) => state.type === i.type,
    },
    readBackAfterWrite: true,
    create: (_client, i) => write(i),
    update: (_client, _id, i) => write(i),
    delete: async (_client, id) => void held.delete(id),
  });
  const session = new Session({} as FronteggClient);
  const lifecycle = createLifecycle(definition as unknown as ResourceDefinition, () => session, { checkAgainstFrontegg: false });
  return { lifecycle, calls, held };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it("shares one read among writes the engine sends far apart, once it has announced them", async () => {
  const { lifecycle, calls } = fixture();
  const a = { type: "ActivateUser", subject: "A" };
  const b = { type: "MagicLink", subject: "B" };
  await lifecycle.check({}, a);
  await lifecycle.check({}, b);
  const first = lifecycle.create(a);
  await pause(600); // longer than the read's idle window: without the forecast, two reads
  const second = lifecycle.create(b);
  const [madeA, madeB] = await Promise.all([first, second]);
  expect(madeA.outs).toMatchObject({ templateId: "id-ActivateUser", subject: "A" });
  expect(madeB.outs).toMatchObject({ templateId: "id-MagicLink", subject: "B" });
  expect(calls).toEqual({ lists: 1, writes: 2 });
});

it("does not wait for itself, and adopts an equal template with adoptExisting without writing", async () => {
  const { lifecycle, calls, held } = fixture();
  held.set("MagicLink", { type: "MagicLink", subject: "B", templateId: "id-portal" });
  const b = { type: "MagicLink", subject: "B", adoptExisting: true };
  await lifecycle.check({}, b);
  const adopted = await lifecycle.create(b);
  expect(adopted.outs).toMatchObject({ templateId: "id-portal" });
  expect(calls).toEqual({ lists: 1, writes: 0 });

  // An update announced by diff and sent: read back once, right after its write.
  const changed = { type: "MagicLink", subject: "B2" };
  expect((await lifecycle.diff("MagicLink", adopted.outs!, changed)).changes).toBe(true);
  const started = Date.now();
  const updated = await lifecycle.update("MagicLink", adopted.outs!, changed);
  // Its own announcement is settled before its read-back, which would otherwise hold for the 2 s cap.
  expect(Date.now() - started).toBeLessThan(1500);
  expect(updated.outs).toMatchObject({ subject: "B2", templateId: "id-portal" });
  expect(calls).toEqual({ lists: 2, writes: 1 });
});
