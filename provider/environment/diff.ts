/** What differs between two environment snapshots, per kind, object and field. */
import { isDeepStrictEqual } from "node:util";
import { countOf, titleOf } from "../lifecycle/noun";
import { RESOURCE_DEFINITIONS, RESOURCE_KINDS, ResourceKind } from "../resources";
import { EnvironmentSnapshot } from "./snapshot";

/** A kind of object: the snapshot groups objects by resource kind. */
export type SnapshotKind = ResourceKind;

/** One difference; `field` is absent when a whole object exists on one side only. */
export interface Difference {
  readonly kind: SnapshotKind;
  /** The object's natural key (policy scopes: `environment` or the tenant id). */
  readonly key: string;
  readonly change: "only-in-from" | "only-in-to" | "changed";
  readonly field?: string;
  readonly from?: unknown;
  readonly to?: unknown;
}


/** Every difference from `from` to `to`, in a stable order. */
export function diffEnvironments(from: EnvironmentSnapshot, to: EnvironmentSnapshot): Difference[] {
  const differences: Difference[] = [];
  for (const kind of RESOURCE_KINDS) {
    const left = from[kind] as unknown as Record<string, Record<string, unknown>>;
    const right = to[kind] as unknown as Record<string, Record<string, unknown>>;
    for (const key of [...new Set([...Object.keys(left), ...Object.keys(right)])].sort()) {
      const label = key === "" ? "environment" : key;
      const a = left[key];
      const b = right[key];
      if (!b) differences.push({ kind, key: label, change: "only-in-from" });
      else if (!a) differences.push({ kind, key: label, change: "only-in-to" });
      else {
        for (const field of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
          if (!isDeepStrictEqual(a[field], b[field])) differences.push({ kind, key: label, change: "changed", field, from: a[field], to: b[field] });
        }
      }
    }
  }
  return differences;
}


/** The differences as text for a person, grouped by kind; `fromName`/`toName` label the two sides. */
export function formatDifferences(differences: readonly Difference[], fromName: string, toName: string): string {
  if (differences.length === 0) return `${fromName} and ${toName} are the same.\n`;
  const lines: string[] = [`${differences.length} difference${differences.length === 1 ? "" : "s"} between ${fromName} and ${toName}:`];
  for (const kind of RESOURCE_KINDS) {
    const ofKind = differences.filter((d) => d.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push("", `${titleOf(RESOURCE_DEFINITIONS[kind])}:`);
    for (const d of ofKind) {
      if (d.change === "only-in-from") lines.push(`  - ${d.key}: only in ${fromName}`);
      else if (d.change === "only-in-to") lines.push(`  + ${d.key}: only in ${toName}`);
      else lines.push(`  ~ ${d.key}: ${d.field}: ${show(d.from)} (${fromName}) → ${show(d.to)} (${toName})`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function show(value: unknown): string {
  if (value === undefined) return "(not set)";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** How many objects of each kind `snapshot` holds, in the registry's order: `2 permission categories, 1 role`. */
export function summarize(snapshot: EnvironmentSnapshot): string {
  const counts = RESOURCE_KINDS.map((kind) => [kind, Object.keys(snapshot[kind]).length] as const).filter(([, n]) => n > 0);
  return counts.length === 0 ? "nothing" : counts.map(([kind, n]) => countOf(RESOURCE_DEFINITIONS[kind], n)).join(", ");
}
