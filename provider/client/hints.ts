/**
 * The "what to do" sentence appended to an error Frontegg answered, chosen from what the client knows about the
 * failure. Pure, so each hint is tested against the situation it is meant for. Hints never contain a token or
 * a secret: they name settings, not values.
 */
import { ENV_VARS, EnvVarNames } from "./env-vars";

/** What the client knows when it gives up on a response. */
export interface FailureFacts {
  /** The last status Frontegg answered. */
  readonly status: number;
  /** Attempts sent, the first included. */
  readonly attempts: number;
  /** Milliseconds from the first attempt to giving up. */
  readonly elapsedMs: number;
  /** The variables the client reads, named in the advice. Default: the unprefixed ones. */
  readonly names?: EnvVarNames;
}

/** The hint for a failed response, or `undefined` when Frontegg's own message says all there is. */
export function hintFor(facts: FailureFacts): string | undefined {
  const { status } = facts;
  if (status === 401) {
    // The client re-authenticates once on a 401 and resends (see http.ts), so a 401 that gets here was the
    // answer to a token Frontegg issued moments before: the credentials worked, then stopped working.
    return (
      "Frontegg refused a token it had just issued, so the API key may have been revoked or rotated: put the " +
      "environment's current secret key in frontegg-native:secretKey (`pulumi config set --secret frontegg-native:secretKey`) " +
      `or ${(facts.names ?? ENV_VARS).secretKey}, then run the command again`
    );
  }
  if (status === 403) {
    return (
      "Frontegg refused this call although it accepted the credentials: either the object is one Frontegg " +
      "manages itself (its message above says so), or frontegg-native:clientId / frontegg-native:secretKey are not the " +
      "environment's own API key; compare them with the API key of this environment in the Frontegg portal"
    );
  }
  if (status === 429) {
    return (
      `Frontegg was still rate-limiting after ${attemptsIn(facts)}: run the command again once the limit resets, ` +
      "and lower frontegg-native:maxConcurrency (default 8) if it keeps happening"
    );
  }
  if (status >= 500 && status <= 504 && status !== 501) {
    return `Frontegg kept failing after ${attemptsIn(facts)}: check Frontegg's status, then run the command again`;
  }
  return undefined;
}

/** `15 s`, `1.5 s`: durations as people read them. */
export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

function attemptsIn(facts: FailureFacts): string {
  return `${facts.attempts} attempt${facts.attempts === 1 ? "" : "s"} in ${seconds(facts.elapsedMs)}`;
}
