/** MfaPolicy: whether users must use MFA, environment-wide or for one tenant. A singleton per scope. */
import { z } from "zod";
import { MFA_ENFORCEMENT_TYPES, MFA_POLICY_DEFAULTS, MfaPolicy as ApiMfaPolicy, MfaPolicyRequest } from "../client";
import { adoptExistingField, tenantIdField } from "./fields";
import { PolicyOutputs, singletonPolicy } from "./singleton-policy";

const inputs = z.strictObject({
  enforceMFAType: z
    .enum(MFA_ENFORCEMENT_TYPES)
    .default(MFA_POLICY_DEFAULTS.enforceMFAType)
    .describe("Whether MFA is enforced: `Force`, `DontForce`, or `ForceExceptSAML` (not for users signing in through SAML)."),
  allowRememberMyDevice: z
    .boolean()
    .default(MFA_POLICY_DEFAULTS.allowRememberMyDevice)
    .describe("Let users skip MFA on a device they chose to remember."),
  mfaDeviceExpiration: z
    .number()
    .int("mfaDeviceExpiration must be a whole number of seconds")
    .positive("mfaDeviceExpiration must be at least 1 second")
    .default(MFA_POLICY_DEFAULTS.mfaDeviceExpiration)
    .describe("How long a remembered device skips MFA, in seconds (default 14 days)."),
  tenantId: tenantIdField,
  adoptExisting: adoptExistingField,
});
/** Inputs of an {@link MfaPolicy}. */
export type MfaPolicyInputs = z.input<typeof inputs>;

/** What Frontegg's absence of a policy means ("MFA is disabled"), written back when the resource is deleted. */
const NO_ENFORCEMENT: MfaPolicyRequest = { ...MFA_POLICY_DEFAULTS, enforceMFAType: "DontForce" };

/** Every property of a {@link MfaPolicy} as stored in state: the inputs plus what Frontegg computes. */
export type MfaPolicyState = z.output<typeof inputs> & PolicyOutputs;

/** The MfaPolicy resource kind. */
export const mfaPolicy = singletonPolicy<z.output<typeof inputs>, ApiMfaPolicy, MfaPolicyRequest>({
  kind: "MfaPolicy",
  description:
    "The MFA policy of the environment, or of one tenant when `tenantId` is set. There is one per scope: creating " +
    "the resource takes over the existing policy, and deleting it restores Frontegg's default (MFA not enforced, " +
    "devices not remembered, 14-day device expiration), since Frontegg has no way to delete the policy itself.",
  example: `resource mfa "frontegg-native:index:MfaPolicy" {
  enforceMFAType = "Force"
  allowRememberMyDevice = true
  mfaDeviceExpiration = 1209600
}`,
  inputs,
  noun: "MFA policy",
  environment: { namePrefix: "mfa" },
  api: (client) => client.policies.mfa,
  toRequest: (i) => ({ enforceMFAType: i.enforceMFAType, allowRememberMyDevice: i.allowRememberMyDevice, mfaDeviceExpiration: i.mfaDeviceExpiration }),
  toState: (p) => ({
    policyId: p.id,
    enforceMFAType: p.enforceMFAType,
    allowRememberMyDevice: p.allowRememberMyDevice,
    mfaDeviceExpiration: p.mfaDeviceExpiration,
    createdAt: p.createdAt,
  }),
  defaults: () => NO_ENFORCEMENT,
});
