/**
 * CaptchaPolicy: reCAPTCHA on Frontegg's sign-up and sign-in, environment-wide (the route takes no tenant). A
 * singleton whose `secretKey` is sealed: Frontegg returns it in plain text, state holds only its fingerprint.
 */
import { z } from "zod";
import { CaptchaPolicy as ApiCaptchaPolicy, CaptchaPolicyRequest } from "../client";
import { duplicatesIn, sameSet } from "../lifecycle/compare";
import { adoptExistingField, emailField } from "./fields";
import { PolicyOutputs, singletonPolicy } from "./singleton-policy";

const inputs = z
  .strictObject({
    enabled: z.boolean().default(true).describe("Whether Frontegg checks reCAPTCHA on sign-up and sign-in."),
    siteKey: z.string().min(1, "siteKey must not be empty: use the reCAPTCHA site key from Google's admin console").describe("The reCAPTCHA site key (public)."),
    secretKey: z
      .string()
      .min(1, "secretKey must not be empty: use the reCAPTCHA secret key from Google's admin console")
      .describe(
        "The reCAPTCHA secret key. Never stored or shown in plain text: the output holds its SHA-256 fingerprint " +
          "(`sha256:…`), which is what diff and refresh compare, so a key changed in the portal shows as a change.",
      ),
    minScore: z
      .number()
      .min(0, "minScore must be between 0 and 1 (reCAPTCHA v3 scores)")
      .max(1, "minScore must be between 0 and 1 (reCAPTCHA v3 scores)")
      .describe("The lowest reCAPTCHA v3 score let through, from 0 (anything) to 1 (only the surest humans)."),
    ignoredEmails: z
      .array(emailField("each of ignoredEmails"))
      .optional()
      .describe("Email addresses whose sign-ins skip the captcha check (test accounts, say). A set. Omit to leave the list as it is in Frontegg."),
    adoptExisting: adoptExistingField,
  })
  .superRefine((i, ctx) => {
    for (const repeated of duplicatesIn(i.ignoredEmails ?? [])) {
      ctx.addIssue({ code: "custom", path: ["ignoredEmails"], message: `"${repeated}" is listed twice in ignoredEmails` });
    }
  });
type Inputs = z.output<typeof inputs>;
/** Inputs of a {@link CaptchaPolicy}. */
export type CaptchaPolicyInputs = z.input<typeof inputs>;
/** Every property of a {@link CaptchaPolicy} as stored in state (`secretKey` as its fingerprint). */
export type CaptchaPolicyState = Inputs & PolicyOutputs;

/** The CaptchaPolicy resource kind. */
export const captchaPolicy = singletonPolicy<Inputs, ApiCaptchaPolicy, CaptchaPolicyRequest>({
  kind: "CaptchaPolicy",
  description:
    "The captcha policy of the environment: reCAPTCHA checks on sign-up and sign-in. There is one per " +
    "environment: creating the resource takes over the existing policy (or creates one), and deleting it " +
    "disables the check, keeping the keys in Frontegg, since Frontegg has no way to delete the policy. " +
    "`secretKey` is stored encrypted and only as a fingerprint. Frontegg checks the keys with Google on every " +
    "write, so an invalid key fails `up` (the emulator accepts any).",
  example: `config recaptchaSecretKey "string" {
  secret = true
}

resource captcha "frontegg-native:index:CaptchaPolicy" {
  siteKey = "6LcJ-site-key"
  secretKey = recaptchaSecretKey
  minScore = 0.5
  ignoredEmails = ["qa@example.com"]
}`,
  inputs,
  noun: "captcha policy",
  api: (client) => client.policies.captcha,
  // The whole policy is sent on each write (the spec requires all but ignoredEmails): an undeclared
  // ignoredEmails is sent back as Frontegg holds it. Reading first also picks the verb: POST creates the policy
  // where there is none, PUT updates it where there is (the PUT of a missing policy is 404).
  mergesCurrent: true,
  toRequest: (i, current) => ({
    enabled: i.enabled,
    siteKey: i.siteKey,
    secretKey: i.secretKey,
    minScore: i.minScore,
    ignoredEmails: [...new Set(i.ignoredEmails ?? current?.ignoredEmails ?? [])],
  }),
  toState: (p) => ({
    policyId: p.id,
    enabled: p.enabled,
    siteKey: p.siteKey,
    // Sealed into a fingerprint by the lifecycle before it reaches state; never stored as is.
    secretKey: p.secretKey,
    minScore: p.minScore,
    ignoredEmails: [...p.ignoredEmails].sort(),
  }),
  // Disabled, keys kept: what Frontegg's Terraform provider does when the policy leaves the program (notes-more §4).
  defaults: (_stored, current) => ({
    enabled: false,
    siteKey: current.siteKey,
    secretKey: current.secretKey,
    minScore: current.minScore,
    ignoredEmails: current.ignoredEmails,
  }),
  secrets: ["secretKey"],
  compare: { ignoredEmails: sameSet },
  environment: {
    namePrefix: "captcha",
    secretConfig: {
      // Always declared: the policy's write requires it.
      secretKey: {
        words: () => "captcha secret key",
        description: (entry) => `reCAPTCHA secret key of the captcha policy (site key ${String(entry.siteKey)})`,
        when: () => true,
      },
    },
  },
});
