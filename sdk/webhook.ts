import * as pulumi from "@pulumi/pulumi";
import type { WebhookArgs, WebhookOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { WebhookArgs, WebhookOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface Webhook extends WebhookOutputs {}

/**
 * A webhook: Frontegg posts the chosen events to a URL, signed with a sealed `secret` (state holds its
 * fingerprint). Found by its display name; deleting it deletes the webhook.
 *
 * @example
 * ```ts
 * new frontegg.Webhook("user-events", {
 *     displayName: "User events to the CRM",
 *     url: "https://hooks.example.com/frontegg",
 *     eventKeys: ["frontegg.user.signedUp"],
 *     secret: config.requireSecret("webhookSecret"),
 * });
 * ```
 */
export class Webhook extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: WebhookArgs, opts?: pulumi.CustomResourceOptions) {
    super("Webhook", name, args, opts);
  }
}
