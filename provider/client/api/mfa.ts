/**
 * Which second factors the environment offers (`/v1/mfa/strategies`, one row per strategy) and the settings of
 * three of them (`/v1/mfa`: the authenticator app's service name, the SMS and email code lifetimes and sender).
 * Both are environment-wide: the spec declares no tenant header on either route (notes-more §5).
 */
import { z } from "zod";
import { MFA_STRATEGIES } from "../generated/spec-enums";
import { HttpTransport } from "../http";
import { ConcurrencyLimiter } from "../limiter";

const MFA = "/identity/resources/configurations/v1/mfa";

/** A second factor Frontegg can offer. */
export type MfaStrategyName = (typeof MFA_STRATEGIES)[number];

/** The settings of the second factors that have any, as Frontegg returns them (every field required by the spec). */
export const MfaConfigurationSchema = z.object({
  authenticationApp: z.object({ active: z.boolean(), serviceName: z.string() }),
  sms: z.object({ active: z.boolean(), tokenLifetimeSeconds: z.number() }),
  email: z.object({ active: z.boolean(), tokenLifetimeSeconds: z.number(), sender: z.string() }),
});
/** The second factors' settings. */
export type MfaConfiguration = z.output<typeof MfaConfigurationSchema>;

/**
 * The strategies Frontegg lists. `strategy` is read as any string, not the spec's enum: a strategy Frontegg adds
 * later must not make every read fail.
 */
export const MfaStrategiesSchema = z.object({ strategies: z.array(z.object({ strategy: z.string(), isActive: z.boolean() })) });
/** One listed strategy. */
export type MfaStrategyRow = z.output<typeof MfaStrategiesSchema>["strategies"][number];

/** Second-factor calls. */
export class MfaMethodsApi {
  /** Configuration changes run one after another, in arrival order (see {@link changeConfiguration}). */
  readonly #configurationChanges = new ConcurrencyLimiter(1);

  constructor(private readonly http: HttpTransport) {}

  /** The second factors' settings. */
  getConfiguration(): Promise<MfaConfiguration> {
    return this.http.send({ method: "GET", path: MFA, response: MfaConfigurationSchema });
  }

  /**
   * Reads the settings, applies `change`, and writes all three objects back. Whether Frontegg keeps an object a
   * write leaves out is not documented (notes-more §5: Frontegg's Terraform provider sends only
   * `authenticationApp`; unverified), so every write carries all three as just read. Changes made through one
   * client run one at a time, so two resources changing different objects at once never write back each other's
   * stale copy.
   */
  changeConfiguration(change: (current: MfaConfiguration) => MfaConfiguration): Promise<MfaConfiguration> {
    // The queue goes on after a failed change: its caller gets the failure.
    return this.#configurationChanges.run(() => this.#change(change));
  }

  async #change(change: (current: MfaConfiguration) => MfaConfiguration): Promise<MfaConfiguration> {
    const next = change(await this.getConfiguration());
    // The whole object every time: resending it has no further effect.
    return this.http.send({ method: "POST", path: MFA, body: next, response: MfaConfigurationSchema, idempotent: true });
  }

  /** The strategies Frontegg lists, with whether each is offered. */
  async listStrategies(): Promise<MfaStrategyRow[]> {
    return (await this.http.send({ method: "GET", path: `${MFA}/strategies`, response: MfaStrategiesSchema })).strategies;
  }

  /** Offers the strategy or stops offering it (an upsert answering 201 with no body). */
  setStrategy(strategy: MfaStrategyName, isActive: boolean): Promise<void> {
    return this.http.send({ method: "POST", path: `${MFA}/strategies`, body: { strategy, isActive }, idempotent: true });
  }
}
