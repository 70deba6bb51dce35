/**
 * Prehook: a hook Frontegg runs before an event completes (a sign-up, an invitation, ...) and that may block it.
 * Either an HTTPS endpoint Frontegg calls (`type: "API"`: url, signing secret) or code Frontegg runs itself
 * (`type: "CUSTOM_CODE"`: code, runtime, timeout). Not in a published spec: notes-3 §2a
 * (TF:resource_frontegg_prehook.go, TF#255).
 *
 * One kind with a `type` rather than two kinds: the two share the event, the name, the fail method and the switch,
 * Frontegg lists them together and allows one prehook per event across both, and a program moving an event from an
 * endpoint to custom code changes one resource's `type` (a replacement) instead of deleting one resource and adding
 * another in the same `up`, which would race for the event. Each type's own fields are checked at preview.
 *
 * Natural key: the events. Frontegg allows one prehook per event whatever its type (TF description, TF#255), so a
 * prehook already listed for any declared event is the one this resource would fight over: an error unless
 * `adoptExisting` is set; a change of events is checked against the other prehooks before it is sent.
 *
 * Thin places, each resolved the safe way:
 * - No source lists the event names (examples: `SIGN_UP`, `USER_INVITE`): only empty names and white space are
 *   refused at preview.
 * - A custom-code hook is sent one `eventKey` (the first event) besides `eventKeys`; what Frontegg does with more
 *   than one event there is unknown, so a custom-code hook takes exactly one event.
 * - `url` must be https: the hook carries user data and its signing secret; plain http is refused at preview.
 * - Whether the list returns the API hook's `secret` is inferred: where it does, a secret changed in the portal
 *   shows on refresh (by fingerprint); where it does not, state keeps the fingerprint of the value last written.
 * - The code comes back from the custom-code service and may be normalised (TF's import test ignores it): it is
 *   compared with line endings and trailing white space ignored.
 * - Whether the server enforces one prehook per event, and whether delete removes the executor and its code, are
 *   unverified; a custom-code hook's writes may fail with 5xx while its executor provisions (TF#255), which the
 *   client's retry of PATCH covers for a while but not a create, which is never blindly resent.
 */
import { z } from "zod";
import { FronteggClient, Prehook as ApiPrehook, PREHOOK_FAIL_METHODS, PREHOOK_TYPES, PrehookRequest } from "../client";
import { duplicatesIn, sameSet, sameUrl, sameValue } from "../lifecycle/compare";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound, ResourceError } from "../lifecycle/errors";
import { sameCode } from "./code";
import { adoptExistingField, descriptionField, nameField, urlField } from "./fields";

/** Frontegg's defaults for a custom-code hook (TF#255). */
const DEFAULT_RUNTIME = "NODE_20";
const DEFAULT_TIMEOUT = 10;

const API_ONLY = ["url", "secret"] as const;
const CUSTOM_CODE_ONLY = ["code", "runtime", "timeout"] as const;

const inputs = z
  .strictObject({
    type: z
      .enum(PREHOOK_TYPES)
      .default("API")
      .describe("`API`: Frontegg calls `url`. `CUSTOM_CODE`: Frontegg runs `code`. Changing it replaces the prehook (Frontegg has no route that changes a type)."),
    displayName: nameField("prehook display").describe("The prehook's name, as the portal shows it. Required by Frontegg."),
    description: descriptionField,
    eventKeys: z
      .array(z.string().regex(/^\S+$/, "each of eventKeys must be an event name without white space, e.g. SIGN_UP"))
      .min(1, "eventKeys must name at least one event, e.g. SIGN_UP")
      .describe(
        "The events the prehook runs before, as Frontegg names them, e.g. `SIGN_UP`, `USER_INVITE`. A set. Frontegg allows one " +
          "prehook per event, whatever its type. A `CUSTOM_CODE` prehook takes exactly one event. Frontegg publishes no list of " +
          "event names, so a misspelt name is not caught before `up`.",
      ),
    failMethod: z
      .enum(PREHOOK_FAIL_METHODS)
      .describe("What happens to the event when the hook fails or times out: `OPEN` lets it through, `CLOSE` blocks it."),
    isActive: z.boolean().default(true).describe("Whether Frontegg runs the prehook."),
    url: urlField("url")
      .refine((value) => value.startsWith("https://"), "url must be an https URL: the call carries user data and is signed with the secret")
      .optional()
      .describe("`API` only, required there: the HTTPS endpoint Frontegg calls. Compared as Frontegg stores it (up to one trailing `/`)."),
    secret: z
      .string()
      .min(1, "secret must not be empty")
      .optional()
      .describe(
        "`API` only, required there: the secret Frontegg signs each call with. Never stored or shown in plain text: the output " +
          "holds its SHA-256 fingerprint (`sha256:…`).",
      ),
    code: z
      .string()
      .min(1, "code must not be empty")
      .optional()
      .describe(
        "`CUSTOM_CODE` only, required there: the JavaScript Frontegg runs. It must export an `onEvent` handler that returns the " +
          "verdict, e.g. `{ verdict: 'allow' }` or `{ verdict: 'block' }`. Compared with line endings and trailing white space ignored.",
      ),
    runtime: z
      .string()
      .regex(/^[A-Z0-9_]+$/, "runtime must be a Frontegg runtime name such as NODE_20")
      .optional()
      .describe(`\`CUSTOM_CODE\` only: the runtime the code runs on. Default \`${DEFAULT_RUNTIME}\`.`),
    timeout: z
      .number()
      .int("timeout must be a whole number of seconds")
      .min(1, "timeout must be at least 1 second")
      .max(10, "timeout must be at most 10 seconds (Frontegg refuses more)")
      .optional()
      .describe(`\`CUSTOM_CODE\` only: how long the code may run, in seconds, 1–10. Default ${DEFAULT_TIMEOUT}.`),
    adoptExisting: adoptExistingField,
  })
  .superRefine((i, ctx) => {
    const [required, refused] = i.type === "API" ? [API_ONLY, CUSTOM_CODE_ONLY] : [(["code"] as const), API_ONLY];
    for (const field of required) {
      if (i[field] === undefined) ctx.addIssue({ code: "custom", path: [field], message: `${field} is required when type is ${i.type}` });
    }
    for (const field of refused) {
      if (i[field] !== undefined) ctx.addIssue({ code: "custom", path: [field], message: `${field} is used only when type is ${i.type === "API" ? "CUSTOM_CODE" : "API"}: remove it` });
    }
    if (i.type === "CUSTOM_CODE" && i.eventKeys.length > 1) {
      ctx.addIssue({ code: "custom", path: ["eventKeys"], message: "a CUSTOM_CODE prehook takes exactly one event: declare one prehook per event" });
    }
    for (const repeated of duplicatesIn(i.eventKeys)) {
      ctx.addIssue({ code: "custom", path: ["eventKeys"], message: `"${repeated}" is listed twice in eventKeys` });
    }
  });
type Inputs = z.output<typeof inputs>;
/** Inputs of a {@link Prehook}. */
export type PrehookInputs = z.input<typeof inputs>;

const outputs = z.object({
  prehookId: z.string().describe("Frontegg's id of the prehook (also the resource id)."),
  executorIdentifier: z.string().optional().describe("`CUSTOM_CODE` only: the executor Frontegg runs the code in."),
});
/** Every property of a {@link Prehook} as stored in state (`secret` as its fingerprint). */
export type PrehookState = Inputs & z.output<typeof outputs>;

/** The prehook in the inputs' vocabulary, with its id; a custom-code one with the code its executor holds. */
async function prehookState(client: FronteggClient, prehook: ApiPrehook): Promise<State> {
  const common = {
    prehookId: prehook.id,
    type: prehook.type,
    displayName: prehook.displayName,
    description: prehook.description ?? "",
    eventKeys: [...prehook.eventKeys].sort(),
    failMethod: prehook.failMethod,
    isActive: prehook.isActive,
  };
  // Sealed into a fingerprint by the lifecycle before it reaches state; never stored as is.
  if (prehook.type !== "CUSTOM_CODE") return { ...common, url: prehook.url, secret: prehook.secret };
  const code = prehook.executorIdentifier ? await client.prehooks.code(prehook.executorIdentifier) : undefined;
  return {
    ...common,
    code: code?.content,
    runtime: code?.runtime ?? prehook.runtime ?? DEFAULT_RUNTIME,
    timeout: prehook.timeout ?? DEFAULT_TIMEOUT,
    executorIdentifier: prehook.executorIdentifier,
  };
}

function toRequest(i: Inputs): PrehookRequest {
  const common = { isActive: i.isActive, displayName: i.displayName, description: i.description, eventKeys: [...new Set(i.eventKeys)], failMethod: i.failMethod };
  if (i.type === "API") return { type: "API", ...common, url: i.url ?? "", secret: i.secret ?? "" };
  return { type: "CUSTOM_CODE", ...common, code: i.code ?? "", runtime: i.runtime ?? DEFAULT_RUNTIME, timeout: i.timeout ?? DEFAULT_TIMEOUT };
}

/**
 * Refuses events another prehook already has (one per event, notes-3 §2a), before a change of events is sent:
 * whether Frontegg itself refuses it is unverified.
 */
async function assertEventsFree(client: FronteggClient, id: string, eventKeys: readonly string[]): Promise<void> {
  for (const other of await client.prehooks.list()) {
    if (other.id === id) continue;
    const taken = other.eventKeys.find((key) => eventKeys.includes(key));
    if (taken !== undefined) {
      throw new ResourceError(`prehook "${other.displayName ?? other.id}" (id ${other.id}) already runs before ${taken}: Frontegg allows one prehook per event; remove the event from one of them`);
    }
  }
}

/** The Prehook resource kind. */
export const prehook = defineResource<Inputs>({
  kind: "Prehook",
  description:
    "A prehook: Frontegg runs it before an event completes (a sign-up, an invitation) and it may block the event. Either an " +
    "HTTPS endpoint Frontegg calls, signed with a secret (`type: \"API\"`), or JavaScript Frontegg runs itself " +
    "(`type: \"CUSTOM_CODE\"`). Frontegg allows one prehook per event: a prehook already listed for a declared event is " +
    "an error unless `adoptExisting` is set. Deleting the resource deletes the prehook. `secret` is stored encrypted and " +
    "only as a fingerprint. Event names are not published by Frontegg, so they are checked only for shape.",
  example: `config prehookSecret "string" {
  secret = true
}

resource signUpCheck "frontegg-native:index:Prehook" {
  __logicalName = "sign-up-check"
  displayName = "Sign-up screening"
  eventKeys = ["SIGN_UP"]
  failMethod = "OPEN"
  url = "https://hooks.example.com/frontegg/sign-up"
  secret = prehookSecret
}

resource inviteCheck "frontegg-native:index:Prehook" {
  __logicalName = "invite-check"
  type = "CUSTOM_CODE"
  displayName = "Invitation policy"
  eventKeys = ["USER_INVITE"]
  failMethod = "CLOSE"
  code = "export async function onEvent(event) { return { verdict: 'allow' }; }"
}`,
  inputs,
  outputs,
  replaceOnChanges: ["type"],
  secrets: ["secret"],
  // Whether the list returns the secret is inferred (notes-3 §2a): where it does not, a refresh keeps the
  // fingerprint of the secret last written instead of reporting it gone.
  writeOnly: ["secret"],
  compare: {
    eventKeys: sameSet,
    url: sameUrl,
    code: sameCode,
    runtime: (current, desired) => sameValue(current ?? DEFAULT_RUNTIME, desired ?? DEFAULT_RUNTIME),
    timeout: (current, desired) => sameValue(current ?? DEFAULT_TIMEOUT, desired ?? DEFAULT_TIMEOUT),
  },
  environment: {
    secretConfig: {
      secret: {
        words: (entry) => `${String(entry.displayName)} prehook secret`,
        description: (entry, held) => `signing secret of the prehook "${String(entry.displayName)}" (${String(entry.url)}${held ? "" : "; Frontegg holds none yet"})`,
        when: (entry) => entry.type !== "CUSTOM_CODE",
      },
    },
  },
  claimedBy: ["eventKeys"],
  claims: (i) => (Array.isArray(i.eventKeys) ? i.eventKeys.map((key) => `prehook for event "${key}"`) : []),
  describe: (i) => `prehook "${i.displayName}"`,
  idOf: (state) => String(state.prehookId),
  collection: {
    scopeOf: () => undefined,
    list: async (client) => Promise.all((await client.prehooks.list()).map((listed) => prehookState(client, listed))),
    matches: (state, i) => Array.isArray(state.eventKeys) && state.eventKeys.some((key) => i.eventKeys.includes(String(key))),
  },
  async create(client, i) {
    return prehookState(client, await client.prehooks.create(toRequest(i)));
  },
  // PATCH takes the whole object (notes-3 §2a: treat it as replace), so every declared field is sent.
  async update(client, id, i, _current, changed) {
    if (changed.includes("eventKeys")) await assertEventsFree(client, id, i.eventKeys);
    const answer = await client.prehooks.update(id, toRequest(i));
    const updated = answer ?? (await client.prehooks.list()).find((listed) => listed.id === id);
    if (!updated) throw new ResourceError(`Frontegg accepted the update of prehook ${id}, but the prehook is missing from its list right after it`);
    return prehookState(client, updated);
  },
  async delete(client, id) {
    await ignoreNotFound(() => client.prehooks.delete(id));
  },
});
