/**
 * JwtTemplate: the claims of tokens Frontegg issues where a targeting rule (`JwtTemplateTargeting`) picks the
 * template. Natural key: `key`, declared unique by the spec. Sources: spec:identity.json, notes-3 §1a (claim rules
 * verified live in TF#238).
 *
 * Better than TF's resource: claim values may be any JSON (TF fails reading a portal template with nested claims,
 * so such a template cannot be imported there); the claim rules Frontegg enforces, `aud` included, are checked at
 * preview; `description` removed from the program is cleared (TF's `omitempty` leaves it); adoption by key.
 */
import { z } from "zod";
import { FronteggClient, JWT_TEMPLATE_ALGORITHMS, JwtTemplate as ApiJwtTemplate, JwtTemplateRequest } from "../client";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound } from "../lifecycle/errors";
import { adoptExistingField, descriptionField, nameField } from "./fields";

/** Claims every template must carry (TF#238, live). */
const REQUIRED_CLAIMS = ["iss", "sub", "aud", "exp", "iat"] as const;
/** Claims Frontegg reserves: "Claims reserved for internal use are not allowed" (TF#238, live). */
const RESERVED_CLAIMS = ["type", "tenantId"] as const;
/** The `aud` values Frontegg accepts (`{{aud}}` is refused, TF#238). */
const AUDIENCES = ["{{clientId}}", "{{applicationId}}"] as const;

const inputs = z
  .strictObject({
    key: z
      .string()
      .min(1, "key must not be empty")
      .max(255, "key must be at most 255 characters")
      .describe(
        "The template's unique key: what `JwtTemplateTargeting` rules name as their `treatment`. Changed in place; rules " +
          "naming the old key then name no template, so change both together.",
      ),
    name: nameField("JWT template").describe("The template's display name."),
    description: descriptionField,
    expiration: z
      .number()
      .int("expiration must be a whole number of seconds")
      .min(10, "expiration must be at least 10 seconds")
      .max(15552000, "expiration must be at most 15552000 seconds (180 days)")
      .describe("Lifetime of the tokens issued with this template, in seconds: 10 to 15552000 (180 days)."),
    algorithm: z.enum(JWT_TEMPLATE_ALGORITHMS).describe("How the tokens are signed: `RS256` or `HS256`."),
    claims: z
      .record(z.string(), z.unknown())
      .describe(
        "The tokens' claims, claim name to value: a value is usually a placeholder such as `{{user.email}}`, and may " +
          "be any JSON. Must hold `iss`, `sub`, `aud`, `exp` and `iat`, with `aud` either `{{clientId}}` or " +
          "`{{applicationId}}`; `type` and `tenantId` are reserved by Frontegg. Compared by content: key order is no change.",
      ),
    adoptExisting: adoptExistingField,
  })
  .superRefine((i, ctx) => {
    const missing = REQUIRED_CLAIMS.filter((claim) => !(claim in i.claims));
    if (missing.length > 0) {
      ctx.addIssue({ code: "custom", path: ["claims"], message: `claims must include ${missing.join(", ")} (Frontegg requires iss, sub, aud, exp and iat)` });
    }
    for (const reserved of RESERVED_CLAIMS.filter((claim) => claim in i.claims)) {
      ctx.addIssue({ code: "custom", path: ["claims", reserved], message: `${reserved} is reserved by Frontegg ("Claims reserved for internal use are not allowed"): remove it` });
    }
    if ("aud" in i.claims && !(AUDIENCES as readonly unknown[]).includes(i.claims.aud)) {
      ctx.addIssue({ code: "custom", path: ["claims", "aud"], message: `aud must be "{{clientId}}" or "{{applicationId}}" (Frontegg refuses other audiences)` });
    }
  });
type Inputs = z.output<typeof inputs>;
/** Inputs of a {@link JwtTemplate}. */
export type JwtTemplateInputs = z.input<typeof inputs>;

const outputs = z.object({
  templateId: z.string().describe("Frontegg's id of the template (also the resource id)."),
});
/** Every property of a {@link JwtTemplate} as stored in state. */
export type JwtTemplateState = Inputs & z.output<typeof outputs>;

/** The template in the inputs' vocabulary, with its id. */
function toState(template: ApiJwtTemplate): State {
  return {
    templateId: template.id,
    key: template.key,
    name: template.name,
    description: template.description ?? "",
    expiration: template.expiration,
    algorithm: template.algorithm,
    claims: template.templateSchema.claims,
  };
}

/** The whole template: whether Frontegg's PUT keeps omitted fields is unverified (notes-3 §1a), so none is omitted. */
function toRequest(i: Inputs): JwtTemplateRequest {
  return { key: i.key, name: i.name, description: i.description, expiration: i.expiration, algorithm: i.algorithm, templateSchema: { claims: i.claims } };
}

const describe = (i: { key?: unknown }) => `JWT template "${String(i.key)}"`;

/** The JwtTemplate resource kind. */
export const jwtTemplate = defineResource<Inputs>({
  kind: "JwtTemplate",
  noun: "JWT template",
  description:
    "A JWT template: the claims, lifetime and signing algorithm of the tokens Frontegg issues where a " +
    "`JwtTemplateTargeting` rule names its `key`. Found in Frontegg by its key. Claims are checked at preview against " +
    "Frontegg's rules (`iss`, `sub`, `aud`, `exp`, `iat` present, `aud` `{{clientId}}` or `{{applicationId}}`, no " +
    "`type` or `tenantId`). Deleting the resource deletes the template. Frontegg enables JWT templates per environment " +
    "on request; where they are off, `up` fails with Frontegg's error.",
  example: `resource partnerToken "frontegg-native:index:JwtTemplate" {
  __logicalName = "partner-token"
  key = "partner"
  name = "Partner API token"
  expiration = 3600
  algorithm = "RS256"
  claims = {
    iss = "{{issuer}}"
    sub = "{{user.id}}"
    aud = "{{clientId}}"
    exp = "{{exp}}"
    iat = "{{iat}}"
    email = "{{user.email}}"
  }
}`,
  inputs,
  outputs,
  // The key is changed in place (the DTO allows it), like a role's.
  replaceOnChanges: [],
  secrets: [],
  claimedBy: ["key"],
  claims: (i) => (typeof i.key === "string" ? [describe(i)] : []),
  describe,
  idOf: (state) => String(state.templateId),
  // No tenant header on any route: one list (every page of it) per operation.
  collection: {
    scopeOf: () => undefined,
    list: async (client: FronteggClient) => (await client.jwtTemplates.list()).map(toState),
    matches: (state, i) => state.key === i.key,
  },
  async create(client, i) {
    return toState(await client.jwtTemplates.create(toRequest(i)));
  },
  async update(client, id, i) {
    return toState(await client.jwtTemplates.update(id, toRequest(i)));
  },
  // Whether Frontegg refuses to delete a template a targeting rule still names is unverified (notes-3 §1a).
  async delete(client, id) {
    await ignoreNotFound(() => client.jwtTemplates.delete(id));
  },
});
