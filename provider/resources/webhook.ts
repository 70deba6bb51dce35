/**
 * Webhook: Frontegg calls a URL when chosen events happen (a user signs up, a tenant is created, ...). Natural
 * key: its display name. Its `secret` is sealed: state holds only its fingerprint.
 *
 * Why the display name is the key (issue 12 left the choice open): Frontegg has no get-one route and no key of
 * its own but the server `_id` (notes-more §6), so a key must come from the fields. The URL and the events are
 * what users change in place (point the hook at a new endpoint, subscribe to one more event); keyed by them, such
 * a change would look like a new webhook, and two hooks may well share a URL with different events or secrets.
 * The display name is what the portal shows to tell webhooks apart and what a person means by "this webhook", so
 * it is required here and unique in the stack. Frontegg does not enforce its uniqueness (unverified): before a
 * create, a webhook already listed under the same name is an error unless `adoptExisting` is set.
 *
 * Sources (notes-more §6, no published spec): TF:resource_frontegg_webhook.go, host and tenant header per
 * TF-PR#263.
 */
import { z } from "zod";
import { FronteggClient, Webhook as ApiWebhook, WebhookRequest } from "../client";
import { duplicatesIn, sameSet } from "../lifecycle/compare";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound } from "../lifecycle/errors";
import { adoptExistingField, descriptionField, nameField, urlField } from "./fields";

/** TF's check on event names (notes-more §6). */
const EVENT_KEY = /^frontegg\.\S+$/;

const inputs = z
  .strictObject({
    displayName: nameField("webhook display").describe("The webhook's name, unique in the stack: how it is found in Frontegg."),
    description: descriptionField,
    url: urlField("url").describe("The endpoint Frontegg posts the events to."),
    eventKeys: z
      .array(z.string().regex(EVENT_KEY, "each of eventKeys must be a Frontegg event name starting with \"frontegg.\", e.g. frontegg.user.authenticated"))
      .min(1, "eventKeys must name at least one event, e.g. frontegg.user.authenticated")
      .describe(
        "The events sent to the URL, as Frontegg names them, e.g. `frontegg.user.authenticated`, `frontegg.user.signedUp`, " +
          "`frontegg.tenant.created`. A set. A preview checks only that each name starts with `frontegg.` and appears once: " +
          "Frontegg publishes no list of its event names in its API spec, so a misspelt name is not caught before `up`.",
      ),
    isActive: z.boolean().default(true).describe("Whether Frontegg sends the events."),
    secret: z
      .string()
      .min(1, "secret must not be empty")
      .describe(
        "The secret Frontegg signs each call with, so the endpoint can check it comes from Frontegg. Never " +
          "stored or shown in plain text: the output holds its SHA-256 fingerprint (`sha256:…`).",
      ),
    adoptExisting: adoptExistingField,
  })
  .superRefine((i, ctx) => {
    for (const repeated of duplicatesIn(i.eventKeys)) {
      ctx.addIssue({ code: "custom", path: ["eventKeys"], message: `"${repeated}" is listed twice in eventKeys` });
    }
  });
type Inputs = z.output<typeof inputs>;
/** Inputs of a {@link Webhook}. */
export type WebhookInputs = z.input<typeof inputs>;

/** The webhook in the inputs' vocabulary, with its id. */
export function webhookState(webhook: ApiWebhook): State {
  return {
    webhookId: webhook._id,
    displayName: webhook.displayName,
    description: webhook.description ?? "",
    url: webhook.url,
    eventKeys: [...webhook.eventKeys].sort(),
    isActive: webhook.isActive,
    // Sealed into a fingerprint by the lifecycle before it reaches state; never stored as is.
    secret: webhook.secret,
  };
}

/** The environment's custom webhooks: the list may hold other types, which are Frontegg's or integrations'. */
export async function listWebhooks(client: FronteggClient): Promise<ApiWebhook[]> {
  return (await client.webhooks.list()).filter((webhook) => webhook.type === undefined || webhook.type === "CUSTOM");
}

function toRequest(i: Inputs): WebhookRequest {
  return {
    isActive: i.isActive,
    displayName: i.displayName,
    description: i.description,
    url: i.url,
    secret: i.secret,
    eventKeys: [...new Set(i.eventKeys)],
  };
}

const outputs = z.object({
  webhookId: z.string().describe("Frontegg's id of the webhook (`_id`; also the resource id)."),
});
/** Every property of a {@link Webhook} as stored in state (`secret` as its fingerprint). */
export type WebhookState = Inputs & z.output<typeof outputs>;

/** The Webhook resource kind. */
export const webhook = defineResource<Inputs>({
  kind: "Webhook",
  description:
    "A webhook: Frontegg posts the chosen events to a URL, signed with a secret. Found in Frontegg by its " +
    "display name, which must be unique in the stack. Deleting the resource deletes the webhook. `secret` is " +
    "stored encrypted and only as a fingerprint.",
  example: `config webhookSecret "string" {
  secret = true
}

resource userEvents "frontegg-native:index:Webhook" {
  __logicalName = "user-events"
  displayName = "User events to the CRM"
  url = "https://hooks.example.com/frontegg"
  eventKeys = ["frontegg.user.signedUp", "frontegg.user.authenticated"]
  secret = webhookSecret
}`,
  inputs,
  outputs,
  replaceOnChanges: [],
  secrets: ["secret"],
  // Whether the list returns the secret is inferred, not documented (notes-more §6): where it does not, a
  // refresh keeps the fingerprint of the secret last written instead of reporting it gone.
  writeOnly: ["secret"],
  compare: { eventKeys: sameSet },
  environment: {
    // A webhook without a name or URL cannot be declared (both are required inputs): it is left out.
    isProvided: (entry) => !entry.displayName || !entry.url,
    secretConfig: {
      secret: {
        words: (entry) => `${String(entry.displayName)} webhook secret`,
        description: (entry, held) => `signing secret of the webhook "${String(entry.displayName)}" (${String(entry.url)}${held ? "" : "; Frontegg holds none yet"})`,
        // Always declared: a webhook's events are signed with it.
        when: () => true,
      },
    },
  },
  claimedBy: ["displayName"],
  claims: (i) => (typeof i.displayName === "string" ? [`webhook "${i.displayName}"`] : []),
  describe: (i) => `webhook "${i.displayName}"`,
  idOf: (state) => String(state.webhookId),
  collection: {
    scopeOf: () => undefined,
    list: async (client) => (await listWebhooks(client)).map(webhookState),
    matches: (state, i) => state.displayName === i.displayName,
  },
  async create(client, i) {
    return webhookState(await client.webhooks.create(toRequest(i)));
  },
  // PATCH takes the whole object (notes-more §6: treat it as replace), so every declared field is sent.
  async update(client, id, i) {
    return webhookState(await client.webhooks.update(id, toRequest(i)));
  },
  async delete(client, id) {
    await ignoreNotFound(() => client.webhooks.delete(id));
  },
});
