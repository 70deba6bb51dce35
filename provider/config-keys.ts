/**
 * The stack config keys of the provider's settings. A module of its own, free of the client: the package root
 * re-exports it, and its declarations must not reach zod's (see ./client/enums).
 */

import { PACKAGE } from "./package-name";

/** `frontegg-native:<setting>`: the stack config key of a setting, in the package's namespace. */
type ConfigKey<S extends string> = `${typeof PACKAGE}:${S}`;

function key<S extends string>(setting: S): ConfigKey<S> {
  return `${PACKAGE}:${setting}`;
}

/** Stack configuration keys the provider reads. */
export const CONFIG_KEYS = Object.freeze({
  clientId: key("clientId"),
  secretKey: key("secretKey"),
  region: key("region"),
  apiBaseUrl: key("apiBaseUrl"),
  environmentId: key("environmentId"),
  applicationId: key("applicationId"),
  maxConcurrency: key("maxConcurrency"),
});
