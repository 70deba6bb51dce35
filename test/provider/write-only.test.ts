/**
 * Write-only properties (inputs Frontegg accepts but may leave out of its answers) keep the value this provider
 * last wrote: what a create or update sent, what a refresh finds stored. The lifecycle does it once for every
 * kind, listed or singleton, so no kind fills them in itself.
 */
import { z } from "zod";
import type { FronteggClient } from "../../provider/client";
import { defineResource, ResourceDefinition, State } from "../../provider/lifecycle/definition";
import { createLifecycle } from "../../provider/lifecycle/lifecycle";
import { Session } from "../../provider/lifecycle/session";

type Inputs = { name: string; token?: string; note?: string };
const inputs = z.strictObject({ name: z.string(), token: z.string().optional(), note: z.string().optional() });

/** Frontegg as these fakes hold it: never answering `token`. */
function store() {
  const objects = new Map<string, State>();
  const answer = (name: string): State => ({ name, note: objects.get(name)?.note });
  const write = async (i: Inputs): Promise<State> => (objects.set(i.name, { name: i.name, note: i.note }), answer(i.name));
  const common = {
    description: "test",
    example: "",
    inputs: inputs as unknown as z.ZodType<Inputs, Record<string, unknown>>,
    outputs: z.object({}),
    replaceOnChanges: [],
    secrets: [],
    writeOnly: ["token"],
    claimedBy: ["name"] as Array<keyof Inputs & string>,
    claims: (i: Inputs) => [i.name],
    describe: (i: Inputs) => `widget "${i.name}"`,
    idOf: (state: State) => String(state.name),
    create: (_client: FronteggClient, i: Inputs) => write(i),
    update: (_client: FronteggClient, _id: string, i: Inputs) => write(i),
    delete: async (_client: FronteggClient, id: string) => void objects.delete(id),
  };
  const listed = defineResource<Inputs>({
    ...common,
    kind: "ListedWidget",
    collection: { scopeOf: () => undefined, list: async () => [...objects.keys()].map(answer), matches: (state, i) => state.name === i.name },
  });
  const singleton = defineResource<Inputs>({
    ...common,
    kind: "SingletonWidget",
    singletonScope: (i) => i.name,
    find: async (_client, i) => (objects.has(i.name) ? answer(i.name) : undefined),
    read: async (_client, id) => (objects.has(id) ? answer(id) : undefined),
  });
  return { listed, singleton };
}

function lifecycleOf(definition: ResourceDefinition<Inputs>) {
  let session = new Session({} as FronteggClient);
  const lifecycle = createLifecycle(definition as unknown as ResourceDefinition, () => session, { checkAgainstFrontegg: false });
  return { lifecycle, nextOperation: () => void (session = new Session({} as FronteggClient)) };
}

for (const shape of ["listed", "singleton"] as const) {
  describe(`a ${shape} kind`, () => {
    it("stores what it sent where Frontegg's answer leaves a write-only property out, and keeps it on refresh", async () => {
      const { lifecycle, nextOperation } = lifecycleOf(store()[shape]);
      const created = await lifecycle.create({ name: "w", token: "first", note: "a" });
      expect(created.outs).toMatchObject({ name: "w", token: "first", note: "a" });

      nextOperation();
      const read = await lifecycle.read(created.id, created.outs);
      expect(read.props).toMatchObject({ token: "first", note: "a" });

      nextOperation();
      const updated = await lifecycle.update(created.id, read.props!, { name: "w", token: "second", note: "b" });
      expect(updated.outs).toMatchObject({ token: "second", note: "b" });

      // A program that stops declaring it no longer manages it: the state claims no value for it, so declaring the
      // same value again later is a change that writes it.
      const undeclared = await lifecycle.update(created.id, updated.outs!, { name: "w", note: "c" });
      expect(undeclared.outs).toMatchObject({ note: "c" });
      expect(undeclared.outs).not.toHaveProperty("token");
      expect((await lifecycle.diff(created.id, undeclared.outs!, { name: "w", token: "second", note: "c" })).changes).toBe(true);
    });
  });
}
