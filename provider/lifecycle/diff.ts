/** The diff step: which declared properties differ from the stored ones, and which of them replace the object. */
import { changedProperties, declaredIn } from "./properties";
import { announceWrite } from "./read-back";
import type { StepContext } from "./step-context";
import type { LifecycleDiff, Props } from "./types";

/** The lifecycle's `diff`. */
export function diffStep<I extends Props>(kind: StepContext<I>): (id: string, olds: Props, news: Props) => Promise<LifecycleDiff> {
  const { definition } = kind;
  return async (_id, olds, news) => {
    const changed = changedProperties(definition, olds, declaredIn(news));
    const replaces = changed.filter((key) => definition.replaceOnChanges.includes(key));
    if (changed.length > 0) announceWrite(kind); // an update, or the create of a replacement
    // Natural keys are unique in Frontegg, so the old object must go before its replacement can take the key.
    return { changes: changed.length > 0, replaces, stables: [], deleteBeforeReplace: replaces.length > 0, diffs: changed };
  };
}
