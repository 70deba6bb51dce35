/**
 * AllowedOrigin: one origin on the environment's allowed-origins list (CORS for the hosted login and Frontegg's
 * browser SDKs). Not in a published spec: notes-more §7 (TF:resource_frontegg_allowed_origin.go, TF-PR#267).
 *
 * Frontegg keeps the origins as one list on the vendor and takes only the whole list: each create and delete is
 * a read-modify-write of that list, serialized per environment in the provider process (the client's
 * AllowedOriginsApi), that adds or removes this origin alone and writes every other origin back as it read it.
 * State keeps the origin without a trailing `/`; Frontegg stores it with one.
 */
import { z } from "zod";
import { withoutTrailingSlash } from "../client";
import { defineResource, State } from "../lifecycle/definition";
import { adoptExistingField } from "./fields";
import { urlEntry } from "./url-entry";

const ORIGIN_FORMAT =
  "must be an origin: scheme, lower-case host and optional port, with no path, query or fragment and no default port, " +
  "e.g. https://app.example.com or http://localhost:3000";

/** Whether `value` is an http(s) origin as a browser sends it in `Origin` (a trailing `/` allowed). */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin === withoutTrailingSlash(value);
  } catch {
    return false;
  }
}

const inputs = z.strictObject({
  origin: z
    .string()
    .refine(isOrigin, `origin ${ORIGIN_FORMAT}`)
    .describe(
      "The origin, e.g. `https://app.example.com` or `http://localhost:3000`. Frontegg stores it with a trailing `/`; " +
        "compared up to one trailing `/`, so either spelling is no change. Changing it replaces the resource.",
    ),
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of an {@link AllowedOrigin}. */
export type AllowedOriginInputs = z.input<typeof inputs>;

const outputs = z.object({});
/** Every property of an {@link AllowedOrigin} as stored in state. */
export type AllowedOriginState = Inputs;

/** An origin in the form state keeps: no trailing `/`. */
function toState(origin: string): State {
  return { origin: withoutTrailingSlash(origin) };
}

const { describe, matches, ...keyed } = urlEntry("origin", "allowed origin");

/** The AllowedOrigin resource kind. */
export const allowedOrigin = defineResource<Inputs>({
  kind: "AllowedOrigin",
  example: `resource app "frontegg-native:index:AllowedOrigin" {
  origin = "https://app.example.com"
}`,
  description:
    "An origin on the environment's allowed-origins list, from which browsers may call Frontegg (the hosted login " +
    "and the browser SDKs). One resource per origin; they usually differ per environment, so set them from stack " +
    "config. Frontegg keeps the origins as one list: this resource adds and removes its own origin by " +
    "read-modify-write, one write at a time per environment, and never touches origins the program does not " +
    "declare (do not also manage the whole list elsewhere). Compared up to one trailing `/`. Deleting the resource " +
    "removes the origin from the list.",
  inputs,
  outputs,
  ...keyed,
  describe,
  collection: {
    scopeOf: () => undefined,
    list: async (client) => (await client.hostedLogin.allowedOrigins.list()).map(toState),
    matches,
  },
  async create(client, i) {
    await client.hostedLogin.allowedOrigins.add(withoutTrailingSlash(i.origin));
    return toState(i.origin);
  },
  async delete(client, _id, stored) {
    await client.hostedLogin.allowedOrigins.remove(String(stored.origin));
  },
});
