/** State bytes per resource, from `pulumi stack export` (without --show-secrets), as a user's backend holds it. */
import { managedResources } from "../test/engine/harness";

/** Bytes of the resources of one kind. */
export interface KindState {
  readonly resources: number;
  readonly averageBytes: number;
  readonly maxBytes: number;
}

/** Bytes of a stack's resources. */
export interface StateBytes {
  /** Managed resources (the stack and the provider entries left out). */
  readonly resources: number;
  readonly totalBytes: number;
  readonly averageBytes: number;
  /** Kind (`Role`, `Permission`, ...) → its resources' sizes. */
  readonly byKind: Record<string, KindState>;
}

/**
 * Measures each managed resource as the bytes of its entry in the exported deployment, serialized as compact
 * JSON (the export's indentation is presentation, not content).
 */
export function stateBytes(exported: string): StateBytes {
  const sizes = new Map<string, number[]>();
  let totalBytes = 0;
  let resources = 0;
  for (const resource of managedResources(exported)) {
    const bytes = Buffer.byteLength(JSON.stringify(resource));
    const kind = resource.type.slice(resource.type.lastIndexOf(":") + 1);
    sizes.set(kind, [...(sizes.get(kind) ?? []), bytes]);
    totalBytes += bytes;
    resources += 1;
  }
  const byKind: Record<string, KindState> = {};
  for (const [kind, list] of [...sizes].sort(([a], [b]) => a.localeCompare(b))) {
    byKind[kind] = { resources: list.length, averageBytes: average(list.reduce((a, b) => a + b, 0), list.length), maxBytes: Math.max(...list) };
  }
  return { resources, totalBytes, averageBytes: average(totalBytes, resources), byKind };
}

const average = (total: number, count: number): number => (count === 0 ? 0 : Math.round(total / count));
