/**
 * Application: one of the environment's applications (the apps users sign in to). Natural key: its name.
 *
 * Sources: Frontegg's published spec applications.json (notes-3 §8a–8c), which replaced the spec-less reading of
 * notes-more §10 this kind was first built on. What the spec changed (notes-3 §8c):
 * - `type` gains `agent`; MCP's `native` and `mobile` do not exist (they were never accepted here either);
 * - an update answers 201 with no body (it was read as 200): the client parses no body either way;
 * - `metadata` is an arbitrary JSON object. The input stays an object of strings (a wider input type would change
 *   every SDK's signature for values nobody has asked for); values Frontegg holds that are not strings are read
 *   as they are, so one set elsewhere shows as drift against the declared string and `up` writes the string;
 * - the update body declares defaults for `isDefault`, `isActive`, `type`, `frontendStack` and `allowDcr`: whether
 *   Frontegg applies them to omitted fields is unverified, so every update sends all five (they have defaults here,
 *   so they are always declared);
 * - `appHost` exists only on update and in answers: not managed (left as Frontegg has it), as no source says what
 *   setting it does;
 * - which tenants may use a `MANAGED_ACCESS` application is the kind `ApplicationTenantAssignment`.
 *
 * Natural key. An application has no key of its own besides Frontegg's id; its name is what the portal shows and
 * what people tell applications apart by (URLs are shared between an app's environments and may repeat). Whether
 * Frontegg keeps names unique is unknown (notes-more "Not reliably sourced"), so the name is treated as unique
 * within the stack (a claim), a create over an existing name fails unless `adoptExisting` is set, and adopting a
 * name several applications share is refused rather than taking one at random.
 *
 * Credentials. Frontegg gives every application a client secret and a shared secret, served by their own route
 * (`GET …/v1/credentials/{id}`). The incumbent Terraform provider reads them on every refresh and keeps them in
 * plain text in state. Here they are NEVER stored, not even as Pulumi secret outputs:
 * - a secret output is only as safe as every path that handles it: engine secret handling on refresh, the
 *   dynamic provider's serialization, the native provider, `export`, checkpoints, `diff-env`. Not fetching the
 *   value closes all of those at once; a secret output would widen the blast radius of the stack's state (every
 *   backup, every `pulumi stack export`) to a credential that Frontegg already keeps;
 * - the provider never needs them: nothing it creates, compares or repairs depends on them, and a copy in state
 *   goes stale the moment someone rotates the secret in the portal;
 * - the client (provider/client/api/applications.ts) has no call for the credentials route and parses no
 *   credential field, so they never even pass through this process. Programs that need them read them from
 *   Frontegg where they are used (the portal, or the credentials route at deploy time, into a secret store).
 */
import { z } from "zod";
import { Application as ApiApplication, APPLICATION_ACCESS_TYPES, APPLICATION_FRONTEND_STACKS, APPLICATION_TYPES, ApplicationRequest, FronteggClient } from "../client";
import { sameUrl } from "../lifecycle/compare";
import { defineResource, definedOnly, State } from "../lifecycle/definition";
import { ignoreNotFound, ResourceError } from "../lifecycle/errors";
import { adoptExistingField, descriptionField, nameField, urlField } from "./fields";

const inputs = z.strictObject({
  name: nameField("application").describe("The application's name, as the portal shows it; its natural key: unique among the stack's applications."),
  appURL: urlField("appURL").describe("The application's URL (note Frontegg's spelling: `URL` in upper case). Compared with a trailing `/` trimmed."),
  loginURL: urlField("loginURL").describe("The URL of the application's login page. Compared with a trailing `/` trimmed."),
  logoURL: urlField("logoURL")
    .optional()
    .describe("The URL of the application's logo. When omitted, the logo is not managed: whatever Frontegg holds stays."),
  description: descriptionField,
  type: z.enum(APPLICATION_TYPES).default("web").describe("The kind of application."),
  frontendStack: z.enum(APPLICATION_FRONTEND_STACKS).default("react").describe("The frontend stack the application is built with."),
  accessType: z
    .enum(APPLICATION_ACCESS_TYPES)
    .default("FREE_ACCESS")
    .describe(
      "`FREE_ACCESS`: every tenant may use the application. `MANAGED_ACCESS`: only tenants assigned to it. Always " +
        "sent, so removing `MANAGED_ACCESS` from the program restores `FREE_ACCESS` (Frontegg's default).",
    ),
  isDefault: z.boolean().default(false).describe("Whether this is the environment's default application."),
  isActive: z.boolean().default(true).describe("Whether the application is active."),
  allowDcr: z
    .boolean()
    .default(false)
    .describe("Whether third-party clients may register themselves with OAuth dynamic client registration (DCR)."),
  metadata: z
    .record(z.string(), z.string())
    .optional()
    .describe(
      "Custom key/value pairs, all strings, as an object (unlike `Feature`, `Plan` and `FeatureFlag`, whose metadata " +
        "Frontegg takes as a JSON string). When omitted, the metadata is not managed; `{}` clears it.",
    ),
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of an {@link Application}. */
export type ApplicationInputs = z.input<typeof inputs>;

const outputs = z.object({
  applicationId: z.string().describe("Frontegg's id of the application (also the resource id)."),
});
/** Every property of an {@link Application} as stored in state: the inputs plus its id (never its credentials). */
export type ApplicationState = Inputs & z.output<typeof outputs>;

/** The declared fields of `i` as Frontegg's request body; an unmanaged (omitted) field is not sent. */
function requestOf(i: Inputs): ApplicationRequest {
  const { adoptExisting: _adopt, ...fields } = i;
  return definedOnly(fields) as unknown as ApplicationRequest;
}

/** The state of an application; `sharedName` marks a name other applications have too (never stored). */
function toState(app: ApiApplication, sharedName = false): State {
  return {
    applicationId: app.id,
    name: app.name,
    appURL: app.appURL,
    loginURL: app.loginURL,
    // Frontegg answers an unset logo as "" (the spec marks logoURL required): that is none.
    logoURL: app.logoURL === "" ? undefined : app.logoURL,
    description: app.description ?? "",
    type: app.type,
    frontendStack: app.frontendStack,
    accessType: app.accessType,
    isDefault: app.isDefault,
    isActive: app.isActive,
    allowDcr: app.allowDcr,
    metadata: app.metadata,
    ...(sharedName ? { sharedName: true } : {}),
  };
}

async function listAll(client: FronteggClient): Promise<State[]> {
  const apps = await client.applications.list();
  const count = new Map<string, number>();
  for (const app of apps) count.set(app.name, (count.get(app.name) ?? 0) + 1);
  return apps.map((app) => toState(app, (count.get(app.name) ?? 0) > 1));
}

const describe = (i: { name?: unknown }): string => `application "${String(i.name)}"`;

/** The Application resource kind. */
export const application = defineResource<Inputs>({
  kind: "Application",
  example: `resource customerPortal "frontegg-native:index:Application" {
  __logicalName = "customer-portal"
  name = "Customer portal"
  appURL = "https://app.example.com"
  loginURL = "https://app.example.com/account/login"
  type = "web"
  frontendStack = "react"
  accessType = "MANAGED_ACCESS"
}`,
  description:
    "An application of the environment: name, URLs, type, stack, access type and default/active flags. Deleting " +
    "the resource deletes the application. Its client secret and shared secret are never read or stored: Frontegg " +
    "keeps them, and the portal or Frontegg's credentials route serves them to whoever needs them. Setting " +
    "`isDefault` on one application may make Frontegg clear it on another (unverified): declare at most one default.",
  inputs,
  outputs,
  replaceOnChanges: [],
  secrets: [],
  compare: {
    appURL: sameUrl,
    loginURL: sameUrl,
    logoURL: sameUrl,
  },
  claimedBy: ["name"],
  // Frontegg answers an application without metadata with `{}`: that is none, as an omitted input declares it.
  environment: { canonical: { metadata: (value) => (typeof value === "object" && value !== null && Object.keys(value).length === 0 ? undefined : value) } },
  claims: (i) => (typeof i.name === "string" ? [describe(i)] : []),
  describe,
  idOf: (state) => String(state.applicationId),
  collection: {
    scopeOf: () => undefined,
    list: (client) => listAll(client),
    matches: (state, i) => {
      if (state.name !== i.name) return false;
      if (state.sharedName === true && i.adoptExisting === true) {
        throw new ResourceError(
          `several applications in Frontegg are named "${i.name}", so adoptExisting cannot tell which one to take over: ` +
            "rename all but one in the Frontegg portal, or choose another name",
        );
      }
      return true;
    },
  },
  async create(client, i) {
    return toState(await client.applications.create(requestOf(i)));
  },
  async update(client, id, i, current) {
    const body = requestOf(i);
    await client.applications.update(id, body);
    // Frontegg answers the update with an empty body (notes-more §10): the new state is the old one with the
    // declared fields applied; the next refresh reads what Frontegg made of it.
    return { ...current, ...body };
  },
  async delete(client, id) {
    await ignoreNotFound(() => client.applications.delete(id));
  },
});
