import * as pulumi from "@pulumi/pulumi";
import type { SessionPolicyArgs, SessionPolicyOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { SessionPolicyArgs, SessionPolicyOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface SessionPolicy extends SessionPolicyOutputs {}

/**
 * The session policy of the environment or of one tenant: idle timeout, absolute timeout and concurrent
 * sessions. One per scope; only the declared settings are managed; deleting it switches all three off.
 *
 * @example
 * ```ts
 * new frontegg.SessionPolicy("sessions", {
 *     sessionIdleTimeoutConfiguration: { isActive: true, timeout: 1800 },
 *     sessionConcurrentConfiguration: { isActive: true, maxSessions: 3 },
 * });
 * ```
 */
export class SessionPolicy extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: SessionPolicyArgs, opts?: pulumi.CustomResourceOptions) {
    super("SessionPolicy", name, args, opts);
  }
}
