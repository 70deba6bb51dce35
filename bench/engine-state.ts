/** State bytes per resource, from `pulumi stack export` (without --show-secrets), as a user's backend holds it. */
import { managedResources } from "../test/engine/harness";

/** Bytes of the resources of one kind. */
export interface KindState {
  readonly resources: number;
  readonly averageBytes: number;
  readonly maxBytes: number;
  /** Of the average, the bytes of the resource's inputs and outputs: what the provider decides to store. */
  readonly averagePropertyBytes: number;
}

/** Bytes of a stack's resources. */
export interface StateBytes {
  /** Managed resources (the stack and the provider entries left out). */
  readonly resources: number;
  readonly totalBytes: number;
  readonly averageBytes: number;
  /**
   * Of the average, the inputs and outputs. The rest is the engine's own record of the resource (URNs of its
   * parent, provider and dependencies, the stack trace of its registration, timestamps), the same for any provider.
   */
  readonly averagePropertyBytes: number;
  /** Kind (`Role`, `Permission`, ...) → its resources' sizes. */
  readonly byKind: Record<string, KindState>;
}

/**
 * Measures each managed resource as the bytes of its entry in the exported deployment, serialized as compact
 * JSON (the export's indentation is presentation, not content).
 */
export function stateBytes(exported: string): StateBytes {
  const sizes = new Map<string, Array<{ bytes: number; propertyBytes: number }>>();
  for (const resource of managedResources(exported)) {
    const kind = resource.type.slice(resource.type.lastIndexOf(":") + 1);
    const size = { bytes: byteLength(resource), propertyBytes: byteLength(resource.inputs ?? {}) + byteLength(resource.outputs ?? {}) };
    sizes.set(kind, [...(sizes.get(kind) ?? []), size]);
  }
  const all = [...sizes.values()].flat();
  const byKind: Record<string, KindState> = {};
  for (const [kind, list] of [...sizes].sort(([a], [b]) => a.localeCompare(b))) {
    byKind[kind] = {
      resources: list.length,
      averageBytes: average(sum(list.map((s) => s.bytes)), list.length),
      maxBytes: Math.max(...list.map((s) => s.bytes)),
      averagePropertyBytes: average(sum(list.map((s) => s.propertyBytes)), list.length),
    };
  }
  const totalBytes = sum(all.map((s) => s.bytes));
  return {
    resources: all.length,
    totalBytes,
    averageBytes: average(totalBytes, all.length),
    averagePropertyBytes: average(sum(all.map((s) => s.propertyBytes)), all.length),
    byKind,
  };
}

const byteLength = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const average = (total: number, count: number): number => (count === 0 ? 0 : Math.round(total / count));
