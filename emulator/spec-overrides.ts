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
    target: { service: "sso", schema: "CreateSSODomainRequestDto" },
    merge: {
      properties: { domain: { type: "string", minLength: 1, format: "hostname" } },
      required: ["domain"],
    },
    reason: "The domain DTO lists no properties, but the endpoint takes `{ domain }` (notes, Terraform provider).",
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
    target: { service: "tenants", schema: "UpdateTenantRequest" },
    merge: { allOf: [{ $ref: "#/components/schemas/CreateTenantRequest" }], minProperties: 1 },
    reason:
      "The update DTO lists no properties, while the operation documents a 400 'when body doesn't contain any " +
      "property to change'; it takes the create DTO's fields.",
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
];
