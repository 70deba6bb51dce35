/**
 * An environment's identity configuration read as plain data keyed by natural keys (category name, permission
 * key, role key per scope, template type, policy scope, SSO connection, group per connection), with ids, timestamps and Frontegg's
 * built-ins left out, so two environments, or an environment and a program, can be compared and written out.
 */
import { isDeepStrictEqual } from "node:util";
import {
  FronteggClient,
  SOCIAL_LOGIN_TYPES,
  Tenant,
} from "../client";
import { certificateBase64 } from "../resources/certificate";
import { z } from "zod";
import { nounOf, pluralOf } from "../lifecycle/noun";
import { RESOURCE_DEFINITIONS, RESOURCE_KINDS, ResourceKind } from "../resources";
import { Entry, entryOf, KeyOf, listKind, naturalKey, readSingletons } from "./entries";
import { definitionFor } from "./render-kind";
import { socialLoginState } from "../resources/social-login";
import { listWebhooks } from "../resources/webhook";

/** Where a tenant-scoped object lives: `""` for the environment itself. */
export type Scope = string;

/** The captcha policy without its secret key, which is never part of a snapshot. */
export interface CaptchaPolicySnapshot {
  readonly enabled: boolean;
  readonly siteKey: string;
  readonly minScore: number;
  /** Sorted. */
  readonly ignoredEmails: readonly string[];
}

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
  readonly overrideActiveTenant?: boolean;
  readonly subAccountAccessLimit?: number;
  readonly skipEmailDomainValidation?: boolean;
  readonly idpClientId?: string;
  /** Present (true) when Frontegg returns an IdP client secret; the secret itself is never part of a snapshot. */
  readonly hasIdpClientSecret?: true;
  readonly domains: readonly string[];
  /** Keys of the default roles, sorted. */
  readonly roles: readonly string[];
}

/** An identity-provider group mapped to roles on an SSO connection. */
export interface SsoGroupMappingSnapshot {
  readonly tenantId: string;
  /** The connection's natural key ({@link ssoKey}). */
  readonly connection: string;
  readonly group: string;
  /** Keys of the roles, sorted. */
  readonly roles: readonly string[];
}

/** A provider's social login without its secret, which is never part of a snapshot. */
export interface SocialLoginSnapshot {
  readonly type: string;
  readonly active: boolean;
  readonly customised: boolean;
  /** Only when customised: otherwise Frontegg's shared app signs users in. */
  readonly clientId?: string;
  /** Whether a secret is stored (only when customised): the program then reads it from stack config. */
  readonly hasSecret: boolean;
  readonly redirectUrl?: string;
  /** Sorted. */
  readonly additionalScopes: readonly string[];
}

/** A webhook without its secret, which is never part of a snapshot. */
export interface WebhookSnapshot {
  readonly displayName: string;
  readonly description?: string;
  readonly url: string;
  /** Sorted. */
  readonly eventKeys: readonly string[];
  readonly isActive: boolean;
  /** Whether Frontegg returned a secret: the program then reads it from stack config. */
  readonly hasSecret: boolean;
}

/**
 * Kinds read through their own definitions (see ./entries): each object is the inputs a program declares, with
 * references as natural keys. The hand reader in {@link readEnvironment} reads the others until they are too.
 */
const DEFINED_KINDS = [
  "PermissionCategory",
  "Permission",
  "Role",
  "Feature",
  "Plan",
  "FeatureFlag",
  "RedirectUri",
  "AllowedOrigin",
  "EmailDomainRestriction",
  "IpRestriction",
  "Application",
  "MfaPolicy",
  "LockoutPolicy",
  "PasswordHistoryPolicy",
  "IpRestrictionMode",
  "EmailDomainRestrictionMode",
  "SessionPolicy",
  "PasswordPolicy",
  "PasswordRotationPolicy",
  "AuthPolicy",
  "EmailTemplate",
  "MfaStrategy",
] as const;
type DefinedKind = (typeof DEFINED_KINDS)[number];

/** An object of a kind read through its definition: its declared inputs (an omitted one is at its default). */
export type DefinedEntry<K extends DefinedKind> = Readonly<Partial<Omit<z.output<(typeof RESOURCE_DEFINITIONS)[K]["inputs"]>, "adoptExisting">>>;

/** What one object of each kind reads as in a snapshot. Keyed by kind, so a kind missing here fails to compile. */
export interface SnapshotEntries extends Readonly<{ [K in DefinedKind]: DefinedEntry<K> }> {
  readonly SsoConfiguration: SsoSnapshot;
  /** Keyed by connection key and group: `tenant/type/endpoint/group`. */
  readonly SsoGroupMapping: SsoGroupMappingSnapshot;
  /** Environment-wide only: the key is `""`. */
  readonly CaptchaPolicy: CaptchaPolicySnapshot;
  /** Active providers only, by type (an inactive one is what deleting a SocialLogin leaves). */
  readonly SocialLogin: SocialLoginSnapshot;
  /** Custom webhooks by display name (one without a name cannot be declared and is left out). */
  readonly Webhook: WebhookSnapshot;
}

/**
 * Everything the provider manages in one environment: per resource kind, its objects keyed by natural key
 * (policies and modes by scope: `""` for the environment, else the tenant id).
 */
export type EnvironmentSnapshot = { readonly [K in ResourceKind]: Record<string, SnapshotEntries[K]> };


/** A snapshot of an environment holding nothing the provider manages. */
export function emptySnapshot(): EnvironmentSnapshot {
  return Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, {}])) as unknown as EnvironmentSnapshot;
}

/** The natural key of an SSO connection: tenant, type, and the IdP endpoint (SAML) or client id (OIDC). */
export function ssoKey(sso: { tenantId: string; type: string; ssoEndpoint?: string; oidcClientId?: string }): string {
  return `${sso.tenantId}/${sso.type}/${(sso.type === "oidc" ? sso.oidcClientId : sso.ssoEndpoint) ?? ""}`;
}

/** The kinds {@link readEnvironment} reports progress on, in the order a person reads them. */
export const READ_KINDS = [
  "permission categories",
  "permissions",
  "roles",
  "tenants",
  "policies",
  "MFA strategies",
  "email templates",
  "SSO connections",
  "SSO group mappings",
  "IP restrictions",
  "e-mail domain restrictions",
  "features",
  "plans",
  "feature flags",
  "social logins",
  "webhooks",
  "applications",
  "redirect URIs",
  "allowed origins",
] as const;

/** One of {@link READ_KINDS}. */
export type ReadKind = (typeof READ_KINDS)[number];

/**
 * How far {@link readEnvironment} has got: objects read so far per kind, as Frontegg lists them (built-ins and
 * tenants' views of environment roles not yet left out), and the scopes whose settings are read.
 */
export interface ReadProgress {
  /** A kind appears once its first list is read. */
  readonly counts: Readonly<Partial<Record<ReadKind, number>>>;
  /** Scopes (the environment, then each tenant) whose roles, policies, SSO connections and restrictions are read. */
  readonly scopesRead: number;
  /** How many scopes there are; known once the tenants are listed. */
  readonly scopes?: number;
}

/** Options of {@link readEnvironment}. */
export interface ReadOptions {
  /** Called after each list or scope is read; it sees the running totals and cannot change the result. */
  readonly onProgress?: (progress: ReadProgress) => void;
}

/**
 * Reads every managed kind from the environment, in the environment scope and in each existing tenant.
 * Tenants themselves are your customers' accounts, not configuration: only their settings are read.
 */
export async function readEnvironment(client: FronteggClient, options: ReadOptions = {}): Promise<EnvironmentSnapshot> {
  const tally = new ReadTally(options.onProgress);
  const tenantsRead = tally.tenants(client.tenants.list());
  const [defined, tenants, captcha, socialLogins, webhooks] =
    await Promise.all([
    readDefinedKinds(client, tenantsRead.then((ts) => ts.map((t) => t.tenantId)), tally),
    tenantsRead,
    tally.policy(client.policies.captcha.get()),
    tally.list("social logins", client.socialLogins.list()),
    tally.list("webhooks", listWebhooks(client)),
  ]);
  const scopes: Array<Tenant | undefined> = [undefined, ...tenants];

  const perScope = await Promise.all(
    scopes.map(async (tenant) => {
      const sso = tenant ? await client.sso.list(tenant.tenantId) : [];
      const groups = await Promise.all(sso.map((c) => client.sso.listGroups(tenant!.tenantId, c.id)));
      tally.scopeRead({
        "SSO connections": sso.length,
        "SSO group mappings": groups.reduce((sum, g) => sum + g.length, 0),
      });
      return { tenantId: tenant?.tenantId, sso, groups };
    }),
  );

  const snapshot = { ...emptySnapshot(), ...defined.entries } as Mutable<EnvironmentSnapshot>;
  const roleKeysOf = (ids: readonly string[]) => ids.map((id) => defined.keyOf("Role", id)).sort();
  for (const { tenantId, sso, groups } of perScope) {
    for (const [index, c] of sso.entries()) {
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
        overrideActiveTenant: c.overrideActiveTenant,
        subAccountAccessLimit: c.subAccountAccessLimit,
        skipEmailDomainValidation: c.skipEmailDomainValidation,
        idpClientId: c.idpClientId,
        hasIdpClientSecret: c.idpClientSecret ? true : undefined,
        domains: c.domains.map((d) => d.domain.toLowerCase()).sort(),
        roles: roleKeysOf(c.roleIds),
      });
      const connection = ssoKey(entry);
      snapshot.SsoConfiguration[connection] = entry;
      for (const g of groups[index] ?? []) {
        snapshot.SsoGroupMapping[`${connection}/${g.group}`] = { tenantId: tenantId!, connection, group: g.group, roles: roleKeysOf(g.roleIds) };
      }
    }
  }
  if (captcha) {
    snapshot.CaptchaPolicy[""] = { enabled: captcha.enabled, siteKey: captcha.siteKey, minScore: captcha.minScore, ignoredEmails: [...captcha.ignoredEmails].sort() };
  }
  for (const login of socialLogins) {
    if (!login.active || !(SOCIAL_LOGIN_TYPES as readonly string[]).includes(login.type)) continue;
    const state = socialLoginState(login);
    snapshot.SocialLogin[login.type] = compact({
      type: login.type,
      active: true,
      customised: login.customised,
      clientId: state.clientId as string | undefined,
      hasSecret: typeof state.secret === "string" && state.secret !== "",
      redirectUrl: login.redirectUrl,
      additionalScopes: [...login.additionalScopes].sort(),
    });
  }
  for (const w of webhooks) {
    if (!w.displayName || !w.url) continue;
    snapshot.Webhook[w.displayName] = compact({
      displayName: w.displayName,
      description: w.description,
      url: w.url,
      eventKeys: [...w.eventKeys].sort(),
      isActive: w.isActive,
      hasSecret: typeof w.secret === "string" && w.secret !== "",
    });
  }
  return snapshot;
}

/** A snapshot being filled in. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Reads the kinds of {@link DEFINED_KINDS} through their definitions: each kind's list in every scope it has (the
 * tenants listed once for all), then each object as a snapshot entry keyed by its natural key, leaving out what
 * Frontegg provides (`isBuiltIn`, the `isProvided` hook). `keyOf` turns an id of any object read, built-ins too,
 * into its natural key.
 */
async function readDefinedKinds(
  client: FronteggClient,
  tenants: Promise<readonly string[]>,
  tally: ReadTally,
): Promise<{ entries: { [K in DefinedKind]: Record<string, Entry> }; keyOf: KeyOf }> {
  const scopes = await tenants;
  const read = async (kind: DefinedKind) => {
    const definition = definitionFor(kind);
    // Singletons (policies, modes) are counted together: a person reads "3 policies", not one count per kind.
    const states = definition.collection ? listKind(client, definition, scopes) : readSingletons(client, definition, scopes);
    return [kind, await tally.list(definition.collection ? (pluralOf(nounOf(definition)) as ReadKind) : "policies", states)] as const;
  };
  const states = new Map(await Promise.all(DEFINED_KINDS.map(read)));
  const keys = new Map<string, Map<string, string>>();
  const keyOf: KeyOf = (kind, id) => {
    let byId = keys.get(kind);
    if (byId === undefined) {
      const definition = definitionFor(kind);
      const listed = states.get(kind as DefinedKind);
      if (listed === undefined) throw new Error(`cannot turn ${kind} ids into keys: ${kind} is not read through its definition`);
      byId = new Map(listed.map((state) => [definition.idOf(state, state), naturalKey(definition, entryOf(definition, state, keyOf))]));
      keys.set(kind, byId);
    }
    return byId.get(id) ?? id;
  };
  const entries = Object.fromEntries(
    DEFINED_KINDS.map((kind) => {
      const definition = definitionFor(kind);
      const kept = states.get(kind)!.filter((state) => !definition.isBuiltIn?.(state)).map((state) => entryOf(definition, state, keyOf));
      const own = definition.environment?.inheritsEnvironment ? withoutInherited(kept) : kept;
      const declared = own.filter((entry) => !definition.environment?.isProvided?.(entry));
      return [kind, Object.fromEntries(declared.map((entry) => [naturalKey(definition, entry), entry]))];
    }),
  ) as { [K in DefinedKind]: Record<string, Entry> };
  return { entries, keyOf };
}

/**
 * The entries of a singleton Frontegg answers a tenant without one of its own with the environment's for: a
 * tenant's equal to the environment's, tenantId aside, is taken to be no policy of its own (how Frontegg answers
 * such a tenant is not documented: notes-more §2).
 */
function withoutInherited(entries: readonly Entry[]): Entry[] {
  const scopeless = ({ tenantId: _tenant, ...rest }: Entry) => rest;
  const environment = entries.find((entry) => entry.tenantId === undefined);
  return entries.filter((entry) => entry.tenantId === undefined || environment === undefined || !isDeepStrictEqual(scopeless(entry), scopeless(environment)));
}

/** The running totals behind {@link ReadOptions.onProgress}. */
class ReadTally {
  readonly #counts: Partial<Record<ReadKind, number>> = {};
  #scopesRead = 0;
  #scopes: number | undefined;

  readonly #report: ((progress: ReadProgress) => void) | undefined;

  constructor(report: ((progress: ReadProgress) => void) | undefined) {
    this.#report = report;
  }

  /** Counts a list's rows once it is read. */
  list<T extends readonly unknown[]>(kind: ReadKind, read: Promise<T>): Promise<T> {
    return read.then((rows) => (this.add({ [kind]: rows.length }), rows));
  }

  /** Counts a singleton policy once read, when there is one. */
  policy<T>(read: Promise<T>): Promise<T> {
    return read.then((policy) => (this.add({ policies: policy === undefined || policy === null ? 0 : 1 }), policy));
  }

  /** Counts the tenants, which makes the number of scopes known: the environment and each tenant. */
  tenants<T extends readonly unknown[]>(read: Promise<T>): Promise<T> {
    return read.then((tenants) => ((this.#scopes = tenants.length + 1), this.add({ tenants: tenants.length }), tenants));
  }

  scopeRead(counts: Partial<Record<ReadKind, number>>): void {
    this.#scopesRead += 1;
    this.add(counts);
  }

  private add(counts: Partial<Record<ReadKind, number>>): void {
    for (const [kind, count] of Object.entries(counts) as Array<[ReadKind, number]>) this.#counts[kind] = (this.#counts[kind] ?? 0) + count;
    this.#report?.({ counts: { ...this.#counts }, scopesRead: this.#scopesRead, ...(this.#scopes === undefined ? {} : { scopes: this.#scopes }) });
  }
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== "")) as T;
}
