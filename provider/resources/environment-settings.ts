/**
 * EnvironmentSettings: the vendor object of the environment (`GET/PUT /vendors`; spec:vendors.json under
 * `/vendors`, notes-3 §6a): its name, country, stacks and Frontegg host. One per environment; only the declared
 * properties are managed. The vendor's allowed-origins list, on the same object, is AllowedOrigin's: no write of
 * this kind ever sends it.
 */
import { z } from "zod";
import { VendorSettings, VendorSettingsRequest } from "../client";
import { Comparator, sameValue } from "../lifecycle/compare";
import { adoptExistingField } from "./fields";
import { singletonPolicy } from "./singleton-policy";

/** The section (see EnvironmentHooks.section) the settings of the environment itself are exported under. */
export const ENVIRONMENT_ITSELF = "The environment itself: one of each per environment";

// TF's validation of `frontegg_domain` (notes-more §1): the generated or chosen name under frontegg.com.
const FRONTEGG_HOST = /^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z]+)?\.frontegg\.com$/;

const text = (name: string, description: string) =>
  z
    .string()
    .min(1, `${name} must not be empty: leave it out to keep Frontegg's value`)
    .max(255, `${name} must be at most 255 characters`)
    .optional()
    .describe(description);

const inputs = z
  .strictObject({
    name: text("name", "The environment's (vendor's) name, as the portal shows it."),
    country: text("country", "The country the vendor is registered in, as the portal's onboarding stores it (free text; Frontegg publishes no list)."),
    backendStack: text(
      "backendStack",
      "The backend stack the portal's onboarding recorded, e.g. `Node` or `Python` (the values Frontegg's Terraform provider sends). Free text.",
    ),
    frontendStack: text(
      "frontendStack",
      "The frontend stack the portal's onboarding recorded, e.g. `React`, `Angular` or `Vue` (the values Frontegg's Terraform provider sends). Free text.",
    ),
    host: z
      .string()
      .regex(FRONTEGG_HOST, "host must be a name under frontegg.com such as app-x1y2.frontegg.com (a custom login domain is a CustomDomain)")
      .optional()
      .describe(
        "The environment's Frontegg domain, e.g. `app-x1y2.frontegg.com` (Terraform's `frontegg_domain`). Compared " +
          "without regard to case. Changing it moves the hosted login and the API host of the environment's apps.",
      ),
    openSaaSInstalled: z.boolean().optional().describe("Frontegg's `openSaaSInstalled` flag of the onboarding (documented by name only)."),
    adoptExisting: adoptExistingField,
  })
  .refine((i) => Object.entries(i).some(([key, value]) => key !== "adoptExisting" && value !== undefined), {
    message: "declare at least one setting (name, country, backendStack, frontendStack, host, openSaaSInstalled)",
  });
type Inputs = z.output<typeof inputs>;
/** Inputs of an {@link EnvironmentSettings}. */
export type EnvironmentSettingsInputs = z.input<typeof inputs>;

const outputs = z.object({
  vendorId: z.string().describe("Frontegg's id of the vendor: the environment's id."),
});
/** Every property of an {@link EnvironmentSettings} as stored in state: the declared settings plus the vendor's id. */
export type EnvironmentSettingsState = Inputs & z.output<typeof outputs>;

const sameHost: Comparator = (current, desired) =>
  typeof current === "string" && typeof desired === "string" ? current.toLowerCase() === desired.toLowerCase() : sameValue(current, desired);

/** The EnvironmentSettings resource kind. */
export const environmentSettings = singletonPolicy<Inputs, VendorSettings, VendorSettingsRequest>({
  kind: "EnvironmentSettings",
  noun: "environment settings",
  description:
    "The settings of the environment itself (Frontegg's vendor object): its name, country, recorded stacks and " +
    "Frontegg domain. Only the properties the program declares are managed: the others keep their value and are " +
    "never compared. The environment's allowed origins, which Frontegg keeps on the same object, are never " +
    "written by this resource: declare each as an AllowedOrigin. There is one per environment: creating the " +
    "resource takes the settings over, and deleting it leaves them as they are (an environment cannot be without " +
    "a name or a host, and Frontegg's only delete of the vendor deletes the whole environment, which this " +
    "provider never calls). Frontegg's Terraform provider bundles these settings in `frontegg_workspace`, which " +
    "must be adopted whole; here they are a resource of their own.",
  example: `resource environment "frontegg-native:index:EnvironmentSettings" {
  name = "Acme (production)"
  country = "US"
  backendStack = "Node"
  frontendStack = "React"
}`,
  inputs,
  outputs,
  api: (client) => ({
    get: () => client.vendor.settings.get(),
    save: (body) => client.vendor.settings.save(body),
  }),
  // PUT /vendors changes only the fields sent (TF-PR#267, live); the lifecycle still sends each setting as read
  // beside the declared ones (never allowedOrigins, which is no input here), so a partial PUT that turned out to
  // reset absent fields would lose nothing.
  partial: true,
  toRequest: ({ adoptExisting: _adopt, ...fields }) => fields,
  toState: ({ id, ...fields }) => ({ vendorId: id, ...fields }),
  compare: { host: sameHost },
  environment: {
    section: ENVIRONMENT_ITSELF,
    namePrefix: "environment",
    // The Frontegg host names one environment: an exported program applied to another must not move that one's
    // host, and two environments always differ in it, so a snapshot leaves it out.
    canonical: { host: () => undefined },
  },
});
