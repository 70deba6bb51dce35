/**
 * The read step (`pulumi refresh`, and the native provider's import): finds the object by id and gives back its
 * outputs and the inputs later diffs compare against.
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";
import { step } from "./errors";
import { findById } from "./lookup";
import { describeStored, IMPORTED, inputKeysOf, outputsOf, storedIn } from "./properties";
import { withRotatedKeyHint } from "./rotated-key";
import { appliedOf } from "./secrets";
import type { StepContext } from "./step-context";
import type { Props, ResourceDefinition } from "./types";

/** The dynamic provider's `read`: a blank id when the object is gone. */
export function readStep<I extends Props>({ definition, session }: StepContext<I>): (id: string, props?: Props) => Promise<dynamic.ReadResult> {
  return async (id, props = {}) => {
    const stored = storedIn(props);
    const state = await step("reading", describeStored(definition, stored), () => findById(session(), definition, id, stored)).catch((error: unknown) => {
      throw withRotatedKeyHint(error);
    });
    if (!state) return { id: "" };
    const applied = appliedAtRead(definition, props);
    const outs = outputsOf(definition, definition.managedPart ? definition.managedPart(state, stored) : state, applied);
    return { id, props: outs, inputs: { ...inputsFrom(definition, outs), ...applied } };
  };
}

/**
 * The fingerprints of the secrets last applied, as a read finds them recorded in the stored outputs. State
 * written before they were recorded has only the fingerprint of the last read, which stands in for them. An
 * import has neither: its secrets are left to the program.
 */
function appliedAtRead<I extends Props>(definition: ResourceDefinition<I>, props: Props): Props | undefined {
  if (props[IMPORTED] === true) return undefined;
  const recorded = appliedOf(props);
  const applied = Object.fromEntries(
    definition.secrets.flatMap((key) => {
      const fingerprint = recorded[key] ?? props[key];
      return typeof fingerprint === "string" ? [[key, fingerprint]] : [];
    }),
  );
  return Object.keys(applied).length > 0 ? applied : undefined;
}

/**
 * The inputs a refresh hands back for later diffs: the declared properties as they now are in Frontegg, but
 * for the sealed ones, which `read` sets to the fingerprints last applied (see `APPLIED_KEY`).
 */
function inputsFrom<I extends Props>(definition: ResourceDefinition<I>, outs: Props): Props {
  const inputs: Props = {};
  for (const key of inputKeysOf(definition)) {
    if (outs[key] !== undefined && !definition.secrets.includes(key)) inputs[key] = outs[key];
  }
  return inputs;
}
