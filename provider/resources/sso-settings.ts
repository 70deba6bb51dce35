/**
 * SsoSettings: the environment's own single sign-on settings, as opposed to a tenant's SSO connections
 * (SsoConfiguration): the SAML service provider (`/metadata?entityName=saml`, no spec; notes-3 §5c) and OIDC
 * (`/team/resources/sso/v1/oidc/configurations`, spec:sso.json; notes-3 §5d). Each block is managed only when
 * declared, and within the SAML block only the declared keys: the SAML POST replaces the whole configuration, so
 * the client writes every key it read back with the declared ones laid over (read, overlay, write).
 */
import { z } from "zod";
import { FronteggClient, VendorOidc, VendorSaml } from "../client";
import { defineResource, State } from "../lifecycle/definition";
import { IMPORTED } from "../lifecycle/import-id";
import { declaredPart, sameDeclaredPart } from "./declared";
import { ENVIRONMENT_ITSELF } from "./environment-settings";
import { environmentSingleton } from "./environment-singleton";
import { adoptExistingField, urlField } from "./fields";

const url = (name: string, description: string) => urlField(name).max(4095, `${name} must be at most 4095 characters`).optional().describe(description);

const inputs = z.strictObject({
  saml: z
    .strictObject({
      isActive: z.boolean().default(true).describe("Whether SAML sign-in is on for the environment. Default: on."),
      acsUrl: url("saml.acsUrl", "The assertion consumer service URL identity providers post SAML responses to."),
      spEntityId: z
        .string()
        .min(1, "saml.spEntityId must not be empty")
        .max(4095, "saml.spEntityId must be at most 4095 characters")
        .optional()
        .describe("The service provider's entity id, as identity providers are told it."),
      redirectUri: url("saml.redirectUri", "Where users land after a SAML sign-in (Terraform's `redirect_url`)."),
    })
    .optional()
    .describe(
      "The environment's SAML service-provider settings. Only the declared keys are managed; the identity-provider " +
        "keys the portal sets (certificate, endpoint, signing) are always written back as Frontegg holds them. Omit " +
        "the block to leave SAML as it is.",
    ),
  oidc: z
    .strictObject({
      active: z.boolean().default(true).describe("Whether OIDC sign-in is on for the environment. Default: on."),
      redirectUri: url("oidc.redirectUri", "The redirect URI of the application; leave it out if you did not change it there (Frontegg's wording)."),
    })
    .optional()
    .describe("The environment's OIDC setting. Omit the block to leave OIDC as it is."),
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of an {@link SsoSettings}. */
export type SsoSettingsInputs = z.input<typeof inputs>;
/** Every property of an {@link SsoSettings} as stored in state. */
export type SsoSettingsState = Inputs;

/** The three SAML keys this kind knows of the configuration (TF#250); other keys are the portal's. */
function samlState(saml: VendorSaml | undefined): State | undefined {
  if (!saml) return undefined;
  const { acsUrl, spEntityId, redirectUri } = saml.configuration;
  return Object.fromEntries(Object.entries({ isActive: saml.isActive, acsUrl, spEntityId, redirectUri }).filter(([, value]) => typeof value === "string" || typeof value === "boolean"));
}

function oidcState(oidc: VendorOidc): State {
  return oidc.redirectUri === undefined ? { active: oidc.active } : { active: oidc.active, redirectUri: oidc.redirectUri };
}

/** Both blocks as Frontegg holds them; only what `declared` names when it names anything (not an import). */
async function read(client: FronteggClient, declared: State | undefined): Promise<State> {
  const [saml, oidc] = await Promise.all([
    declared === undefined || declared.saml !== undefined ? client.vendorSso.getSaml() : undefined,
    declared === undefined || declared.oidc !== undefined ? client.vendorSso.getOidc() : undefined,
  ]);
  const whole: State = { saml: samlState(saml), oidc: oidc && oidcState(oidc) };
  return declared === undefined ? whole : declaredPart(whole, declared);
}

/** Writes the declared blocks named in `blocks`; every other block is left alone and keeps its `current` state. */
async function write(client: FronteggClient, i: Inputs, blocks: readonly string[], current: State = {}): Promise<State> {
  const state: State = { ...current };
  if (i.saml && blocks.includes("saml")) {
    const { isActive, ...keys } = i.saml;
    state.saml = samlState(await client.vendorSso.saveSaml(isActive, keys));
  }
  if (i.oidc && blocks.includes("oidc")) state.oidc = oidcState(await client.vendorSso.saveOidc(i.oidc));
  return declaredPart(state, i);
}

/** The SsoSettings resource kind. */
export const ssoSettings = defineResource<Inputs>({
  kind: "SsoSettings",
  noun: "SSO settings",
  description:
    "The environment's own single sign-on settings: its SAML service provider (ACS URL, entity id, redirect URI) " +
    "and OIDC. Not a tenant's connection to its identity provider, which is an SsoConfiguration. Only the declared " +
    "blocks and, within them, the declared keys are managed and compared. Frontegg replaces the whole SAML " +
    "configuration on each write, so every write first reads it and sends back every key it holds, the declared " +
    "ones changed: the identity-provider certificate and endpoint set in the portal are never wiped (as they were " +
    "by Frontegg's Terraform provider before its fix). There is one per environment. Deleting the resource leaves " +
    "both as they are: switching SAML or OIDC off would stop the sign-ins that use them, and Frontegg publishes no " +
    "defaults to restore. Frontegg's Terraform provider reaches these only through `frontegg_workspace`.",
  example: `resource sso "frontegg-native:index:SsoSettings" {
  saml = {
    acsUrl = "https://auth.example.com/auth/saml/callback"
    spEntityId = "https://auth.example.com/saml"
    redirectUri = "https://app.example.com/after-sso"
  }
  oidc = {
    redirectUri = "https://app.example.com/oidc/callback"
  }
}`,
  inputs,
  outputs: z.object({}),
  replaceOnChanges: [],
  secrets: [],
  compare: { saml: sameDeclaredPart, oidc: sameDeclaredPart },
  // The shared environment singleton's scope, claim, id and create; reads and updates of declared blocks only.
  ...environmentSingleton<Inputs>({ noun: "SSO settings", read: (client) => read(client, undefined), save: (client, i) => write(client, i, ["saml", "oidc"]) }),
  // Nothing configured yet (no SAML record, OIDC off) is what a new environment holds: nothing to export.
  environment: { section: ENVIRONMENT_ITSELF, namePrefix: "sso-settings", isProvided: (entry) => entry.saml === undefined && (entry.oidc as State | undefined)?.active !== true },
  find: (client, i) => read(client, i),
  read: (client, _id, stored) => read(client, stored[IMPORTED] === true ? undefined : stored),
  update: (client, _id, i, current, changed) => write(client, i, changed, current),
  // Leaves both as they are (see the description): there is nothing safe to restore.
  delete: async () => undefined,
});
