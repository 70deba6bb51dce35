/**
 * EmailProvider: the service that delivers the environment's e-mails with the vendor's own account (SendGrid,
 * Amazon SES by key or by role, Mailgun), instead of Frontegg's own sender. One per environment, with no id of its
 * own. Sources: spec:identity.json (`mail/v2` write, `mail/v1` read and delete), notes-3 §4.
 *
 * Better than TF's resource: `secret` is sealed (TF keeps it in plain text, not even Sensitive); the provider is
 * read from Frontegg's answer, not from the resource id, so a provider switched in the portal shows on refresh, as
 * does a secret changed there (by its fingerprint); each provider's required fields are checked at preview.
 *
 * Thin places: Frontegg's read returns the provider and the secret but `region`, `domain` and the access key id
 * only, if at all, in `extension`, whose content is unknown: they are kept as last written (write-only), so a
 * change made to them in the portal is not seen. Whether a write of another provider replaces the current one is
 * unverified: as TF does, the current one is deleted first, so a failed write of the new one leaves none (and the
 * environment on Frontegg's sender) until the next `up`. What sends after a delete is presumably Frontegg's own
 * sender (unverified). SMTP is in no source.
 */
import { z } from "zod";
import { EMAIL_PROVIDERS, EmailProvider as ApiEmailProvider, EmailProviderPayload, FronteggClient, MAILGUN_REGIONS } from "../client";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound } from "../lifecycle/errors";
import { environmentSingleton } from "./environment-singleton";
import { adoptExistingField } from "./fields";

/** An AWS region name such as `us-east-1`. */
const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** Which optional fields each provider takes (spec: all of a provider's fields are required). */
/** What each write-only field is, for the user setting it from stack config after an export. */
const FIELD_WORDS = { providerId: "the AWS access key id", region: "the region", domain: "the sending domain" } as const;

const FIELDS_OF: Readonly<Record<(typeof EMAIL_PROVIDERS)[number], readonly ("providerId" | "region" | "domain")[]>> = {
  sendgrid: [],
  ses: ["providerId", "region"],
  "ses-role": ["region"],
  mailgun: ["domain", "region"],
};

const inputs = z
  .strictObject({
    provider: z.enum(EMAIL_PROVIDERS).describe("The service: `sendgrid`, `ses` (Amazon SES with an access key), `ses-role` (Amazon SES through an IAM role) or `mailgun`."),
    secret: z
      .string()
      .min(1, "secret must not be empty")
      .describe(
        "The credential: SendGrid's or Mailgun's API key, the AWS secret access key for `ses`, the IAM role ARN for " +
          "`ses-role`. Never stored or shown in plain text: the output holds its SHA-256 fingerprint (`sha256:…`), " +
          "which is what diff and refresh compare, so a secret changed in the portal shows as a change.",
      ),
    providerId: z
      .string()
      .min(1, "providerId must not be empty")
      .optional()
      .describe("For `ses`: the AWS access key id (Frontegg's field `id`, renamed since `id` is the resource's own). Frontegg does not return it: it is kept as last written."),
    region: z
      .string()
      .min(1, "region must not be empty")
      .optional()
      .describe("For `ses` and `ses-role`: the AWS region, e.g. `us-east-1`; for `mailgun`: `us` or `eu`. Frontegg does not return it: it is kept as last written."),
    domain: z
      .string()
      .min(1, "domain must not be empty")
      .optional()
      .describe("For `mailgun`: the sending domain. Frontegg does not return it: it is kept as last written."),
    adoptExisting: adoptExistingField,
  })
  .superRefine((i, ctx) => {
    const takes = FIELDS_OF[i.provider];
    for (const field of ["providerId", "region", "domain"] as const) {
      if (takes.includes(field) && i[field] === undefined) ctx.addIssue({ code: "custom", path: [field], message: `${field} is required for provider ${i.provider}` });
      if (!takes.includes(field) && i[field] !== undefined) ctx.addIssue({ code: "custom", path: [field], message: `${field} is not used by provider ${i.provider}: remove it` });
    }
    if (i.region === undefined) return;
    if (i.provider === "mailgun" && !(MAILGUN_REGIONS as readonly string[]).includes(i.region)) {
      ctx.addIssue({ code: "custom", path: ["region"], message: 'region must be "us" or "eu" for provider mailgun' });
    }
    if ((i.provider === "ses" || i.provider === "ses-role") && !AWS_REGION.test(i.region)) {
      ctx.addIssue({ code: "custom", path: ["region"], message: `region must be an AWS region such as us-east-1 for provider ${i.provider}` });
    }
  });
type Inputs = z.output<typeof inputs>;
/** Inputs of an {@link EmailProvider}. */
export type EmailProviderInputs = z.input<typeof inputs>;
/** Every property of an {@link EmailProvider} as stored in state (`secret` as its fingerprint). */
export type EmailProviderState = Inputs;

function toState(provider: ApiEmailProvider): State {
  // Sealed into a fingerprint by the lifecycle before it reaches state; never stored as is.
  return { provider: provider.provider, secret: provider.secret };
}

function toPayload(i: Inputs): EmailProviderPayload {
  switch (i.provider) {
    case "sendgrid":
      return { provider: i.provider, secret: i.secret };
    case "ses":
      return { provider: i.provider, secret: i.secret, id: i.providerId ?? "", region: i.region ?? "" };
    case "ses-role":
      return { provider: i.provider, secret: i.secret, region: i.region ?? "" };
    case "mailgun":
      return { provider: i.provider, secret: i.secret, domain: i.domain ?? "", region: i.region ?? "" };
  }
}

async function read(client: FronteggClient): Promise<State | undefined> {
  const provider = await client.emailProvider.get();
  return provider && toState(provider);
}

/**
 * Writes the provider's whole configuration (every field of the payload is the program's: nothing else is held).
 * The current one is read first: where it is another provider, it is deleted before the write, as TF does, since
 * whether Frontegg's write switches providers by itself is unverified.
 */
async function save(client: FronteggClient, i: Inputs): Promise<State> {
  const current = await client.emailProvider.get();
  if (current !== undefined && current.provider !== i.provider) await ignoreNotFound(() => client.emailProvider.delete());
  const written = toState(await client.emailProvider.save(toPayload(i)));
  // Frontegg does not return these: the state records what was just written.
  return { ...written, providerId: i.providerId, region: i.region, domain: i.domain };
}

/** The EmailProvider resource kind. */
export const emailProvider = defineResource<Inputs>({
  kind: "EmailProvider",
  noun: "e-mail provider",
  description:
    "The service that delivers the environment's e-mails with your own account: SendGrid, Amazon SES (access key " +
    "or IAM role) or Mailgun. There is one per environment: creating the resource takes over the configured " +
    "provider, switching to another provider deletes the old configuration first, and deleting the resource " +
    "deletes the configuration, so Frontegg's own sender delivers the e-mails again. `secret` is stored encrypted " +
    "and only as a fingerprint. Frontegg does not return `providerId`, `region` or `domain`, so changes made to " +
    "them in the portal are not detected. The sender address and name are set on each `EmailTemplate`.",
  example: `config sesSecretAccessKey "string" {
  secret = true
}

resource email "frontegg-native:index:EmailProvider" {
  provider = "ses"
  providerId = "AKIAIOSFODNN7EXAMPLE"
  secret = sesSecretAccessKey
  region = "us-east-1"
}`,
  inputs,
  outputs: z.object({}),
  // A switch of provider is done in place (delete, then write): the resource stays the environment's provider.
  replaceOnChanges: [],
  secrets: ["secret"],
  writeOnly: ["providerId", "region", "domain"],
  environment: {
    secretConfig: {
      secret: {
        words: (entry) => `${String(entry.provider)} email provider secret`,
        description: (entry) => `credential of the ${String(entry.provider)} e-mail provider (API key, AWS secret access key or IAM role ARN)`,
        // Always declared: the provider's write requires it.
        when: () => true,
      },
    },
    // Frontegg never returns these; the provider's check requires them where its type uses them.
    configInputs: Object.fromEntries(
      (["providerId", "region", "domain"] as const).map((field) => [
        field,
        {
          words: (entry: Readonly<Record<string, unknown>>) => `${String(entry.provider)} email provider ${field === "providerId" ? "access key id" : field}`,
          description: (entry: Readonly<Record<string, unknown>>) =>
            `${FIELD_WORDS[field]} of the ${String(entry.provider)} e-mail provider (Frontegg does not return it)`,
          when: (entry: Readonly<Record<string, unknown>>) => FIELDS_OF[entry.provider as (typeof EMAIL_PROVIDERS)[number]]?.includes(field) === true,
        },
      ]),
    ),
  },
  ...environmentSingleton({ noun: "e-mail provider", read, save }),
  async delete(client) {
    await ignoreNotFound(() => client.emailProvider.delete());
  },
});
