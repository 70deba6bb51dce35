/**
 * The check step: validates the inputs against the kind's schema and, where the lifecycle checks against
 * Frontegg, runs the preflight (./preflight), so a preview that passes is an update that can apply.
 */
import type * as dynamic from "@pulumi/pulumi/dynamic";
import { definedOnly } from "./definition";
import { preflight } from "./preflight";
import { declaredIn } from "./properties";
import { announceWrite } from "./read-back";
import { scrub, secretValuesOf } from "./secrets";
import type { StepContext } from "./step-context";
import type { Kinds, Props } from "./types";
import { InputFailure, validateInputs } from "./validation";

/** The dynamic provider's `check`; `kinds` (the kinds references resolve through) is absent where it is offline. */
export function checkStep<I extends Props>(kind: StepContext<I>, kinds: Kinds | undefined): (olds: Props, news: Props) => Promise<dynamic.CheckResult> {
  const { definition, session } = kind;
  return async (olds, news) => {
    const raw = declaredIn(news);
    const { inputs, failures } = validateInputs(definition.inputs, raw);
    const checked = definedOnly(inputs as Props);
    const stored = declaredIn(olds);
    const problems = failures.length > 0 || !kinds ? failures : await preflight(session, kinds, definition, stored, checked as I);
    // A resource with no stored inputs is created next (in an update; a preview writes nothing, and ends).
    if (problems.length === 0 && Object.keys(stored).length === 0) announceWrite(kind);
    const secrets = secretValuesOf(raw, definition.secrets);
    return { inputs: checked, failures: problems.map((failure) => forEngine(failure, secrets)) };
  };
}

/**
 * A failure as the engine gets it. The property is named in the reason, not in the failure's own field: for a
 * named property the engine prints the property's whole value beside the reason, which may be a secret, a
 * private key pasted in the wrong place, or a megabyte of text.
 */
function forEngine(failure: InputFailure, secrets: readonly string[]): { property: string; reason: string } {
  const reason = failure.property ? `${failure.property}: ${failure.reason}` : failure.reason;
  return { property: "", reason: scrub(reason, secrets) };
}
