import { generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { fail } from "../errors";
import { deepMerge } from "../json";
import { defineRoute } from "../route";
import type { JsonObject, JsonValue, PolicyRecord } from "../state";
import { nowIso } from "./common";

/**
 * Singleton security policies: one generic route factory, declared per policy below. Each exists once per
 * environment and, when tenant-scoped, once per `frontegg-tenant-id`; a tenant inherits the environment's
 * value only where the notes say Frontegg does (sessions), elsewhere each scope reads what was written to it.
 *
 * Two shapes: "record" policies (mfa, lockout, password history, captcha, password rotation) carry fields of
 * their own (id, timestamps) and GET answers 404 until one is written; "settings" (identity configuration,
 * password, sessions) always have a value, Frontegg's default until written, and POST upserts.
 */

/** How a write method treats an existing / missing policy. */
type WriteMode = "create" | "update" | "upsert";
type WriteMethod = "POST" | "PUT" | "PATCH";
/** Fields the emulator itself sets on a stored value. */
type Stamp = "id" | "createdAt" | "updatedAt" | "tenantId";

interface PolicyDefinition {
  readonly kind: string;
  /** For messages: "MFA policy not found". */
  readonly label: string;
  readonly path: string;
  readonly tenantScoped: boolean;
  readonly shape: "record" | "settings";
  readonly writes: Partial<Record<WriteMethod, WriteMode>>;
  /** The spec's request schema: its properties are what a write keeps, its `default`s fill a new policy. */
  readonly requestSchema: string;
  /** Defaults the spec does not state. */
  readonly defaults?: JsonObject;
  /** Frontegg answers this policy's writes with an empty body (sessions). */
  readonly emptyWriteBody?: boolean;
  /** Extra GET answering the environment-wide value whatever the tenant header says. */
  readonly vendorPath?: string;
  /** Fields the emulator sets on each write. Default: id and timestamps for records, none for settings. */
  readonly stamps?: readonly Stamp[];
  /**
   * How a write lands on the stored value: `deep` merges nested objects key by key (default); `shallow` replaces
   * each property sent, a nested object whole.
   */
  readonly merge?: "deep" | "shallow";
  /** Status of a successful write, where it is not 201 for POST and 200 otherwise. */
  readonly writeStatus?: Partial<Record<WriteMethod, number>>;
  /**
   * Values made once per environment (and scope) and kept from then on, such as signing keys: the value is
   * stored the first time it is read or written.
   */
  readonly generate?: () => JsonObject;
  /** The spec's response schema: only its properties are answered (request-only fields are kept, not shown). */
  readonly responseSchema?: string;
  /** A tenant that has written nothing reads the environment's value (settings only). */
  readonly tenantsInherit?: boolean;
}

const CONFIGURATIONS = "/identity/resources/configurations";

/**
 * Password defaults: unverified, Frontegg does not publish them. These are the defaults of
 * owasp-password-strength-test, whose option names Frontegg's password configuration mirrors.
 */
const PASSWORD_DEFAULTS: JsonObject = {
  allowPassphrases: true,
  maxLength: 128,
  minLength: 10,
  minPhraseLength: 20,
  minOptionalTestsToPass: 4,
  blockPwnedPasswords: false,
  optionalTests: { requireLowercase: true, requireUppercase: true, requireNumbers: true, requireSpecialChars: true },
  requiredTests: { checkThreeRepeatedChars: true },
};

/**
 * Identity configuration defaults: chosen, not sourced; the spec states none and the notes list them as
 * unreliable (notes-more §1). Email and password sign-in, RS256 tokens (Terraform's default and only choice),
 * sign-ups and API tokens on, token lifetimes inside the spec's bounds, the rest mostly off.
 */
const IDENTITY_DEFAULTS: JsonObject = {
  defaultTokenExpiration: 86400,
  defaultRefreshTokenExpiration: 2592000,
  cookieSameSite: "NONE",
  machineToMachineAuthStrategy: "ClientCredentials",
  allowSignups: true,
  apiTokensEnabled: true,
  allowOverridePasswordComplexity: false,
  allowOverridePasswordExpiration: false,
  allowOverrideEnforcePasswordHistory: false,
  jwtAlgorithm: "RS256",
  allowNotVerifiedUsersLogin: false,
  forcePermissions: false,
  addSamlAttributesToJwt: false,
  authStrategy: "EmailAndPassword",
  defaultPasswordlessTokenExpiration: 300,
  forceSameDeviceOnAuth: false,
  allowTenantInvitations: false,
  rotateRefreshTokens: true,
  addRolesToJwt: true,
  addPermissionsToJwt: true,
  refreshTokensRotationLimit: 0,
  allowCustomLoginTenantSwitch: false,
};

/** The environment's token signing material: an HS256 secret and an RS256 key pair whose public half is shown. */
function signingKeys(): JsonObject {
  const { publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    jwtSecret: randomBytes(32).toString("base64url"),
    publicKey: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}

/** Session defaults: unverified; everything off, with values inside the spec's bounds. */
const SESSION_DEFAULTS: JsonObject = {
  sessionIdleTimeoutConfiguration: { isActive: false, timeout: 1800 },
  sessionTimeoutConfiguration: { isActive: false, timeout: 86400 },
  sessionConcurrentConfiguration: { isActive: false, maxSessions: 10 },
};

/**
 * Second-factor settings: unverified (no source states them). Authenticator apps on under Frontegg's name, SMS
 * and email codes off with the spec's shortest lifetime, and the sender of Frontegg's default emails.
 */
const MFA_CONFIGURATION_DEFAULTS: JsonObject = {
  authenticationApp: { active: true, serviceName: "Frontegg" },
  sms: { active: false, tokenLifetimeSeconds: 300 },
  email: { active: false, tokenLifetimeSeconds: 300, sender: "frontegg-default@frontegg.com" },
};

/** Every singleton policy the emulator serves. */
const POLICIES: readonly PolicyDefinition[] = [
  {
    // The spec's "add or update": every field optional, the ones sent are changed (notes-more §1). Unknown fields
    // such as the `id` and `publicKey` Frontegg's Terraform provider sends are dropped, not refused.
    kind: "identity",
    label: "Identity management configuration",
    path: "/identity/resources/configurations/v1",
    requestSchema: "VendorConfigRequest",
    responseSchema: "VendorConfigResponse",
    tenantScoped: false,
    shape: "settings",
    writes: { POST: "upsert" },
    defaults: IDENTITY_DEFAULTS,
    stamps: ["id"],
    generate: signingKeys,
  },
  {
    kind: "mfa",
    label: "MFA policy",
    path: `${CONFIGURATIONS}/v1/mfa-policy`,
    tenantScoped: true,
    shape: "record",
    writes: { POST: "create", PATCH: "update", PUT: "upsert" },
    requestSchema: "MfaPolicyRequest",
  },
  {
    kind: "lockout",
    label: "Lockout policy",
    path: `${CONFIGURATIONS}/v1/lockout-policy`,
    requestSchema: "LockoutPolicyRequest",
    tenantScoped: true,
    shape: "record",
    writes: { POST: "create", PATCH: "update" },
  },
  {
    kind: "password-history",
    label: "Password history policy",
    path: `${CONFIGURATIONS}/v1/password-history-policy`,
    tenantScoped: true,
    shape: "record",
    writes: { POST: "create", PATCH: "update" },
    requestSchema: "PasswordHistoryPolicyRequest",
  },
  {
    // The spec documents only 200 for GET, but a 200 body needs an id that does not exist yet: 404 like the
    // sibling policies. PUT is "Update captcha policy" in the spec, so it does not create (404 when none).
    kind: "captcha",
    label: "Captcha policy",
    path: `${CONFIGURATIONS}/v1/captcha-policy`,
    requestSchema: "CaptchaPolicyRequest",
    tenantScoped: false,
    shape: "record",
    writes: { POST: "create", PUT: "update" },
    defaults: { ignoredEmails: [] },
  },
  {
    kind: "password",
    label: "Password configuration",
    path: `${CONFIGURATIONS}/v1/password`,
    requestSchema: "PasswordConfigRequest",
    tenantScoped: true,
    shape: "settings",
    writes: { POST: "upsert" },
    defaults: PASSWORD_DEFAULTS,
    // Top-level fields merge; a nested test object sent replaces the stored one whole (notes-more §2, inferred
    // from the MCP server, which merges the test objects itself "so we don't clobber" them).
    merge: "shallow",
  },
  {
    // No tenant header is declared on any of its routes, though the descriptions mention tenants (notes-more §2):
    // one configuration for the environment. POST answers 200 with no body schema: an empty body. GET answers 404
    // until a write ("if no configuration exists, a default policy will be applied").
    kind: "password-rotation",
    label: "Password rotation configuration",
    path: `${CONFIGURATIONS}/v1/password-rotation`,
    requestSchema: "CreateOrUpdatePasswordRotationDto",
    tenantScoped: false,
    shape: "record",
    writes: { POST: "upsert" },
    writeStatus: { POST: 200 },
    emptyWriteBody: true,
    stamps: ["createdAt", "updatedAt", "tenantId"],
    vendorPath: `${CONFIGURATIONS}/v1/password-rotation/vendor`,
  },
  {
    kind: "sessions",
    label: "Session configuration",
    path: `${CONFIGURATIONS}/sessions/v1`,
    requestSchema: "CreateSessionConfigurationRequest",
    tenantScoped: true,
    shape: "settings",
    writes: { POST: "upsert" },
    defaults: SESSION_DEFAULTS,
    emptyWriteBody: true,
    vendorPath: `${CONFIGURATIONS}/sessions/v1/vendor`,
    // "Tenant read: tenant config or the vendor default" (notes-more §3).
    tenantsInherit: true,
  },
  {
    // No tenant header in the spec. POST "adds or updates" each object sent; whether an object left out of
    // the body is kept is unverified (notes-more §5): kept here, as every object of the request is optional.
    kind: "mfa-configuration",
    label: "MFA configuration",
    path: `${CONFIGURATIONS}/v1/mfa`,
    requestSchema: "MfaConfigRequest",
    tenantScoped: false,
    shape: "settings",
    writes: { POST: "upsert" },
    defaults: MFA_CONFIGURATION_DEFAULTS,
  },
];

function registerPolicy(app: FastifyInstance, ctx: EmulatorContext, policy: PolicyDefinition): void {
  const defaults: JsonObject = { ...ctx.spec.defaults("identity", policy.requestSchema), ...policy.defaults };
  // Like Frontegg's whitelisting validation: properties the schema does not know are dropped, not stored.
  const known = new Set(ctx.spec.propertyNames("identity", policy.requestSchema));
  const shown = policy.responseSchema ? new Set(ctx.spec.propertyNames("identity", policy.responseSchema)) : undefined;
  const stamps = policy.stamps ?? (policy.shape === "record" ? ["id", "createdAt", "updatedAt"] : []);
  const scopeOf = (tenantId: string | null): string | null => (policy.tenantScoped ? tenantId : null);
  const find = (scope: string | null): PolicyRecord | undefined =>
    ctx.store.state.policies.find((p) => p.kind === policy.kind && p.tenantId === scope);
  /** The stored record, made now from the defaults when the policy has generated values and none exists yet. */
  const findOrGenerate = (scope: string | null): PolicyRecord | undefined => {
    const existing = find(scope);
    if (existing || !policy.generate) return existing;
    const made: PolicyRecord = { kind: policy.kind, tenantId: scope, value: stamped({ ...defaults, ...policy.generate() }, undefined, scope) };
    ctx.store.state.policies.push(made);
    ctx.store.persist();
    return made;
  };
  const stamped = (value: JsonObject, previous: JsonObject | undefined, scope: string | null): JsonObject => {
    const now = nowIso();
    // An environment-wide value answers the environment's id as its `tenantId`, which the spec requires (unverified).
    const fresh: Record<Stamp, JsonValue> = { id: randomUUID(), createdAt: now, updatedAt: now, tenantId: scope ?? ctx.store.state.vendorId };
    for (const stamp of stamps) value[stamp] = stamp === "updatedAt" ? now : (previous?.[stamp] ?? fresh[stamp]);
    return value;
  };
  const respond = (value: JsonObject): JsonObject => (shown ? Object.fromEntries(Object.entries(value).filter(([key]) => shown.has(key))) : value);
  const read = (scope: string | null): JsonObject => {
    const existing = findOrGenerate(scope);
    if (existing) return respond(existing.value);
    if (scope !== null && policy.tenantsInherit) return read(null);
    if (policy.shape === "settings") return defaults;
    throw fail("POLICY_NOT_FOUND", `${policy.label} not found`);
  };

  defineRoute(app, ctx, `GET ${policy.path}`, ({ tenantId }) => ({ status: 200, body: read(scopeOf(tenantId)) }));
  if (policy.vendorPath) defineRoute(app, ctx, `GET ${policy.vendorPath}`, () => ({ status: 200, body: read(null) }));

  for (const [method, mode] of Object.entries(policy.writes) as Array<[WriteMethod, WriteMode]>) {
    defineRoute<JsonObject>(app, ctx, `${method} ${policy.path}`, ({ body, tenantId }) => {
      const scope = scopeOf(tenantId);
      const existing = findOrGenerate(scope);
      if (existing && mode === "create") throw fail("POLICY_ALREADY_EXISTS", `${policy.label} already exists`);
      if (!existing && mode === "update") throw fail("POLICY_NOT_FOUND", `${policy.label} not found`);
      const base = existing?.value ?? (policy.tenantsInherit ? structuredClone(read(scope)) : defaults);
      const accepted = Object.fromEntries(Object.entries(body).filter(([key]) => known.has(key)));
      const merged = (policy.merge === "shallow" ? { ...structuredClone(base), ...structuredClone(accepted) } : deepMerge(base, accepted)) as JsonObject;
      const value = stamped(merged, existing?.value, scope);
      if (existing) existing.value = value;
      else ctx.store.state.policies.push({ kind: policy.kind, tenantId: scope, value });
      const status = policy.writeStatus?.[method] ?? (method === "POST" ? 201 : 200);
      return policy.emptyWriteBody ? { status } : { status, body: respond(value) };
    });
  }
}

/** Registers every singleton policy's routes. */
export function registerPolicyRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  for (const policy of POLICIES) registerPolicy(app, ctx, policy);
}
