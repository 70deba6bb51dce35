/**
 * pulumi-frontegg: Frontegg identity configuration as Pulumi resources.
 *
 * @packageDocumentation
 */
export { PermissionCategory } from "./permission-category";
export type { PermissionCategoryArgs, PermissionCategoryOutputs } from "./permission-category";
export { Permission } from "./permission";
export type { PermissionArgs, PermissionOutputs } from "./permission";
export { Role } from "./role";
export type { RoleArgs, RoleOutputs } from "./role";
export { SsoConfiguration } from "./sso-configuration";
export type { SsoConfigurationArgs, SsoConfigurationOutputs } from "./sso-configuration";
export { SsoGroupMapping } from "./sso-group-mapping";
export type { SsoGroupMappingArgs, SsoGroupMappingOutputs } from "./sso-group-mapping";
export { MfaPolicy } from "./mfa-policy";
export type { MfaPolicyArgs, MfaPolicyOutputs } from "./mfa-policy";
export { LockoutPolicy } from "./lockout-policy";
export type { LockoutPolicyArgs, LockoutPolicyOutputs } from "./lockout-policy";
export { EmailTemplate } from "./email-template";
export type { EmailTemplateArgs, EmailTemplateOutputs } from "./email-template";
export { IpRestriction } from "./ip-restriction";
export type { IpRestrictionArgs, IpRestrictionOutputs } from "./ip-restriction";
export { IpRestrictionMode } from "./ip-restriction-mode";
export type { IpRestrictionModeArgs, IpRestrictionModeOutputs } from "./ip-restriction-mode";
export { EmailDomainRestriction } from "./email-domain-restriction";
export type { EmailDomainRestrictionArgs, EmailDomainRestrictionOutputs } from "./email-domain-restriction";
export { EmailDomainRestrictionMode } from "./email-domain-restriction-mode";
export type { EmailDomainRestrictionModeArgs, EmailDomainRestrictionModeOutputs } from "./email-domain-restriction-mode";
export { AuthPolicy } from "./auth-policy";
export type { AuthPolicyArgs, AuthPolicyOutputs } from "./auth-policy";
export { PasswordPolicy } from "./password-policy";
export type { PasswordPolicyArgs, PasswordPolicyOutputs } from "./password-policy";
export { PasswordHistoryPolicy } from "./password-history-policy";
export type { PasswordHistoryPolicyArgs, PasswordHistoryPolicyOutputs } from "./password-history-policy";
export { PasswordRotationPolicy } from "./password-rotation-policy";
export type { PasswordRotationPolicyArgs, PasswordRotationPolicyOutputs } from "./password-rotation-policy";
export { SessionPolicy } from "./session-policy";
export type { SessionPolicyArgs, SessionPolicyOutputs } from "./session-policy";
export { CaptchaPolicy } from "./captcha-policy";
export type { CaptchaPolicyArgs, CaptchaPolicyOutputs } from "./captcha-policy";
export { MfaStrategy } from "./mfa-strategy";
export type { MfaStrategyArgs, MfaStrategyOutputs } from "./mfa-strategy";
export { Feature } from "./feature";
export type { FeatureArgs, FeatureOutputs } from "./feature";
export { Plan } from "./plan";
export type { PlanArgs, PlanOutputs } from "./plan";
export { FeatureFlag } from "./feature-flag";
export type { FeatureFlagArgs, FeatureFlagOutputs } from "./feature-flag";
export { SocialLogin } from "./social-login";
export type { SocialLoginArgs, SocialLoginOutputs } from "./social-login";
export { Webhook } from "./webhook";
export type { WebhookArgs, WebhookOutputs } from "./webhook";
export { Application } from "./application";
export type { ApplicationArgs, ApplicationOutputs } from "./application";
export { RedirectUri } from "./redirect-uri";
export type { RedirectUriArgs, RedirectUriOutputs } from "./redirect-uri";
export { AllowedOrigin } from "./allowed-origin";
export type { AllowedOriginArgs, AllowedOriginOutputs } from "./allowed-origin";
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
