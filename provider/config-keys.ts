/**
 * The stack config keys of the provider's settings. A module of its own, free of the client: the package root
 * re-exports it, and its declarations must not reach zod's (see ./client/enums).
 */

/** Stack configuration keys the provider reads. */
export const CONFIG_KEYS = Object.freeze({
  clientId: "frontegg:clientId",
  secretKey: "frontegg:secretKey",
  region: "frontegg:region",
  apiBaseUrl: "frontegg:apiBaseUrl",
  environmentId: "frontegg:environmentId",
  applicationId: "frontegg:applicationId",
  maxConcurrency: "frontegg:maxConcurrency",
});
