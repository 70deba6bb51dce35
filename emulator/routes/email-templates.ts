import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { defaultTemplate, renderTemplate, type TemplateContent } from "../email-defaults";
import { defineRoute } from "../route";
import type { EmailTemplate } from "../state";
import { applyPatch, found, nowIso } from "./common";

/**
 * Email templates (`/identity/resources/mail/v1/configs`), environment-wide, one per type. POST adds or
 * updates by `type` and answers 201 with an empty body; a new template starts from the type's default, so
 * GET always returns every field. GET answers an `id` per template (the spec's DTO omits it, but DELETE
 * needs it). Unknown types are rejected by the spec's enum (400).
 */

const BASE = "/identity/resources/mail/v1/configs";
const EDITABLE = ["senderEmail", "fromName", "subject", "htmlTemplate", "redirectURL", "successRedirectUrl", "active"] as const;

/** Registers the email template routes. */
export function registerEmailTemplateRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const templates = (): EmailTemplate[] => ctx.store.state.emailTemplates;

  defineRoute<Partial<TemplateContent> & { type: string }>(app, ctx, `POST ${BASE}/templates`, ({ body }) => {
    const now = nowIso();
    let template = templates().find((t) => t.type === body.type);
    if (!template) {
      template = { ...defaultTemplate(body.type), id: randomUUID(), createdAt: now, updatedAt: now };
      templates().push(template);
    }
    applyPatch(template, body, EDITABLE);
    template.updatedAt = now;
    return { status: 201 };
  });

  defineRoute(app, ctx, `GET ${BASE}/templates`, ({ query }) => ({
    status: 200,
    body: templates()
      .filter((t) => query.type === undefined || t.type === query.type)
      .map((t) => renderTemplate(t, ctx.settings)),
  }));

  defineRoute(app, ctx, `DELETE ${BASE}/templates/{templateId}`, ({ params }) => {
    const target = found(templates().find((t) => t.id === params.templateId), "TEMPLATE_NOT_FOUND", "Template", params.templateId);
    ctx.store.state.emailTemplates = templates().filter((t) => t !== target);
    return { status: 200 };
  });

  defineRoute(app, ctx, `GET ${BASE}/{type}/default`, ({ params }) => ({
    status: 200,
    body: renderTemplate(defaultTemplate(params.type), ctx.settings),
  }));
}
