import * as pulumi from "@pulumi/pulumi";
import type { EmailTemplateArgs, EmailTemplateOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { EmailTemplateArgs, EmailTemplateOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface EmailTemplate extends EmailTemplateOutputs {}

/**
 * The email template of one type. One per type; deleting it restores Frontegg's default template.
 *
 * @example
 * ```ts
 * new frontegg.EmailTemplate("reset-password", { type: "ResetPassword", subject: "Reset your password", redirectURL: "{{APP_URL}}/reset" });
 * ```
 */
export class EmailTemplate extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: EmailTemplateArgs, opts?: pulumi.CustomResourceOptions) {
    super("EmailTemplate", name, args, opts);
  }
}
