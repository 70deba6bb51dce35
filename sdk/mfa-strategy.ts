import * as pulumi from "@pulumi/pulumi";
import type { MfaStrategyArgs, MfaStrategyOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { MfaStrategyArgs, MfaStrategyOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface MfaStrategy extends MfaStrategyOutputs {}

/**
 * Whether the environment offers one second factor, with its settings. One per strategy; deleting it
 * stops offering the factor.
 *
 * @example
 * ```ts
 * new frontegg.MfaStrategy("sms", { strategy: "SMS", tokenLifetimeSeconds: 600 });
 * ```
 */
export class MfaStrategy extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: MfaStrategyArgs, opts?: pulumi.CustomResourceOptions) {
    super("MfaStrategy", name, args, opts);
  }
}
