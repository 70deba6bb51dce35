/** Code Frontegg stores for custom-code prehooks and user sources, as compared in diff. */
import { Comparator, sameValue } from "../lifecycle/compare";

/** Code as compared: line endings and trailing white space never read as a change. */
function canonicalCode(value: unknown): unknown {
  return typeof value === "string" ? value.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "").trimEnd() : value;
}

/**
 * Whether two pieces of code are the same program text: Frontegg may answer code normalised (TF's prehook import
 * test ignores it, notes-3 §2a), which must not read as a change forever.
 */
export const sameCode: Comparator = (current, desired) => sameValue(canonicalCode(current), canonicalCode(desired));
