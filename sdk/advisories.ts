/**
 * Warnings a program gets at preview and `up` about what it declares: a secret written as plain text (it sits in
 * the program's source, and `pulumi preview --debug` prints it, since the CLI masks only the values it knows as
 * config secrets), and what the kind's definition advises against (an expired SAML certificate). Shown once per
 * resource and property, naming the resource, never with a secret's value.
 *
 * The warnings are not attached to the resource: Pulumi's log functions chain every message of the process on one
 * promise, and a message attached to a resource waits for its URN. In a preview that fails (a check failure
 * elsewhere), a URN may never resolve, and every later message and program run of the process (the Automation
 * API runs many) would then wait for it forever.
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
 * Shows the warnings about `args` of the resource `label` names (`CaptchaPolicy "captcha"`). Advice on values not known yet (outputs) is given once they
 * resolve, and not at all during a preview where they stay unknown.
 */
export function adviseOn(label: string, definition: ResourceDefinition, args: Readonly<Record<string, unknown>>): void {
  for (const property of definition.secrets) {
    if (typeof args[property] === "string") void pulumi.log.warn(plainSecretWarning(label, property));
  }
  const advise = definition.advise;
  if (!advise) return;
  const read = Object.fromEntries((definition.advisedBy ?? []).map((key) => [key, args[key]]));
  pulumi.output(read).apply((resolved) => {
    for (const warning of advise(resolved as Record<string, unknown>, new Date())) void pulumi.log.warn(`${label}: ${warning}`);
  });
}
