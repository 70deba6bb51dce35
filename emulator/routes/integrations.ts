import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { fail } from "../errors";
import { defineUnpublishedRoute } from "../route";
import type { SocialLogin, Webhook } from "../state";
import { applyPatch, found, nowIso } from "./common";

/**
 * Webhooks and social logins. Neither is in Frontegg's published spec: the routes and bodies follow
 * `frontegg-api-notes-more.md` (§6 webhooks, §8 social logins), whose sources are Frontegg's Terraform provider
 * (TF:resource_frontegg_webhook.go, TF:resource_frontegg_social_login.go) and its PRs. The body schemas below are
 * hand-written from those notes, not Frontegg's.
 *
 * Webhooks (notes-more §6, TF:resource_frontegg_webhook.go, host and header per TF-PR#263):
 * - Every route wants `frontegg-tenant-id` (the vendor id): without it, 403 "Tenant ID is not specified". The
 *   emulator keeps each header value's webhooks apart (the vendor's own id is the one that matters).
 * - `GET /webhook` lists them all, `secret` included (inferred from TF-PR#263's import test); there is no get-one.
 * - `POST /webhook/custom` creates one of type `CUSTOM` (status 201: unverified); `PATCH /webhook/{_id}` sets the
 *   fields sent; `DELETE /webhook/{_id}` removes it; an unknown `_id` is 404.
 * - `url` is required on create (unverified: TF always sends it); event keys must start with `frontegg.` (TF's
 *   own check, enforced here so a client that skips it is caught).
 *
 * Social logins (notes-more §8, TF:resource_frontegg_social_login.go, TF-PR#262):
 * - One per provider type: `facebook`, `github`, `google`, `microsoft` (TF's list; others unverified, answered 400).
 * - `GET /identity/resources/sso/v2/{type}` is 404 until the type's first write.
 * - `POST /identity/resources/sso/v2` replaces whatever is stored: credentials not sent are erased (TF-PR#262).
 * - `POST …/{type}/activate` and `…/deactivate` (no body) switch `active`; deactivating keeps the credentials.
 *   Both are 404 for a type never configured.
 * - Every answer carries `clientId` and `secret` in plain text, also when `customised` is false (TF-PR#263 d3a803a).
 */

const WEBHOOKS = "/webhook";
const SOCIAL = "/identity/resources/sso/v2";
/** Provider types TF allows (notes-more §8). */
const SOCIAL_TYPES = ["facebook", "github", "google", "microsoft"] as const;

/** Not in Frontegg's published spec; from notes-more §6 (the body TF sends on create and update alike). */
const WEBHOOK_BODY = {
  type: "object",
  additionalProperties: false,
  required: ["isActive"],
  properties: {
    isActive: { type: "boolean" },
    displayName: { type: "string", maxLength: 255 },
    description: { type: "string", maxLength: 1024 },
    url: { type: "string", minLength: 1, maxLength: 2048, pattern: "^https?://" },
    secret: { type: "string", maxLength: 1024 },
    eventKeys: { type: "array", items: { type: "string", pattern: "^frontegg\\..+" }, uniqueItems: true },
  },
} as const;

/** Not in Frontegg's published spec; from notes-more §8 (the body TF sends). */
const SOCIAL_LOGIN_BODY = {
  type: "object",
  additionalProperties: false,
  required: ["type", "active"],
  properties: {
    type: { type: "string", enum: SOCIAL_TYPES },
    active: { type: "boolean" },
    customised: { type: "boolean" },
    clientId: { type: "string", maxLength: 1024 },
    secret: { type: "string", maxLength: 1024 },
    redirectUrl: { type: "string", maxLength: 2048 },
    additionalScopes: { type: "array", items: { type: "string", minLength: 1 } },
  },
} as const;

interface WebhookBody {
  isActive: boolean;
  displayName?: string;
  description?: string;
  url?: string;
  secret?: string;
  eventKeys?: string[];
}

interface SocialLoginBody {
  type: string;
  active: boolean;
  customised?: boolean;
  clientId?: string;
  secret?: string;
  redirectUrl?: string;
  additionalScopes?: string[];
}

export function registerIntegrationRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = () => ctx.store.state;

  /** The caller's scope: the tenant header, required on every webhook route. */
  const scopeOf = (tenantId: string | null): string => {
    if (tenantId === null) throw fail("TENANT_NOT_SPECIFIED");
    return tenantId;
  };
  const webhook = (tenantId: string | null, id: string): Webhook => {
    const scope = scopeOf(tenantId);
    return found(
      state().webhooks.find((w) => w._id === id && w.vendorId === scope),
      "WEBHOOK_NOT_FOUND",
      "Webhook",
      id,
    );
  };

  defineUnpublishedRoute(app, ctx, { key: `GET ${WEBHOOKS}`, source: "notes-more §6" }, ({ tenantId }) => {
    const scope = scopeOf(tenantId);
    return { status: 200, body: state().webhooks.filter((w) => w.vendorId === scope) };
  });

  defineUnpublishedRoute<WebhookBody>(app, ctx, { key: `POST ${WEBHOOKS}/custom`, source: "notes-more §6", bodySchema: WEBHOOK_BODY }, ({ body, tenantId }) => {
    const scope = scopeOf(tenantId);
    if (body.url === undefined) throw fail("VALIDATION", "url is required");
    const created: Webhook = {
      _id: randomUUID().replace(/-/g, "").slice(0, 24),
      displayName: body.displayName ?? null,
      description: body.description ?? null,
      url: body.url,
      secret: body.secret ?? null,
      eventKeys: body.eventKeys ?? [],
      isActive: body.isActive,
      type: "CUSTOM",
      vendorId: scope,
      createdAt: nowIso(),
    };
    state().webhooks.push(created);
    return { status: 201, body: created };
  });

  defineUnpublishedRoute<WebhookBody>(app, ctx, { key: `PATCH ${WEBHOOKS}/{id}`, source: "notes-more §6", bodySchema: WEBHOOK_BODY }, ({ body, params, tenantId }) => {
    const target = webhook(tenantId, params.id ?? "");
    target.isActive = body.isActive;
    applyPatch(target, body, ["displayName", "description", "url", "secret", "eventKeys"]);
    return { status: 200, body: target };
  });

  defineUnpublishedRoute(app, ctx, { key: `DELETE ${WEBHOOKS}/{id}`, source: "notes-more §6" }, ({ params, tenantId }) => {
    const target = webhook(tenantId, params.id ?? "");
    state().webhooks = state().webhooks.filter((w) => w !== target);
    return { status: 200 };
  });

  const knownType = (type: string): string => {
    if (!(SOCIAL_TYPES as readonly string[]).includes(type)) {
      throw fail("VALIDATION", `type must be one of ${SOCIAL_TYPES.join(", ")}`);
    }
    return type;
  };
  const socialLogin = (type: string): SocialLogin => {
    const known = knownType(type);
    return found(
      state().socialLogins.find((s) => s.type === known),
      "SOCIAL_LOGIN_NOT_FOUND",
      "Social login",
      type,
    );
  };

  defineUnpublishedRoute(app, ctx, { key: `GET ${SOCIAL}/{type}`, source: "notes-more §8" }, ({ params }) => ({ status: 200, body: socialLogin(params.type ?? "") }));

  defineUnpublishedRoute<SocialLoginBody>(app, ctx, { key: `POST ${SOCIAL}`, source: "notes-more §8", bodySchema: SOCIAL_LOGIN_BODY }, ({ body }) => {
    // Replaces the stored configuration whole: what the body leaves out is erased (TF-PR#262).
    const stored: SocialLogin = {
      type: body.type,
      active: body.active,
      customised: body.customised ?? true,
      clientId: body.clientId ?? null,
      secret: body.secret ?? null,
      redirectUrl: body.redirectUrl ?? null,
      additionalScopes: body.additionalScopes ?? [],
    };
    state().socialLogins = [...state().socialLogins.filter((s) => s.type !== body.type), stored];
    return { status: 201, body: stored };
  });

  for (const [action, active] of [
    ["activate", true],
    ["deactivate", false],
  ] as const) {
    defineUnpublishedRoute(app, ctx, { key: `POST ${SOCIAL}/{type}/${action}`, source: "notes-more §8" }, ({ params }) => {
      socialLogin(params.type ?? "").active = active;
      return { status: 200 };
    });
  }
}
