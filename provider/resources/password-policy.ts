/**
 * PasswordPolicy: the password complexity rules of the environment or of one tenant. One per scope; only the
 * properties the program declares are managed.
 */
import { z } from "zod";
import { PasswordPolicy as ApiPasswordPolicy, PasswordPolicyRequest } from "../client";
import { adoptExistingField, tenantIdField } from "./fields";
import { singletonPolicy } from "./singleton-policy";

const length = (name: string, what: string) =>
  z.number().int(`${name} must be a whole number of characters`).min(1, `${name} must be at least 1`).optional().describe(what);

/**
 * The five checks. The spec puts the first four in `optionalTests` and only `checkThreeRepeatedChars` in
 * `requiredTests`; Frontegg's Terraform provider sends all five in both (TF-log d038128). Both objects take all
 * five here, the less restrictive reading (notes-more §2).
 */
const TESTS = {
  requireLowercase: "At least one lowercase letter.",
  requireUppercase: "At least one uppercase letter.",
  requireNumbers: "At least one digit.",
  requireSpecialChars: "At least one special character.",
  checkThreeRepeatedChars: "No character three times in a row.",
} as const;
type TestName = keyof typeof TESTS;

const tests = (description: string) =>
  z
    .strictObject(Object.fromEntries(Object.entries(TESTS).map(([name, what]) => [name, z.boolean().optional().describe(what)])) as Record<TestName, z.ZodOptional<z.ZodBoolean>>)
    .optional()
    .describe(description);

const inputs = z
  .strictObject({
    minLength: length("minLength", "Shortest password allowed, in characters."),
    maxLength: length("maxLength", "Longest password allowed, in characters."),
    allowPassphrases: z.boolean().optional().describe("Accept passphrases: passwords of at least `minPhraseLength` characters pass without the optional tests."),
    minPhraseLength: length("minPhraseLength", "Length from which a password counts as a passphrase."),
    minOptionalTestsToPass: z
      .number()
      .int("minOptionalTestsToPass must be a whole number")
      .min(0, "minOptionalTestsToPass must be at least 0")
      .max(Object.keys(TESTS).length, `minOptionalTestsToPass must be at most ${Object.keys(TESTS).length}: there are no more tests`)
      .optional()
      .describe("How many of the optional tests a password must pass."),
    blockPwnedPasswords: z.boolean().optional().describe("Refuse passwords that appear in known data breaches."),
    optionalTests: tests("Tests of which a password must pass `minOptionalTestsToPass`; the flags not declared keep their value."),
    requiredTests: tests("Tests every password must pass; the flags not declared keep their value."),
    tenantId: tenantIdField,
    adoptExisting: adoptExistingField,
  })
  .superRefine((i, ctx) => {
    if (i.minLength !== undefined && i.maxLength !== undefined && i.minLength > i.maxLength) {
      ctx.addIssue({ code: "custom", path: ["minLength"], message: `minLength (${i.minLength}) must not be greater than maxLength (${i.maxLength})` });
    }
    // Frontegg's Terraform provider refuses one check enabled in both objects (TF-log d038128), but neither the
    // spec nor the emulator does, and an environment may hold such a policy (an export must round-trip): not refused.
  });
/** Inputs of a {@link PasswordPolicy}. */
export type PasswordPolicyInputs = z.input<typeof inputs>;

/** Every property of a {@link PasswordPolicy} as stored in state: the declared inputs. */
export type PasswordPolicyState = z.output<typeof inputs>;

/** The PasswordPolicy resource kind. */
export const passwordPolicy = singletonPolicy<z.output<typeof inputs>, ApiPasswordPolicy, PasswordPolicyRequest>({
  kind: "PasswordPolicy",
  description:
    "The password complexity policy of the environment, or of one tenant when `tenantId` is set: lengths, " +
    "passphrases, the character tests, and blocking passwords known from data breaches. Only the properties the " +
    "program declares are managed (inside `optionalTests` and `requiredTests`, only the declared flags): the others " +
    "keep their value in Frontegg and are never compared. There is one per scope: creating the resource takes the " +
    "policy over, and deleting it leaves the policy as it is and only stops managing it, since Frontegg has no way " +
    "to delete it and does not publish its defaults (writing guessed ones could weaken the policy).",
  example: `resource passwords "frontegg-native:index:PasswordPolicy" {
  minLength = 12
  maxLength = 128
  blockPwnedPasswords = true
  minOptionalTestsToPass = 3
  optionalTests = {
    requireLowercase = true
    requireUppercase = true
    requireNumbers = true
    requireSpecialChars = true
  }
  requiredTests = {
    checkThreeRepeatedChars = true
  }
}`,
  inputs,
  outputs: z.object({}),
  noun: "password policy",
  api: (client) => client.policies.password,
  environment: { namePrefix: "password", inheritsEnvironment: true },
  // Top-level fields merge, but a test object sent replaces the stored one whole (notes-more §2, inferred from
  // the MCP server): the declared flags are merged into the current objects before the write.
  partial: true,
  toRequest: ({ tenantId: _tenant, adoptExisting: _adopt, ...fields }) => fields,
  toState: (p) => ({ ...p }),
});
