/**
 * The native provider's own configuration: one Frontegg environment per provider instance. Each setting comes
 * from the provider's inputs, else from the stack config `frontegg-native:<setting>` (the engine hands it to every
 * plugin process as PULUMI_CONFIG), else from the client's environment variables (FRONTEGG_*).
 */
import { clientConfigProblems, ENV_VARS, FronteggClientOptions } from "../client";
import { clientOptionsFromConfig, CONFIG_KEYS, PROVIDER_SETTINGS } from "../configuration";
import { isUnknown } from "../lifecycle/unknowns";
import { PACKAGE } from "../package-name";
import { conceal } from "./wire";

/** How older engines prefixed the stack config keys they pass: `frontegg-native:` or `frontegg-native:config:`. */
const CONFIG_PREFIX = new RegExp(`^${PACKAGE}:(config:)?`);

type Props = Record<string, unknown>;

/** A setting's name: `clientId`, `secretKey`, ... */
export type SettingName = keyof typeof CONFIG_KEYS;

const SETTING_NAMES = Object.keys(CONFIG_KEYS) as SettingName[];

/** The settings whose value is a secret. */
export const SECRET_SETTINGS: readonly SettingName[] = SETTING_NAMES.filter((name) => PROVIDER_SETTINGS[name].secret);

/**
 * Settings whose problems the engine may show next to the value: it prints a failing property's value, so a
 * problem of a secret, or of a URL that could carry a password, names the setting in the reason instead.
 */
const SHOWN_WITH_VALUE: ReadonlySet<string> = new Set<SettingName>(["clientId", "region", "maxConcurrency", "environmentId", "applicationId"]);

/** The stack config of the package's namespace the engine passes to the plugin, by setting name. */
export function stackConfigFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): Props {
  const text = env.PULUMI_CONFIG;
  if (!text) return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    // Keys arrive as `clientId`; older engines spelled them `frontegg-native:clientId` or `frontegg-native:config:clientId`.
    return Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key.replace(CONFIG_PREFIX, ""), value]));
  } catch {
    return {};
  }
}

/** The client options of a provider whose inputs are `inputs` (secrets unwrapped), with `stack` as defaults. */
export function clientOptionsOf(inputs: Props, stack: Props): FronteggClientOptions {
  const options = clientOptionsFromConfig({
    get: (key) => {
      const name = key.slice(`${PACKAGE}:`.length);
      return settingText(inputs[name]) ?? settingText(stack[name]);
    },
  });
  // An explicit provider given its own credentials is told to check those, not settings its program never used.
  const given = (["clientId", "secretKey"] as const).filter((name) => settingText(inputs[name]) !== undefined);
  if (given.length === 0) return options;
  const source = (name: "clientId" | "secretKey") =>
    given.includes(name) ? `the provider's ${name} argument` : settingText(stack[name]) !== undefined ? `stack config ${PACKAGE}:${name}` : ENV_VARS[name];
  return { ...options, credentialSource: `${source("clientId")} / ${source("secretKey")}` };
}

/** A check failure as the engine takes it. */
export interface SettingFailure {
  readonly property: string;
  readonly reason: string;
}

/**
 * Checks the provider's inputs (secrets unwrapped): missing credentials, an unknown region, a malformed URL. Each
 * problem names its setting. Settings not known yet (an output of another resource, during a preview) pass.
 * The inputs go back with the secret settings marked secret, so state holds them encrypted.
 */
export function checkSettings(news: Props, stack: Props, env: Readonly<Record<string, string | undefined>> = process.env): { inputs: Props; failures: SettingFailure[] } {
  const known = Object.fromEntries(Object.entries(news).filter(([, value]) => !isUnknown(value)));
  const pending = new Set(Object.keys(news).filter((key) => isUnknown(news[key])));
  const failures = clientConfigProblems(clientOptionsOf(known, stack), env)
    .filter((problem) => !pending.has(problem.option))
    .map((problem) =>
      SHOWN_WITH_VALUE.has(problem.option)
        ? { property: problem.option, reason: problem.message }
        : // A missing secret has no value to show; the engine then names the property alone.
          { property: news[problem.option] === undefined ? problem.option : "", reason: problem.message },
    );
  return { inputs: conceal(news, SECRET_SETTINGS), failures };
}

/** The settings whose values differ between two sets of provider inputs (secrets unwrapped). */
export function changedSettings(olds: Props, news: Props): SettingName[] {
  return SETTING_NAMES.filter((name) => settingText(olds[name]) !== settingText(news[name]) || isUnknown(news[name]));
}

/** A setting as text: Pulumi's SDKs send non-string provider inputs JSON-encoded, stack config holds strings. */
function settingText(value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}
