/**
 * The environment's SSO settings under `/team/resources/sso/v1/configurations/` (spec:sso.json, notes-3 §5a/§5b):
 * the domain policy and multiple SSO connections per domain. Each is a singleton written whole by PUT (every field
 * required, 201 with no body) and read by GET, whose answer the spec leaves without a schema. No tenant header:
 * the spec declares none and TF sends none, so both are taken to be environment-wide (inferred).
 */
import { z } from "zod";
import { HttpTransport } from "../http";
import { orAbsentWhenNotFound } from "./common";

const CONFIGURATIONS = "/team/resources/sso/v1/configurations";

/** The SSO domain policy (`CreateSSODomainConfigurationRequest`; the GET's fields as TF decodes them). */
export const SsoDomainPolicySchema = z.object({
  allowVerifiedUsersToAddDomains: z.boolean(),
  skipDomainVerification: z.boolean(),
  bypassDomainCrossValidation: z.boolean(),
});
/** The environment's SSO domain policy. */
export type SsoDomainPolicy = z.output<typeof SsoDomainPolicySchema>;

/**
 * The strategies TF documents for `unspecifiedTenantStrategy` (the spec gives the field no enum, notes-3 §5b):
 * what a sign-in on a domain with several connections does when no tenant is named.
 */
export const SSO_UNSPECIFIED_TENANT_STRATEGIES = ["BLOCK", "FIRST_CREATED"] as const;

/** Multiple SSO connections per domain (`CreateSSOPerTenantConfigRequest`). */
export const SsoMultiTenantPolicySchema = z.object({
  active: z.boolean(),
  unspecifiedTenantStrategy: z.string(),
  useActiveTenant: z.boolean(),
});
/** The environment's multiple-SSO-per-domain setting. */
export type SsoMultiTenantPolicy = z.output<typeof SsoMultiTenantPolicySchema>;

/** Read and whole write of one SSO setting. */
export class SsoSettingApi<Setting extends object> {
  constructor(
    private readonly http: HttpTransport,
    private readonly path: string,
    private readonly schema: z.ZodType<Setting>,
  ) {}

  /** The setting; undefined when the environment has never set it (404, or an empty answer: TF reads both as unset). */
  get(): Promise<Setting | undefined> {
    return orAbsentWhenNotFound(() => this.http.send({ method: "GET", path: this.path, response: this.schema, emptyBodyAllowed: true }));
  }

  /** Writes the whole setting (PUT upserts and answers 201 with no body), then reads it back. */
  async save(setting: Setting): Promise<Setting> {
    await this.http.send({ method: "PUT", path: this.path, body: setting });
    const saved = await this.get();
    if (saved === undefined) throw new Error(`Frontegg accepted the write of ${this.path} but does not return it`);
    return saved;
  }
}

/** The environment's SSO settings. */
export class SsoSettingsApi {
  /** Who may add SSO domains, and how domains are verified. */
  readonly domainPolicy: SsoSettingApi<SsoDomainPolicy>;
  /** Several SSO connections per e-mail domain. */
  readonly multiTenantPolicy: SsoSettingApi<SsoMultiTenantPolicy>;

  constructor(http: HttpTransport) {
    this.domainPolicy = new SsoSettingApi(http, `${CONFIGURATIONS}/domains`, SsoDomainPolicySchema);
    this.multiTenantPolicy = new SsoSettingApi(http, `${CONFIGURATIONS}/multiple-sso-per-domain`, SsoMultiTenantPolicySchema);
  }
}
