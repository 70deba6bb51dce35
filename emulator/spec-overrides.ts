import type { JsonObject } from "./state";

/**
 * The few places where Frontegg's published spec is demonstrably wrong or incomplete against what Frontegg
 * does (see shared/frontegg-api-notes.md), corrected here in one list instead of in handlers. Each entry is
 * deep-merged into the loaded spec (objects merge, arrays and scalars replace) before validators are built.
 * Adding an entry needs a reason a reviewer can check.
 */

/** Where an override applies: a component schema, or one parameter of one operation. */
export type OverrideTarget =
  | { readonly service: string; readonly schema: string }
  | { readonly service: string; readonly operation: string; readonly parameter: string };

/** One correction. */
export interface SpecOverride {
  readonly target: OverrideTarget;
  /** Deep-merged into the target (for a parameter: into the parameter object). */
  readonly merge: JsonObject;
  /** Why the published spec is wrong here. */
  readonly reason: string;
}

/** All corrections, applied in order. */
export const SPEC_OVERRIDES: readonly SpecOverride[] = [
  {
    target: { service: "tenants", schema: "AddTenantMetadataRequest" },
    merge: { properties: { metadata: { oneOf: [{ type: "object" }, { type: "string" }] } } },
    reason:
      "The schema allows only an object, yet the route's own 400 says metadata may be \"a JSON, or JSON-string\" " +
      "(notes-3 §9), as tenants answer it: a string that does not hold an object is the handler's 400.",
  },
  {
    target: { service: "identity", schema: "FederationUserSourceConfig" },
    merge: { properties: { usePkce: { type: "boolean" } }, required: ["syncOnLogin", "clientId", "tenantConfig"] },
    reason:
      "Frontegg's Terraform provider sends `usePkce` and omits `secret` under PKCE, verified against staging (TF#253, " +
      "notes-3 §3); the spec lacks the field and still requires `secret`.",
  },
  {
    target: { service: "identity", schema: "Oauth2UserSourceConfig" },
    merge: { properties: { codeChallengeMethods: { type: "array", items: { type: "string" } } } },
    reason: "Frontegg's Terraform provider sends `oauth2Config.codeChallengeMethods`, verified against staging (TF#253, notes-3 §3).",
  },
  {
    target: { service: "sso", schema: "CreateSSOConfigurationRequestDto" },
    merge: { required: [] },
    reason:
      "The DTO marks all 14 fields required, yet it is also the PATCH body and Frontegg's own clients " +
      "(Terraform provider: omitempty on most fields) send partial bodies on create and update.",
  },
  {
    target: { service: "sso", schema: "CreateSSOConfigurationRequestDto" },
    merge: { properties: { type: { enum: ["saml", "oidc"] } } },
    reason: "The spec types `type` as any string; the notes and Frontegg's clients only know saml and oidc.",
  },
  {
    target: { service: "sso", schema: "CreateSSOConfigurationRequestDto" },
    merge: { properties: { skipEmailDomainValidation: { type: "boolean" } } },
    reason:
      "The DTO lacks skipEmailDomainValidation, which Frontegg's Terraform provider sends on create and update and " +
      "reads back from the v1 list (resource_frontegg_tenant_sso_config.go).",
  },
  {
    target: { service: "sso", schema: "CreateSSODomainRequestDto" },
    merge: {
      properties: { domain: { type: "string", minLength: 1, format: "hostname" } },
      required: ["domain"],
    },
    reason: "The domain DTO lists no properties, but the endpoint takes `{ domain }` (notes, Terraform provider).",
  },
  {
    target: { service: "identity", schema: "MailgunDto" },
    merge: { properties: { region: { type: "string", enum: ["us", "eu"] } } },
    reason:
      "The spec renders Mailgun's region as a number whose enum is one object ({US: 'us', EU: 'eu'}), which no value " +
      "can match; Frontegg's Terraform provider sends the strings us and eu (frontegg-api-notes-3.md §4).",
  },
  {
    target: { service: "identity", schema: "RoleResponse" },
    merge: { properties: { tenantId: { nullable: true } } },
    reason: "Environment-wide roles belong to no tenant; a required non-null string would force inventing one.",
  },
  {
    target: { service: "identity", schema: "PermissionResponse" },
    merge: { properties: { categoryId: { nullable: true } } },
    reason: "categoryId is optional on create, so a permission created without one has no category.",
  },
  {
    target: { service: "identity", schema: "ClassifyPermissionsDto" },
    merge: { properties: { permissionIds: { minItems: 1 } } },
    reason:
      "Classification answers one PermissionResponse for a list of ids; with no id there is nothing to answer " +
      "with, so an empty list is rejected instead of inventing a body.",
  },
  {
    target: { service: "identity", schema: "GetTemplateResponseDto" },
    merge: { properties: { type: { type: "string" } } },
    reason: "`type` is typed `object` in the response, but it is the template type string sent on write.",
  },
  {
    target: { service: "identity", schema: "CreateTemplateDto" },
    merge: {
      properties: { senderEmail: { maxLength: 512 }, subject: { maxLength: 512 }, fromName: { maxLength: 512 } },
    },
    reason: "The spec states '<field> cannot exceed 512 characters' in prose only; make it a constraint.",
  },
  {
    target: { service: "identity", schema: "CaptchaPolicyRequest" },
    merge: { properties: { siteKey: { minLength: 1 }, secretKey: { minLength: 1 }, minScore: { minimum: 0, maximum: 1 } } },
    reason:
      "The operations' prose says the keys come from reCAPTCHA and the minimum score is 'a value between 0 and 1'. " +
      "Frontegg checks the keys with Google on every write (notes-more §4), which an offline emulator cannot: it " +
      "refuses only empty keys.",
  },
  {
    target: { service: "tenants", schema: "UpdateTenantRequest" },
    merge: { allOf: [{ $ref: "#/components/schemas/CreateTenantRequest" }], minProperties: 1 },
    reason:
      "The update DTO lists no properties, while the operation documents a 400 'when body doesn't contain any " +
      "property to change'; it takes the create DTO's fields.",
  },
  {
    target: { service: "identity", schema: "DomainRestrictionsCreateRequest" },
    merge: {
      properties: {
        domain: { pattern: "^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$" },
      },
    },
    reason:
      "The published `pattern` is the literal placeholder `domainRegex` (notes-more §12: no real regex is " +
      "published); applied as written it would refuse every real domain. The emulator checks for a DNS name of " +
      "two or more labels instead: its own reading, not Frontegg's.",
  },
  {
    target: { service: "tenants", operation: "GET /resources/tenants/v2", parameter: "_limit" },
    merge: { schema: { minimum: 1, maximum: 200 } },
    reason: "The parameter's description says 'the maximum is 200'; the schema says only `number`.",
  },
  {
    target: { service: "tenants", operation: "GET /resources/tenants/v2", parameter: "_offset" },
    merge: { schema: { minimum: 0 } },
    reason: "`_offset` is a 0-based page number (notes); a negative page cannot exist.",
  },
  {
    target: { service: "entitlements", schema: "PlanDto" },
    merge: {
      properties: {
        // allOf replaces the spec's single-object allOf (arrays replace in the merge).
        features: { type: "array", allOf: [{ type: "array" }], items: { $ref: "#/components/schemas/PlanFeatureDto" } },
        entitlements: { type: "array", allOf: [{ type: "array" }], items: { $ref: "#/components/schemas/EntitlementDto" } },
      },
    },
    reason:
      "PlanDto types `features` and `entitlements` as one object (allOf), while describing each as a \"List of ...\" " +
      "linked to the plan; notes-more §11 reads them as arrays (presumably). Unverified.",
  },
  {
    target: { service: "vendors", schema: "UpdateVendorDto" },
    merge: { properties: { backendStack: { type: "string" }, frontendStack: { type: "string" } } },
    reason:
      "The update DTO types backendStack and frontendStack as objects, yet the vendor answers them as strings and " +
      "Frontegg's Terraform provider sends strings (`Node`, `React`) to the live API (notes-3 §6a).",
  },
  {
    target: { service: "vendors", schema: "CreateCustomDomain" },
    merge: { properties: { customDomain: { pattern: "^(?=.{1,253}$)(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))+$" } } },
    reason: "The published pattern is the literal placeholder `domainRegexp`, which no domain matches (notes-3 §6b): a DNS name is meant.",
  },
];

/**
 * Length limits of request strings the published spec leaves unbounded, applied to every string property (and
 * every string in an array) of every request body the emulator serves, unless the spec or an override above
 * already bounds it or it is an enum. Lookup is by property name, so a new route gets limits with no new entry.
 */
export interface LengthLimits {
  /** Characters allowed in any property not listed in `byProperty`: keys, names, ids, emails, codes. */
  readonly default: number;
  /** Properties that hold longer text: URLs, descriptions, secrets, and whole documents. */
  readonly byProperty: Readonly<Record<string, number>>;
  /** Why these numbers. */
  readonly reason: string;
}

/** The one place where the emulator's undocumented length limits are chosen. */
export const LENGTH_LIMITS: LengthLimits = {
  default: 255,
  byProperty: {
    description: 4095,
    address: 4095,
    acsUrl: 4095,
    applicationUrl: 4095,
    logoUrl: 4095,
    redirectURL: 4095,
    spEntityId: 4095,
    ssoEndpoint: 4095,
    successRedirectUrl: 4095,
    website: 4095,
    idpClientSecret: 4095,
    oidcSecret: 4095,
    secret: 4095,
    secretKey: 4095,
    logo: 1_000_000,
    metadata: 1_000_000,
    publicCertificate: 1_000_000,
  },
  reason:
    "Frontegg rejects overlong values but its spec bounds only a few strings (identity.json: htmlTemplate " +
    "1,000,000; username 255; profilePictureUrl 4095; email template fields 512 in prose). The same bounds are " +
    "reused for their kind, so nothing Frontegg documents as valid is refused: 255 for keys, names and ids " +
    "(the spec's username limit), 4095 for URLs, free text and secrets (its URL limit), 1,000,000 for whole " +
    "documents such as a certificate, IdP metadata XML or a base64 logo (its htmlTemplate limit). Without them the emulator " +
    "stored a 1.4 MB role name.",
};
