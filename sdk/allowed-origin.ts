import * as pulumi from "@pulumi/pulumi";
import type { AllowedOriginArgs, AllowedOriginOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { AllowedOriginArgs, AllowedOriginOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface AllowedOrigin extends AllowedOriginOutputs {}

/**
 * An origin on the environment's allowed-origins list, compared up to one trailing `/`. Added and removed by a
 * serialized read-modify-write of Frontegg's one list, never touching origins the program does not declare.
 *
 * @example
 * ```ts
 * new frontegg.AllowedOrigin("app", { origin: "https://app.example.com" });
 * ```
 */
export class AllowedOrigin extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: AllowedOriginArgs, opts?: pulumi.CustomResourceOptions) {
    super("AllowedOrigin", name, args, opts);
  }
}
