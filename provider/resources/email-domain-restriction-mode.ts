/** EmailDomainRestrictionMode: whether sign-up e-mail domains are restricted, and by which list. Environment-wide. */
import { z } from "zod";
import { EMAIL_DOMAIN_RESTRICTION_TYPES, EmailDomainRestrictionType } from "../client";
import { adoptExistingField } from "./fields";
import { definedOnly } from "../lifecycle/definition";
import { restrictionMode } from "./restriction-mode";

const inputs = z.strictObject({
  listType: z
    .enum(EMAIL_DOMAIN_RESTRICTION_TYPES)
    .describe("Which list applies: `ALLOW` lets only the listed domains sign up, `BLOCK` keeps the listed domains out. Frontegg takes it as `type` and answers it as `listType`."),
  active: z.boolean().default(true).describe("Whether sign-up e-mail domains are checked at all."),
  blockPublicDomains: z
    .boolean()
    .optional()
    .describe("Whether sign-ups from public e-mail providers (gmail.com and the like) are refused. Omitted: left as it is in Frontegg."),
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of an {@link EmailDomainRestrictionMode}. */
export type EmailDomainRestrictionModeInputs = z.input<typeof inputs>;
/** Every property of an {@link EmailDomainRestrictionMode} as stored in state. */
export type EmailDomainRestrictionModeState = Inputs;

/**
 * The EmailDomainRestrictionMode resource kind. Environment-wide only: the routes declare no tenant header
 * (notes-more §12), and a header they ignore would make a tenant's resource change the environment's setting.
 */
export const emailDomainRestrictionMode = restrictionMode<Inputs>({
  kind: "EmailDomainRestrictionMode",
  description:
    "Whether the e-mail domains of new sign-ups are restricted, whether the allow list or the block list applies, " +
    "and whether public e-mail providers are refused; environment-wide. There is one: creating the resource takes " +
    "the existing configuration over, and deleting it switches the check off (`active: false`; the list type and " +
    "`blockPublicDomains` left as they are), since Frontegg has no way to delete the configuration. The domains " +
    "themselves are `EmailDomainRestriction` resources.",
  example: `resource signUpDomains "frontegg-native:index:EmailDomainRestrictionMode" {
  __logicalName = "sign-up-domains"
  listType = "BLOCK"
  active = true
  blockPublicDomains = true
}`,
  inputs,
  noun: "e-mail domain restriction mode",
  tenantScoped: false,
  activeKey: "active",
  environment: {
    // A mode that checks nothing and lets public domains through restricts nothing: Frontegg's starting point.
    isProvided: (entry) => entry.active !== true && entry.blockPublicDomains !== true,
    namePrefix: "email domain mode",
  },
  async read(client) {
    const config = await client.restrictions.emailDomains.getConfig();
    return config && { active: config.active, listType: config.listType, blockPublicDomains: config.blockPublicDomains };
  },
  async write(client, i, current) {
    // Frontegg's write takes the whole configuration: what the program leaves out is sent as it currently is.
    const request = definedOnly({
      active: i.active,
      type: i.listType ?? (current?.listType as EmailDomainRestrictionType | undefined),
      blockPublicDomains: i.blockPublicDomains ?? (current?.blockPublicDomains as boolean | undefined),
    });
    await client.restrictions.emailDomains.saveConfig(request);
    return definedOnly({ active: request.active, listType: request.type, blockPublicDomains: request.blockPublicDomains });
  },
});
