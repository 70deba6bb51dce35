/**
 * Calls a resource's lifecycle in the order the engine does for `up`, `refresh` and `destroy`, against a real
 * emulator, so resource behaviour is tested over HTTP without the CLI (the engine suite covers the CLI).
 */
import { FronteggClient } from "../../provider/client";
import { createLifecycle } from "../../provider/lifecycle/lifecycle";
import { Session } from "../../provider/lifecycle/session";
import { definitionOf } from "../../provider/resources";

type Props = Record<string, unknown>;

/** The stored state of one resource between steps. */
export interface Stored {
  id: string;
  outs: Props;
}

/** The engine's steps for one resource kind. */
export function steps(kind: string, client: FronteggClient) {
  const definition = definitionOf(kind);
  if (!definition) throw new Error(`no kind ${kind}`);
  // A session per call: each step stands for an engine operation of its own, so nothing is cached across them.
  const provider = createLifecycle(definition, () => new Session(client), { kinds: { definitionOf } });

  /** The engine checks new inputs against the stored ones: `{}` for a resource that is not in the stack yet. */
  const checked = async (news: Props, olds: Props = {}): Promise<Props> => {
    const result = await provider.check(olds, news);
    if (result.failures && result.failures.length > 0) throw new Error(`check failed: ${JSON.stringify(result.failures)}`);
    return result.inputs as Props;
  };

  return {
    provider,
    /** `pulumi up` of a new resource. */
    async create(news: Props): Promise<Stored> {
      const result = await provider.create(await checked(news));
      return { id: result.id, outs: result.outs as Props };
    },
    /** `pulumi up` of an existing resource: diff, then update or replace as the engine would. */
    async up(stored: Stored, news: Props): Promise<{ stored: Stored; action: "same" | "update" | "replace" }> {
      const inputs = await checked(news, stored.outs);
      const diff = await provider.diff(stored.id, stored.outs, inputs);
      if (!diff.changes) return { stored, action: "same" };
      if (diff.replaces && diff.replaces.length > 0) {
        await provider.delete(stored.id, stored.outs);
        const created = await provider.create(inputs);
        return { stored: { id: created.id, outs: created.outs as Props }, action: "replace" };
      }
      const updated = await provider.update(stored.id, stored.outs, inputs);
      return { stored: { id: stored.id, outs: updated.outs as Props }, action: "update" };
    },
    /** `pulumi refresh`: undefined when the object is gone. */
    async refresh(stored: Stored): Promise<{ stored: Stored; inputs: Props } | undefined> {
      const result = await provider.read(stored.id, stored.outs);
      if (!result.id) return undefined;
      return { stored: { id: result.id, outs: result.props as Props }, inputs: result.inputs as Props };
    },
    /**
     * `pulumi refresh` as the engine runs it: a read, then whether it reports a change, which the engine decides by
     * diffing the refreshed outputs against the inputs state held before (what the last `up` or refresh left there).
     */
    async refreshStep(stored: Stored, inputs: Props): Promise<{ stored: Stored; inputs: Props; changed: boolean } | undefined> {
      const refreshed = await this.refresh(stored);
      if (!refreshed) return undefined;
      const diff = await provider.diff(refreshed.stored.id, refreshed.stored.outs, inputs);
      return { ...refreshed, changed: diff.changes === true };
    },
    /** The inputs the engine records for `news` after an `up`. */
    inputsOf: (news: Props, olds: Props = {}): Promise<Props> => checked(news, olds),
    /** Whether `pulumi preview` would show a change. */
    async hasChanges(stored: Stored, news: Props): Promise<boolean> {
      return (await provider.diff(stored.id, stored.outs, await checked(news, stored.outs))).changes === true;
    },
    /** `pulumi destroy`. */
    destroy: (stored: Stored) => provider.delete(stored.id, stored.outs),
  };
}
