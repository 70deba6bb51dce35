/**
 * pulumi-frontegg: Frontegg identity configuration as Pulumi resources.
 *
 * @packageDocumentation
 */
// One class per kind, generated from the kinds' definitions with their Args and Outputs types.
export * from "./generated/resources";
export { FronteggResource } from "./resource";
export type { ArgsOf, DeepInput, OutputsOf } from "./resource";
export { CONFIG_KEYS } from "../provider/configuration";
export {
  EMAIL_DOMAIN_RESTRICTION_TYPES,
  EMAIL_TEMPLATE_TYPES,
  IP_RESTRICTION_STRATEGIES,
  MFA_ENFORCEMENT_TYPES,
  MFA_STRATEGIES,
  PERMISSION_ASSIGNMENT_TYPES,
} from "../provider/client/generated/spec-enums";
export type { EmailDomainRestrictionType, EmailTemplateType, IpRestrictionStrategy, PermissionAssignmentType, SocialLoginType } from "../provider/client";
export { SOCIAL_LOGIN_TYPES } from "../provider/client/api/integrations";
/** How an MFA policy enforces MFA. */
export type MfaEnforcementType = (typeof import("../provider/client/generated/spec-enums").MFA_ENFORCEMENT_TYPES)[number];
export { lookupPermissionIds } from "./lookup";
export { lookupFeatureIds } from "./lookup-features";
export { lookupRoleIds } from "./lookup-roles";
export type { LookupRoleIdsOptions } from "./lookup-roles";
