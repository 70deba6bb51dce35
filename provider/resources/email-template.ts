/**
 * EmailTemplate: the email Frontegg sends for one event (password reset, invitation, ...). A singleton per
 * template type: creating the resource takes over the type's template, deleting it restores Frontegg's default.
 * Frontegg lists every type's template in one answer, so a refresh reads them all with one call.
 */
import { z } from "zod";
import { asWritten, EMAIL_TEMPLATE_TYPES, EmailTemplate as ApiEmailTemplate, FronteggClient } from "../client";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound } from "../lifecycle/errors";
import { adoptExistingField, emailField, emptyTextsAsNone, urlPatternField } from "./fields";

/** Template types whose email is a link to follow, which Frontegg's docs say need a redirect URL. */
const LINK_TYPES = ["ResetPassword", "ActivateUser", "InviteToTenant", "MagicLink", "BulkInvitesToTenant"] as const;

/** Frontegg's limit on a template body. */
const MAX_HTML_LENGTH = 1_000_000;

const inputs = z.strictObject({
  type: z.enum(EMAIL_TEMPLATE_TYPES).describe("Which email this template is for, e.g. `ResetPassword`. Changing it replaces the resource."),
  senderEmail: emailField("senderEmail").max(512).optional().describe("Sender address. Omit to keep Frontegg's."),
  fromName: z.string().max(512, "fromName must be at most 512 characters").optional().describe("Sender display name."),
  subject: z.string().max(512, "subject must be at most 512 characters").optional().describe("Subject line."),
  htmlTemplate: z
    .string()
    .max(MAX_HTML_LENGTH, `htmlTemplate must be at most ${MAX_HTML_LENGTH} characters`)
    .optional()
    .describe("HTML body, with Frontegg's template variables."),
  redirectURL: urlPatternField("redirectURL")
    .optional()
    .describe(
      "Where the email's link leads. May use Frontegg variables such as `{{APP_URL}}`; the value is compared as " +
        "written, not as Frontegg expands it. Needed for ResetPassword, ActivateUser, InviteToTenant, MagicLink and BulkInvitesToTenant.",
    ),
  successRedirectUrl: urlPatternField("successRedirectUrl").optional().describe("Where users land after completing the flow."),
  active: z.boolean().default(true).describe("Whether Frontegg sends this email."),
  adoptExisting: adoptExistingField,
}).superRefine((i, ctx) => {
  // These emails carry a link; without a redirect URL Frontegg has nowhere to send the user.
  if ((LINK_TYPES as readonly string[]).includes(i.type) && i.redirectURL === undefined) {
    ctx.addIssue({ code: "custom", path: ["redirectURL"], message: `redirectURL is required for a ${i.type} template: it is where the email's link leads` });
  }
});
type Inputs = z.output<typeof inputs>;
/** Inputs of an {@link EmailTemplate}. */
export type EmailTemplateInputs = z.input<typeof inputs>;

/**
 * Frontegg expands variables in the redirect URLs it returns and keeps what was written in the `...Pattern`
 * fields: the pattern is what the program declared, so it is what the state holds.
 */
function toState(template: ApiEmailTemplate): State {
  return {
    templateId: template.id,
    ...asWritten(template),
    resolvedRedirectURL: template.redirectURL,
    resolvedSuccessRedirectUrl: template.successRedirectUrl,
  };
}

async function listAll(client: FronteggClient): Promise<State[]> {
  return (await client.emailTemplates.list()).map(toState);
}

async function readType(client: FronteggClient, type: Inputs["type"]): Promise<State | undefined> {
  const found = (await client.emailTemplates.list({ type })).find((t) => t.type === type);
  return found && toState(found);
}

/**
 * Writes the template. Frontegg answers with an empty body, so the lifecycle reads the template back for its id
 * and expanded URLs (`readBackAfterWrite`), in one list shared with the other templates written together.
 */
async function save(client: FronteggClient, i: Inputs): Promise<State> {
  await client.emailTemplates.upsert({
    type: i.type,
    senderEmail: i.senderEmail,
    fromName: i.fromName,
    subject: i.subject,
    htmlTemplate: i.htmlTemplate,
    redirectURL: i.redirectURL,
    successRedirectUrl: i.successRedirectUrl,
    active: i.active,
  });
  return { ...i };
}

/**
 * Removes the custom template by the id the state holds: one call. A template replaced in the portal since has
 * another id, so when that id is gone the type's current template is looked up and removed instead.
 */
async function remove(client: FronteggClient, type: Inputs["type"], storedId: unknown): Promise<void> {
  if (typeof storedId === "string" && storedId !== "" && (await ignoreNotFound(() => client.emailTemplates.delete(storedId)))) return;
  const current = await readType(client, type);
  const templateId = current?.templateId;
  if (typeof templateId === "string") await ignoreNotFound(() => client.emailTemplates.delete(templateId));
}

const outputs = z.object({
  templateId: z.string().optional().describe("Frontegg's id of the template."),
  resolvedRedirectURL: z.string().optional().describe("`redirectURL` with Frontegg's variables expanded."),
  resolvedSuccessRedirectUrl: z.string().optional().describe("`successRedirectUrl` with Frontegg's variables expanded."),
});
/** Every property of a {@link EmailTemplate} as stored in state: the inputs plus what Frontegg computes. */
export type EmailTemplateState = z.output<typeof inputs> & z.output<typeof outputs>;

/** The EmailTemplate resource kind. */
export const emailTemplate = defineResource<Inputs>({
  kind: "EmailTemplate",
  example: `resource resetPassword "frontegg-native:index:EmailTemplate" {
  __logicalName = "reset-password"
  type = "ResetPassword"
  senderEmail = "security@example.com"
  fromName = "Example Security"
  subject = "Reset your password"
  htmlTemplate = "<p>Hello {{name}}, reset your password <a href=\\"{{redirectURL}}\\">here</a>.</p>"
  redirectURL = "{{APP_URL}}/account/reset"
}`,
  description:
    "The email template of one type. There is one per type: creating the resource takes over the type's " +
    "template, and deleting it removes the custom template so Frontegg's default applies again.",
  inputs,
  outputs,
  replaceOnChanges: ["type"],
  secrets: [],
  singletonScope: (i) => i.type,
  claimedBy: ["type"],
  claims: (i) => (typeof i.type === "string" ? [`email template "${i.type}"`] : []),
  describe: (i) => `email template "${i.type}"`,
  idOf: (state, i) => String(state.type ?? i.type),
  environment: { canonical: emptyTextsAsNone(["senderEmail", "fromName", "subject", "htmlTemplate", "redirectURL", "successRedirectUrl"]) },
  collection: {
    scopeOf: () => undefined,
    list: (client) => listAll(client),
    matches: (state, i) => state.type === i.type,
  },
  readBackAfterWrite: true,
  create: save,
  update: (client, _id, i) => save(client, i),
  delete: (client, id, stored) => remove(client, (stored.type ?? id) as Inputs["type"], stored.templateId),
});
