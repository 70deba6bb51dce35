/**
 * The native provider resource: one Frontegg environment. Pass it as `{ provider }` to resources of
 * `pulumi-frontegg/native` to manage several environments from one program.
 */
import * as pulumi from "@pulumi/pulumi";
import { PROVIDER_SETTINGS } from "../../provider/configuration";
import { FORMER_PACKAGE, PACKAGE } from "../../provider/package-name";
import { packageOptions } from "./package-options";

/** Settings of a {@link Provider}; each one left out falls back to stack config `frontegg-native:<name>`, then to its env var. */
export interface ProviderArgs {
  /** Client id of the environment. */
  readonly clientId?: pulumi.Input<string>;
  /** API secret key of the environment; always stored encrypted. */
  readonly secretKey?: pulumi.Input<string>;
  /** `eu` (default), `us`, `ca` or `au`. */
  readonly region?: pulumi.Input<string>;
  /** Explicit API base URL, overriding `region`. */
  readonly apiBaseUrl?: pulumi.Input<string>;
  /** Sent as the `frontegg-environment-id` header. */
  readonly environmentId?: pulumi.Input<string>;
  /** Sent as the `frontegg-application-id` header. */
  readonly applicationId?: pulumi.Input<string>;
  /** Requests in flight at once (default 8). */
  readonly maxConcurrency?: pulumi.Input<number>;
}

const SECRETS = Object.entries(PROVIDER_SETTINGS)
  .filter(([, setting]) => setting.secret)
  .map(([name]) => name);

/**
 * A Frontegg environment as a Pulumi provider (`pulumi:providers:frontegg-native`), served by the
 * `pulumi-resource-frontegg-native` plugin.
 *
 * @example
 * ```ts
 * const prod = new frontegg.Provider("prod", { clientId: "…", secretKey: config.requireSecret("prodSecretKey") });
 * new frontegg.Role("admin", { key: "admin", name: "Admin", level: 1 }, { provider: prod });
 * ```
 */
export class Provider extends pulumi.ProviderResource {
  constructor(name: string, args: ProviderArgs = {}, opts: pulumi.ResourceOptions = {}) {
    const props: Record<string, pulumi.Input<unknown>> = {};
    for (const [key, value] of Object.entries(args)) {
      if (value === undefined) continue;
      // A secret is secret whether or not the program wrapped it; numbers travel as text, as every Pulumi SDK sends them.
      props[key] = SECRETS.includes(key) ? pulumi.secret(value) : key === "maxConcurrency" ? pulumi.output(value).apply(String) : value;
    }
    const options: pulumi.CustomResourceOptions = { ...packageOptions(opts, `pulumi:providers:${FORMER_PACKAGE}`), additionalSecretOutputs: SECRETS };
    super(PACKAGE, name, props, options);
  }
}
