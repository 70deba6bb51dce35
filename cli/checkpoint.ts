/**
 * The part of an exported Pulumi checkpoint (`pulumi stack export`, deployment version 3) that recovery reads and
 * edits: resources and pending operations. Everything else is carried through untouched, secrets included (they
 * stay encrypted: nothing here decrypts them).
 */

/** One resource of a checkpoint; fields this module does not use are kept as they are. */
export interface CheckpointResource {
  readonly urn: string;
  readonly type: string;
  readonly id?: string;
  readonly custom?: boolean;
  /** A resource that a replacement left behind, to be deleted. */
  readonly delete?: boolean;
  readonly inputs?: Record<string, unknown>;
  readonly outputs?: Record<string, unknown>;
  readonly parent?: string;
  /** `<provider urn>::<provider id>`. */
  readonly provider?: string;
  readonly dependencies?: readonly string[];
  readonly propertyDependencies?: Readonly<Record<string, readonly string[]>>;
  /** When the engine began creating the resource (RFC 3339), recorded by Pulumi 3.100 and later. */
  readonly created?: string;
  readonly [field: string]: unknown;
}

/** An operation the engine began and never saw finish. */
export interface PendingOperation {
  readonly resource: CheckpointResource;
  /** `creating`, `updating`, `deleting`, `reading`, `importing`. */
  readonly type: string;
  readonly [field: string]: unknown;
}

/** `pulumi stack export`'s output. */
export interface ExportedStack {
  readonly version: number;
  readonly deployment: {
    readonly resources?: readonly CheckpointResource[];
    readonly pending_operations?: readonly PendingOperation[];
    readonly [field: string]: unknown;
  };
}

/** Parses `pulumi stack export` output, checking only the shape recovery relies on. */
export function parseExportedStack(text: string): ExportedStack {
  const parsed = JSON.parse(text) as Partial<ExportedStack>;
  if (typeof parsed !== "object" || parsed === null || typeof parsed.deployment !== "object" || parsed.deployment === null) {
    throw new Error("`pulumi stack export` printed no deployment");
  }
  if (parsed.version !== 3) throw new Error(`the stack's checkpoint has deployment version ${String(parsed.version)}; this command reads version 3`);
  return parsed as ExportedStack;
}

/** Pending creates: the operations a killed `up` left behind whose outcome only the provider can tell. */
export function pendingCreates(stack: ExportedStack): PendingOperation[] {
  return (stack.deployment.pending_operations ?? []).filter((op) => op.type === "creating");
}

/** What recovery does with one pending create. */
export type Resolution =
  /** The object exists: record it as created, with this id and these outputs. */
  | { readonly action: "import"; readonly id: string; readonly outputs: Record<string, unknown> }
  /** The create never took effect (or must not be taken over): drop the operation; the next `up` creates it. */
  | { readonly action: "clear" };

/**
 * The checkpoint with each resolved pending create (by URN) removed from the pending operations and, for an
 * import, added to the resources after everything it refers to. Unresolved operations are kept.
 */
export function resolvePendingCreates(stack: ExportedStack, resolutions: ReadonlyMap<string, Resolution>): ExportedStack {
  const resources = [...(stack.deployment.resources ?? [])];
  const pending: PendingOperation[] = [];
  for (const op of stack.deployment.pending_operations ?? []) {
    const resolution = op.type === "creating" ? resolutions.get(op.resource.urn) : undefined;
    if (!resolution) pending.push(op);
    else if (resolution.action === "import") resources.push({ ...op.resource, id: resolution.id, outputs: resolution.outputs });
  }
  return { ...stack, deployment: { ...stack.deployment, resources: dependenciesFirst(resources), pending_operations: pending } };
}

/** URNs a resource needs earlier in the checkpoint: parent, provider, dependencies. */
export function referencedUrns(resource: CheckpointResource): string[] {
  const urns = [...(resource.dependencies ?? []), ...Object.values(resource.propertyDependencies ?? {}).flat()];
  if (resource.parent) urns.push(resource.parent);
  if (resource.provider) urns.push(providerUrn(resource.provider));
  return [...new Set(urns)];
}

/** The URN part of a provider reference `<urn>::<id>`. */
export function providerUrn(reference: string): string {
  const separator = reference.lastIndexOf("::");
  return separator < 0 ? reference : reference.slice(0, separator);
}

/**
 * A stable order in which every resource comes after the resources it refers to, as `pulumi stack import`
 * requires. Already-ordered input is returned unchanged; a reference to a URN that is not in the list is left for
 * the CLI's own integrity check to report.
 */
function dependenciesFirst(resources: readonly CheckpointResource[]): CheckpointResource[] {
  const byUrn = new Map<string, CheckpointResource[]>();
  for (const resource of resources) byUrn.set(resource.urn, [...(byUrn.get(resource.urn) ?? []), resource]);
  const placed = new Set<CheckpointResource>();
  const ordered: CheckpointResource[] = [];
  const place = (resource: CheckpointResource, path: Set<CheckpointResource>) => {
    if (placed.has(resource) || path.has(resource)) return;
    path.add(resource);
    for (const urn of referencedUrns(resource)) for (const needed of byUrn.get(urn) ?? []) if (needed !== resource) place(needed, path);
    placed.add(resource);
    ordered.push(resource);
  };
  for (const resource of resources) place(resource, new Set());
  return ordered;
}
