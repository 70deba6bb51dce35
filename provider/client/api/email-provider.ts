/**
 * The environment's e-mail provider (spec:identity.json, notes-3 §4): the service that delivers Frontegg's e-mails
 * with the vendor's own account. One per environment, with no id: written by `POST …/mail/v2/configurations`
 * (create-or-replace, 201 with no body), read and deleted only through v1. No tenant header (spec).
 */
import { z } from "zod";
import { HttpTransport } from "../http";
import { orAbsentWhenNotFound, timestamp } from "./common";

const V1 = "/identity/resources/mail/v1/configurations";
const V2 = "/identity/resources/mail/v2/configurations";

/** The providers Frontegg's v2 write takes (spec: `SendGridDto`, `SesDto`, `SesRoleDto`, `MailgunDto`); SMTP is in no source. */
export const EMAIL_PROVIDERS = ["sendgrid", "ses", "ses-role", "mailgun"] as const;
/** An e-mail provider's name. */
export type EmailProviderName = (typeof EMAIL_PROVIDERS)[number];
/** Mailgun's regions (the spec's enum is malformed; TF sends these strings, notes-3 §4). */
export const MAILGUN_REGIONS = ["us", "eu"] as const;

/**
 * The provider as `GET …/v1` answers it (`GetMailConfigResponseDto`). `secret` is in plain text (an API key or an
 * AWS secret): callers keep it out of logs and state. What `extension` holds is unknown, so it is not read.
 */
export const EmailProviderSchema = z.object({
  provider: z.string(),
  secret: z.string(),
  createdAt: timestamp.optional(),
  updatedAt: timestamp.optional(),
});
/** The environment's e-mail provider. */
export type EmailProvider = z.output<typeof EmailProviderSchema>;

/** The v2 write's `payload`: each provider's own fields, all required for it (spec). */
export type EmailProviderPayload =
  | { readonly provider: "sendgrid"; readonly secret: string }
  | { readonly provider: "ses"; readonly secret: string; readonly id: string; readonly region: string }
  | { readonly provider: "ses-role"; readonly secret: string; readonly region: string }
  | { readonly provider: "mailgun"; readonly secret: string; readonly domain: string; readonly region: string };

/** E-mail provider calls. */
export class EmailProviderApi {
  constructor(private readonly http: HttpTransport) {}

  /** The provider; undefined when the environment uses Frontegg's own sender (404 or an empty answer, TF#213). */
  async get(): Promise<EmailProvider | undefined> {
    const answer = await orAbsentWhenNotFound(() =>
      this.http.send({ method: "GET", path: V1, response: EmailProviderSchema.partial(), emptyBodyAllowed: true }),
    );
    return answer?.provider !== undefined && answer.secret !== undefined ? (answer as EmailProvider) : undefined;
  }

  /** Creates or replaces the provider's configuration (201, no body), then reads it back. */
  async save(payload: EmailProviderPayload): Promise<EmailProvider> {
    await this.http.send({ method: "POST", path: V2, body: { payload }, idempotent: true });
    const saved = await this.get();
    if (saved === undefined) throw new Error("Frontegg accepted the e-mail provider but does not return it");
    return saved;
  }

  /** Removes the provider: Frontegg's own sender delivers the e-mails again. 404 when there is none. */
  async delete(): Promise<void> {
    await this.http.send({ method: "DELETE", path: V1 });
  }
}
