/** PasswordHistoryPolicy: users may not reuse their last passwords, environment-wide or per tenant. A singleton. */
import { z } from "zod";
import { PASSWORD_HISTORY_LIMITS, PasswordHistoryPolicy as ApiPasswordHistoryPolicy, PasswordHistoryPolicyRequest } from "../client";
import { adoptExistingField, tenantIdField } from "./fields";
import { PolicyOutputs, singletonPolicy } from "./singleton-policy";

const { minimum, maximum } = PASSWORD_HISTORY_LIMITS.historySize;

const inputs = z.strictObject({
  enabled: z.boolean().default(true).describe("Whether the password history policy is active."),
  historySize: z
    .number()
    .int("historySize must be a whole number of passwords")
    .min(minimum, `historySize must be between ${minimum} and ${maximum}`)
    .max(maximum, `historySize must be between ${minimum} and ${maximum}`)
    .describe("How many of a user's previous passwords cannot be used again."),
  tenantId: tenantIdField,
  adoptExisting: adoptExistingField,
});
/** Inputs of a {@link PasswordHistoryPolicy}. */
export type PasswordHistoryPolicyInputs = z.input<typeof inputs>;

/** Every property of a {@link PasswordHistoryPolicy} as stored in state: the inputs plus what Frontegg computes. */
export type PasswordHistoryPolicyState = z.output<typeof inputs> & PolicyOutputs;

/** The PasswordHistoryPolicy resource kind. */
export const passwordHistoryPolicy = singletonPolicy<z.output<typeof inputs>, ApiPasswordHistoryPolicy, PasswordHistoryPolicyRequest>({
  kind: "PasswordHistoryPolicy",
  description:
    "The password history policy of the environment, or of one tenant when `tenantId` is set: how many previous " +
    "passwords a user may not reuse. There is one per scope: creating the resource takes over the existing policy " +
    "(or creates it), and deleting it disables the policy (`enabled: false`, the size left as it was), since " +
    "Frontegg has no way to delete the policy itself.",
  example: `resource passwordHistory "frontegg-native:index:PasswordHistoryPolicy" {
  __logicalName = "password-history"
  historySize = 5
}`,
  inputs,
  noun: "password history policy",
  environment: { namePrefix: "password-history" },
  api: (client) => client.policies.passwordHistory,
  toRequest: (i) => ({ enabled: i.enabled, historySize: i.historySize }),
  toState: (p) => ({ policyId: p.id, enabled: p.enabled, historySize: p.historySize }),
  // Frontegg requires historySize on every write, 1–10 even when disabled (notes-more §2).
  defaults: (stored) => ({ enabled: false, historySize: typeof stored.historySize === "number" ? stored.historySize : minimum }),
});
