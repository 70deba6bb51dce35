/**
 * pulumi-frontegg: Frontegg identity configuration as Pulumi resources.
 *
 * @packageDocumentation
 */
// One class per kind, generated from the kinds' definitions with their Args and Outputs types.
export * from "./generated/resources";
export { FronteggResource } from "./resource";
export type { ArgsOf, DeepInput, OutputsOf } from "./resource";
export { CONFIG_KEYS } from "../provider/config-keys";
export {
  EMAIL_DOMAIN_RESTRICTION_TYPES,
  EMAIL_TEMPLATE_TYPES,
  IP_RESTRICTION_STRATEGIES,
  MFA_ENFORCEMENT_TYPES,
  MFA_STRATEGIES,
  PERMISSION_ASSIGNMENT_TYPES,
} from "../provider/client/generated/spec-enums";
// From the zod-free module: nothing the root declarations reach may import zod (see ../provider/client/enums).
export type {
  EmailDomainRestrictionType,
  EmailTemplateType,
  IpRestrictionStrategy,
  MfaEnforcementType,
  PermissionAssignmentType,
  SocialLoginType,
} from "../provider/client/enums";
export { SOCIAL_LOGIN_TYPES } from "../provider/client/enums";
export { lookupPermissionIds } from "./lookup";
export { lookupFeatureIds } from "./lookup-features";
export { lookupRoleIds } from "./lookup-roles";
export type { LookupRoleIdsOptions } from "./lookup-roles";
