/**
 * The emulator's one error catalogue. Every error it answers comes from here, with a stable `errorCode`.
 * Only `ER-00004` (unknown route) is a code Frontegg is known to send; the others are the emulator's own,
 * grouped by area (00xxx transport and auth, 01xxx roles and permissions, 02xxx policies, 03xxx email
 * templates, 04xxx SSO, 05xxx tenants, 06xxx IP and e-mail domain restrictions, 07xxx entitlements, 08xxx applications, 09xxx hosted login, 10xxx webhooks and social logins, 11xxx JWT templates, 12xxx e-mail provider, 13xxx the vendor's domains, 14xxx prehooks and custom code, 15xxx user sources), so a client must branch on HTTP status, never on these codes.
 */

/** One catalogue entry. */
export interface ErrorDefinition {
  /** HTTP status answered (injected failures may override it). */
  readonly status: number;
  /** Stable `errorCode` in the body. */
  readonly code: string;
  /** The message used when the thrower gives none. */
  readonly message: string;
  /** Whether the body also carries `message` (Frontegg sends it on some errors, so clients must accept both). */
  readonly withMessage: boolean;
  /** When the emulator answers this error. */
  readonly doc: string;
}

const entry = (status: number, code: string, message: string, doc: string, withMessage = false): ErrorDefinition => ({
  status,
  code,
  message,
  withMessage,
  doc,
});

/** The catalogue: name → definition. */
export const ERRORS = {
  INTERNAL: entry(500, "ER-00001", "Internal server error", "An unexpected failure inside the emulator."),
  VALIDATION: entry(400, "ER-00002", "Validation failed", "The body, path, query or headers do not match the spec."),
  MALFORMED_JSON: entry(400, "ER-00003", "Body is not valid JSON", "A JSON content type with an unparsable body."),
  ROUTE_NOT_FOUND: entry(404, "ER-00004", "Route not found", "No such route (Frontegg's own code).", true),
  UNAUTHORIZED: entry(401, "ER-00005", "Unauthorized", "Token missing, unknown, expired or revoked.", true),
  INVALID_CREDENTIALS: entry(401, "ER-00006", "Invalid authentication", "Wrong clientId or secret on /auth/vendor.", true),
  PAYLOAD_TOO_LARGE: entry(413, "ER-00007", "Request body is too large", "Body over the emulator's body limit."),
  UNSUPPORTED_MEDIA_TYPE: entry(415, "ER-00008", "Unsupported content type", "A body that is not JSON."),
  BAD_REQUEST: entry(400, "ER-00009", "Bad request", "Another malformed request (bad Content-Length, bad URL)."),
  RATE_LIMITED: entry(429, "ER-00010", "Too many requests", "An injected 429 fault.", true),
  INJECTED_FAILURE: entry(500, "ER-00011", "Service unavailable", "An injected 5xx fault (status from the fault)."),
  ROLE_NOT_FOUND: entry(404, "ER-01001", "Role not found", "No role with that id in the caller's scope."),
  ROLE_ALREADY_EXISTS: entry(409, "ER-01002", "Roles already exists", "A role key already used in the scope."),
  PERMISSION_NOT_FOUND: entry(404, "ER-01003", "Permission not found", "No permission with that id."),
  PERMISSION_ALREADY_EXISTS: entry(409, "ER-01004", "Permission already exists", "A permission key already used."),
  CATEGORY_NOT_FOUND: entry(404, "ER-01005", "Category not found", "No permission category with that id."),
  CATEGORY_ALREADY_EXISTS: entry(409, "ER-01006", "Category already exists", "A category name or id already used."),
  UNKNOWN_REFERENCE: entry(400, "ER-01007", "Referenced object not found", "A body names ids that do not exist."),
  BUILTIN_IMMUTABLE: entry(403, "ER-01008", "Frontegg built-ins cannot be changed", "PATCH/DELETE of an fe* object."),
  POLICY_NOT_FOUND: entry(404, "ER-02001", "Policy not found", "Singleton policy not configured in the scope."),
  POLICY_ALREADY_EXISTS: entry(409, "ER-02002", "Policy already exists", "POST of a singleton that already exists."),
  TEMPLATE_NOT_FOUND: entry(404, "ER-03001", "Template not found", "No configured email template with that id."),
  SSO_CONFIG_NOT_FOUND: entry(404, "ER-04001", "SSO configuration not found", "Not in the caller's tenant."),
  SSO_DOMAIN_NOT_FOUND: entry(404, "ER-04002", "SSO domain not found", "No such domain on the configuration."),
  SSO_DOMAIN_ALREADY_EXISTS: entry(409, "ER-04003", "Domain already exists", "Domain claimed by another configuration."),
  SSO_GROUP_NOT_FOUND: entry(404, "ER-04004", "SSO group not found", "No such group mapping on the configuration."),
  SSO_GROUP_ALREADY_EXISTS: entry(409, "ER-04005", "SSO group already exists", "The group is already mapped on the configuration."),
  SSO_METADATA_INVALID: entry(400, "ER-04006", "Invalid SAML metadata", "Metadata XML without an IdP sign-in URL or certificate."),
  TENANT_NOT_FOUND: entry(404, "ER-05001", "Tenant not found", "No tenant with that tenantId."),
  TENANT_ALREADY_EXISTS: entry(409, "ER-05002", "Tenant already exists", "POST with a tenantId already in use."),
  IP_RESTRICTION_NOT_FOUND: entry(404, "ER-06001", "IP restriction not found", "No IP restriction with that id in the caller's scope."),
  IP_RESTRICTION_CONFIG_NOT_FOUND: entry(404, "ER-06002", "IP restriction configuration not found", "GET before the scope's first config write."),
  EMAIL_DOMAIN_RESTRICTION_NOT_FOUND: entry(404, "ER-06003", "Domain restriction not found", "No e-mail domain restriction with that id."),
  EMAIL_DOMAIN_RESTRICTION_ALREADY_EXISTS: entry(409, "ER-06004", "Domain restriction already exists", "POST of a domain already restricted."),
  PAGE_LIMIT_TOO_LARGE: entry(400, "ER-07001", "limit must not be greater than 10", "An entitlements list asked for more than 10 items per page.", true),
  FEATURE_NOT_FOUND: entry(404, "ER-07002", "Feature not found", "No feature with that id.", true),
  FEATURE_ALREADY_EXISTS: entry(409, "ER-07003", "Feature already exists", "POST or PATCH of a feature key already in use.", true),
  PLAN_NOT_FOUND: entry(404, "ER-07004", "Plan not found", "No plan with that id.", true),
  FEATURE_BUNDLE_NOT_FOUND: entry(404, "ER-07005", "Feature Bundle not found", "Unlink of features not linked to the plan.", true),
  FEATURE_FLAG_NOT_FOUND: entry(404, "ER-07006", "Feature flag not found", "No feature flag with that id.", true),
  FEATURE_FLAG_ALREADY_EXISTS: entry(409, "ER-07007", "Feature flag already exists", "POST of a second flag for one feature.", true),
  TENANT_NOT_SPECIFIED: entry(403, "ER-10001", "Tenant ID is not specified", "A webhook route called without frontegg-tenant-id (notes-more §6)."),
  WEBHOOK_NOT_FOUND: entry(404, "ER-10002", "Webhook not found", "No webhook with that _id in the caller's scope."),
  SOCIAL_LOGIN_NOT_FOUND: entry(404, "ER-10003", "Social login not found", "A provider type never configured (GET, activate, deactivate)."),
  APPLICATION_NOT_FOUND: entry(404, "ER-08001", "Application not found", "No application with that id."),
  APPLICATION_TENANT_NOT_ASSIGNED: entry(404, "ER-08002", "This account/tenant is not assigned to the requested application", "No assignment of that tenant to the application (wording: TF-PR#263, notes-3 §8d)."),
  REDIRECT_URI_NOT_FOUND: entry(404, "ER-09001", "Redirect uri not found", "No redirect URI with that id (unverified text)."),
  REDIRECT_URI_ALREADY_EXISTS: entry(409, "ER-09002", "Redirect uri already exists", "POST of a URI already listed (unverified)."),
  JWT_TEMPLATE_NOT_FOUND: entry(404, "ER-11001", "Jwt template not found", "No JWT template with that id."),
  JWT_TEMPLATE_ALREADY_EXISTS: entry(409, "ER-11002", "Jwt template already exists", "POST or PUT of a key another template has (unverified text)."),
  JWT_CLAIMS_RESERVED: entry(400, "ER-11003", "Claims reserved for internal use are not allowed", "A template with a type or tenantId claim (notes-3 §1a, TF#238)."),
  JWT_CLAIMS_INVALID: entry(400, "ER-11004", "Invalid jwt template claims", "A template without iss, sub, aud, exp or iat, or with another aud (TF#238; unverified text)."),
  JWT_TARGETING_NOT_FOUND: entry(404, "ER-11005", "Jwt template targeting not found", "GET before the first write, or PATCH/DELETE of another id (unverified)."),
  JWT_TARGETING_ALREADY_EXISTS: entry(409, "ER-11006", "Jwt template targeting already exists", "POST where the environment has one (TF relies on it)."),
  MAIL_CONFIG_NOT_FOUND: entry(404, "ER-12001", "Mail configuration not found", "GET or DELETE where the environment has no e-mail provider (TF#213)."),
  CUSTOM_DOMAIN_NOT_FOUND: entry(404, "ER-13001", "Custom domain not found", "No custom domain with that id (unverified text)."),
  CUSTOM_DOMAIN_ALREADY_EXISTS: entry(409, "ER-13002", "Custom domain already exists", "Verify of a domain already listed (unverified)."),
  ASSOCIATED_DOMAIN_NOT_FOUND: entry(404, "ER-13003", "Associated domain not found", "No app-link association with that id on the platform (unverified text)."),
  PREHOOK_NOT_FOUND: entry(404, "ER-14001", "Prehook not found", "No prehook with that id (unverified text)."),
  PREHOOK_EVENT_TAKEN: entry(409, "ER-14002", "A prehook already exists for this event", "A prehook for an event another prehook has (one per event, notes-3 §2a; server-side refusal unverified)."),
  PREHOOK_WRONG_TYPE: entry(400, "ER-14003", "Prehook type cannot be changed", "A PATCH through the other type's route (no route changes a type, notes-3 §2a)."),
  CUSTOM_CODE_NOT_FOUND: entry(404, "ER-14004", "Code not found", "No custom code with that executor identifier."),
  CUSTOM_CODE_SECRET_NOT_FOUND: entry(404, "ER-14005", "Secret not found", "No custom-code secret with that id (unverified text)."),
  CUSTOM_CODE_SECRET_ALREADY_EXISTS: entry(409, "ER-14006", "Secret already exists", "POST of a key already used (uniqueness unverified, notes-3 §2b)."),
  USER_SOURCE_NOT_FOUND: entry(404, "ER-15001", "User source not found", "No user source with that id (under that type's route, for a PUT; unverified text)."),
} as const satisfies Record<string, ErrorDefinition>;

/** A catalogue name. */
export type ErrorName = keyof typeof ERRORS;

/** The JSON body of every error response. */
export interface ErrorBody {
  readonly errors: string[];
  readonly errorCode: string;
  readonly message?: string;
}

/** An error answered to the client: a catalogue entry plus details. Thrown by handlers and hooks. */
export class ApiError extends Error {
  /** HTTP status to answer. */
  readonly status: number;
  /** Extra response headers (rate-limit headers on injected 429s). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    /** Catalogue name. */
    readonly kind: ErrorName,
    /** The `errors` array; the catalogue message when empty. */
    readonly details: readonly string[] = [],
    options: { status?: number; headers?: Record<string, string> } = {},
  ) {
    super(details[0] ?? ERRORS[kind].message);
    this.name = "ApiError";
    this.status = options.status ?? ERRORS[kind].status;
    this.headers = options.headers ?? {};
  }

  /** The response body. */
  toBody(): ErrorBody {
    const definition = ERRORS[this.kind];
    const errors = this.details.length > 0 ? [...this.details] : [definition.message];
    return definition.withMessage
      ? { errors, errorCode: definition.code, message: errors.join("; ") }
      : { errors, errorCode: definition.code };
  }
}

/** Shorthand for `new ApiError(kind, details)`, for `throw fail(...)`. */
export function fail(kind: ErrorName, ...details: string[]): ApiError {
  return new ApiError(kind, details);
}

interface FastifyLikeError {
  code?: unknown;
  statusCode?: unknown;
  message?: unknown;
}

/** Classifies anything thrown while handling a request into an ApiError: the one place that maps raw failures. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const raw = (error ?? {}) as FastifyLikeError;
  switch (raw.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return fail("PAYLOAD_TOO_LARGE");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return fail("UNSUPPORTED_MEDIA_TYPE");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return fail("MALFORMED_JSON");
  }
  const status = typeof raw.statusCode === "number" ? raw.statusCode : 500;
  if (status >= 400 && status < 500) {
    return fail("BAD_REQUEST", typeof raw.message === "string" ? raw.message : ERRORS.BAD_REQUEST.message);
  }
  return fail("INTERNAL");
}
