/** Looking up the ids of entitlements features the program does not manage, by key. */
import * as pulumi from "@pulumi/pulumi";
import { FronteggClient } from "../provider/client";
import { getFeatures } from "../provider/functions";
import { withClient } from "./lookup";

/**
 * The ids of the features with the given keys, by key, read with every page of Frontegg's list. Throws an error
 * naming every key that does not exist.
 */
export async function featureIdsByKey(client: FronteggClient, keys: readonly string[]): Promise<Record<string, string>> {
  // The native provider's getFeatures, run in the program: one implementation, one message for a missing key.
  return (await getFeatures.run(client, { keys: [...keys] }, "lookupFeatureIds")).ids;
}

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
