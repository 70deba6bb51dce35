import * as pulumi from "@pulumi/pulumi";
import type { EmailDomainRestrictionArgs, EmailDomainRestrictionOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { EmailDomainRestrictionArgs, EmailDomainRestrictionOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface EmailDomainRestriction extends EmailDomainRestrictionOutputs {}

/**
 * A sign-up e-mail domain on the environment's allow or block list. Deleting it removes the entry.
 *
 * @example
 * ```ts
 * new frontegg.EmailDomainRestriction("no-competitors", { domain: "competitor.example", type: "BLOCK" });
 * ```
 */
export class EmailDomainRestriction extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: EmailDomainRestrictionArgs, opts?: pulumi.CustomResourceOptions) {
    super("EmailDomainRestriction", name, args, opts);
  }
}
