/**
 * SocialLogin: sign-in with one social identity provider (Google, GitHub, Microsoft, Facebook). A singleton per
 * provider type, read from the list of all of them once per operation. Its `secret` is sealed: Frontegg returns
 * it in plain text, state holds only its fingerprint.
 *
 * Sources (notes-more §8, no published spec): TF:resource_frontegg_social_login.go and TF-PR#262/#263.
 */
import { z } from "zod";
import { FronteggClient, SOCIAL_LOGIN_TYPES, SocialLogin as ApiSocialLogin, SocialLoginType } from "../client";
import { duplicatesIn, sameSet } from "../lifecycle/compare";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound } from "../lifecycle/errors";
import { adoptExistingField, urlField } from "./fields";

const inputs = z
  .strictObject({
    type: z
      .enum(SOCIAL_LOGIN_TYPES)
      .describe("The provider: `google`, `github`, `microsoft` or `facebook`. Changing it replaces the resource."),
    active: z.boolean().default(true).describe("Whether users can sign in with this provider."),
    customised: z
      .boolean()
      .default(true)
      .describe(
        "Whether sign-in goes through your own OAuth app at the provider (`clientId` and `secret` then required). " +
          "`false` uses Frontegg's shared development app, and credentials stored earlier are kept, not erased.",
      ),
    clientId: z.string().min(1, "clientId must not be empty").optional().describe("The OAuth client id of your app at the provider. Required when `customised`."),
    secret: z
      .string()
      .min(1, "secret must not be empty")
      .optional()
      .describe(
        "The OAuth client secret of your app at the provider. Required when `customised`. Never stored or shown " +
          "in plain text: the output holds its SHA-256 fingerprint (`sha256:…`), which is what diff and refresh " +
          "compare, so a secret changed in the portal shows as a change.",
      ),
    redirectUrl: urlField("redirectUrl").describe("Where the provider sends users back after they sign in (registered with your app at the provider)."),
    additionalScopes: z
      .array(z.string().min(1, "each of additionalScopes must be a non-empty scope name"))
      .optional()
      .describe("OAuth scopes requested beyond the provider's defaults, e.g. `read:org`. A set. Omit to leave them as they are in Frontegg."),
    adoptExisting: adoptExistingField,
  })
  .superRefine((i, ctx) => {
    if (i.customised) {
      for (const field of ["clientId", "secret"] as const) {
        if (i[field] === undefined) {
          ctx.addIssue({ code: "custom", path: [field], message: `${field} is required when customised is true (your own OAuth app): set it, or set customised: false` });
        }
      }
    } else {
      for (const field of ["clientId", "secret"] as const) {
        if (i[field] !== undefined) {
          ctx.addIssue({ code: "custom", path: [field], message: `${field} is used only when customised is true: remove it, or set customised: true` });
        }
      }
    }
    for (const repeated of duplicatesIn(i.additionalScopes ?? [])) {
      ctx.addIssue({ code: "custom", path: ["additionalScopes"], message: `"${repeated}" is listed twice in additionalScopes` });
    }
  });
type Inputs = z.output<typeof inputs>;
/** Inputs of a {@link SocialLogin}. */
export type SocialLoginInputs = z.input<typeof inputs>;
/** Every property of a {@link SocialLogin} as stored in state (`secret` as its fingerprint). */
export type SocialLoginState = Inputs;

/**
 * The provider's social login in the inputs' vocabulary. Credentials count only when `customised`: Frontegg
 * returns them either way (TF-PR#263 d3a803a), and a program using Frontegg's app declares none.
 */
export function socialLoginState(login: ApiSocialLogin): State {
  return {
    type: login.type,
    active: login.active,
    customised: login.customised,
    // Sealed into a fingerprint by the lifecycle before it reaches state; never stored as is.
    ...(login.customised ? { clientId: login.clientId, secret: login.secret } : {}),
    redirectUrl: login.redirectUrl,
    additionalScopes: [...login.additionalScopes].sort(),
  };
}

async function readType(client: FronteggClient, type: SocialLoginType): Promise<State | undefined> {
  const login = await client.socialLogins.get(type);
  return login && socialLoginState(login);
}

/**
 * Frontegg's write replaces the provider's whole configuration, erasing credentials it does not carry
 * (TF-PR#262). So the current configuration is read first and what the program leaves out is sent back as it is:
 * the stored credentials when not `customised`, and the scopes when undeclared.
 */
async function save(client: FronteggClient, i: Inputs): Promise<State> {
  const current = await client.socialLogins.get(i.type);
  await client.socialLogins.save({
    type: i.type,
    active: i.active,
    customised: i.customised,
    clientId: i.customised ? i.clientId : current?.clientId,
    secret: i.customised ? i.secret : current?.secret,
    redirectUrl: i.redirectUrl,
    additionalScopes: [...new Set(i.additionalScopes ?? current?.additionalScopes ?? [])],
  });
  const state = await readType(client, i.type);
  if (!state) throw new Error(`Frontegg accepted the ${i.type} social login but does not return it`);
  return state;
}

/** The SocialLogin resource kind. */
export const socialLogin = defineResource<Inputs>({
  kind: "SocialLogin",
  description:
    "Sign-in with one social identity provider (Google, GitHub, Microsoft or Facebook): your OAuth app's " +
    "client id and secret, the redirect URL and extra scopes. There is one per provider: creating the resource " +
    "takes over the provider's configuration, and deleting it deactivates the provider, keeping its " +
    "credentials in Frontegg, since Frontegg has no way to delete it. `secret` is stored encrypted and only as " +
    "a fingerprint.",
  example: `config googleClientSecret "string" {
  secret = true
}

resource google "frontegg-native:index:SocialLogin" {
  type = "google"
  clientId = "1234567890-abc.apps.googleusercontent.com"
  secret = googleClientSecret
  redirectUrl = "https://app.example.com/oauth/account/social/success"
  additionalScopes = ["https://www.googleapis.com/auth/userinfo.profile"]
}`,
  inputs,
  outputs: z.object({}),
  replaceOnChanges: ["type"],
  secrets: ["secret"],
  compare: { additionalScopes: sameSet },
  environment: {
    // An inactive provider is what deleting a SocialLogin leaves (and what every environment starts with).
    // A provider this package does not know cannot be declared either.
    isProvided: (entry) => entry.active !== true || !(SOCIAL_LOGIN_TYPES as readonly unknown[]).includes(entry.type),
    nameOf: (entry) => `${String(entry.type)} login`,
    secretConfig: {
      // A customised login signs in with the program's own app: its write needs the secret, held or not yet.
      secret: {
        words: (entry) => `${String(entry.type)} social login secret`,
        description: (entry, held) =>
          `OAuth client secret of the ${String(entry.type)} social login (client id ${String(entry.clientId ?? "?")}${held ? "" : "; Frontegg holds none yet"})`,
        when: (entry) => entry.customised === true,
      },
    },
  },
  singletonScope: (i) => `social-login/${i.type}`,
  claimedBy: ["type"],
  claims: (i) => (typeof i.type === "string" ? [`social login "${i.type}"`] : []),
  describe: (i) => `social login "${i.type}"`,
  idOf: (state, i) => String(state.type ?? i.type),
  // No list route is known (notes-more §8): the "list" is one read per provider, made once per operation.
  collection: {
    scopeOf: () => undefined,
    list: async (client) => (await client.socialLogins.list()).map(socialLoginState),
    matches: (state, i) => state.type === i.type,
  },
  create: (client, i) => save(client, i),
  update: (client, _id, i) => save(client, i),
  async delete(client, id, stored) {
    // Deactivated, credentials kept: what Frontegg's Terraform provider does (notes-more §8).
    await ignoreNotFound(() => client.socialLogins.setActive((stored.type ?? id) as SocialLoginType, false));
  },
});
