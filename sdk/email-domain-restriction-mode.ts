import * as pulumi from "@pulumi/pulumi";
import type { EmailDomainRestrictionModeArgs, EmailDomainRestrictionModeOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { EmailDomainRestrictionModeArgs, EmailDomainRestrictionModeOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface EmailDomainRestrictionMode extends EmailDomainRestrictionModeOutputs {}

/**
 * Whether sign-up e-mail domains are restricted, by which list, and whether public e-mail providers are refused. One per environment; deleting it switches the check off.
 *
 * @example
 * ```ts
 * new frontegg.EmailDomainRestrictionMode("sign-up-domains", { listType: "BLOCK", active: true, blockPublicDomains: true });
 * ```
 */
export class EmailDomainRestrictionMode extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: EmailDomainRestrictionModeArgs, opts?: pulumi.CustomResourceOptions) {
    super("EmailDomainRestrictionMode", name, args, opts);
  }
}
