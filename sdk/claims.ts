/**
 * What each resource claims (its natural key, a singleton's scope, an SSO domain) may be claimed by one resource
 * of a stack only: two declarations of one role key, or of one MFA policy, would manage the same Frontegg object
 * and fight over it on every `up`, whatever `adoptExisting` says. The program fails at preview instead, naming
 * both resources.
 */
import * as pulumi from "@pulumi/pulumi";

/** Claims by phrase, each with the resource holding it (`Role "admin"`). */
type Registry = Map<string, string>;

/**
 * One registry per program run. The Automation API runs many programs in one process, each with a stack
 * resource of its own, so a resource renamed between two runs never collides with its former self.
 */
const registries = new WeakMap<object, Registry>();
/** For code that runs outside any program (unit tests with mocks). */
const outsideAnyRun: object = {};

function registry(): Registry {
  const owner: object = pulumi.runtime.getStackResource() ?? outsideAnyRun;
  let claims = registries.get(owner);
  if (!claims) {
    claims = new Map();
    registries.set(owner, claims);
  }
  return claims;
}

/** The message when `holder` already claims what `resource` claims. */
function conflictMessage(resource: string, holder: string, claim: string): string {
  return (
    `${resource} and ${holder} both declare ${claim}. Frontegg has one such object, so a stack may declare it ` +
    `once (adoptExisting does not change that): remove one of them or give it another key or scope`
  );
}

/** Records the claims of `resource` (e.g. `Role "admin"`); returns the first conflict's message, if any. */
function claim(resource: string, claims: readonly string[]): string | undefined {
  const held = registry();
  for (const item of claims) {
    const holder = held.get(item);
    if (holder !== undefined && holder !== resource) return conflictMessage(resource, holder, item);
  }
  for (const item of claims) held.set(item, resource);
  return undefined;
}

/**
 * Claims what a resource's inputs claim. With plain values (the usual case) the program fails at once, before
 * anything is sent; with outputs, when they resolve (and not at all during a preview where they stay unknown).
 *
 * @param resource names the resource in messages, e.g. `Role "admin"`.
 * @param inputs the input properties the claims are computed from.
 * @param claimsOf the claims of resolved inputs.
 * @returns a function to call once the resource is registered, which claims outputs when they resolve.
 */
export function claimInputs(
  resource: string,
  inputs: Record<string, unknown>,
  claimsOf: (resolved: Record<string, unknown>) => string[],
): (owner: pulumi.Resource) => void {
  if (isPlain(inputs)) {
    const conflict = claim(resource, claimsOf(inputs));
    if (conflict) throw new pulumi.RunError(conflict);
    return () => undefined;
  }
  return (owner) => {
    // Pulumi runs this only once every value is known: during a preview, an unknown output claims nothing yet.
    pulumi.output(inputs).apply((resolved) => {
      const conflict = claim(resource, claimsOf(resolved as Record<string, unknown>));
      // Reported against the resource, without a stack trace: it is the program's mistake, not this package's.
      if (conflict) throw new pulumi.ResourceError(conflict, owner, true);
    });
  };
}

/** Whether `value` holds no output or promise at any depth. */
function isPlain(value: unknown): boolean {
  if (pulumi.Output.isInstance(value) || value instanceof Promise) return false;
  if (Array.isArray(value)) return value.every(isPlain);
  if (value !== null && typeof value === "object") return Object.values(value).every(isPlain);
  return true;
}

/** Forgets every claim made outside a program run; for tests. */
export function resetClaims(): void {
  registries.delete(outsideAnyRun);
}
