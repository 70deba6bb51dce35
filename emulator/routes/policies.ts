import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { fail } from "../errors";
import { deepMerge } from "../json";
import { defineRoute } from "../route";
import type { JsonObject, PolicyRecord } from "../state";
import { nowIso } from "./common";

/**
 * Singleton security policies: one generic route factory, declared per policy below. Each exists once per
 * environment and, when tenant-scoped, once per `frontegg-tenant-id`; a tenant inherits the environment's
 * value only where the notes say Frontegg does (sessions), elsewhere each scope reads what was written to it.
 *
 * Two shapes: "record" policies (mfa, lockout, password history, captcha) carry id/createdAt/updatedAt and
 * GET answers 404 until one is created; "settings" (password, sessions) always have a value, Frontegg's
 * default until written, and POST upserts.
 */

/** How a write method treats an existing / missing policy. */
type WriteMode = "create" | "update" | "upsert";
type WriteMethod = "POST" | "PUT" | "PATCH";

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
  const scopeOf = (tenantId: string | null): string | null => (policy.tenantScoped ? tenantId : null);
  const find = (scope: string | null): PolicyRecord | undefined =>
    ctx.store.state.policies.find((p) => p.kind === policy.kind && p.tenantId === scope);
  const read = (scope: string | null): JsonObject => {
    const existing = find(scope);
    if (existing) return existing.value;
    if (scope !== null && policy.tenantsInherit) return read(null);
    if (policy.shape === "settings") return defaults;
    throw fail("POLICY_NOT_FOUND", `${policy.label} not found`);
  };

  defineRoute(app, ctx, `GET ${policy.path}`, ({ tenantId }) => ({ status: 200, body: read(scopeOf(tenantId)) }));
  if (policy.vendorPath) defineRoute(app, ctx, `GET ${policy.vendorPath}`, () => ({ status: 200, body: read(null) }));

  for (const [method, mode] of Object.entries(policy.writes) as Array<[WriteMethod, WriteMode]>) {
    defineRoute<JsonObject>(app, ctx, `${method} ${policy.path}`, ({ body, tenantId }) => {
      const scope = scopeOf(tenantId);
      const existing = find(scope);
      if (existing && mode === "create") throw fail("POLICY_ALREADY_EXISTS", `${policy.label} already exists`);
      if (!existing && mode === "update") throw fail("POLICY_NOT_FOUND", `${policy.label} not found`);
      const now = nowIso();
      const base = existing?.value ?? (policy.tenantsInherit ? structuredClone(read(scope)) : defaults);
      const accepted = Object.fromEntries(Object.entries(body).filter(([key]) => known.has(key)));
      const value = deepMerge(base, accepted) as JsonObject;
      if (policy.shape === "record") {
        Object.assign(value, { id: existing?.value.id ?? randomUUID(), createdAt: existing?.value.createdAt ?? now, updatedAt: now });
      }
      if (existing) existing.value = value;
      else ctx.store.state.policies.push({ kind: policy.kind, tenantId: scope, value });
      const status = method === "POST" ? 201 : 200;
      return policy.emptyWriteBody ? { status } : { status, body: value };
    });
  }
}

/** Registers every singleton policy's routes. */
export function registerPolicyRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  for (const policy of POLICIES) registerPolicy(app, ctx, policy);
}
