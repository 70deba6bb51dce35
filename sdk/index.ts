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
export { MfaPolicy } from "./mfa-policy";
export type { MfaPolicyArgs } from "./mfa-policy";
export { LockoutPolicy } from "./lockout-policy";
export type { LockoutPolicyArgs } from "./lockout-policy";
export { EmailTemplate } from "./email-template";
export type { EmailTemplateArgs } from "./email-template";
export { SessionPolicy } from "./session-policy";
export type { SessionPolicyArgs } from "./session-policy";
export { CaptchaPolicy } from "./captcha-policy";
export type { CaptchaPolicyArgs } from "./captcha-policy";
export { MfaStrategy } from "./mfa-strategy";
export type { MfaStrategyArgs } from "./mfa-strategy";
export { FronteggResource } from "./resource";
export type { ArgsOf, DeepInput, OutputsOf } from "./resource";
export { CONFIG_KEYS } from "../provider/configuration";
export { EMAIL_TEMPLATE_TYPES, MFA_ENFORCEMENT_TYPES, MFA_STRATEGIES, PERMISSION_ASSIGNMENT_TYPES } from "../provider/client/generated/spec-enums";
export type { EmailTemplateType, PermissionAssignmentType } from "../provider/client";
/** How an MFA policy enforces MFA. */
export type MfaEnforcementType = (typeof import("../provider/client/generated/spec-enums").MFA_ENFORCEMENT_TYPES)[number];
export { lookupPermissionIds } from "./lookup";
