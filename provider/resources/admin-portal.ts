/**
 * AdminPortal: the admin portal and the login box of the environment (`/metadata?entityName=adminBox`): which
 * admin-portal sections users see, and each box's theme and palette. A singleton. Not in a published spec:
 * /work/shared/frontegg-api-notes-3.md §7 (TF:resource_frontegg_admin_portal.go and its history).
 *
 * Frontegg keeps all of it, and much more (the login box's logo, social logins, disclaimers, root style, the v1
 * `theme`, keys nobody has documented), in ONE configuration object, and a write replaces that object whole. The
 * incumbent lost settings to that again and again: the logo erased on every apply (GH#10), social logins gone
 * from the login page (GH#84), the theme wiped and the login box crashing on empty palette colours when a palette
 * was omitted (TF#246). So every write here reads the raw configuration, sets exactly the paths the program
 * declares, and writes everything else back as read, unknown keys included (never through a typed copy):
 * - `navigation.<section>.visibility` only for the sections declared;
 * - `themeV2.loginBox` / `themeV2.adminPortal`: `themeName` when declared, `palette.<category>` only for the
 *   categories declared, each given in full with no empty colour (an empty colour is what blanked the login box),
 *   other keys of a declared category kept; `loginBox.prestep.enabled` when declared.
 * State holds only the declared paths (as Frontegg has them), so preview and refresh show and compare nothing else.
 *
 * Thin places (unverified, safe choice taken): other `visibility` values than `byPermissions`/`hidden`; whether
 * the server knows another spelling than `contrast_text`; GH#84's root cause (a direct write may hide social
 * logins until the next publish in the portal: nothing here can prevent that, see the description); a concurrent
 * portal edit between this read and write is lost (Frontegg has no conditional write); deleting the resource
 * leaves the configuration as it is, as Frontegg has no delete and its default is undocumented.
 */
import { z } from "zod";
import { AdminBoxConfiguration, FronteggClient } from "../client";
import { defineResource, State } from "../lifecycle/definition";
import { IMPORTED } from "../lifecycle/import-id";
import { declaredPart, sameDeclaredPart } from "./declared";
import { adoptExistingField } from "./fields";

/** The admin portal's sections (TF's fifteen `enable_*` flags, notes-3 §7). */
const SECTIONS = [
  "account", "apiTokens", "audits", "groups", "personalApiTokens", "privacy", "profile", "provisioning",
  "roles", "security", "sso", "subscriptions", "usage", "users", "webhooks",
] as const;

const section = z
  .strictObject({
    visibility: z
      .enum(["byPermissions", "hidden"])
      .describe("`byPermissions`: shown to users whose roles allow it; `hidden`: never shown."),
  })
  .optional();

const colour = z
  .string()
  .refine((value) => value.trim() !== "", "colours must not be empty: an empty colour makes the login box render blank (Frontegg's MUI error #9)")
  .describe("A CSS colour, e.g. `#4461F2`.");
const severityColour = z.strictObject({ light: colour, main: colour, dark: colour, contrast_text: colour });
const mainColour = severityColour.extend({ hover: colour, active: colour });
const palette = z
  .strictObject({
    success: severityColour.optional(),
    info: severityColour.optional(),
    warning: severityColour.optional(),
    error: severityColour.optional(),
    primary: mainColour.optional(),
    secondary: mainColour.optional(),
  })
  .describe(
    "Colours by category, each category given in full (`contrast_text` as Frontegg spells it). Only the categories " +
      "declared are written; the others stay as Frontegg has them.",
  );
const themeName = z.string().min(1, "themeName must not be empty").describe("The theme's name, e.g. `modern`.");

const inputs = z.strictObject({
  navigation: z
    .strictObject(Object.fromEntries(SECTIONS.map((name) => [name, section])) as Record<(typeof SECTIONS)[number], typeof section>)
    .optional()
    .describe("Admin-portal sections and who sees them (`users: { visibility: \"hidden\" }`). Only the sections declared are managed."),
  loginBox: z
    .strictObject({
      themeName: themeName.optional(),
      palette: palette.optional(),
      prestep: z
        .strictObject({ enabled: z.boolean() })
        .optional()
        .describe("The confirmation step before authentication links act, so e-mail scanners cannot use up magic links."),
    })
    .optional()
    .describe("The login box's theme (`themeV2.loginBox`). Its logo, social logins, disclaimers and styles are never touched."),
  adminPortal: z
    .strictObject({ themeName: themeName.optional(), palette: palette.optional() })
    .optional()
    .describe("The admin portal's theme (`themeV2.adminPortal`)."),
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of an {@link AdminPortal}. */
export type AdminPortalInputs = z.input<typeof inputs>;

const outputs = z.object({});
/** Every property of an {@link AdminPortal} as stored in state: the declared paths as Frontegg has them. */
export type AdminPortalState = Inputs;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const objectAt = (value: unknown): Json => (isObject(value) ? value : {});

/** The keys of `value` that `schema` knows, recursively: the configuration in input vocabulary. */
function known(schema: z.ZodType, value: unknown): unknown {
  const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  if (!(inner instanceof z.ZodObject)) return value;
  if (!isObject(value)) return undefined;
  const part: Json = {};
  for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
    const picked = value[key] === undefined ? undefined : known(field, value[key]);
    if (picked !== undefined && !(isObject(picked) && Object.keys(picked).length === 0)) part[key] = picked;
  }
  return part;
}

/** The whole configuration as the resource's properties (what an import or an export sees). */
function project(configuration: AdminBoxConfiguration): State {
  const themeV2 = objectAt(configuration.themeV2);
  return known(inputs, { navigation: configuration.navigation, loginBox: themeV2.loginBox, adminPortal: themeV2.adminPortal }) as State;
}

/** `configuration` with the declared paths set and everything else exactly as it was. */
function overlay(configuration: AdminBoxConfiguration, i: Inputs): AdminBoxConfiguration {
  const next = structuredClone(configuration);
  if (i.navigation) {
    const navigation = (next.navigation = { ...objectAt(next.navigation) });
    for (const [name, declared] of Object.entries(i.navigation)) {
      if (declared) navigation[name] = { ...objectAt(navigation[name]), visibility: declared.visibility };
    }
  }
  for (const box of ["loginBox", "adminPortal"] as const) {
    const declared = i[box];
    if (!declared) continue;
    const themeV2 = (next.themeV2 = { ...objectAt(next.themeV2) });
    const target = (themeV2[box] = { ...objectAt(themeV2[box]) });
    if (declared.themeName !== undefined) target.themeName = declared.themeName;
    if (declared.palette) {
      const colours = (target.palette = { ...objectAt(target.palette) });
      for (const [category, value] of Object.entries(declared.palette)) {
        if (value) colours[category] = { ...objectAt(colours[category]), ...value };
      }
    }
    if ("prestep" in declared && declared.prestep) target.prestep = { ...objectAt(target.prestep), enabled: declared.prestep.enabled };
  }
  return next;
}

/** Reads, overlays the declared paths, writes the whole configuration back; the declared part as it now is. */
async function save(client: FronteggClient, i: Inputs): Promise<State> {
  const written = overlay((await client.adminPortal.get()) ?? {}, i);
  await client.adminPortal.replace(written);
  return declaredPart(project(written), declaredPaths(i));
}

/** The declared settings, without the lifecycle's switch. */
function declaredPaths(i: Inputs): State {
  const { adoptExisting: _adopt, ...paths } = i;
  return paths;
}

/** The AdminPortal resource kind. */
export const adminPortal = defineResource<Inputs>({
  kind: "AdminPortal",
  noun: "admin portal",
  example: `resource portal "frontegg-native:index:AdminPortal" {
  navigation = {
    users = {
      visibility = "byPermissions"
    }
    webhooks = {
      visibility = "hidden"
    }
  }
  loginBox = {
    themeName = "modern"
    palette = {
      primary = {
        light = "#7b8ff5"
        main = "#4461f2"
        dark = "#2f43a9"
        hover = "#3a55d9"
        active = "#2f43a9"
        contrast_text = "#ffffff"
      }
    }
  }
}`,
  description:
    "The admin portal and login box of the environment: which admin-portal sections users see, and each box's theme " +
    "name and palette. Frontegg keeps them in one configuration it replaces whole on every write, so each write reads " +
    "it, changes only the paths the program declares and sends everything else back as it was: the login box's logo, " +
    "social logins, disclaimers and styles, palette categories not declared, and whatever else the portal set. Only the " +
    "declared paths are compared. Deleting the resource leaves the configuration as it is. If social logins vanish " +
    "from the login page after an `up` (reported against Frontegg's Terraform provider, cause unknown), publish " +
    "the login box once in the portal.",
  inputs,
  outputs,
  replaceOnChanges: [],
  secrets: [],
  compare: { navigation: sameDeclaredPart, loginBox: sameDeclaredPart, adminPortal: sameDeclaredPart },
  claimedBy: [],
  claims: () => ["the admin portal"],
  describe: () => "the admin portal",
  idOf: () => "environment",
  singletonScope: () => "environment",
  async find(client, i) {
    const configuration = await client.adminPortal.get();
    return configuration === undefined ? undefined : declaredPart(project(configuration), declaredPaths(i));
  },
  // An import knows nothing of what the program declares: it reads every path the resource can manage.
  async read(client, _id, stored) {
    const configuration = await client.adminPortal.get();
    if (configuration === undefined) return undefined;
    return stored[IMPORTED] === true ? project(configuration) : declaredPart(project(configuration), stored);
  },
  create: (client, i) => save(client, i),
  update: (client, _id, i) => save(client, i),
  // Frontegg has no delete for it, and its default is undocumented: the configuration stays as it is.
  async delete() {},
});
