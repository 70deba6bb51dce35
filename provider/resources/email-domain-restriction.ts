/**
 * EmailDomainRestriction: one sign-up e-mail domain on the allow or block list. Natural key: the domain, compared
 * without regard to case or a trailing dot. Environment-wide: the routes declare no tenant header (notes-more §12).
 *
 * Domains are added and removed one at a time. Frontegg's replace-bulk route is never used: it replaces the whole
 * list, so it would remove every domain this program does not declare.
 */
import { z } from "zod";
import { EMAIL_DOMAIN_RESTRICTION_TYPES, EmailDomainRestriction as ApiEmailDomainRestriction, FronteggClient } from "../client";
import { normalizeDomain } from "../lifecycle/compare";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound } from "../lifecycle/errors";
import { byKey } from "../lifecycle/import-id";
import { adoptExistingField, domainNameField } from "./fields";

const inputs = z.strictObject({
  domain: domainNameField
    .describe("The e-mail domain, e.g. `example.com`. Compared without regard to case or a trailing dot. Changing it replaces the restriction."),
  type: z
    .enum(EMAIL_DOMAIN_RESTRICTION_TYPES)
    .describe("`ALLOW` puts the domain on the allow list, `BLOCK` on the block list. Which list applies is the `EmailDomainRestrictionMode`'s `listType`."),
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of an {@link EmailDomainRestriction}. */
export type EmailDomainRestrictionInputs = z.input<typeof inputs>;

const outputs = z.object({
  restrictionId: z.string().describe("Frontegg's id of the entry. The resource id is the domain, which stays when a change of `type` re-creates the entry."),
});
/** Every property of an {@link EmailDomainRestriction} as stored in state: the inputs plus what Frontegg computes. */
export type EmailDomainRestrictionState = Inputs & z.output<typeof outputs>;

function toState(item: ApiEmailDomainRestriction): State {
  return { restrictionId: item.id, domain: item.domain, type: item.type };
}

const sameDomain = (current: unknown, desired: unknown): boolean =>
  typeof current === "string" && typeof desired === "string" ? normalizeDomain(current) === normalizeDomain(desired) : current === desired;

function describe(i: { domain: string }): string {
  return `e-mail domain restriction "${normalizeDomain(i.domain)}"`;
}

async function add(client: FronteggClient, i: Inputs): Promise<State> {
  return toState(await client.restrictions.emailDomains.add({ domain: normalizeDomain(i.domain), type: i.type }));
}

/** The EmailDomainRestriction resource kind. */
export const emailDomainRestriction = defineResource<Inputs>({
  kind: "EmailDomainRestriction",
  noun: "e-mail domain restriction",
  example: `resource noCompetitors "frontegg-native:index:EmailDomainRestriction" {
  __logicalName = "no-competitors"
  domain = "competitor.example"
  type = "BLOCK"
}`,
  description:
    "A sign-up e-mail domain on the environment's allow or block list. Which list applies, and whether the check is " +
    "on, is the `EmailDomainRestrictionMode`. Frontegg cannot change an entry in place: a change of `type` removes " +
    "the entry and adds it again. Deleting the resource removes the entry; domains the program does not declare " +
    "are never touched.",
  inputs,
  outputs,
  replaceOnChanges: ["domain"],
  secrets: [],
  compare: { domain: sameDomain },
  claimedBy: ["domain"],
  claims: (i) => (typeof i.domain === "string" ? [describe(i)] : []),
  describe,
  idOf: (state) => normalizeDomain(String(state.domain)),
  importId: byKey("domain", { normalize: normalizeDomain }),
  environment: { canonical: { domain: (value) => normalizeDomain(String(value)) }, namePrefix: "email domain" },
  collection: {
    scopeOf: () => undefined,
    list: async (client) => (await client.restrictions.emailDomains.list()).map(toState),
    matches: (state, i) => sameDomain(state.domain, i.domain),
  },
  create: (client, i) => add(client, i),
  async update(client, _id, i, current) {
    // Only `type` can differ here (a new domain replaces the resource). Frontegg has no update route: remove the
    // entry, then add it with the new type.
    await ignoreNotFound(() => client.restrictions.emailDomains.delete(String(current.restrictionId)));
    return add(client, i);
  },
  async delete(client, _id, stored) {
    await ignoreNotFound(() => client.restrictions.emailDomains.delete(String(stored.restrictionId)));
  },
});
