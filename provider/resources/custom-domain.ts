/**
 * CustomDomain: a custom login domain of the environment (`/vendors/custom-domains/v2`; spec:vendors.json under
 * `/vendors`, response shapes from TF:resource_frontegg_workspace.go, notes-3 §6b). Several per environment;
 * added by `POST …/verify {customDomain}`, removed by id, never changed in place.
 */
import { z } from "zod";
import { CustomDomain as ApiCustomDomain, FronteggApiError } from "../client";
import { normalizeDomain } from "../lifecycle/compare";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound, ResourceError } from "../lifecycle/errors";
import { byKey } from "../lifecycle/import-id";
import { adoptExistingField, domainNameField } from "./fields";

const inputs = z.strictObject({
  customDomain: domainNameField.describe(
    "The domain users sign in on, e.g. `login.example.com`. Compared without regard to case or a trailing dot. " +
      "Its CNAME record (see the `records` output) must exist before Frontegg accepts it. Changing it replaces the resource.",
  ),
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of a {@link CustomDomain}. */
export type CustomDomainInputs = z.input<typeof inputs>;

const outputs = z.object({
  customDomainId: z.string().describe("Frontegg's id of the domain. The resource id is the domain itself, in lower case."),
  status: z.string().optional().describe("Frontegg's verification status: `Active`, `Pending` or `Inactive`. Read again on every refresh."),
  records: z
    .array(z.object({ type: z.string(), name: z.string(), value: z.string() }))
    .describe("The DNS records Frontegg asks for (`type`, `name`, `value`): create them at your DNS provider."),
});
/** Every property of a {@link CustomDomain} as stored in state. */
export type CustomDomainState = Inputs & z.output<typeof outputs>;

function toState(domain: ApiCustomDomain): State {
  return { customDomainId: domain.id, customDomain: normalizeDomain(domain.domain), status: domain.status, records: domain.records };
}

const describe = (i: { customDomain: string }) => `custom domain "${normalizeDomain(i.customDomain)}"`;

/** Frontegg's answer while the domain's CNAME cannot be resolved yet (TF retries on it; notes-more §13). */
function isCnameMissing(error: unknown): boolean {
  return error instanceof FronteggApiError && error.errors.some((message) => /cname not found/i.test(message));
}

/** The CustomDomain resource kind. */
export const customDomain = defineResource<Inputs>({
  kind: "CustomDomain",
  description:
    "A custom login domain of the environment (the hosted login on `login.example.com` instead of the Frontegg " +
    "domain). Several may exist. Create the CNAME record first: Frontegg verifies it when the domain is added and " +
    "refuses the domain while the record cannot be resolved (\"CName not found\"); `up` then fails and can be run " +
    "again once DNS has the record. The `status` and `records` outputs show what Frontegg reports after each " +
    "refresh; a `Pending` domain counts as present, as in Frontegg's Terraform provider. A new domain replaces the " +
    "resource; deleting it removes the domain. Frontegg's Terraform provider manages these inside " +
    "`frontegg_workspace`; here each is a resource of its own.",
  example: `resource login "frontegg-native:index:CustomDomain" {
  customDomain = "login.example.com"
}`,
  inputs,
  outputs,
  noun: "custom domain",
  replaceOnChanges: ["customDomain"],
  secrets: [],
  compare: { customDomain: (a, b) => typeof a === "string" && typeof b === "string" && normalizeDomain(a) === normalizeDomain(b) },
  claimedBy: ["customDomain"],
  claims: (i) => (typeof i.customDomain === "string" ? [describe(i)] : []),
  describe,
  idOf: (state) => normalizeDomain(String(state.customDomain)),
  importId: byKey("customDomain", { normalize: normalizeDomain }),
  environment: { canonical: { customDomain: (value) => (typeof value === "string" ? normalizeDomain(value) : value) }, namePrefix: "domain" },
  collection: {
    scopeOf: () => undefined,
    list: async (client) => (await client.vendor.customDomains.list()).map(toState),
    matches: (state, i) => normalizeDomain(String(state.customDomain)) === normalizeDomain(i.customDomain),
  },
  async create(client, i) {
    let added: ApiCustomDomain | undefined;
    try {
      added = await client.vendor.customDomains.add(normalizeDomain(i.customDomain));
    } catch (error) {
      // One attempt, no waiting: DNS may take hours, and the next `up` tries again (TF retries for a minute).
      if (isCnameMissing(error)) {
        throw new ResourceError(
          `Frontegg cannot resolve the CNAME of ${describe(i)} yet: create it at your DNS provider, pointing to the ` +
            "environment's Frontegg domain, then run `pulumi up` again",
        );
      }
      throw error;
    }
    if (!added) throw new ResourceError(`Frontegg accepted ${describe(i)} but does not list it: run \`pulumi up\` again`);
    return toState(added);
  },
  // The domain is the only input and a new one replaces the resource: nothing changes in place.
  update: async (_client, _id, _i, current) => current,
  async delete(client, _id, stored) {
    await ignoreNotFound(() => client.vendor.customDomains.delete(String(stored.customDomainId)));
  },
});
