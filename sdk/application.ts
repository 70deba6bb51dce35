import * as pulumi from "@pulumi/pulumi";
import type { ApplicationArgs, ApplicationOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { ApplicationArgs, ApplicationOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface Application extends ApplicationOutputs {}

/**
 * An application of the environment: name, URLs, type, stack, access type and flags. Deleting it deletes the
 * application. Its client secret and shared secret are never read or stored (not even as Pulumi secrets): read
 * them from Frontegg where they are needed.
 *
 * @example
 * ```ts
 * new frontegg.Application("portal", {
 *     name: "Customer portal",
 *     appURL: "https://app.example.com",
 *     loginURL: "https://app.example.com/account/login",
 * });
 * ```
 */
export class Application extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: ApplicationArgs, opts?: pulumi.CustomResourceOptions) {
    super("Application", name, args, opts);
  }
}
