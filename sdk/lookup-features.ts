/** Looking up the ids of entitlements features the program does not manage, by key. */
import * as pulumi from "@pulumi/pulumi";
import { FronteggClient } from "../provider/client";
import { withClient } from "./lookup";

/**
 * The ids of the features with the given keys, by key, read with every page of Frontegg's list. Throws an error
 * naming every key that does not exist.
 */
export async function featureIdsByKey(client: FronteggClient, keys: readonly string[]): Promise<Record<string, string>> {
  const wanted = [...new Set(keys)];
  if (wanted.length === 0) return {};
  const byKey = new Map((await client.entitlements.features.list(wanted)).map((f) => [f.key, f.id]));
  const missing = wanted.filter((key) => !byKey.has(key));
  if (missing.length > 0) {
    throw new Error(
      `lookupFeatureIds: no feature with key ${missing.map((k) => `"${k}"`).join(", ")} in the Frontegg environment: ` +
        "check the keys, or declare the features with Feature resources and use their featureId outputs",
    );
  }
  return Object.fromEntries(wanted.map((key) => [key, byKey.get(key)!]));
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
