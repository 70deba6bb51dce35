/** Every resource kind, by name. Adding a kind is one module plus one line here. */
import { ResourceDefinition } from "../lifecycle/definition";
import { application } from "./application";
import { adminPortal } from "./admin-portal";
import { applicationTenantAssignment } from "./application-tenant-assignment";
import { tenant } from "./tenant";
import { emailDomainRestriction } from "./email-domain-restriction";
import { emailDomainRestrictionMode } from "./email-domain-restriction-mode";
import { allowedOrigin } from "./allowed-origin";
import { authPolicy } from "./auth-policy";
import { captchaPolicy } from "./captcha-policy";
import { customCodeSecret } from "./custom-code-secret";
import { emailTemplate } from "./email-template";
import { feature } from "./feature";
import { featureFlag } from "./feature-flag";
import { ipRestriction } from "./ip-restriction";
import { ipRestrictionMode } from "./ip-restriction-mode";
import { lockoutPolicy } from "./lockout-policy";
import { mfaPolicy } from "./mfa-policy";
import { passwordHistoryPolicy } from "./password-history-policy";
import { passwordPolicy } from "./password-policy";
import { passwordRotationPolicy } from "./password-rotation-policy";
import { mfaStrategy } from "./mfa-strategy";
import { permission } from "./permission";
import { permissionCategory } from "./permission-category";
import { plan } from "./plan";
import { prehook } from "./prehook";
import { redirectUri } from "./redirect-uri";
import { role } from "./role";
import { sessionPolicy } from "./session-policy";
import { socialLogin } from "./social-login";
import { ssoConfiguration } from "./sso-configuration";
import { ssoGroupMapping } from "./sso-group-mapping";
import { webhook } from "./webhook";
import { jwtTemplate } from "./jwt-template";
import { jwtTemplateTargeting } from "./jwt-template-targeting";
import { ssoDomainPolicy } from "./sso-domain-policy";
import { ssoMultiTenantPolicy } from "./sso-multi-tenant-policy";
import { emailProvider } from "./email-provider";
import { environmentSettings } from "./environment-settings";
import { hostedLogin } from "./hosted-login";
import { customDomain } from "./custom-domain";
import { associatedDomain } from "./associated-domain";
import { ssoSettings } from "./sso-settings";
import { auth0UserSource, cognitoUserSource, customCodeUserSource, federationUserSource, firebaseUserSource } from "./user-sources";

/** All resource definitions, keyed by kind. */
export const RESOURCE_DEFINITIONS = {
  PermissionCategory: permissionCategory,
  Permission: permission,
  Role: role,
  SsoConfiguration: ssoConfiguration,
  SsoGroupMapping: ssoGroupMapping,
  MfaPolicy: mfaPolicy,
  LockoutPolicy: lockoutPolicy,
  EmailTemplate: emailTemplate,
  IpRestriction: ipRestriction,
  IpRestrictionMode: ipRestrictionMode,
  EmailDomainRestriction: emailDomainRestriction,
  EmailDomainRestrictionMode: emailDomainRestrictionMode,
  AuthPolicy: authPolicy,
  PasswordPolicy: passwordPolicy,
  PasswordHistoryPolicy: passwordHistoryPolicy,
  PasswordRotationPolicy: passwordRotationPolicy,
  SessionPolicy: sessionPolicy,
  CaptchaPolicy: captchaPolicy,
  MfaStrategy: mfaStrategy,
  Feature: feature,
  Plan: plan,
  FeatureFlag: featureFlag,
  SocialLogin: socialLogin,
  Webhook: webhook,
  Tenant: tenant,
  Application: application,
  ApplicationTenantAssignment: applicationTenantAssignment,
  RedirectUri: redirectUri,
  AllowedOrigin: allowedOrigin,
  JwtTemplate: jwtTemplate,
  JwtTemplateTargeting: jwtTemplateTargeting,
  SsoDomainPolicy: ssoDomainPolicy,
  SsoMultiTenantPolicy: ssoMultiTenantPolicy,
  EmailProvider: emailProvider,
  EnvironmentSettings: environmentSettings,
  HostedLogin: hostedLogin,
  CustomDomain: customDomain,
  AssociatedDomain: associatedDomain,
  SsoSettings: ssoSettings,
  AdminPortal: adminPortal,
  CustomCodeSecret: customCodeSecret,
  Prehook: prehook,
  Auth0UserSource: auth0UserSource,
  CognitoUserSource: cognitoUserSource,
  FirebaseUserSource: firebaseUserSource,
  CustomCodeUserSource: customCodeUserSource,
  FederationUserSource: federationUserSource,
} as const;

/** The name of a resource kind. */
export type ResourceKind = keyof typeof RESOURCE_DEFINITIONS;

/** Every resource kind, in the registry's order: what tooling iterates instead of listing kinds by hand. */
export const RESOURCE_KINDS = Object.keys(RESOURCE_DEFINITIONS) as ResourceKind[];

/** Whether `kind` names a resource kind of this package. */
export function isResourceKind(kind: string): kind is ResourceKind {
  return Object.prototype.hasOwnProperty.call(RESOURCE_DEFINITIONS, kind);
}

/** The definition of `kind` with its input type erased, as the generic lifecycle and tooling consume it. */
export function definitionOf(kind: string): ResourceDefinition | undefined {
  // Each definition is checked against ResourceDefinition<ItsInputs> where it is written; here only the shape matters.
  return isResourceKind(kind) ? (RESOURCE_DEFINITIONS[kind] as unknown as ResourceDefinition) : undefined;
}

export type { PermissionCategoryInputs, PermissionCategoryState } from "./permission-category";
export type { PermissionInputs, PermissionState } from "./permission";
export type { RoleInputs, RoleState } from "./role";
export type { SsoConfigurationInputs, SsoConfigurationState } from "./sso-configuration";
export type { SsoGroupMappingInputs, SsoGroupMappingState } from "./sso-group-mapping";
export type { MfaPolicyInputs, MfaPolicyState } from "./mfa-policy";
export type { LockoutPolicyInputs, LockoutPolicyState } from "./lockout-policy";
export type { EmailTemplateInputs, EmailTemplateState } from "./email-template";
export type { IpRestrictionInputs, IpRestrictionState } from "./ip-restriction";
export type { IpRestrictionModeInputs, IpRestrictionModeState } from "./ip-restriction-mode";
export type { EmailDomainRestrictionInputs, EmailDomainRestrictionState } from "./email-domain-restriction";
export type { EmailDomainRestrictionModeInputs, EmailDomainRestrictionModeState } from "./email-domain-restriction-mode";
export type { AuthPolicyInputs, AuthPolicyState } from "./auth-policy";
export type { PasswordPolicyInputs, PasswordPolicyState } from "./password-policy";
export type { PasswordHistoryPolicyInputs, PasswordHistoryPolicyState } from "./password-history-policy";
export type { PasswordRotationPolicyInputs, PasswordRotationPolicyState } from "./password-rotation-policy";
export type { SessionPolicyInputs, SessionPolicyState } from "./session-policy";
export type { CaptchaPolicyInputs, CaptchaPolicyState } from "./captcha-policy";
export type { MfaStrategyInputs, MfaStrategyState } from "./mfa-strategy";
export type { FeatureInputs, FeatureState } from "./feature";
export type { PlanInputs, PlanState } from "./plan";
export type { FeatureFlagInputs, FeatureFlagState } from "./feature-flag";
export type { SocialLoginInputs, SocialLoginState } from "./social-login";
export type { WebhookInputs, WebhookState } from "./webhook";
export type { TenantInputs, TenantState } from "./tenant";
export type { ApplicationInputs, ApplicationState } from "./application";
export type { ApplicationTenantAssignmentInputs, ApplicationTenantAssignmentState } from "./application-tenant-assignment";
export type { RedirectUriInputs, RedirectUriState } from "./redirect-uri";
export type { AllowedOriginInputs, AllowedOriginState } from "./allowed-origin";
export type { JwtTemplateInputs, JwtTemplateState } from "./jwt-template";
export type { JwtTemplateTargetingInputs, JwtTemplateTargetingState } from "./jwt-template-targeting";
export type { SsoDomainPolicyInputs, SsoDomainPolicyState } from "./sso-domain-policy";
export type { SsoMultiTenantPolicyInputs, SsoMultiTenantPolicyState } from "./sso-multi-tenant-policy";
export type { EmailProviderInputs, EmailProviderState } from "./email-provider";
export type { EnvironmentSettingsInputs, EnvironmentSettingsState } from "./environment-settings";
export type { HostedLoginInputs, HostedLoginState } from "./hosted-login";
export type { CustomDomainInputs, CustomDomainState } from "./custom-domain";
export type { AssociatedDomainInputs, AssociatedDomainState } from "./associated-domain";
export type { SsoSettingsInputs, SsoSettingsState } from "./sso-settings";
export type { AdminPortalInputs, AdminPortalState } from "./admin-portal";
export type { CustomCodeSecretInputs, CustomCodeSecretState } from "./custom-code-secret";
export type { PrehookInputs, PrehookState } from "./prehook";
export type {
  Auth0UserSourceInputs,
  Auth0UserSourceState,
  CognitoUserSourceInputs,
  CognitoUserSourceState,
  FirebaseUserSourceInputs,
  FirebaseUserSourceState,
  CustomCodeUserSourceInputs,
  CustomCodeUserSourceState,
  FederationUserSourceInputs,
  FederationUserSourceState,
} from "./user-sources";
