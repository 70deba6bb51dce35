/**
 * SsoDomainPolicy: the environment's rules for SSO domains (spec:sso.json `/configurations/domains`, notes-3 §5a).
 * A singleton; only the properties the program declares are managed.
 *
 * Better than TF's `frontegg_sso_domain_policy`, which writes `false` for every flag the program leaves out and
 * whose delete only forgets the policy: the write (a PUT that requires all three flags) sends the undeclared ones
 * as Frontegg holds them, and a delete switches the declared ones back off.
 *
 * Thin places (notes-3 §5a, "Not reliably sourced"): the spec speaks of the account yet declares no tenant header,
 * and TF sends none, so the policy is taken to be environment-wide; a new environment's values are unknown (TF
 * reads a 404 as all off, and so does this kind); Frontegg has no delete, and "all off" as the default is inferred.
 */
import { z } from "zod";
import { SsoDomainPolicy as ApiSsoDomainPolicy } from "../client";
import { adoptExistingField } from "./fields";
import { singletonPolicy } from "./singleton-policy";

const FLAGS = ["allowVerifiedUsersToAddDomains", "skipDomainVerification", "bypassDomainCrossValidation"] as const;

const inputs = z.strictObject({
  allowVerifiedUsersToAddDomains: z
    .boolean()
    .optional()
    .describe("Whether users may add their own verified e-mail domain to their account's SSO without a DNS proof. Omit to leave it as it is."),
  skipDomainVerification: z
    .boolean()
    .optional()
    .describe("Whether new SSO domains are marked validated at once, skipping the DNS TXT record check. Omit to leave it as it is."),
  bypassDomainCrossValidation: z
    .boolean()
    .optional()
    .describe("Whether SSO sign-in is allowed for domains not validated by DNS. Omit to leave it as it is."),
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of an {@link SsoDomainPolicy}. */
export type SsoDomainPolicyInputs = z.input<typeof inputs>;
/** Every property of an {@link SsoDomainPolicy} as stored in state: the declared inputs. */
export type SsoDomainPolicyState = Inputs;

/** The SsoDomainPolicy resource kind. */
export const ssoDomainPolicy = singletonPolicy<Inputs, ApiSsoDomainPolicy, ApiSsoDomainPolicy>({
  kind: "SsoDomainPolicy",
  noun: "SSO domain policy",
  description:
    "The SSO domain rules of the environment: whether users may add their own domains, whether domain " +
    "verification is skipped, and whether sign-in is allowed on domains not validated by DNS. Only the properties " +
    "the program declares are managed; the others keep their value (Frontegg's write replaces all three, so they " +
    "are read and sent back as they are). There is one per environment: creating the resource takes the policy " +
    "over, and deleting it switches the declared flags off, Frontegg having no delete; that off is its default is " +
    "inferred, not documented. Taken to be environment-wide: the spec's wording speaks of the account but declares " +
    "no tenant.",
  example: `resource ssoDomains "frontegg-native:index:SsoDomainPolicy" {
  __logicalName = "sso-domains"
  allowVerifiedUsersToAddDomains = true
  skipDomainVerification = false
  bypassDomainCrossValidation = false
}`,
  inputs,
  outputs: z.object({}),
  api: (client) => client.ssoSettings.domainPolicy,
  environment: { namePrefix: "sso-domains" },
  partial: true,
  // The PUT requires every flag: one neither declared nor held by Frontegg (a policy never written) is sent off.
  toRequest: (i) => ({
    allowVerifiedUsersToAddDomains: i.allowVerifiedUsersToAddDomains ?? false,
    skipDomainVerification: i.skipDomainVerification ?? false,
    bypassDomainCrossValidation: i.bypassDomainCrossValidation ?? false,
  }),
  toState: (p) => ({ allowVerifiedUsersToAddDomains: p.allowVerifiedUsersToAddDomains, skipDomainVerification: p.skipDomainVerification, bypassDomainCrossValidation: p.bypassDomainCrossValidation }),
  // Only what the program managed is switched off; the undeclared flags are written back as they are.
  defaults: (stored, current) => ({ ...current, ...Object.fromEntries(FLAGS.filter((flag) => stored[flag] !== undefined).map((flag) => [flag, false])) }),
});
