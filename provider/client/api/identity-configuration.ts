/**
 * The environment's identity management configuration (`/identity/resources/configurations/v1`): token
 * lifetimes, sign-in method, sign-ups, what goes into user tokens. One per environment; it always exists.
 */
import { z } from "zod";
import { AUTH_STRATEGIES, AUTH_STRATEGIES_READ, COOKIE_SAME_SITE_VALUES, JWT_ALGORITHMS, MACHINE_TO_MACHINE_AUTH_STRATEGIES } from "../generated/spec-enums";
import { HttpTransport } from "../http";

const PATH = "/identity/resources/configurations/v1";

/**
 * The configuration as Frontegg returns it. `jwtSecret`, which Frontegg returns in plain text, is deliberately
 * not part of the schema: zod drops it on parse, so it never travels further than the response text.
 * `authStrategy` may hold values a write cannot set (`UsernameAndPassword`, ...). The spec marks every field
 * required; a field missing from an answer is read as not set rather than failing the whole read.
 */
export const IdentityConfigurationSchema = z.object({
  id: z.string(),
  publicKey: z.string().optional(),
  defaultTokenExpiration: z.number().optional(),
  defaultRefreshTokenExpiration: z.number().optional(),
  defaultPasswordlessTokenExpiration: z.number().optional(),
  cookieSameSite: z.enum(COOKIE_SAME_SITE_VALUES).optional(),
  machineToMachineAuthStrategy: z.enum(MACHINE_TO_MACHINE_AUTH_STRATEGIES).optional(),
  authStrategy: z.enum(AUTH_STRATEGIES_READ).optional(),
  jwtAlgorithm: z.enum(JWT_ALGORITHMS).optional(),
  allowSignups: z.boolean().optional(),
  apiTokensEnabled: z.boolean().optional(),
  allowTenantInvitations: z.boolean().optional(),
  allowNotVerifiedUsersLogin: z.boolean().optional(),
  forcePermissions: z.boolean().optional(),
  allowOverridePasswordComplexity: z.boolean().optional(),
  allowOverridePasswordExpiration: z.boolean().optional(),
  allowOverrideEnforcePasswordHistory: z.boolean().optional(),
  addSamlAttributesToJwt: z.boolean().optional(),
  addRolesToJwt: z.boolean().optional(),
  addPermissionsToJwt: z.boolean().optional(),
  rotateRefreshTokens: z.boolean().optional(),
  refreshTokensRotationLimit: z.number().optional(),
  forceSameDeviceOnAuth: z.boolean().optional(),
  allowCustomLoginTenantSwitch: z.boolean().optional(),
});
/** The identity management configuration as Frontegg returns it (without its JWT secret). */
export type IdentityConfiguration = z.output<typeof IdentityConfigurationSchema>;

/** Body of a configuration write: every field optional (`VendorConfigRequest`). */
export type IdentityConfigurationRequest = Partial<
  Omit<IdentityConfiguration, "id" | "publicKey" | "refreshTokensRotationLimit" | "authStrategy"> & {
    authStrategy: (typeof AUTH_STRATEGIES)[number];
    /** Write-only: Frontegg does not return it. */
    skipTenantValidation: boolean;
  }
>;

/** Reads and writes the configuration. */
export class IdentityConfigurationApi {
  constructor(private readonly http: HttpTransport) {}

  /** The configuration; Frontegg always has one. */
  get(): Promise<IdentityConfiguration> {
    return this.http.send({ method: "GET", path: PATH, response: IdentityConfigurationSchema });
  }

  /** Adds or updates the fields sent (Frontegg's "add or update"); resending it has no further effect. */
  save(configuration: IdentityConfigurationRequest): Promise<IdentityConfiguration> {
    return this.http.send({ method: "POST", path: PATH, body: configuration, response: IdentityConfigurationSchema, idempotent: true });
  }
}
