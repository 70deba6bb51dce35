/**
 * The shape of the emulated environment: plain JSON, so it can be dumped (`GET /_emulator/state`) and
 * persisted (`--state FILE`) as is. Relations are stored once (a role lists its permission ids; a
 * permission's `roleIds` is derived on read) so the two sides can never disagree.
 */

/** Any JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/** A role, environment-wide (`tenantId: null`) or owned by one tenant. */
export interface Role {
  id: string;
  tenantId: string | null;
  key: string;
  name: string;
  description: string;
  isDefault: boolean;
  firstUserRole: boolean;
  level: number;
  /** Permission ids: the single source of role↔permission associations. */
  permissions: string[];
  createdAt: string;
  updatedAt: string;
}

/** A permission; `fePermission` marks Frontegg's built-ins. */
export interface Permission {
  id: string;
  key: string;
  name: string;
  description: string;
  categoryId: string | null;
  assignmentType?: string;
  fePermission: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A permission category; `feCategory` marks Frontegg's built-ins. */
export interface Category {
  id: string;
  name: string;
  description: string | null;
  feCategory: boolean;
  createdAt: string;
}

/** One singleton policy value in one scope. */
export interface PolicyRecord {
  /** Which policy (`mfa`, `lockout`, ...). */
  kind: string;
  /** `null` for the environment-wide one. */
  tenantId: string | null;
  /** The stored fields; `id`/`createdAt`/`updatedAt` included for policies that carry them. */
  value: JsonObject;
}

/** A configured email template (the raw values, before variable substitution). */
export interface EmailTemplate {
  id: string;
  type: string;
  senderEmail: string;
  fromName: string;
  subject: string;
  htmlTemplate: string;
  redirectURL: string;
  successRedirectUrl: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A domain claimed by an SSO configuration. */
export interface SsoDomain {
  id: string;
  domain: string;
  validated: boolean;
  txtRecord: string;
}

/** An identity-provider group mapped to roles on an SSO configuration. */
export interface SsoGroup {
  id: string;
  group: string;
  roleIds: string[];
}

/** A tenant's SSO configuration. */
export interface SsoConfiguration {
  id: string;
  tenantId: string;
  enabled: boolean;
  type: string;
  ssoEndpoint: string | null;
  publicCertificate: string | null;
  signRequest: boolean;
  acsUrl: string | null;
  spEntityId: string | null;
  oidcClientId: string | null;
  oidcSecret: string | null;
  /** Optional DTO fields, kept only when sent (configMetadata, overrideActiveTenant, ...). */
  extra: JsonObject;
  generatedVerification: string;
  domains: SsoDomain[];
  roleIds: string[];
  /** Group → roles mappings; they go with the configuration when it is deleted. */
  groups: SsoGroup[];
  createdAt: string;
  updatedAt: string;
}

/** A tenant (account). `fields` holds the optional CreateTenantRequest properties that were sent. */
export interface Tenant {
  id: string;
  tenantId: string;
  fields: JsonObject;
  /** Its metadata, answered as a JSON string (first notes); absent in state files written before it was kept. */
  metadata?: JsonObject;
  createdAt: string;
  updatedAt: string;
}

/** One allowed or blocked address or CIDR range, environment-wide (`tenantId: null`) or of one tenant. */
export interface IpRestriction {
  id: string;
  tenantId: string | null;
  /** As sent: the upsert key (see routes/restrictions.ts). */
  ip: string;
  strategy: string;
  description: string | null;
  isActive: boolean;
  createdAt: string;
  updatedAt: string;
}

/** One sign-up e-mail domain on the allow or block list (environment-wide: the routes take no tenant). */
export interface EmailDomainRestriction {
  id: string;
  domain: string;
  type: string;
}

/** An entitlements feature (environment-wide). `metadata` is stored as the object Frontegg answers. */
export interface Feature {
  id: string;
  key: string;
  name: string;
  description: string | null;
  /** Permission keys (v1 shape; v2 writes are stored by their keys). */
  permissions: string[];
  metadata: JsonObject;
  createdAt: string;
  updatedAt: string;
}

/** An entitlements plan; `featureIds` is the single source of plan↔feature links. */
export interface Plan {
  id: string;
  name: string;
  description: string | null;
  defaultTreatment: string | null;
  rules: JsonValue[];
  metadata: JsonObject;
  defaultTimeLimitation: number | null;
  assignOnSignup: boolean;
  featureIds: string[];
  createdAt: string;
  updatedAt: string;
}

/** A feature flag: one per feature. `metadata` stays the JSON string it was written as (spec: string both ways). */
export interface FeatureFlag {
  id: string;
  featureId: string;
  name: string;
  on: boolean;
  offTreatment: string;
  defaultTreatment: string;
  description: string | null;
  metadata: string | null;
  rules: JsonValue[];
  createdAt: string;
  updatedAt: string;
}

/**
 * A webhook (notes-more §6; no published spec). `_id` is Frontegg's spelling; `secret` is kept and answered as
 * sent (the list returns it, inferred from TF-PR#263).
 */
export interface Webhook {
  _id: string;
  displayName: string | null;
  description: string | null;
  url: string;
  secret: string | null;
  eventKeys: string[];
  isActive: boolean;
  type: string;
  vendorId: string;
  createdAt: string;
}

/** The social login of one provider type (notes-more §8; no published spec). Absent until first written. */
export interface SocialLogin {
  type: string;
  active: boolean;
  customised: boolean;
  clientId: string | null;
  secret: string | null;
  redirectUrl: string | null;
  additionalScopes: string[];
}

/** One tenant an application is assigned to (applications.json; notes-3 §8d). */
export interface ApplicationTenantAssignment {
  tenantId: string;
  accessType: string;
}

/**
 * An application (applications.json; notes-3 §8). `clientSecret` and `sharedSecret` are generated at create and
 * served only by the credentials route.
 */
export interface Application {
  id: string;
  name: string;
  appURL: string;
  loginURL: string;
  logoURL: string | null;
  description: string | null;
  accessType: string;
  type: string;
  frontendStack: string;
  isDefault: boolean;
  isActive: boolean;
  allowDcr: boolean;
  /** An arbitrary JSON object (spec: `metadata: object`). */
  metadata: JsonObject;
  /** Set only by an update (spec: UpdateApplicationRequest). */
  appHost?: string;
  /** The tenants assigned to it; absent in state files written before assignments existed. */
  assignments: ApplicationTenantAssignment[];
  clientSecret: string;
  sharedSecret: string;
  createdAt: string;
  updatedAt: string;
}

/** A URL the hosted login may redirect to (not in a published spec; notes-more §7). */
export interface RedirectUri {
  id: string;
  /** As sent. */
  redirectUri: string;
}

/** A JWT template (spec:identity.json `JwtTemplateResponseDto`). */
export interface JwtTemplate {
  id: string;
  vendorId: string;
  key: string;
  name: string;
  description: string | null;
  expiration: number;
  algorithm: string;
  templateSchema: { claims: JsonObject };
  createdAt: string;
  updatedAt: string;
}

/** A custom login domain (spec:vendors.json `/vendors/custom-domains/v2`; shape as TF decodes it, notes-3 §6b). */
export interface CustomDomain {
  id: string;
  domain: string;
  status: "Active" | "Pending" | "Inactive";
  records: Array<{ type: string; name: string; value: string }>;
}

/** An iOS or Android app-link association (spec:vendors.json; notes-3 §6c). */
export interface AssociatedDomain {
  id: string;
  platform: "ios" | "android";
  /** The request's fields as stored (`appId`, `appLinks`, `webCredentials` or `packageName`, `sha256CertFingerprints`). */
  fields: JsonObject;
}

/** A custom-code secret (notes-3 §2b; no published spec). `value` is kept but never answered. */
export interface CustomCodeSecret {
  id: string;
  key: string;
  value: string;
  createdAt: string;
}

/**
 * A prehook (notes-3 §2a; no published spec). A custom-code one has an `executorIdentifier` naming its code in
 * `customCodes`; an API one has `url` and `secret` (answered as sent: the list returns it, inferred).
 */
export interface Prehook {
  id: string;
  type: string;
  isActive: boolean;
  displayName: string;
  description: string | null;
  eventKeys: string[];
  failMethod: string;
  url: string | null;
  secret: string | null;
  timeout: number | null;
  runtime: string | null;
  executorIdentifier: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The code behind a custom-code executor, served by the custom-code service (notes-3 §2a). */
export interface CustomCode {
  id: string;
  content: string;
  runtime: string;
}

/** A user source (spec:identity.json; notes-3 §3). `configuration` is kept as sent, credentials included. */
export interface UserSource {
  id: string;
  name: string;
  /** The route it was created through: auth0, cognito, firebase, custom-code or federation. */
  type: string;
  description: string;
  appIds: string[];
  index: number;
  configuration: JsonObject;
}

/** The whole environment. */
export interface EmulatorState {
  version: 1;
  /** This environment's id, reported as `vendorId` on roles and tenants. */
  vendorId: string;
  roles: Role[];
  permissions: Permission[];
  categories: Category[];
  policies: PolicyRecord[];
  emailTemplates: EmailTemplate[];
  ssoConfigurations: SsoConfiguration[];
  tenants: Tenant[];
  ipRestrictions: IpRestriction[];
  emailDomainRestrictions: EmailDomainRestriction[];
  features: Feature[];
  plans: Plan[];
  featureFlags: FeatureFlag[];
  webhooks: Webhook[];
  socialLogins: SocialLogin[];
  applications: Application[];
  redirectUris: RedirectUri[];
  /** The vendor's `allowedOrigins`, as stored: each with a trailing `/` (notes-more §7). */
  allowedOrigins: string[];
  jwtTemplates: JwtTemplate[];
  customDomains: CustomDomain[];
  associatedDomains: AssociatedDomain[];
  /** `/metadata` entities by entityName (`adminBox`: the admin portal and login box; `saml`: the environment's SAML), each row whole. */
  metadata: Record<string, JsonObject>;
  customCodeSecrets: CustomCodeSecret[];
  prehooks: Prehook[];
  customCodes: CustomCode[];
  userSources: UserSource[];
}
