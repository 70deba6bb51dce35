/**
 * Singletons (a policy per scope, a template per type) can be declared once per stack. Two declarations of the
 * same one would fight over it on every `up`, so the program fails at preview instead, naming both.
 */
import * as pulumi from "@pulumi/pulumi";

const claimed = new Map<string, string>();

/** Records that resource `name` of `kind` manages the singleton `scope`; throws if another one already does. */
export function claimSingleton(kind: string, scope: string, name: string): void {
  // One registry per process; a process may run several deployments (the Automation API), so key by stack too.
  const key = `${pulumi.getProject()}/${pulumi.getStack()}\u0000${kind}\u0000${scope}`;
  const holder = claimed.get(key);
  if (holder !== undefined && holder !== name) {
    throw new Error(
      `${kind} "${name}" and ${kind} "${holder}" both manage the same ${kind} (${scope}). Frontegg has one per ` +
        `scope, so a stack may declare it once: remove one of them, or give them different scopes`,
    );
  }
  claimed.set(key, name);
}

/**
 * Claims the singleton once its scope is known: immediately when the scope properties are plain values (the
 * usual case, failing the program before anything is sent), else when their outputs resolve.
 */
export function claimWhenKnown(
  kind: string,
  name: string,
  scopeInputs: Record<string, pulumi.Input<string> | undefined>,
  scopeOf: (resolved: Record<string, string | undefined>) => string,
): void {
  const plain = Object.values(scopeInputs).every((value) => value === undefined || typeof value === "string");
  if (plain) {
    claimSingleton(kind, scopeOf(scopeInputs as Record<string, string | undefined>), name);
    return;
  }
  pulumi.output(scopeInputs).apply((resolved) => claimSingleton(kind, scopeOf(resolved as Record<string, string | undefined>), name));
}

/** Forgets every claim; for tests that run several programs in one process. */
export function resetSingletonClaims(): void {
  claimed.clear();
}
