import * as pulumi from "@pulumi/pulumi";
import type { RedirectUriArgs, RedirectUriOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { RedirectUriArgs, RedirectUriOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface RedirectUri extends RedirectUriOutputs {}

/**
 * A URL the hosted login may redirect users to after sign-in, compared up to one trailing `/`. A new URL replaces
 * the resource; deleting it removes the entry and never touches redirect URIs the program does not declare.
 *
 * @example
 * ```ts
 * new frontegg.RedirectUri("app-callback", { redirectUri: "https://app.example.com/oauth/callback" });
 * ```
 */
export class RedirectUri extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: RedirectUriArgs, opts?: pulumi.CustomResourceOptions) {
    super("RedirectUri", name, args, opts);
  }
}
