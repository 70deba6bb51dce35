/**
 * Webhooks (`/webhook`) and social logins (`/identity/resources/sso/v2`). Neither is in Frontegg's published
 * spec: paths, bodies and answers follow notes-more §6 and §8 (Frontegg's Terraform provider and its PRs).
 */
import { z } from "zod";
import { HttpTransport } from "../http";
import { optionalString, orAbsentWhenNotFound, segment } from "./common";

const WEBHOOKS = "/webhook";
const SOCIAL = "/identity/resources/sso/v2";

import { SOCIAL_LOGIN_TYPES, SocialLoginType } from "../enums";
export { SOCIAL_LOGIN_TYPES } from "../enums";
export type { SocialLoginType } from "../enums";

/**
 * A webhook as `GET /webhook` lists it (notes-more §6). `secret` is in plain text: callers keep it out of logs
 * and state. Whether the list returns it at all is inferred (TF-PR#263), so it may be missing.
 */
export const WebhookSchema = z.object({
  _id: z.string(),
  displayName: optionalString,
  description: optionalString,
  url: optionalString,
  secret: optionalString,
  eventKeys: z.array(z.string()).nullish().transform((keys) => keys ?? []),
  isActive: z.boolean(),
  type: optionalString,
});
/** A webhook as Frontegg lists it. */
export type Webhook = z.output<typeof WebhookSchema>;

/** Body of a webhook create or update: PATCH takes the whole object (notes-more §6: treat it as replace). */
export interface WebhookRequest {
  readonly isActive: boolean;
  readonly displayName: string;
  readonly description: string;
  readonly url: string;
  readonly secret: string;
  readonly eventKeys: readonly string[];
}

/** Webhook calls: every one carries the vendor id as `frontegg-tenant-id` (403 without it, TF-PR#263). */
export class WebhooksApi {
  constructor(private readonly http: HttpTransport) {}

  /** Every webhook of the environment (there is no get-one route). */
  async list(): Promise<Webhook[]> {
    return this.http.send({ method: "GET", path: WEBHOOKS, tenantId: await this.http.vendorId(), response: z.array(WebhookSchema) });
  }

  /** Creates a webhook (of type `CUSTOM`). */
  async create(webhook: WebhookRequest): Promise<Webhook> {
    return this.http.send({ method: "POST", path: `${WEBHOOKS}/custom`, body: webhook, tenantId: await this.http.vendorId(), response: WebhookSchema });
  }

  /** Replaces the webhook's settings. */
  async update(id: string, webhook: WebhookRequest): Promise<Webhook> {
    return this.http.send({ method: "PATCH", path: `${WEBHOOKS}/${segment(id)}`, body: webhook, tenantId: await this.http.vendorId(), response: WebhookSchema });
  }

  /** Deletes the webhook; 404 when it is gone already. */
  async delete(id: string): Promise<void> {
    await this.http.send({ method: "DELETE", path: `${WEBHOOKS}/${segment(id)}`, tenantId: await this.http.vendorId() });
  }
}

/**
 * One provider's social login as Frontegg returns it (notes-more §8). `clientId` and `secret` come back even when
 * `customised` is false (TF-PR#263 d3a803a); `secret` is in plain text.
 */
export const SocialLoginSchema = z.object({
  type: z.string(),
  active: z.boolean(),
  customised: z.boolean().nullish().transform((value) => value ?? true),
  clientId: optionalString,
  secret: optionalString,
  redirectUrl: optionalString,
  additionalScopes: z.array(z.string()).nullish().transform((scopes) => scopes ?? []),
});
/** A provider's social login. */
export type SocialLogin = z.output<typeof SocialLoginSchema>;

/** Body of a social login write: it replaces whatever is stored, credentials included (TF-PR#262). */
export interface SocialLoginRequest {
  readonly type: SocialLoginType;
  readonly active: boolean;
  readonly customised: boolean;
  readonly clientId?: string;
  readonly secret?: string;
  readonly redirectUrl: string;
  readonly additionalScopes: readonly string[];
}

/** Social login calls (environment-wide: no tenant header). */
export class SocialLoginsApi {
  constructor(private readonly http: HttpTransport) {}

  /** The provider's social login; undefined when it was never configured (Frontegg answers 404, TF-PR#262). */
  get(type: SocialLoginType): Promise<SocialLogin | undefined> {
    return orAbsentWhenNotFound(() => this.http.send({ method: "GET", path: `${SOCIAL}/${segment(type)}`, response: SocialLoginSchema }));
  }

  /**
   * Every provider's social login, one call per provider (Frontegg has no list route in any source but an
   * unverified `sso/v1` one, notes-more §8). Providers never configured are left out.
   */
  async list(): Promise<SocialLogin[]> {
    const all = await Promise.all(SOCIAL_LOGIN_TYPES.map((type) => this.get(type)));
    return all.filter((login): login is SocialLogin => login !== undefined);
  }

  /**
   * Writes the provider's configuration, then switches it on or off. Frontegg's write leaves `active` to the
   * activate/deactivate routes (TF sends `active:false` and then activates, notes-more §8); both are idempotent.
   */
  async save(login: SocialLoginRequest): Promise<void> {
    await this.http.send({ method: "POST", path: SOCIAL, body: login, idempotent: true });
    await this.setActive(login.type, login.active);
  }

  /** Switches the provider on or off, keeping its credentials. */
  async setActive(type: SocialLoginType, active: boolean): Promise<void> {
    await this.http.send({ method: "POST", path: `${SOCIAL}/${segment(type)}/${active ? "activate" : "deactivate"}`, idempotent: true });
  }
}
