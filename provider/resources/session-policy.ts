/**
 * SessionPolicy: how long sessions last and how many a user may hold, environment-wide or per tenant. A singleton
 * per scope over Frontegg's session configuration (notes-more §3).
 */
import { z } from "zod";
import { SessionConfiguration, SessionConfigurationRequest } from "../client";
import { Comparator } from "../lifecycle/compare";
import { definedOnly } from "../lifecycle/definition";
import { adoptExistingField, tenantIdField } from "./fields";
import { singletonPolicy } from "./singleton-policy";

/** Frontegg's minimum for both timeouts (spec:identity.json; its Terraform provider only checks ≥ 1). */
const MIN_TIMEOUT = 60;
/** Frontegg's maximum idle timeout: 24 days (spec:identity.json). */
const MAX_IDLE_TIMEOUT = 2_073_600;
/**
 * Written for a feature that is switched on or off without a value when Frontegg holds none either: the
 * defaults of Frontegg's Terraform provider (24 hours, one session). Never shown as a change while the feature
 * is off.
 */
const FALLBACK = { timeout: 86_400, maxSessions: 1 } as const;

const isActiveField = (feature: string) =>
  z.boolean().default(true).describe(`Whether ${feature} is on. Declaring the object turns it on unless this is false.`);

/** `{ isActive, timeout }`, where the timeout may be left out while the feature is off. */
function timeoutSetting(feature: string, what: string, max?: number) {
  let timeout = z
    .number()
    .int(`${what} must be a whole number of seconds`)
    .min(MIN_TIMEOUT, `${what} must be at least ${MIN_TIMEOUT} seconds (Frontegg's minimum)`);
  if (max !== undefined) timeout = timeout.max(max, `${what} must be at most ${max} seconds (${max / 86_400} days, Frontegg's maximum)`);
  return z
    .strictObject({
      isActive: isActiveField(feature),
      timeout: timeout
        .optional()
        .describe(
          `${what[0]!.toUpperCase()}${what.slice(1)} in seconds. Required while the feature is on (\`isActive: true\`, the default): ` +
            "a preview without it fails. While the feature is off it may be left out, and is not compared.",
        ),
    })
    .superRefine((s, ctx) => {
      if (s.isActive && s.timeout === undefined) {
        ctx.addIssue({ code: "custom", path: ["timeout"], message: `${what} is required while ${feature} is on (isActive: true): give it in seconds, at least ${MIN_TIMEOUT}` });
      }
    });
}

const inputs = z
  .strictObject({
    sessionIdleTimeoutConfiguration: timeoutSetting("the idle timeout", "the idle timeout", MAX_IDLE_TIMEOUT)
      .optional()
      .describe("Sign users out after this long without activity. Omit to leave it as it is in Frontegg."),
    sessionTimeoutConfiguration: timeoutSetting("the absolute session timeout", "the session timeout")
      .optional()
      .describe("Make users sign in again this long after they signed in, active or not (\"force re-login\"). Omit to leave it as it is in Frontegg."),
    sessionConcurrentConfiguration: z
      .strictObject({
        isActive: isActiveField("the limit on concurrent sessions"),
        maxSessions: z
          .number()
          .int("maxSessions must be a whole number")
          .min(1, "maxSessions must be at least 1")
          .optional()
          .describe("Sessions one user may hold at once (≥ 1). Required when the limit is on; while it is off it may be left out and is not compared."),
      })
      .superRefine((s, ctx) => {
        if (s.isActive && s.maxSessions === undefined) {
          ctx.addIssue({ code: "custom", path: ["maxSessions"], message: "maxSessions is required while the limit on concurrent sessions is on (isActive: true)" });
        }
      })
      .optional()
      .describe("Limit how many sessions one user may hold at once. Omit to leave it as it is in Frontegg."),
    tenantId: tenantIdField,
    adoptExisting: adoptExistingField,
  })
  .superRefine((i, ctx) => {
    if (!i.sessionIdleTimeoutConfiguration && !i.sessionTimeoutConfiguration && !i.sessionConcurrentConfiguration) {
      ctx.addIssue({
        code: "custom",
        path: [],
        message: "declare at least one of sessionIdleTimeoutConfiguration, sessionTimeoutConfiguration and sessionConcurrentConfiguration: a session policy without any manages nothing",
      });
    }
  });
type Inputs = z.output<typeof inputs>;
/** Inputs of a {@link SessionPolicy}. */
export type SessionPolicyInputs = z.input<typeof inputs>;
/** Every property of a {@link SessionPolicy} as stored in state: the settings as Frontegg holds them. */
export type SessionPolicyState = Inputs;

type SettingKey = "sessionIdleTimeoutConfiguration" | "sessionTimeoutConfiguration" | "sessionConcurrentConfiguration";
const SETTINGS: ReadonlyArray<readonly [SettingKey, "timeout" | "maxSessions"]> = [
  ["sessionIdleTimeoutConfiguration", "timeout"],
  ["sessionTimeoutConfiguration", "timeout"],
  ["sessionConcurrentConfiguration", "maxSessions"],
];
type Setting = { isActive?: boolean; timeout?: number; maxSessions?: number };

/**
 * A setting as declared against the setting as Frontegg holds it. While the feature is declared off its value
 * is not compared: Frontegg keeps the value of a disabled feature, and a program that leaves it out (or a value
 * Frontegg does not echo for a disabled feature) must not show a change on every preview. Frontegg's Terraform
 * provider reads the value only when the feature is on for the same reason (notes-more §3). A setting Frontegg
 * does not return at all counts as off (unverified: what `/vendor` answers for a new environment is not known).
 */
function sameSetting(value: "timeout" | "maxSessions"): Comparator {
  return (current, desired) => {
    const want = desired as Setting | undefined;
    if (want === undefined) return true;
    const have = (current ?? {}) as Setting;
    if ((have.isActive ?? false) !== want.isActive) return false;
    return !want.isActive || want[value] === undefined || have[value] === want[value];
  };
}

/** A setting as a program declares it: its value only while the feature is on. */
function settingAsDeclared(value: unknown): Setting {
  const setting = value as Setting;
  if (setting.isActive !== true) return { isActive: false };
  return definedOnly({ isActive: true, timeout: setting.timeout, maxSessions: setting.maxSessions });
}

/**
 * The write: Frontegg's Terraform provider always sends all three objects, and each object needs both of its
 * fields, so every write carries all three: the declared ones, with the value Frontegg holds where the program
 * gives none, and the undeclared ones as Frontegg holds them, so nothing the program does not declare is wiped.
 */
function toRequest(i: Inputs, current: SessionConfiguration | undefined): SessionConfigurationRequest {
  const body: Record<string, Setting> = {};
  for (const [key, value] of SETTINGS) {
    const want = i[key] as Setting | undefined;
    const have = current?.[key] as Setting | undefined;
    if (want) body[key] = { isActive: want.isActive, [value]: want[value] ?? have?.[value] ?? FALLBACK[value] };
    else if (have) body[key] = have;
  }
  return body as SessionConfigurationRequest;
}

/** What a delete writes: every feature off, keeping the values Frontegg holds. */
function allOff(current: SessionConfiguration): SessionConfigurationRequest {
  const body: Record<string, Setting> = {};
  for (const [key, value] of SETTINGS) body[key] = { isActive: false, [value]: (current[key] as Setting | undefined)?.[value] ?? FALLBACK[value] };
  return body as SessionConfigurationRequest;
}

/** The SessionPolicy resource kind. */
export const sessionPolicy = singletonPolicy<Inputs, SessionConfiguration, SessionConfigurationRequest>({
  kind: "SessionPolicy",
  description:
    "The session policy of the environment, or of one tenant when `tenantId` is set: the idle timeout, the " +
    "absolute timeout after which users sign in again, and the limit on concurrent sessions. There is one per " +
    "scope: creating the resource takes over the existing configuration, and only the settings declared are " +
    "managed. A setting that is off may leave out its value, which is then not compared. Deleting the resource " +
    "switches all three features off (their values kept), since Frontegg has no way to delete the configuration; " +
    "for a tenant this is a configuration of its own with everything off, not a return to the environment's.",
  example: `resource sessions "frontegg-native:index:SessionPolicy" {
  sessionIdleTimeoutConfiguration = {
    isActive = true
    timeout = 1800
  }
  sessionTimeoutConfiguration = {
    isActive = true
    timeout = 43200
  }
  sessionConcurrentConfiguration = {
    isActive = false
  }
}`,
  inputs,
  noun: "session policy",
  api: (client) => client.policies.sessions,
  mergesCurrent: true,
  environment: {
    // A setting's value while it is off is not compared (see sameSetting): a snapshot leaves it out, and keeps the
    // setting itself, off, so that a recreated environment has it off too.
    canonical: Object.fromEntries(SETTINGS.map(([key]) => [key, settingAsDeclared])),
    alwaysDeclared: SETTINGS.map(([key]) => key),
    // Frontegg answers a tenant without a configuration of its own with the environment's.
    inheritsEnvironment: true,
    // The environment's with every feature off is the default: nothing to declare.
    isProvided: (entry) => entry.tenantId === undefined && !SETTINGS.some(([key]) => (entry[key] as Setting | undefined)?.isActive === true),
    namePrefix: "sessions",
  },
  toRequest: (i, current) => toRequest(i, current),
  toState: (c) => ({
    sessionIdleTimeoutConfiguration: c.sessionIdleTimeoutConfiguration,
    sessionTimeoutConfiguration: c.sessionTimeoutConfiguration,
    sessionConcurrentConfiguration: c.sessionConcurrentConfiguration,
  }),
  defaults: (_stored, current) => allOff(current),
  outputs: z.object({}),
  compare: Object.fromEntries(SETTINGS.map(([key, value]) => [key, sameSetting(value)])),
});
