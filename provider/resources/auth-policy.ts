/**
 * AuthPolicy: the environment's identity management configuration (token lifetimes, sign-in method, sign-ups,
 * what user tokens carry). One per environment; only the properties the program declares are managed.
 */
import { z } from "zod";
import {
  AUTH_STRATEGIES,
  COOKIE_SAME_SITE_VALUES,
  IdentityConfiguration,
  IdentityConfigurationRequest,
  JWT_ALGORITHMS,
  MACHINE_TO_MACHINE_AUTH_STRATEGIES,
  VENDOR_CONFIG_LIMITS,
} from "../client";
import { adoptExistingField } from "./fields";
import { singletonPolicy } from "./singleton-policy";

/** A lifetime in whole seconds. */
function seconds(name: string, maximum?: number): z.ZodNumber {
  const field = z.number().int(`${name} must be a whole number of seconds`).min(1, `${name} must be at least 1 second`);
  return maximum === undefined ? field : field.max(maximum, `${name} must be at most ${maximum} seconds (${maximum / 86400} days)`);
}

const flag = (description: string) => z.boolean().optional().describe(description);

const MAX_REFRESH = VENDOR_CONFIG_LIMITS.defaultRefreshTokenExpiration.maximum;

const inputs = z.strictObject({
  defaultTokenExpiration: seconds("defaultTokenExpiration").optional().describe("Lifetime of a user's access token (JWT), in seconds."),
  defaultRefreshTokenExpiration: seconds("defaultRefreshTokenExpiration", MAX_REFRESH)
    .optional()
    .describe("Lifetime of a refresh token, that is of a session without activity, in seconds."),
  defaultPasswordlessTokenExpiration: seconds("defaultPasswordlessTokenExpiration")
    .optional()
    .describe("Lifetime of a passwordless sign-in link or code, in seconds."),
  authStrategy: z
    .enum(AUTH_STRATEGIES, {
      error: () =>
        `authStrategy must be one of ${AUTH_STRATEGIES.join(", ")}; the Username… methods Frontegg may report can be read but not set`,
    })
    .optional()
    .describe(
      "How users sign in: `EmailAndPassword`, `MagicLink`, `Code` (a one-time code by email), `SmsCode`, or " +
        "`NoLocalAuthentication` (single sign-on and social logins only).",
    ),
  cookieSameSite: z.enum(COOKIE_SAME_SITE_VALUES).optional().describe("SameSite attribute of the refresh-token cookie: `STRICT`, `LAX` or `NONE`."),
  jwtAlgorithm: z
    .enum(JWT_ALGORITHMS)
    .optional()
    .describe("How user tokens are signed: `RS256` (verified with the `publicKey` output) or `HS256` (with a shared secret, which this provider never stores)."),
  machineToMachineAuthStrategy: z
    .enum(MACHINE_TO_MACHINE_AUTH_STRATEGIES)
    .optional()
    .describe("How API tokens authenticate: `ClientCredentials` (exchanged for a user token) or `AccessToken`."),
  allowSignups: flag("Let new users sign up."),
  apiTokensEnabled: flag("Let users and tenants create API tokens."),
  allowTenantInvitations: flag("Let users invite others to their tenant (account)."),
  allowNotVerifiedUsersLogin: flag("Let users sign in before they verify their email address (false: verification required)."),
  forcePermissions: flag("Enforce roles and permissions (the portal's and Terraform's \"enable roles\")."),
  addRolesToJwt: flag("Put the user's roles into the access token."),
  addPermissionsToJwt: flag("Put the user's permissions into the access token."),
  addSamlAttributesToJwt: flag("Put the attributes of the user's SAML assertion into the access token."),
  rotateRefreshTokens: flag("Issue a new refresh token with every token refresh."),
  forceSameDeviceOnAuth: flag("Require a sign-in link or code to be used on the device that asked for it."),
  allowOverridePasswordComplexity: flag("Let tenants override the password complexity policy (Frontegg documents only the name)."),
  allowOverridePasswordExpiration: flag("Let tenants override the password expiration policy (Frontegg documents only the name)."),
  allowOverrideEnforcePasswordHistory: flag("Let tenants override the password history policy (Frontegg documents only the name)."),
  allowCustomLoginTenantSwitch: flag("Let users switch tenants from a tenant's custom login page (Frontegg documents only the name)."),
  skipTenantValidation: flag(
    "Frontegg's `skipTenantValidation` (documented by name only). Frontegg does not return it, so a refresh cannot see a change made elsewhere.",
  ),
  adoptExisting: adoptExistingField,
});
/** Inputs of an {@link AuthPolicy}. */
export type AuthPolicyInputs = z.input<typeof inputs>;

const outputs = z.object({
  policyId: z.string().describe("Frontegg's id of the configuration."),
  publicKey: z.string().optional().describe("The public key (PEM) that RS256 user tokens are verified with."),
});

/** Every property of an {@link AuthPolicy} as stored in state: the declared inputs plus what Frontegg computes. */
export type AuthPolicyState = z.output<typeof inputs> & z.output<typeof outputs>;

/** The AuthPolicy resource kind. */
export const authPolicy = singletonPolicy<z.output<typeof inputs>, IdentityConfiguration, IdentityConfigurationRequest>({
  kind: "AuthPolicy",
  description:
    "The identity management configuration of the environment: token lifetimes, how users sign in, sign-ups, API " +
    "tokens, invitations, what user tokens carry. Only the properties the program declares are managed: the others " +
    "keep their value in Frontegg and are never compared, and a property removed from the program keeps its last " +
    "value. There is one per environment: creating the resource takes the configuration over, and deleting it " +
    "leaves the configuration as it is and only stops managing it, since Frontegg has no way to delete or reset it " +
    "and publishes no defaults. The JWT secret Frontegg returns is never stored.",
  example: `resource signIn "frontegg-native:index:AuthPolicy" {
  __logicalName = "sign-in"
  authStrategy = "EmailAndPassword"
  allowSignups = false
  allowNotVerifiedUsersLogin = false
  defaultTokenExpiration = 3600
  defaultRefreshTokenExpiration = 2592000
  cookieSameSite = "STRICT"
  addRolesToJwt = true
  addPermissionsToJwt = false
}`,
  inputs,
  outputs,
  noun: "identity management configuration",
  environment: { namePrefix: "sign-in" },
  api: (client) => client.identityConfiguration,
  // The write is sent whole, the declared fields merged into the current configuration (notes-more §1: the
  // spec's "add or update" takes every field as optional and the MCP server sends only changed fields, so a
  // partial write probably keeps the rest, but that is inferred; Frontegg's Terraform provider sends every field).
  partial: true,
  writeOnly: ["skipTenantValidation"],
  toRequest: ({ adoptExisting: _adopt, ...fields }) => fields,
  toState: ({ id, publicKey, refreshTokensRotationLimit: _limit, ...fields }) => ({ policyId: id, publicKey, ...fields }),
});
