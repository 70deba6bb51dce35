/**
 * RedirectUri: one URL the hosted login may send users back to after sign-in. Natural key: the URI up to one
 * trailing `/`. Not in a published spec: notes-more §7 (TF:resource_frontegg_redirect_uri.go).
 *
 * Frontegg has no update: a new URI replaces the resource. The resource id is the URI (without a trailing `/`),
 * so an entry removed and added again in the portal under a new Frontegg id is still the same resource.
 */
import { z } from "zod";
import { RedirectUri as ApiRedirectUri, withoutTrailingSlash } from "../client";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound, ResourceError } from "../lifecycle/errors";
import { adoptExistingField } from "./fields";
import { urlEntry } from "./url-entry";

/**
 * Whether `value` can be a redirect URI: an absolute URL with a scheme (custom schemes of mobile apps too), no
 * fragment (RFC 6749 §3.1.2 forbids one), no white space. What else Frontegg refuses is unpublished.
 */
function redirectUriProblem(value: string): string | undefined {
  if (/\s/.test(value)) return "must not contain white space";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "must be an absolute URL such as https://app.example.com/oauth/callback";
  }
  if (value.includes("#") || url.hash !== "") return "must not have a fragment (#...): OAuth redirect URIs cannot carry one";
  return undefined;
}

const inputs = z.strictObject({
  redirectUri: z
    .string()
    .superRefine((value, ctx) => {
      const problem = redirectUriProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: `redirectUri ${problem}` });
    })
    .describe(
      "The URL the hosted login may redirect to after sign-in, e.g. `https://app.example.com/oauth/callback`. Sent " +
        "as written; compared up to one trailing `/`, since Frontegg may answer it with one. Changing it replaces " +
        "the resource.",
    ),
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of a {@link RedirectUri}. */
export type RedirectUriInputs = z.input<typeof inputs>;

const outputs = z.object({
  redirectUriId: z.string().describe("Frontegg's id of the entry. The resource id is the URI without a trailing `/`."),
});
/** Every property of a {@link RedirectUri} as stored in state: the inputs plus what Frontegg computes. */
export type RedirectUriState = Inputs & z.output<typeof outputs>;

/** The entry as Frontegg holds it (its spelling of the URI, trailing `/` and all). */
function toState(item: ApiRedirectUri): State {
  return { redirectUriId: item.id, redirectUri: item.redirectUri };
}

const { describe, matches, ...keyed } = urlEntry("redirectUri", "redirect URI");

/** The RedirectUri resource kind. */
export const redirectUri = defineResource<Inputs>({
  kind: "RedirectUri",
  example: `resource appCallback "frontegg-native:index:RedirectUri" {
  __logicalName = "app-callback"
  redirectUri = "https://app.example.com/oauth/callback"
}`,
  description:
    "A URL the hosted login may redirect users to after sign-in (Frontegg answers \"Redirect uri wasn't found\" for " +
    "any other). One resource per URL; they usually differ per environment, so set them from stack config. " +
    "Compared up to one trailing `/`. Frontegg cannot change an entry: a new URL replaces the resource. Deleting " +
    "the resource removes the entry; redirect URIs the program does not declare are never touched.",
  inputs,
  outputs,
  ...keyed,
  describe,
  // Frontegg may hold the URI with a trailing `/`, which an exported program keeps: only its key is without one.
  environment: { keySpelling: { redirectUri: withoutTrailingSlash }, namePrefix: "redirect" },
  collection: {
    scopeOf: () => undefined,
    list: async (client) => (await client.hostedLogin.redirectUris.list()).map(toState),
    matches,
  },
  async create(client, i) {
    const added = await client.hostedLogin.redirectUris.add(i.redirectUri);
    if (!added) throw new ResourceError(`Frontegg accepted ${describe(i)} but does not list it: run \`pulumi up\` again`);
    return toState(added);
  },
  async delete(client, _id, stored) {
    await ignoreNotFound(() => client.hostedLogin.redirectUris.delete(String(stored.redirectUriId)));
  },
});
