import type { EnvironmentSettings } from "./context";
import type { EmailTemplate } from "./state";

/**
 * Frontegg's default email templates, one per type (the types themselves come from the spec's enum). The
 * real defaults are long branded HTML; these keep the same fields and the same template variables, which
 * is what clients diff against.
 */

/** The editable fields of a template. */
export type TemplateContent = Omit<EmailTemplate, "id" | "createdAt" | "updatedAt">;

/** Types whose email links back into the app; the spec says `redirectURL` is "only required for" these. */
const REDIRECT_PATHS: Readonly<Record<string, string>> = {
  ResetPassword: "/oauth/account/reset-password",
  ActivateUser: "/oauth/account/activate",
  InviteToTenant: "/oauth/account/invitation/accept",
  MagicLink: "/oauth/account/login/magic-link",
  BulkInvitesToTenant: "/oauth/account/invitation/accept",
};

/** "ResetPassword" → "Reset password", "MFAOTC" → "MFA OTC", "SuspiciousIP" → "Suspicious IP". */
function humanize(type: string): string {
  const words = type.match(/[A-Z]+(?=[A-Z][a-z]|$)|[A-Z]?[a-z]+|\d+/g) ?? [type];
  return words.map((w, i) => (i === 0 || w === w.toUpperCase() ? w : w.toLowerCase())).join(" ");
}

/** The default content of a template type. */
export function defaultTemplate(type: string): TemplateContent {
  const subject = humanize(type);
  const redirectPath = REDIRECT_PATHS[type];
  const link = redirectPath ? '<p><a href="{{redirectURL}}">Continue</a></p>' : "";
  return {
    type,
    senderEmail: "noreply@frontegg.com",
    fromName: "Frontegg",
    subject,
    htmlTemplate: `<!DOCTYPE html><html><body><h1>${subject}</h1><p>Hello {{name}},</p>${link}</body></html>`,
    redirectURL: redirectPath ? `{{APP_URL}}${redirectPath}` : "",
    successRedirectUrl: "",
    active: true,
  };
}

/** Substitutes the environment's values for `{{APP_ID}}` and `{{APP_URL}}` (other variables stay as they are). */
function substitute(text: string, settings: EnvironmentSettings): string {
  return text.replace(/\{\{\s*APP_ID\s*\}\}/g, settings.appId).replace(/\{\{\s*APP_URL\s*\}\}/g, settings.appUrl);
}

/**
 * A template as Frontegg answers it: redirect URLs with variables substituted, and the raw values in
 * `redirectURLPattern` / `successRedirectUrlPattern` (always present, so clients can always diff against them).
 */
export function renderTemplate(template: TemplateContent & { id?: string }, settings: EnvironmentSettings): Record<string, unknown> {
  return {
    ...(template.id !== undefined ? { id: template.id } : {}),
    type: template.type,
    senderEmail: template.senderEmail,
    fromName: template.fromName,
    subject: template.subject,
    htmlTemplate: template.htmlTemplate,
    redirectURL: substitute(template.redirectURL, settings),
    successRedirectUrl: substitute(template.successRedirectUrl, settings),
    redirectURLPattern: template.redirectURL,
    successRedirectUrlPattern: template.successRedirectUrl,
    active: template.active,
  };
}
