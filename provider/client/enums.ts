/**
 * The enumerations of Frontegg's API that programs see, as values and types. Kept free of zod (and of everything
 * that imports it): the package's root declarations re-export them, and zod's declarations do not type-check
 * under the tsconfig of Pulumi's TypeScript template (no `esModuleInterop`, no `skipLibCheck`).
 */
import {
  EMAIL_DOMAIN_RESTRICTION_TYPES,
  EMAIL_TEMPLATE_TYPES,
  IP_RESTRICTION_STRATEGIES,
  MFA_ENFORCEMENT_TYPES,
  PERMISSION_ASSIGNMENT_TYPES,
} from "./generated/spec-enums";

/** Social login providers Frontegg's Terraform provider configures (notes-more §8; others unverified). */
export const SOCIAL_LOGIN_TYPES = ["google", "github", "microsoft", "facebook"] as const;
/** A social login provider. */
export type SocialLoginType = (typeof SOCIAL_LOGIN_TYPES)[number];
/** Whether an IP restriction allows or blocks. */
export type IpRestrictionStrategy = (typeof IP_RESTRICTION_STRATEGIES)[number];
/** Whether an e-mail domain restriction allows or blocks. */
export type EmailDomainRestrictionType = (typeof EMAIL_DOMAIN_RESTRICTION_TYPES)[number];
/** One of the 29 template types Frontegg's spec lists. */
export type EmailTemplateType = (typeof EMAIL_TEMPLATE_TYPES)[number];
/** How a permission may be granted. */
export type PermissionAssignmentType = (typeof PERMISSION_ASSIGNMENT_TYPES)[number];
/** How an MFA policy enforces MFA. */
export type MfaEnforcementType = (typeof MFA_ENFORCEMENT_TYPES)[number];
