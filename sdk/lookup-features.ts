/** Looking up the ids of entitlements features the program does not manage, by key. */
import * as pulumi from "@pulumi/pulumi";
import { featureIdsByKey, withClient } from "./lookup-reads";

/**
 * The ids of the entitlements features with the given keys, by key; fails naming the keys that do not exist.
 * Feature ids differ from one environment to the next: this is how a Plan or FeatureFlag refers to a feature
 * managed elsewhere.
 *
 * @example
 * ```ts
 * const features = frontegg.lookupFeatureIds(["sso", "audit-logs"]);
 * new frontegg.Plan("enterprise", { name: "Enterprise",
 *     featureIds: [features.apply((ids) => ids["sso"]!), features.apply((ids) => ids["audit-logs"]!)] });
 * ```
 */
export function lookupFeatureIds(keys: readonly string[]): pulumi.Output<Record<string, string>> {
  return withClient((client) => featureIdsByKey(client, keys));
}
