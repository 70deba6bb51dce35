/**
 * An environment's identity configuration read as plain data keyed by natural keys (category name, permission
 * key, role key per scope, template type, policy scope, SSO connection), with ids, timestamps and Frontegg's
 * built-ins left out, so two environments, or an environment and a program, can be compared and written out.
 */
import { isDeepStrictEqual } from "node:util";
import { asWritten, FronteggClient, MFA_STRATEGIES, SessionConfiguration, SsoConfiguration, Tenant } from "../client";
import { certificateBase64 } from "../resources/certificate";
import { strategySettings } from "../resources/mfa-strategy";

/** Where a tenant-scoped object lives: `""` for the environment itself. */
export type Scope = string;

export interface CategorySnapshot {
  readonly name: string;
  readonly description: string;
}

export interface PermissionSnapshot {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  /** The category's name, not its id. */
  readonly category?: string;
}

export interface RoleSnapshot {
  readonly tenantId?: string;
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly level: number;
  readonly isDefault: boolean;
  readonly firstUserRole: boolean;
  /** Permission keys, sorted; `fe.*` keys are Frontegg's built-ins. */
  readonly permissions: readonly string[];
}

export interface MfaPolicySnapshot {
  readonly tenantId?: string;
  readonly enforceMFAType?: string;
  readonly allowRememberMyDevice: boolean;
  readonly mfaDeviceExpiration: number;
}

export interface LockoutPolicySnapshot {
  readonly tenantId?: string;
  readonly enabled: boolean;
  readonly maxAttempts: number;
}

/** One session setting; the value of a feature that is off is left out, as SessionPolicy does not compare it. */
export interface SessionSettingSnapshot {
  readonly isActive: boolean;
  readonly timeout?: number;
  readonly maxSessions?: number;
}

export interface SessionPolicySnapshot {
  readonly tenantId?: string;
  readonly sessionIdleTimeoutConfiguration?: SessionSettingSnapshot;
  readonly sessionTimeoutConfiguration?: SessionSettingSnapshot;
  readonly sessionConcurrentConfiguration?: SessionSettingSnapshot;
}

/** The captcha policy without its secret key, which is never part of a snapshot. */
export interface CaptchaPolicySnapshot {
  readonly enabled: boolean;
  readonly siteKey: string;
  readonly minScore: number;
  /** Sorted. */
  readonly ignoredEmails: readonly string[];
}

export interface MfaStrategySnapshot {
  readonly strategy: string;
  readonly isActive: boolean;
  readonly serviceName?: string;
  readonly tokenLifetimeSeconds?: number;
  readonly sender?: string;
}

/** A template as written (redirect URLs with Frontegg's variables unexpanded). */
export type EmailTemplateSnapshot = ReturnType<typeof asWritten>;

export interface SsoSnapshot {
  readonly tenantId: string;
  readonly type: string;
  readonly enabled: boolean;
  readonly ssoEndpoint?: string;
  /** Base64 of the certificate's DER bytes, whatever encoding Frontegg returned. */
  readonly publicCertificate?: string;
  readonly signRequest?: boolean;
  readonly spEntityId?: string;
  readonly acsUrl?: string;
  readonly oidcClientId?: string;
  /** Whether a client secret is set; the secret itself is never part of a snapshot. */
  readonly hasOidcSecret: boolean;
  readonly domains: readonly string[];
  /** Keys of the default roles, sorted. */
  readonly roles: readonly string[];
}

/** Everything the provider manages in one environment, each kind keyed by its natural key. */
export interface EnvironmentSnapshot {
  readonly categories: Record<string, CategorySnapshot>;
  readonly permissions: Record<string, PermissionSnapshot>;
  readonly roles: Record<string, RoleSnapshot>;
  readonly mfaPolicies: Record<Scope, MfaPolicySnapshot>;
  readonly lockoutPolicies: Record<Scope, LockoutPolicySnapshot>;
  readonly emailTemplates: Record<string, EmailTemplateSnapshot>;
  readonly ssoConfigurations: Record<string, SsoSnapshot>;
  /** The environment's when any feature is on; a tenant's when it differs from the environment's. */
  readonly sessionPolicies: Record<Scope, SessionPolicySnapshot>;
  /** Environment-wide only: the key is `""`. */
  readonly captchaPolicies: Record<Scope, CaptchaPolicySnapshot>;
  /** By strategy, as Frontegg lists them. */
  readonly mfaStrategies: Record<string, MfaStrategySnapshot>;
}

/** A snapshot with nothing in it, every kind present. */
export function emptySnapshot(): EnvironmentSnapshot {
  return {
    categories: {},
    permissions: {},
    roles: {},
    mfaPolicies: {},
    lockoutPolicies: {},
    emailTemplates: {},
    ssoConfigurations: {},
    sessionPolicies: {},
    captchaPolicies: {},
    mfaStrategies: {},
  };
}

/** The natural key of a role: its key, prefixed by its tenant when it has one. */
export function roleKey(role: { tenantId?: string; key: string }): string {
  return role.tenantId ? `${role.tenantId}/${role.key}` : role.key;
}

/** The natural key of an SSO connection: tenant, type, and the IdP endpoint (SAML) or client id (OIDC). */
export function ssoKey(sso: { tenantId: string; type: string; ssoEndpoint?: string; oidcClientId?: string }): string {
  return `${sso.tenantId}/${sso.type}/${(sso.type === "oidc" ? sso.oidcClientId : sso.ssoEndpoint) ?? ""}`;
}

/**
 * Reads every managed kind from the environment, in the environment scope and in each existing tenant.
 * Tenants themselves are your customers' accounts, not configuration: only their settings are read.
 */
export async function readEnvironment(client: FronteggClient): Promise<EnvironmentSnapshot> {
  const [categories, permissions, envRoles, tenants, templates, captcha, strategies, mfaConfiguration] = await Promise.all([
    client.categories.list(),
    client.permissions.list(),
    client.roles.list(),
    client.tenants.list(),
    client.emailTemplates.list(),
    client.policies.captcha.get(),
    client.mfaMethods.listStrategies(),
    client.mfaMethods.getConfiguration(),
  ]);
  const categoryName = new Map(categories.map((c) => [c.id, c.name]));
  const permissionKey = new Map(permissions.map((p) => [p.id, p.key]));
  const scopes: Array<Tenant | undefined> = [undefined, ...tenants];

  const perScope = await Promise.all(
    scopes.map(async (tenant) => {
      const scope = tenant ? { tenantId: tenant.tenantId } : {};
      const [roles, mfa, lockout, sso, sessions] = await Promise.all([
        tenant ? client.roles.list(scope) : Promise.resolve(envRoles),
        client.policies.mfa.get(scope),
        client.policies.lockout.get(scope),
        tenant ? client.sso.list(tenant.tenantId) : Promise.resolve<SsoConfiguration[]>([]),
        client.policies.sessions.get(scope),
      ]);
      // A tenant's role list also shows the environment's roles: keep only the scope's own.
      return { tenantId: tenant?.tenantId, roles: roles.filter((r) => (r.tenantId ?? undefined) === tenant?.tenantId), mfa, lockout, sso, sessions };
    }),
  );
  const roleKeyById = new Map(perScope.flatMap((s) => s.roles.map((r) => [r.id, r.key] as const)));

  const snapshot = emptySnapshot();
  for (const c of categories) if (!c.feCategory) snapshot.categories[c.name] = { name: c.name, description: c.description ?? "" };
  for (const p of permissions) {
    if (p.fePermission) continue;
    const category = p.categoryId ? categoryName.get(p.categoryId) : undefined;
    snapshot.permissions[p.key] = { key: p.key, name: p.name, description: p.description ?? "", ...(category ? { category } : {}) };
  }
  for (const { tenantId, roles, mfa, lockout, sso } of perScope) {
    const scope = tenantId ? { tenantId } : {};
    for (const r of roles) {
      if (isBuiltInRole(r.key, tenantId, r.permissions.map((id) => permissionKey.get(id) ?? id))) continue;
      snapshot.roles[roleKey({ tenantId, key: r.key })] = {
        ...scope,
        key: r.key,
        name: r.name,
        description: r.description ?? "",
        level: r.level,
        isDefault: r.isDefault,
        firstUserRole: r.firstUserRole,
        permissions: r.permissions.map((id) => permissionKey.get(id) ?? id).sort(),
      };
    }
    if (mfa) {
      snapshot.mfaPolicies[tenantId ?? ""] = {
        ...scope,
        enforceMFAType: mfa.enforceMFAType,
        allowRememberMyDevice: mfa.allowRememberMyDevice,
        mfaDeviceExpiration: mfa.mfaDeviceExpiration,
      };
    }
    if (lockout) snapshot.lockoutPolicies[tenantId ?? ""] = { ...scope, enabled: lockout.enabled, maxAttempts: lockout.maxAttempts };
    for (const c of sso) {
      const entry: SsoSnapshot = compact({
        tenantId: tenantId!,
        type: c.type,
        enabled: c.enabled,
        ssoEndpoint: c.ssoEndpoint,
        publicCertificate: c.publicCertificate ? certificateBase64(c.publicCertificate) : undefined,
        signRequest: c.type === "saml" ? c.signRequest : undefined,
        spEntityId: c.spEntityId,
        acsUrl: c.acsUrl,
        oidcClientId: c.oidcClientId,
        hasOidcSecret: Boolean(c.oidcSecret),
        domains: c.domains.map((d) => d.domain.toLowerCase()).sort(),
        roles: c.roleIds.map((id) => roleKeyById.get(id) ?? id).sort(),
      });
      snapshot.ssoConfigurations[ssoKey(entry)] = entry;
    }
  }
  for (const t of templates) {
    snapshot.emailTemplates[t.type] = compact(asWritten(t));
  }
  const environmentSessions = sessionSettings(perScope[0]?.sessions);
  for (const { tenantId, sessions } of perScope) {
    const settings = sessionSettings(sessions);
    // Frontegg answers a tenant without a configuration of its own with the environment's: only a tenant that
    // differs has one to declare. The environment's is declared once any feature is on (all off is the default).
    const declared = tenantId
      ? !isDeepStrictEqual(settings, environmentSessions)
      : Object.values(settings).some((setting) => setting?.isActive === true);
    if (declared) snapshot.sessionPolicies[tenantId ?? ""] = compact({ tenantId, ...settings });
  }
  if (captcha) {
    snapshot.captchaPolicies[""] = { enabled: captcha.enabled, siteKey: captcha.siteKey, minScore: captcha.minScore, ignoredEmails: [...captcha.ignoredEmails].sort() };
  }
  for (const row of strategies) {
    // A strategy Frontegg lists that this package does not know cannot be declared.
    if ((MFA_STRATEGIES as readonly string[]).includes(row.strategy)) {
      snapshot.mfaStrategies[row.strategy] = compact({ strategy: row.strategy, isActive: row.isActive, ...strategySettings(row.strategy, mfaConfiguration) });
    }
  }
  return snapshot;
}

type SessionSettings = Pick<SessionPolicySnapshot, "sessionIdleTimeoutConfiguration" | "sessionTimeoutConfiguration" | "sessionConcurrentConfiguration">;

/** The three session settings, each without the value of a feature that is off. */
function sessionSettings(configuration: SessionConfiguration | undefined): SessionSettings {
  const setting = (value: { isActive: boolean; timeout?: number; maxSessions?: number } | undefined): SessionSettingSnapshot | undefined => {
    if (!value) return undefined;
    return value.isActive ? compact({ isActive: true, timeout: value.timeout, maxSessions: value.maxSessions }) : { isActive: false };
  };
  return compact({
    sessionIdleTimeoutConfiguration: setting(configuration?.sessionIdleTimeoutConfiguration),
    sessionTimeoutConfiguration: setting(configuration?.sessionTimeoutConfiguration),
    sessionConcurrentConfiguration: setting(configuration?.sessionConcurrentConfiguration),
  });
}

/**
 * Frontegg's default roles ("Admin", "Read Only") come with every environment and grant built-in permissions;
 * like the `fe.*` permissions, they are not part of what a program declares.
 */
function isBuiltInRole(key: string, tenantId: string | undefined, permissionKeys: string[]): boolean {
  return tenantId === undefined && (key === "Admin" || key === "ReadOnly") && permissionKeys.every((k) => k.startsWith("fe."));
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== "")) as T;
}
