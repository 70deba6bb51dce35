/**
 * pulumi-frontegg: Frontegg identity configuration as Pulumi resources.
 *
 * @packageDocumentation
 */
export { PermissionCategory } from "./permission-category";
export type { PermissionCategoryArgs } from "./permission-category";
export { Permission } from "./permission";
export type { PermissionArgs } from "./permission";
export { Role } from "./role";
export type { RoleArgs } from "./role";
export { SsoConfiguration } from "./sso-configuration";
export type { SsoConfigurationArgs } from "./sso-configuration";
export { SsoGroupMapping } from "./sso-group-mapping";
export type { SsoGroupMappingArgs } from "./sso-group-mapping";
export { MfaPolicy } from "./mfa-policy";
export type { MfaPolicyArgs } from "./mfa-policy";
export { LockoutPolicy } from "./lockout-policy";
export type { LockoutPolicyArgs } from "./lockout-policy";
export { EmailTemplate } from "./email-template";
export type { EmailTemplateArgs } from "./email-template";
export { IpRestriction } from "./ip-restriction";
export type { IpRestrictionArgs } from "./ip-restriction";
export { IpRestrictionMode } from "./ip-restriction-mode";
export type { IpRestrictionModeArgs } from "./ip-restriction-mode";
export { EmailDomainRestriction } from "./email-domain-restriction";
export type { EmailDomainRestrictionArgs } from "./email-domain-restriction";
export { EmailDomainRestrictionMode } from "./email-domain-restriction-mode";
export type { EmailDomainRestrictionModeArgs } from "./email-domain-restriction-mode";
export { AuthPolicy } from "./auth-policy";
export type { AuthPolicyArgs } from "./auth-policy";
export { PasswordPolicy } from "./password-policy";
export type { PasswordPolicyArgs } from "./password-policy";
export { PasswordHistoryPolicy } from "./password-history-policy";
export type { PasswordHistoryPolicyArgs } from "./password-history-policy";
export { PasswordRotationPolicy } from "./password-rotation-policy";
export type { PasswordRotationPolicyArgs } from "./password-rotation-policy";
export { SessionPolicy } from "./session-policy";
export type { SessionPolicyArgs } from "./session-policy";
export { CaptchaPolicy } from "./captcha-policy";
export type { CaptchaPolicyArgs } from "./captcha-policy";
export { MfaStrategy } from "./mfa-strategy";
export type { MfaStrategyArgs } from "./mfa-strategy";
export { Feature } from "./feature";
export type { FeatureArgs } from "./feature";
export { Plan } from "./plan";
export type { PlanArgs } from "./plan";
export { FeatureFlag } from "./feature-flag";
export type { FeatureFlagArgs } from "./feature-flag";
export { SocialLogin } from "./social-login";
export type { SocialLoginArgs } from "./social-login";
export { Webhook } from "./webhook";
export type { WebhookArgs } from "./webhook";
export { Application } from "./application";
export type { ApplicationArgs } from "./application";
export { RedirectUri } from "./redirect-uri";
export type { RedirectUriArgs } from "./redirect-uri";
export { AllowedOrigin } from "./allowed-origin";
export type { AllowedOriginArgs } from "./allowed-origin";
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
