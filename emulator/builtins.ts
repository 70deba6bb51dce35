import { createHash, randomUUID } from "node:crypto";
import type { Category, EmulatorState, Permission, Role } from "./state";

/**
 * What a brand-new Frontegg environment holds: the two standard roles and a handful of Frontegg's own
 * (`fe.*`) permissions in their categories. The exact list in a real environment is longer and changes
 * over time; these are representative, which is all a client needs to learn to leave them alone.
 */

interface BuiltinCategory {
  readonly name: string;
  readonly description: string;
  readonly permissions: ReadonlyArray<readonly [key: string, name: string]>;
}

const CATEGORIES: readonly BuiltinCategory[] = [
  {
    name: "User management",
    description: "Users, roles and their permissions",
    permissions: [
      ["fe.secure.read.users", "Read users"],
      ["fe.secure.write.users", "Edit users"],
      ["fe.secure.delete.users", "Delete users"],
      ["fe.secure.read.roles", "Read roles"],
      ["fe.secure.write.roles", "Edit roles"],
    ],
  },
  {
    name: "Account settings",
    description: "Account (tenant) settings and branding",
    permissions: [
      ["fe.account-settings.read", "Read account settings"],
      ["fe.account-settings.write.custom-login-box", "Edit the custom login box"],
    ],
  },
  {
    name: "Connectivity",
    description: "Webhooks and integrations",
    permissions: [
      ["fe.connectivity.read.webhooks", "Read webhooks"],
      ["fe.connectivity.write.webhooks", "Edit webhooks"],
    ],
  },
  {
    name: "Security",
    description: "Audit logs and security settings",
    permissions: [
      ["fe.secure.read.audits", "Read audit logs"],
      ["fe.secure.read.securityPolicy", "Read security policies"],
    ],
  },
];

/**
 * Frontegg's built-in ids are the same in every environment, so they are derived from the key: stable across
 * resets and restarts, which keeps `GET /_emulator/state` dumps comparable between environments.
 */
function builtinId(key: string): string {
  const hex = createHash("sha1").update(`frontegg-builtin:${key}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const isReadPermission = (key: string): boolean => /\.read(\.|$)/.test(key);

/** A fresh environment: built-ins only. Role ids are random, as they are per environment in Frontegg. */
export function newEnvironment(now = new Date().toISOString()): EmulatorState {
  const categories: Category[] = [];
  const permissions: Permission[] = [];
  for (const category of CATEGORIES) {
    const categoryId = builtinId(`category:${category.name}`);
    categories.push({ id: categoryId, name: category.name, description: category.description, feCategory: true, createdAt: now });
    for (const [key, name] of category.permissions) {
      permissions.push({
        id: builtinId(key),
        key,
        name,
        description: name,
        categoryId,
        fePermission: true,
        createdAt: now,
        updatedAt: now,
      });
    }
  }
  const role = (key: string, name: string, level: number, permissionIds: string[], flags: Partial<Role>): Role => ({
    id: randomUUID(),
    tenantId: null,
    key,
    name,
    description: `${name} role`,
    isDefault: false,
    firstUserRole: false,
    level,
    permissions: permissionIds,
    createdAt: now,
    updatedAt: now,
    ...flags,
  });
  const allIds = permissions.map((p) => p.id);
  const readIds = permissions.filter((p) => isReadPermission(p.key)).map((p) => p.id);
  return {
    version: 1,
    vendorId: randomUUID(),
    roles: [
      // The first user of a tenant becomes Admin; users invited without roles get Read Only.
      role("Admin", "Admin", 0, allIds, { firstUserRole: true }),
      role("ReadOnly", "Read Only", 1, readIds, { isDefault: true }),
    ],
    permissions,
    categories,
    policies: [],
    emailTemplates: [],
    ssoConfigurations: [],
    tenants: [],
    ipRestrictions: [],
    emailDomainRestrictions: [],
    features: [],
    plans: [],
    featureFlags: [],
    webhooks: [],
    socialLogins: [],
    applications: [],
    redirectUris: [],
    allowedOrigins: [],
    jwtTemplates: [],
    customDomains: [],
    associatedDomains: [],
    metadata: {},
    customCodeSecrets: [],
    prehooks: [],
    customCodes: [],
    userSources: [],
  };
}
