/** LockoutPolicy: lock users out after repeated failed logins, environment-wide or per tenant. A singleton. */
import { z } from "zod";
import { LockoutPolicy as ApiLockoutPolicy, LockoutPolicyRequest } from "../client";
import { adoptExistingField, tenantIdField } from "./fields";
import { PolicyOutputs, singletonPolicy } from "./singleton-policy";

const inputs = z.strictObject({
  enabled: z.boolean().default(true).describe("Whether the lockout policy is active."),
  maxAttempts: z
    .number()
    .int("maxAttempts must be a whole number")
    .min(1, "maxAttempts must be at least 1")
    .describe("Failed login attempts after which the user is locked out (≥ 1)."),
  tenantId: tenantIdField,
  adoptExisting: adoptExistingField,
});
/** Inputs of a {@link LockoutPolicy}. */
export type LockoutPolicyInputs = z.input<typeof inputs>;

/** Every property of a {@link LockoutPolicy} as stored in state: the inputs plus what Frontegg computes. */
export type LockoutPolicyState = z.output<typeof inputs> & PolicyOutputs;

/** The LockoutPolicy resource kind. */
export const lockoutPolicy = singletonPolicy<z.output<typeof inputs>, ApiLockoutPolicy, LockoutPolicyRequest>({
  kind: "LockoutPolicy",
  description:
    "The lockout policy of the environment, or of one tenant when `tenantId` is set. There is one per scope: " +
    "creating the resource takes over the existing policy, and deleting it restores Frontegg's default (lockout " +
    "disabled, the attempt limit left as it was), since Frontegg has no way to delete the policy itself.",
  example: `resource lockout "frontegg-native:index:LockoutPolicy" {
  enabled = true
  maxAttempts = 5
}`,
  inputs,
  noun: "lockout policy",
  environment: { namePrefix: "lockout" },
  api: (client) => client.policies.lockout,
  toRequest: (i) => ({ enabled: i.enabled, maxAttempts: i.maxAttempts }),
  toState: (p) => ({ policyId: p.id, enabled: p.enabled, maxAttempts: p.maxAttempts, createdAt: p.createdAt }),
  defaults: (stored) => ({ enabled: false, maxAttempts: typeof stored.maxAttempts === "number" ? stored.maxAttempts : 5 }),
});
