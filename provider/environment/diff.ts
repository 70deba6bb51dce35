/** What differs between two environment snapshots, per kind, object and field. */
import { isDeepStrictEqual } from "node:util";
import { EnvironmentSnapshot, POLICY_GROUPS } from "./snapshot";

/** A kind of object, as the snapshot groups them. */
export type SnapshotKind = keyof EnvironmentSnapshot;

/** One difference; `field` is absent when a whole object exists on one side only. */
export interface Difference {
  readonly kind: SnapshotKind;
  /** The object's natural key (policy scopes: `environment` or the tenant id). */
  readonly key: string;
  readonly change: "only-in-from" | "only-in-to" | "changed";
  readonly field?: string;
  readonly from?: unknown;
  readonly to?: unknown;
}

const KINDS: readonly SnapshotKind[] = [
  "categories",
  "permissions",
  "roles",
  ...POLICY_GROUPS,
  "mfaStrategies",
  "emailTemplates",
  "ssoConfigurations",
  "ssoGroupMappings",
  "ipRestrictionModes",
  "ipRestrictions",
  "emailDomainRestrictionModes",
  "emailDomainRestrictions",
  "features",
  "plans",
  "featureFlags",
  "socialLogins",
  "webhooks",
  "applications",
  "redirectUris",
  "allowedOrigins",
];

/** Every difference from `from` to `to`, in a stable order. */
export function diffEnvironments(from: EnvironmentSnapshot, to: EnvironmentSnapshot): Difference[] {
  const differences: Difference[] = [];
  for (const kind of KINDS) {
    const left = from[kind] as unknown as Record<string, Record<string, unknown>>;
    const right = to[kind] as unknown as Record<string, Record<string, unknown>>;
    for (const key of [...new Set([...Object.keys(left), ...Object.keys(right)])].sort()) {
      const label = key === "" ? "environment" : key;
      const a = left[key];
      const b = right[key];
      if (!b) differences.push({ kind, key: label, change: "only-in-from" });
      else if (!a) differences.push({ kind, key: label, change: "only-in-to" });
      else {
        for (const field of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
          if (!isDeepStrictEqual(a[field], b[field])) differences.push({ kind, key: label, change: "changed", field, from: a[field], to: b[field] });
        }
      }
    }
  }
  return differences;
}

const TITLES: Record<SnapshotKind, string> = {
  categories: "Permission categories",
  permissions: "Permissions",
  roles: "Roles",
  mfaPolicies: "MFA policies",
  lockoutPolicies: "Lockout policies",
  authPolicies: "Identity management configuration",
  passwordPolicies: "Password policies",
  passwordHistoryPolicies: "Password history policies",
  passwordRotationPolicies: "Password expiration policies",
  sessionPolicies: "Session policies",
  captchaPolicies: "Captcha policy",
  mfaStrategies: "MFA strategies",
  emailTemplates: "Email templates",
  ssoConfigurations: "SSO connections",
  ipRestrictionModes: "IP restriction modes",
  ipRestrictions: "IP restrictions",
  emailDomainRestrictionModes: "E-mail domain restriction mode",
  emailDomainRestrictions: "E-mail domain restrictions",
  ssoGroupMappings: "SSO group mappings",
  features: "Features",
  plans: "Plans",
  featureFlags: "Feature flags",
  socialLogins: "Social logins",
  webhooks: "Webhooks",
  applications: "Applications",
  redirectUris: "Redirect URIs",
  allowedOrigins: "Allowed origins",
};

/** The differences as text for a person, grouped by kind; `fromName`/`toName` label the two sides. */
export function formatDifferences(differences: readonly Difference[], fromName: string, toName: string): string {
  if (differences.length === 0) return `${fromName} and ${toName} are the same.\n`;
  const lines: string[] = [`${differences.length} difference${differences.length === 1 ? "" : "s"} between ${fromName} and ${toName}:`];
  for (const kind of KINDS) {
    const ofKind = differences.filter((d) => d.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push("", `${TITLES[kind]}:`);
    for (const d of ofKind) {
      if (d.change === "only-in-from") lines.push(`  - ${d.key}: only in ${fromName}`);
      else if (d.change === "only-in-to") lines.push(`  + ${d.key}: only in ${toName}`);
      else lines.push(`  ~ ${d.key}: ${d.field}: ${show(d.from)} (${fromName}) → ${show(d.to)} (${toName})`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function show(value: unknown): string {
  if (value === undefined) return "(not set)";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
