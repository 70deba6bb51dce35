/**
 * PasswordRotationPolicy: passwords expire after a period (Frontegg's "password rotation"), environment-wide.
 * A singleton; only the properties the program declares are managed.
 */
import { z } from "zod";
import { PASSWORD_ROTATION_DEFAULTS, PASSWORD_ROTATION_LIMITS, PasswordRotation, PasswordRotationRequest } from "../client";
import { adoptExistingField } from "./fields";
import { singletonPolicy } from "./singleton-policy";

function minutes(name: keyof typeof PASSWORD_ROTATION_LIMITS, description: string) {
  const { minimum, maximum } = PASSWORD_ROTATION_LIMITS[name];
  const range = `${name} must be between ${minimum} and ${maximum} minutes (5 years)`;
  return z.number().int(`${name} must be a whole number of minutes`).min(minimum, range).max(maximum, range).optional().describe(description);
}

const inputs = z.strictObject({
  isActive: z.boolean().default(true).describe("Whether passwords expire."),
  rotationPeriod: minutes(
    "rotationPeriod",
    `How long a password stays valid, in minutes (Frontegg's default is ${PASSWORD_ROTATION_DEFAULTS.rotationPeriod}: 90 days).`,
  ),
  notificationPeriod: minutes(
    "notificationPeriod",
    `How long before a password expires the user is told, in minutes (Frontegg's default is ${PASSWORD_ROTATION_DEFAULTS.notificationPeriod}: 7 days).`,
  ),
  adoptExisting: adoptExistingField,
});
/** Inputs of a {@link PasswordRotationPolicy}. */
export type PasswordRotationPolicyInputs = z.input<typeof inputs>;

/** Every property of a {@link PasswordRotationPolicy} as stored in state: the declared inputs. */
export type PasswordRotationPolicyState = z.output<typeof inputs>;

/** The PasswordRotationPolicy resource kind. */
export const passwordRotationPolicy = singletonPolicy<z.output<typeof inputs>, PasswordRotation, PasswordRotationRequest>({
  kind: "PasswordRotationPolicy",
  description:
    "The password expiration (\"rotation\") policy of the environment: passwords expire after `rotationPeriod` " +
    "minutes, and users are told `notificationPeriod` minutes before. Environment-wide only: Frontegg's API " +
    "declares no way to choose a tenant for it. Only the properties the program declares are managed; the others " +
    "keep their value. There is one per environment: creating the resource takes the policy over (or creates " +
    "it), and deleting it turns expiration off (`isActive: false`, the periods left as they were), since Frontegg " +
    "has no way to delete the policy itself.",
  example: `# Passwords expire after 90 days (129600 minutes); users are told 7 days (10080 minutes) before.
resource passwordExpiration "frontegg-native:index:PasswordRotationPolicy" {
  __logicalName = "password-expiration"
  rotationPeriod = 129600
  notificationPeriod = 10080
}`,
  inputs,
  outputs: z.object({}),
  noun: "password expiration policy",
  api: (client) => client.policies.passwordRotation,
  environment: { namePrefix: "password-expiration" },
  // Every field of the write is optional with a spec default, so a write that left one out could reset it:
  // the current periods are sent along (notes-more §2 does not say whether omitted fields are kept).
  partial: true,
  toRequest: ({ adoptExisting: _adopt, ...fields }) => fields,
  toState: (p) => ({ ...p }),
  defaults: () => ({ isActive: false }),
});
