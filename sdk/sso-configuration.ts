import * as pulumi from "@pulumi/pulumi";
import type { SsoConfigurationArgs, SsoConfigurationOutputs } from "./generated/types";
import { FronteggResource } from "./resource";

export type { SsoConfigurationArgs, SsoConfigurationOutputs } from "./generated/types";

// Declaration merging gives the class one typed output property, documented, per state property.
export interface SsoConfiguration extends SsoConfigurationOutputs {}

/**
 * A tenant's SAML or OIDC connection, with its email domains and default roles, from explicit settings or the identity
 * provider's metadata XML. `oidcSecret` and `idpClientSecret` are stored encrypted.
 *
 * @example
 * ```ts
 * new frontegg.SsoConfiguration("acme-okta", { tenantId: "acme", type: "saml", ssoEndpoint: "https://acme.okta.com/app/sso/saml", publicCertificate: pem, domains: ["acme.com"] });
 * ```
 */
export class SsoConfiguration extends FronteggResource {
  /**
   * @param name The unique name of the resource in the stack.
   * @param args The resource's properties.
   * @param opts Options that control the resource's behaviour.
   */
  constructor(name: string, args: SsoConfigurationArgs, opts?: pulumi.CustomResourceOptions) {
    super("SsoConfiguration", name, args, opts);
  }
}
