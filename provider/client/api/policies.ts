/**
 * Singleton security policies under `/identity/resources/configurations/`: each exists once per environment,
 * or once per tenant when called with a tenant scope. One generic class serves them all; what differs between
 * policies (path, shape, which verbs Frontegg offers) is data.
 */
import { z } from "zod";
import { FronteggApiError } from "../errors";
import { MFA_ENFORCEMENT_TYPES } from "../generated/spec-enums";
import { HttpMethod, HttpTransport } from "../http";
import { optionalString, orAbsentWhenNotFound, TenantScope, timestamp } from "./common";

const CONFIGURATIONS = "/identity/resources/configurations/v1";

/** What a singleton policy route offers. */
interface PolicyRoutes {
  readonly path: string;
  /** Verb that changes an existing policy (PATCH for most, PUT for captcha). */
  readonly updateMethod: HttpMethod;
  /** Whether a `frontegg-tenant-id` scope is accepted. */
  readonly tenantScoped: boolean;
  /** Verb of Frontegg's create-or-replace route, where it has one (PUT for MFA). */
  readonly upsertMethod?: HttpMethod;
}

/** Create, read and update of one singleton policy. */
export class SingletonPolicyApi<Policy, Write> {
  constructor(
    private readonly http: HttpTransport,
    private readonly routes: PolicyRoutes,
    private readonly schema: z.ZodType<Policy>,
  ) {}

  /** The policy, or `undefined` when none is defined in the scope (Frontegg answers 404). */
  get(scope: TenantScope = {}): Promise<Policy | undefined> {
    return orAbsentWhenNotFound(() =>
      this.http.send({ method: "GET", path: this.routes.path, tenantId: this.tenantOf(scope), response: this.schema, emptyBodyAllowed: true }),
    );
  }

  /** Creates the policy; Frontegg answers 409 when one already exists in the scope. */
  create(policy: Write, scope: TenantScope = {}): Promise<Policy> {
    return this.http.send({ method: "POST", path: this.routes.path, body: policy, tenantId: this.tenantOf(scope), response: this.schema });
  }

  /** Updates the existing policy; Frontegg answers 404 when there is none. */
  update(policy: Write, scope: TenantScope = {}): Promise<Policy> {
    return this.http.send({
      method: this.routes.updateMethod,
      path: this.routes.path,
      body: policy,
      tenantId: this.tenantOf(scope),
      response: this.schema,
    });
  }

  /**
   * Creates the policy or replaces the existing one: through Frontegg's upsert route where it has one, else by
   * a create that falls back to an update when Frontegg answers 409 (the policy already exists).
   */
  async save(policy: Write, scope: TenantScope = {}): Promise<Policy> {
    if (this.routes.upsertMethod) {
      return this.http.send({ method: this.routes.upsertMethod, path: this.routes.path, body: policy, tenantId: this.tenantOf(scope), response: this.schema });
    }
    try {
      // Resending this create is harmless: if the first one landed, the second gets 409 and becomes an update.
      return await this.http.send({
        method: "POST",
        path: this.routes.path,
        body: policy,
        tenantId: this.tenantOf(scope),
        response: this.schema,
        idempotent: true,
      });
    } catch (error) {
      if (error instanceof FronteggApiError && error.isConflict) return this.update(policy, scope);
      throw error;
    }
  }

  private tenantOf(scope: TenantScope): string | undefined {
    if (scope.tenantId !== undefined && !this.routes.tenantScoped) {
      throw new TypeError(`${this.routes.path} is environment-wide in Frontegg and cannot be scoped to a tenant`);
    }
    return scope.tenantId;
  }
}

/** The MFA policy as Frontegg returns it. */
export const MfaPolicySchema = z.object({
  id: z.string(),
  enforceMFAType: z.enum(MFA_ENFORCEMENT_TYPES).optional(),
  allowRememberMyDevice: z.boolean(),
  /** Seconds a remembered device skips MFA. */
  mfaDeviceExpiration: z.number(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
/** The MFA policy as Frontegg returns it. */
export type MfaPolicy = z.output<typeof MfaPolicySchema>;
/** Body of an MFA policy write; Frontegg fills in omitted fields with its defaults. */
export interface MfaPolicyRequest {
  readonly enforceMFAType?: (typeof MFA_ENFORCEMENT_TYPES)[number];
  readonly allowRememberMyDevice?: boolean;
  readonly mfaDeviceExpiration?: number;
}

/** The lockout policy as Frontegg returns it. */
export const LockoutPolicySchema = z.object({
  id: z.string(),
  enabled: z.boolean(),
  /** Failed logins before the user is locked out. */
  maxAttempts: z.number(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
/** The lockout policy as Frontegg returns it. */
export type LockoutPolicy = z.output<typeof LockoutPolicySchema>;
/** Body of a lockout policy write: both fields are required by Frontegg. */
export type LockoutPolicyRequest = Pick<LockoutPolicy, "enabled" | "maxAttempts">;

/** The password history policy as Frontegg returns it. */
export const PasswordHistoryPolicySchema = z.object({
  id: z.string(),
  enabled: z.boolean(),
  /** Passwords remembered per user, 1–10. */
  historySize: z.number(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
/** The password history policy as Frontegg returns it. */
export type PasswordHistoryPolicy = z.output<typeof PasswordHistoryPolicySchema>;
/** Body of a password history policy write. */
export type PasswordHistoryPolicyRequest = Pick<PasswordHistoryPolicy, "enabled" | "historySize">;

/** The captcha policy as Frontegg returns it; `secretKey` is a secret. */
export const CaptchaPolicySchema = z.object({
  id: z.string(),
  enabled: z.boolean(),
  siteKey: z.string(),
  secretKey: z.string(),
  minScore: z.number(),
  ignoredEmails: z.array(z.string()).default([]),
  createdAt: timestamp,
  updatedAt: timestamp,
});
/** The captcha policy as Frontegg returns it. */
export type CaptchaPolicy = z.output<typeof CaptchaPolicySchema>;
/** Body of a captcha policy write. */
export interface CaptchaPolicyRequest {
  readonly enabled: boolean;
  readonly siteKey: string;
  readonly secretKey: string;
  /** 0–1. */
  readonly minScore: number;
  readonly ignoredEmails?: readonly string[];
}

/** The password complexity policy as Frontegg returns it. */
export const PasswordPolicySchema = z.object({
  allowPassphrases: z.boolean().optional(),
  maxLength: z.number().optional(),
  minLength: z.number().optional(),
  minPhraseLength: z.number().optional(),
  minOptionalTestsToPass: z.number().optional(),
  blockPwnedPasswords: z.boolean(),
  optionalTests: z.record(z.string(), z.unknown()).optional(),
  requiredTests: z.record(z.string(), z.unknown()).optional(),
});
/** The password complexity policy as Frontegg returns it. */
export type PasswordPolicy = z.output<typeof PasswordPolicySchema>;
/** Body of a password policy write (an upsert). */
export type PasswordPolicyRequest = Partial<PasswordPolicy>;

/** Password complexity calls: Frontegg's POST adds or updates. */
export class PasswordPolicyApi {
  constructor(private readonly http: HttpTransport) {}

  /** The policy in the scope (Frontegg answers with its defaults when none was set). */
  get(scope: TenantScope = {}): Promise<PasswordPolicy> {
    return this.http.send({ method: "GET", path: `${CONFIGURATIONS}/password`, tenantId: scope.tenantId, response: PasswordPolicySchema });
  }

  /** Creates or updates the policy: Frontegg merges the top-level fields sent, and replaces a test object sent whole. */
  save(policy: PasswordPolicyRequest, scope: TenantScope = {}): Promise<PasswordPolicy> {
    return this.http.send({
      method: "POST",
      path: `${CONFIGURATIONS}/password`,
      body: policy,
      tenantId: scope.tenantId,
      response: PasswordPolicySchema,
      idempotent: true,
    });
  }
}

/** The password expiration ("rotation") configuration as Frontegg returns it; periods are in minutes. */
export const PasswordRotationSchema = z.object({
  isActive: z.boolean(),
  rotationPeriod: z.number(),
  notificationPeriod: z.number(),
});
/** The password expiration configuration as Frontegg returns it. */
export type PasswordRotation = z.output<typeof PasswordRotationSchema>;
/** Body of a password expiration write: every field optional (`CreateOrUpdatePasswordRotationDto`). */
export type PasswordRotationRequest = Partial<PasswordRotation>;

/**
 * Password expiration calls. No route declares a tenant header, so this is the environment's configuration only
 * (notes-more §2: the descriptions mention tenants, but how one is chosen is undocumented).
 */
export class PasswordRotationApi {
  constructor(private readonly http: HttpTransport) {}

  /** The environment's configuration, or `undefined` before the first write (Frontegg then applies its default). */
  get(): Promise<PasswordRotation | undefined> {
    return orAbsentWhenNotFound(() => this.http.send({ method: "GET", path: `${CONFIGURATIONS}/password-rotation/vendor`, response: PasswordRotationSchema }));
  }

  /** Creates or updates the configuration; Frontegg answers without a body, so the result is read back. */
  async save(configuration: PasswordRotationRequest): Promise<PasswordRotation> {
    await this.http.send({ method: "POST", path: `${CONFIGURATIONS}/password-rotation`, body: configuration, idempotent: true });
    const saved = await this.get();
    if (!saved) throw new TypeError("Frontegg accepted the password expiration configuration but does not return it");
    return saved;
  }
}

const TimeoutSetting = z.object({ isActive: z.boolean(), timeout: z.number() });
const ConcurrencySetting = z.object({ isActive: z.boolean(), maxSessions: z.number() });

/** Session configuration as Frontegg returns it. */
export const SessionConfigurationSchema = z.object({
  id: optionalString,
  sessionIdleTimeoutConfiguration: TimeoutSetting.optional(),
  sessionTimeoutConfiguration: TimeoutSetting.optional(),
  sessionConcurrentConfiguration: ConcurrencySetting.optional(),
});
/** Session configuration as Frontegg returns it. */
export type SessionConfiguration = z.output<typeof SessionConfigurationSchema>;
/** Body of a session configuration write (an upsert). */
export type SessionConfigurationRequest = Omit<SessionConfiguration, "id">;

const SESSIONS = "/identity/resources/configurations/sessions/v1";

/**
 * Session configuration calls. The routes are asymmetric (notes-more §3, TF-PR#243 verified live): the
 * environment's configuration is read from `/vendor` but written to the base path (a POST to `/vendor` is 404),
 * and a tenant's is read and written on the base path with its tenant header. The write adds or updates and
 * answers 201 with an empty body, so it is never parsed: {@link save} reads the result back.
 */
export class SessionConfigurationApi {
  constructor(private readonly http: HttpTransport) {}

  /**
   * The configuration in force in the scope: the environment's, or a tenant's (which is the environment's until
   * the tenant has one of its own). `undefined` when Frontegg answers with an empty body.
   */
  get(scope: TenantScope = {}): Promise<SessionConfiguration | undefined> {
    const path = scope.tenantId === undefined ? `${SESSIONS}/vendor` : SESSIONS;
    return this.http.send({ method: "GET", path, tenantId: scope.tenantId, response: SessionConfigurationSchema, emptyBodyAllowed: true });
  }

  /** Creates or updates the configuration; the objects left out of `configuration` are not sent. */
  upsert(configuration: SessionConfigurationRequest, scope: TenantScope = {}): Promise<void> {
    return this.http.send({ method: "POST", path: SESSIONS, body: configuration, tenantId: scope.tenantId, idempotent: true });
  }

  /** Writes the configuration and reads it back. */
  async save(configuration: SessionConfigurationRequest, scope: TenantScope = {}): Promise<SessionConfiguration> {
    await this.upsert(configuration, scope);
    return (await this.get(scope)) ?? { id: undefined };
  }
}

/** Every singleton policy, grouped. */
export class PoliciesApi {
  readonly mfa: SingletonPolicyApi<MfaPolicy, MfaPolicyRequest>;
  readonly lockout: SingletonPolicyApi<LockoutPolicy, LockoutPolicyRequest>;
  readonly passwordHistory: SingletonPolicyApi<PasswordHistoryPolicy, PasswordHistoryPolicyRequest>;
  readonly captcha: SingletonPolicyApi<CaptchaPolicy, CaptchaPolicyRequest>;
  readonly password: PasswordPolicyApi;
  readonly passwordRotation: PasswordRotationApi;
  readonly sessions: SessionConfigurationApi;

  constructor(http: HttpTransport) {
    this.mfa = new SingletonPolicyApi(
      http,
      { path: `${CONFIGURATIONS}/mfa-policy`, updateMethod: "PATCH", upsertMethod: "PUT", tenantScoped: true },
      MfaPolicySchema,
    );
    this.lockout = new SingletonPolicyApi(http, { path: `${CONFIGURATIONS}/lockout-policy`, updateMethod: "PATCH", tenantScoped: true }, LockoutPolicySchema);
    this.passwordHistory = new SingletonPolicyApi(
      http,
      { path: `${CONFIGURATIONS}/password-history-policy`, updateMethod: "PATCH", tenantScoped: true },
      PasswordHistoryPolicySchema,
    );
    this.captcha = new SingletonPolicyApi(http, { path: `${CONFIGURATIONS}/captcha-policy`, updateMethod: "PUT", tenantScoped: false }, CaptchaPolicySchema);
    this.password = new PasswordPolicyApi(http);
    this.passwordRotation = new PasswordRotationApi(http);
    this.sessions = new SessionConfigurationApi(http);
  }
}
