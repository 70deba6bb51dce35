import * as pulumi from "@pulumi/pulumi";
import type { EmailDomainRestrictionInputs, EmailDomainRestrictionState } from "../provider/resources";
import { ArgsOf, FronteggResource, OutputsOf } from "./resource";

/** Arguments of an {@link EmailDomainRestriction}. */
export type EmailDomainRestrictionArgs = ArgsOf<EmailDomainRestrictionInputs>;

// Declaration merging gives the class one typed output property per state property.
export interface EmailDomainRestriction extends OutputsOf<EmailDomainRestrictionState> {}

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
