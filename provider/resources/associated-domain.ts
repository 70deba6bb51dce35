/**
 * AssociatedDomain: an iOS or Android app associated with the environment's domains
 * (`/vendors/resources/associated-domains/v1/{ios|android}`; spec:vendors.json, notes-3 §6c). Frontegg serves them
 * in its `apple-app-site-association` and `assetlinks.json`, which mobile SDKs need for app-link callbacks, magic
 * links, password resets and passkeys. No update route: every input replaces the resource.
 */
import { z } from "zod";
import { ASSOCIATED_DOMAIN_PLATFORMS, AssociatedDomain as ApiAssociatedDomain, AssociatedDomainPlatform, AssociatedDomainRequest, FronteggClient } from "../client";
import { Comparator } from "../lifecycle/compare";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound, ResourceError } from "../lifecycle/errors";
import { adoptExistingField } from "./fields";

// `{teamId}.{bundleId}` (notes-3 §6c): Apple team ids are ten letters or digits.
const APP_ID = /^[A-Z0-9]{10}\.[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/;
// An Android application id: two or more dot-separated Java identifiers.
const PACKAGE_NAME = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/;
// A SHA-256 certificate fingerprint as `keytool` and the Play console print it.
const FINGERPRINT = /^([0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$/;

const IOS_ONLY = ["appId", "appLinks", "webCredentials"] as const;
const ANDROID_ONLY = ["packageName", "sha256CertFingerprints"] as const;

const inputs = z
  .strictObject({
    platform: z.enum(ASSOCIATED_DOMAIN_PLATFORMS).describe("`ios` or `android`. Changing it replaces the resource."),
    appId: z
      .string()
      .regex(APP_ID, "appId must be `<teamId>.<bundleId>`, e.g. ABCDE12345.com.example.app")
      .optional()
      .describe("iOS only, required there: the app id `<teamId>.<bundleId>`, e.g. `ABCDE12345.com.example.app`. Changing it replaces the resource."),
    appLinks: z
      .boolean()
      .optional()
      .describe("iOS only: list the app under `applinks` (universal links). Omit to leave it to Frontegg, whose default is not documented."),
    webCredentials: z
      .boolean()
      .optional()
      .describe("iOS only: list the app under `webcredentials` (shared passwords and passkeys). Omit to leave it to Frontegg, whose default is not documented."),
    packageName: z
      .string()
      .regex(PACKAGE_NAME, "packageName must be an Android application id such as com.example.app")
      .optional()
      .describe("Android only, required there: the application id, e.g. `com.example.app`. Changing it replaces the resource."),
    sha256CertFingerprints: z
      .array(z.string().regex(FINGERPRINT, "each of sha256CertFingerprints must be 32 hex pairs joined by `:`"))
      .min(1, "sha256CertFingerprints must list at least one fingerprint")
      .optional()
      .describe(
        "Android only, required there: the SHA-256 fingerprints of the app's signing certificates (`AB:CD:…`). A set, " +
          "compared without regard to case. Changing it replaces the resource.",
      ),
    adoptExisting: adoptExistingField,
  })
  .superRefine((i, ctx) => {
    const foreign = i.platform === "ios" ? ANDROID_ONLY : IOS_ONLY;
    for (const key of foreign) {
      if (i[key] !== undefined) ctx.addIssue({ code: "custom", path: [key], message: `${key} applies to ${i.platform === "ios" ? "android" : "ios"} only` });
    }
    const required = i.platform === "ios" ? ["appId"] : ["packageName", "sha256CertFingerprints"];
    for (const key of required) {
      if (i[key as keyof typeof i] === undefined) ctx.addIssue({ code: "custom", path: [key], message: `${key} is required for platform ${i.platform}` });
    }
  });
type Inputs = z.output<typeof inputs>;
/** Inputs of an {@link AssociatedDomain}. */
export type AssociatedDomainInputs = z.input<typeof inputs>;

const outputs = z.object({
  associatedDomainId: z.string().describe("Frontegg's id of the association. The resource id is `<platform>/<associatedDomainId>`."),
});
/** Every property of an {@link AssociatedDomain} as stored in state. */
export type AssociatedDomainState = Inputs & z.output<typeof outputs>;

function toState(platform: AssociatedDomainPlatform, item: ApiAssociatedDomain): State {
  return platform === "ios"
    ? { platform, associatedDomainId: item.id, appId: item.appId, appLinks: item.appLinks, webCredentials: item.webCredentials }
    : { platform, associatedDomainId: item.id, packageName: item.packageName, sha256CertFingerprints: [...(item.sha256CertFingerprints ?? [])].map((f) => f.toUpperCase()).sort() };
}

function toRequest(i: Inputs): AssociatedDomainRequest {
  return i.platform === "ios"
    ? { appId: i.appId!, appLinks: i.appLinks, webCredentials: i.webCredentials }
    : { packageName: i.packageName!, sha256CertFingerprints: [...new Set(i.sha256CertFingerprints!.map((f) => f.toUpperCase()))] };
}

const appKey = (i: { appId?: unknown; packageName?: unknown }) => String(i.appId ?? i.packageName);
const describe = (i: Inputs) => `${i.platform} associated domain "${appKey(i)}"`;

const sameFingerprints: Comparator = (current, desired) => {
  const set = (value: unknown) => new Set(Array.isArray(value) ? value.map((f) => String(f).toUpperCase()) : []);
  const [a, b] = [set(current), set(desired)];
  return a.size === b.size && [...a].every((f) => b.has(f));
};

async function listAll(client: FronteggClient): Promise<State[]> {
  const lists = await Promise.all(ASSOCIATED_DOMAIN_PLATFORMS.map(async (platform) => (await client.vendor.associatedDomains.list(platform)).map((item) => toState(platform, item))));
  return lists.flat();
}

/** The AssociatedDomain resource kind. */
export const associatedDomain = defineResource<Inputs>({
  kind: "AssociatedDomain",
  description:
    "An iOS or Android app associated with the environment's domains: Frontegg lists it in the " +
    "`apple-app-site-association` or `assetlinks.json` file it serves, which the mobile SDKs need for app-link " +
    "callbacks, magic links, password resets and passkeys. Found by its platform and app id (iOS) or package name " +
    "(Android). Frontegg has no update: any change replaces the resource. Deleting it removes the association. " +
    "Frontegg does not register the redirect URIs an app implies: declare them as RedirectUri resources.",
  example: `resource iosApp "frontegg-native:index:AssociatedDomain" {
  __logicalName = "ios-app"
  platform = "ios"
  appId = "ABCDE12345.com.example.app"
}

resource androidApp "frontegg-native:index:AssociatedDomain" {
  __logicalName = "android-app"
  platform = "android"
  packageName = "com.example.app"
  sha256CertFingerprints = ["14:6D:E9:83:C5:73:06:50:D8:EE:B9:95:2F:34:FC:64:16:A0:83:42:E6:1D:BE:A8:8A:04:96:B2:3F:CF:44:E5"]
}`,
  inputs,
  outputs,
  noun: "associated domain",
  // An omitted appLinks or webCredentials is left to Frontegg and never compared (only declared inputs are).
  replaceOnChanges: ["platform", "appId", "appLinks", "webCredentials", "packageName", "sha256CertFingerprints"],
  secrets: [],
  compare: { sha256CertFingerprints: sameFingerprints },
  claimedBy: ["platform", "appId", "packageName"],
  claims: (i) => [describe(i)],
  describe,
  idOf: (state) => `${String(state.platform)}/${String(state.associatedDomainId)}`,
  importId: {
    format: "`ios/<associatedDomainId>` or `android/<associatedDomainId>`",
    parse: (importId) => (/^(ios|android)\/[^/]+$/.test(importId) ? { id: importId, stored: {} } : undefined),
  },
  environment: { naturalKey: (entry) => `${String(entry.platform)}/${appKey(entry)}`, nameOf: (entry) => `${String(entry.platform)} ${appKey(entry)}` },
  collection: {
    scopeOf: () => undefined,
    list: (client) => listAll(client),
    matches: (state, i) => state.platform === i.platform && appKey(state) === appKey(i),
  },
  async create(client, i) {
    const added = await client.vendor.associatedDomains.add(i.platform, toRequest(i));
    if (!added?.id) throw new ResourceError(`Frontegg accepted ${describe(i)} but does not list it: run \`pulumi up\` again`);
    return toState(i.platform, added);
  },
  // Every input replaces the resource: nothing changes in place.
  update: async (_client, _id, _i, current) => current,
  async delete(client, _id, stored) {
    await ignoreNotFound(() => client.vendor.associatedDomains.delete(stored.platform as AssociatedDomainPlatform, String(stored.associatedDomainId)));
  },
});
