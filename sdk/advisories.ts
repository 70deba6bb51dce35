/**
 * Warnings a program gets at preview and `up` about what it declares: a secret written as plain text (it sits in
 * the program's source, and `pulumi preview --debug` prints it, since the CLI masks only the values it knows as
 * config secrets), and what the kind's definition advises against (an expired SAML certificate). Shown once per
 * resource and property, against the resource, never with a secret's value.
 */
import * as pulumi from "@pulumi/pulumi";
import type { ResourceDefinition } from "../provider/lifecycle/definition";

/** The warning for a secret written as plain text in the program. */
export function plainSecretWarning(label: string, property: string): string {
  return (
    `${label}: ${property} is a secret written as plain text in the program, so it sits in the program's source and ` +
    `\`pulumi preview --debug\` prints it. Keep it in the stack's config instead: \`pulumi config set --secret <name>\`, ` +
    `then pass \`new pulumi.Config().requireSecret("<name>")\``
  );
}

/**
 * Shows the warnings about `args` on `owner`. Advice on values not known yet (outputs) is given once they
 * resolve, and not at all during a preview where they stay unknown.
 */
export function adviseOn(label: string, definition: ResourceDefinition, args: Readonly<Record<string, unknown>>, owner: pulumi.Resource): void {
  for (const property of definition.secrets) {
    if (typeof args[property] === "string") void pulumi.log.warn(plainSecretWarning(label, property), owner);
  }
  const advise = definition.advise;
  if (!advise) return;
  const read = Object.fromEntries((definition.advisedBy ?? []).map((key) => [key, args[key]]));
  pulumi.output(read).apply((resolved) => {
    for (const warning of advise(resolved as Record<string, unknown>, new Date())) void pulumi.log.warn(`${label}: ${warning}`, owner);
  });
}
