/** The delete step: removes the object (for a singleton, restores Frontegg's default); never a built-in. */
import { step } from "./errors";
import { rememberDeleted } from "./lookup";
import { describeStored, storedIn } from "./properties";
import { withRotatedKeyHint } from "./rotated-key";
import type { StepContext } from "./step-context";
import type { Props } from "./types";

/** The dynamic provider's `delete`. */
export function deleteStep<I extends Props>({ definition, session }: StepContext<I>): (id: string, props: Props) => Promise<void> {
  return async (id, props) => {
    const stored = storedIn(props);
    if (definition.isBuiltIn?.(stored)) return;
    const s = session();
    await step("deleting", describeStored(definition, stored), () => definition.delete(s.client, id, stored)).catch((error: unknown) => {
      throw withRotatedKeyHint(error);
    });
    rememberDeleted(s, definition, id, stored);
  };
}
