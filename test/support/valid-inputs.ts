/**
 * Inputs every kind accepts, one row per kind: the starting point the bad-input corpus breaks one documented
 * constraint of at a time. Derived from the kind table (./kind-samples.ts): each sample's args, with references
 * as placeholder ids that need not exist (validation fails before any lookup) and secrets as their sample values.
 */
import { assertSamplesCoverRegistry, KIND_SAMPLES, resolveSample, sampleName } from "./kind-samples";

type Props = Record<string, unknown>;

/** A placeholder id of an object of `kind`: `id-of-sample-permission-category`. */
const placeholderId = (kind: string) => `id-of-${sampleName(kind)}`;

/** The row of every kind, after checking that the registry has no kind without one. */
export function validInputs(): Readonly<Record<string, Props>> {
  assertSamplesCoverRegistry();
  return Object.fromEntries(KIND_SAMPLES.map((row) => [row.kind, resolveSample(row.args, placeholderId)]));
}
