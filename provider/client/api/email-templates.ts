/** Email templates: `/identity/resources/mail/v1/configs`. One template per type; POST adds or updates it. */
import { z } from "zod";
import { HttpTransport } from "../http";
import { optionalString, segment } from "./common";

const BASE = "/identity/resources/mail/v1/configs";

import type { EmailTemplateType } from "../enums";
export type { EmailTemplateType } from "../enums";

/**
 * A template as Frontegg returns it. The server substitutes variables such as `{{APP_ID}}` into the redirect
 * URLs and returns the raw values in the `...Pattern` fields: compare against those.
 */
export const EmailTemplateSchema = z.object({
  /** Needed to delete the template; not in the spec's DTO but sent by Frontegg. */
  id: optionalString,
  type: z.string(),
  senderEmail: optionalString,
  fromName: optionalString,
  subject: optionalString,
  htmlTemplate: optionalString,
  redirectURL: optionalString,
  successRedirectUrl: optionalString,
  redirectURLPattern: optionalString,
  successRedirectUrlPattern: optionalString,
  active: z.boolean().default(true),
});
/** A template as Frontegg returns it. */
export type EmailTemplate = z.output<typeof EmailTemplateSchema>;

/**
 * The template's properties as they were written: Frontegg expands variables such as `{{APP_URL}}` in the
 * redirect URLs it returns and keeps the written values in the `...Pattern` fields.
 */
export function asWritten(template: EmailTemplate): Omit<UpsertEmailTemplateRequest, "type"> & { type: string; active: boolean } {
  return {
    type: template.type,
    senderEmail: template.senderEmail,
    fromName: template.fromName,
    subject: template.subject,
    htmlTemplate: template.htmlTemplate,
    redirectURL: template.redirectURLPattern ?? template.redirectURL,
    successRedirectUrl: template.successRedirectUrlPattern ?? template.successRedirectUrl,
    active: template.active,
  };
}

/** Body of a template upsert; `type` selects which template. */
export interface UpsertEmailTemplateRequest {
  readonly type: EmailTemplateType;
  readonly senderEmail?: string;
  readonly fromName?: string;
  readonly subject?: string;
  /** At most 1,000,000 characters. */
  readonly htmlTemplate?: string;
  readonly redirectURL?: string;
  readonly successRedirectUrl?: string;
  readonly active?: boolean;
}

/** Typed calls for email templates. */
export class EmailTemplatesApi {
  constructor(private readonly http: HttpTransport) {}

  /** The configured templates, optionally only those of one type. */
  list(filter: { type?: EmailTemplateType } = {}): Promise<EmailTemplate[]> {
    return this.http.send({ method: "GET", path: `${BASE}/templates`, query: { type: filter.type }, response: z.array(EmailTemplateSchema) });
  }

  /** Adds or replaces the template of `template.type`; Frontegg answers with an empty body. */
  upsert(template: UpsertEmailTemplateRequest): Promise<void> {
    return this.http.send({ method: "POST", path: `${BASE}/templates`, body: template, idempotent: true });
  }

  /** Frontegg's default template of a type: what applies when none is configured. */
  getDefault(type: EmailTemplateType): Promise<EmailTemplate> {
    return this.http.send({ method: "GET", path: `${BASE}/${segment(type)}/default`, response: EmailTemplateSchema });
  }

  /** Deletes a configured template by its id (the type then falls back to Frontegg's default). */
  delete(templateId: string): Promise<void> {
    return this.http.send({ method: "DELETE", path: `${BASE}/templates/${segment(templateId)}` });
  }
}
