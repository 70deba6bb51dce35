/**
 * CustomCodeSecret: a named secret the custom code of prehooks and user sources can read. Natural key: `key`.
 * Not in a published spec: notes-3 §2b (TF:resource_frontegg_secret.go).
 *
 * Thin places, each resolved the safe way:
 * - Frontegg never returns `value`, so a value changed in the portal cannot be seen: state keeps the fingerprint of
 *   the value this provider last wrote (`writeOnly`), an adopted secret is always written once, since nothing
 *   tells whether its value already matches, and an imported one is taken to hold the program's value until the
 *   program changes it (`neverReturned`: `pulumi import` needs the program to match what it reads).
 * - PATCH carries only `value`, so a key cannot be renamed in place (TF's in-place rename never reaches the server
 *   and diffs forever): a new `key` replaces the secret.
 * - Whether keys are unique is unverified: a secret already listed under the key is an error unless
 *   `adoptExisting` is set, so two resources never fight over one key.
 * - What a key may contain is unpublished: only empty keys, white space and over-long keys are refused.
 * - The list is read as one answer although it is wrapped in `items` (no paging in any source).
 */
import { z } from "zod";
import { CustomCodeSecret as ApiSecret } from "../client";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound } from "../lifecycle/errors";
import { adoptExistingField } from "./fields";

const inputs = z.strictObject({
  key: z
    .string()
    .min(1, "key must not be empty")
    .max(255, "key must be at most 255 characters")
    .regex(/^\S+$/, "key must not contain white space")
    .describe("The name custom code reads the secret by. Unique in the environment. Changing it replaces the secret (Frontegg cannot rename one)."),
  value: z
    .string()
    .min(1, "value must not be empty")
    .describe(
      "The secret value. Write-only: Frontegg never returns it, so a value changed in the portal is not detected; " +
        "`pulumi up` writes it again whenever the program's value changes, and when `adoptExisting` takes a secret over. An " +
        "imported secret is taken to hold the program's value until that changes. State holds only its SHA-256 fingerprint (`sha256:…`).",
    ),
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of a {@link CustomCodeSecret}. */
export type CustomCodeSecretInputs = z.input<typeof inputs>;

const outputs = z.object({
  secretId: z.string().describe("Frontegg's id of the secret (also the resource id)."),
});
/** Every property of a {@link CustomCodeSecret} as stored in state (`value` as its fingerprint). */
export type CustomCodeSecretState = Inputs & z.output<typeof outputs>;

/** The secret in the inputs' vocabulary: no value, which Frontegg never returns. */
function secretState(secret: ApiSecret): State {
  return { secretId: secret.id, key: secret.key };
}

/** The CustomCodeSecret resource kind. */
export const customCodeSecret = defineResource<Inputs>({
  kind: "CustomCodeSecret",
  noun: "custom-code secret",
  description:
    "A secret for Frontegg custom code (custom-code prehooks and user sources): a key and a value the code reads. " +
    "Found in Frontegg by its key. Deleting the resource deletes the secret. `value` is write-only: Frontegg never " +
    "returns it, so only changes made in the program are seen; state holds only its fingerprint. A new `key` " +
    "replaces the secret.",
  example: `config crmApiToken "string" {
  secret = true
}

resource crmToken "frontegg-native:index:CustomCodeSecret" {
  __logicalName = "crm-token"
  key = "CRM_API_TOKEN"
  value = crmApiToken
}`,
  inputs,
  outputs,
  replaceOnChanges: ["key"],
  secrets: ["value"],
  writeOnly: ["value"],
  neverReturned: ["value"],
  environment: {
    secretConfig: {
      value: {
        words: (entry) => `${String(entry.key)} custom code secret`,
        description: (entry) => `value of the custom-code secret "${String(entry.key)}" (Frontegg never returns it)`,
        // Always declared: the value is required and cannot be read from Frontegg.
        when: () => true,
      },
    },
  },
  claimedBy: ["key"],
  claims: (i) => (typeof i.key === "string" ? [`custom-code secret "${i.key}"`] : []),
  describe: (i) => `custom-code secret "${i.key}"`,
  idOf: (state) => String(state.secretId),
  collection: {
    scopeOf: () => undefined,
    list: async (client) => (await client.customCodeSecrets.list()).map(secretState),
    matches: (state, i) => state.key === i.key,
  },
  async create(client, i) {
    return secretState(await client.customCodeSecrets.create(i.key, i.value));
  },
  // Only the value can change in place (a key change replaces the secret).
  async update(client, id, i) {
    await client.customCodeSecrets.setValue(id, i.value);
    return { secretId: id, key: i.key };
  },
  async delete(client, id) {
    await ignoreNotFound(() => client.customCodeSecrets.delete(id));
  },
});
