/**
 * The vendor (the environment itself) and what hangs off it: its settings (`GET/PUT /vendors`), its custom login
 * domains (`/vendors/custom-domains/v2`) and its mobile app-link associations
 * (`/vendors/resources/associated-domains/v1/{ios|android}`). Published in vendors.json, whose title and servers
 * are mislabelled ("Emails", `/email`): the routes live under `/vendors` (notes-3 "Prefixes"; TF-PR#267 live).
 * The allowed-origins list on the same object belongs to ./hosted-login.ts; nothing here ever sends it.
 */
import { z } from "zod";
import { HttpTransport } from "../http";
import { optionalString, orAbsentWhenNotFound, segment } from "./common";

const VENDOR = "/vendors";
const CUSTOM_DOMAINS = "/vendors/custom-domains/v2";
const ASSOCIATED_DOMAINS = "/vendors/resources/associated-domains/v1";

/**
 * The settings of the vendor this package manages. `backendStack`/`frontendStack` are strings in the answer
 * (the request DTO types them as objects; Frontegg's Terraform provider sends strings, notes-3 §6a).
 */
export const VendorSettingsSchema = z.object({
  id: z.string(),
  name: optionalString,
  country: optionalString,
  backendStack: optionalString,
  frontendStack: optionalString,
  host: optionalString,
  openSaaSInstalled: z
    .boolean()
    .nullish()
    .transform((value) => value ?? undefined),
});
/** The vendor's settings as Frontegg answers them. */
export type VendorSettings = z.output<typeof VendorSettingsSchema>;

/** A write of vendor settings: only the fields sent change (`PUT /vendors` is partial, TF-PR#267 live). */
export interface VendorSettingsRequest {
  readonly name?: string;
  readonly country?: string;
  readonly backendStack?: string;
  readonly frontendStack?: string;
  readonly host?: string;
  readonly openSaaSInstalled?: boolean;
}

/**
 * The vendor's own settings. Never `POST /vendors` (creates an environment) nor `DELETE /vendors` (deletes the
 * environment): the vendor exists from sign-up and outlives any program (notes-3 §6a).
 */
export class VendorSettingsApi {
  constructor(private readonly http: HttpTransport) {}

  /** The vendor: it always exists for valid credentials. */
  get(): Promise<VendorSettings> {
    return this.http.send({ method: "GET", path: VENDOR, response: VendorSettingsSchema });
  }

  /**
   * Writes the fields given and no other: `allowedOrigins` is never part of the body, so the origin list (written
   * whole by AllowedOriginsApi) is not touched. Returns the vendor as Frontegg then holds it.
   */
  async save(fields: VendorSettingsRequest): Promise<VendorSettings> {
    const { name, country, backendStack, frontendStack, host, openSaaSInstalled } = fields;
    const body = { name, country, backendStack, frontendStack, host, openSaaSInstalled };
    const answer = await this.http.send({ method: "PUT", path: VENDOR, body, response: z.unknown(), emptyBodyAllowed: true, idempotent: true });
    const parsed = VendorSettingsSchema.safeParse(answer);
    return parsed.success ? parsed.data : this.get();
  }
}

/** A DNS record Frontegg asks for before a custom domain can be verified. */
export const DnsRecordSchema = z.object({ type: z.string(), name: z.string(), value: z.string() });
/** A DNS record to create for a custom domain. */
export type DnsRecord = z.output<typeof DnsRecordSchema>;

/** A custom login domain as Frontegg lists it (the spec's schema is empty; the shape is what TF decodes). */
export const CustomDomainSchema = z.object({
  id: z.string(),
  domain: z.string(),
  status: optionalString,
  records: z
    .array(DnsRecordSchema)
    .nullish()
    .transform((value) => value ?? []),
});
/** A custom login domain. */
export type CustomDomain = z.output<typeof CustomDomainSchema>;

const CustomDomainListSchema = z.object({ customDomains: z.array(CustomDomainSchema).nullish() });

/** Custom login domains: a list, an add (`/verify`) and a remove by id; no update (notes-3 §6b). */
export class CustomDomainsApi {
  constructor(private readonly http: HttpTransport) {}

  /** Every custom domain of the environment; none when Frontegg answers 404 (TF reads it so). */
  async list(): Promise<CustomDomain[]> {
    const body = await orAbsentWhenNotFound(() => this.http.send({ method: "GET", path: CUSTOM_DOMAINS, response: CustomDomainListSchema }));
    return body?.customDomains ?? [];
  }

  /**
   * Adds a domain: `POST …/v2/verify {customDomain}` (what TF calls its add; the answer has no schema), then a list
   * read finds it by domain, case aside. Undefined when the list does not show it.
   */
  async add(customDomain: string): Promise<CustomDomain | undefined> {
    await this.http.send({ method: "POST", path: `${CUSTOM_DOMAINS}/verify`, body: { customDomain }, response: z.unknown(), emptyBodyAllowed: true });
    const wanted = customDomain.toLowerCase();
    return (await this.list()).find((item) => item.domain.toLowerCase() === wanted);
  }

  /** Removes a domain by id. */
  delete(id: string): Promise<void> {
    return this.http.send({ method: "DELETE", path: `${CUSTOM_DOMAINS}/${segment(id)}` });
  }
}

/** Which app store an association is for. */
export const ASSOCIATED_DOMAIN_PLATFORMS = ["ios", "android"] as const;
/** Which app store an association is for. */
export type AssociatedDomainPlatform = (typeof ASSOCIATED_DOMAIN_PLATFORMS)[number];

/**
 * An app-link association as Frontegg lists it (spec:vendors.json). TF also accepts `configurationId` for `id`
 * (TF#265, unverified live): read either.
 */
export const AssociatedDomainSchema = z
  .object({
    id: z.string().optional(),
    configurationId: z.string().optional(),
    appId: optionalString,
    appLinks: z.boolean().nullish(),
    webCredentials: z.boolean().nullish(),
    packageName: optionalString,
    sha256CertFingerprints: z.array(z.string()).nullish(),
  })
  .transform(({ id, configurationId, appLinks, webCredentials, sha256CertFingerprints, ...rest }) => ({
    ...rest,
    id: id ?? configurationId,
    appLinks: appLinks ?? undefined,
    webCredentials: webCredentials ?? undefined,
    sha256CertFingerprints: sha256CertFingerprints ?? undefined,
  }));
/** An app-link association. */
export type AssociatedDomain = z.output<typeof AssociatedDomainSchema>;

/** The body of an association: iOS `{appId, appLinks?, webCredentials?}`, Android `{packageName, sha256CertFingerprints}`. */
export type AssociatedDomainRequest =
  | { readonly appId: string; readonly appLinks?: boolean; readonly webCredentials?: boolean }
  | { readonly packageName: string; readonly sha256CertFingerprints: readonly string[] };

/** App-link associations: per platform a list, an add and a remove by id; no update (notes-3 §6c). */
export class AssociatedDomainsApi {
  constructor(private readonly http: HttpTransport) {}

  /** Every association of one platform (an unpaged array, spec). */
  async list(platform: AssociatedDomainPlatform): Promise<AssociatedDomain[]> {
    const answer = await this.http.send({ method: "GET", path: `${ASSOCIATED_DOMAINS}/${platform}`, response: z.union([z.array(AssociatedDomainSchema), AssociatedDomainSchema]) });
    return Array.isArray(answer) ? answer : [answer];
  }

  /**
   * Adds an association; returns it with its id. An answer without an id (TF tolerates one, TF#265) is followed by
   * a list read that finds the association by its app id or package name.
   */
  async add(platform: AssociatedDomainPlatform, body: AssociatedDomainRequest): Promise<AssociatedDomain | undefined> {
    const answer = await this.http.send({ method: "POST", path: `${ASSOCIATED_DOMAINS}/${platform}`, body, response: z.unknown(), emptyBodyAllowed: true });
    const parsed = AssociatedDomainSchema.safeParse(Array.isArray(answer) ? answer[0] : answer);
    if (parsed.success && parsed.data.id !== undefined) return parsed.data;
    const key = "appId" in body ? body.appId : body.packageName;
    return (await this.list(platform)).find((item) => (item.appId ?? item.packageName) === key);
  }

  /** Removes an association by id. */
  delete(platform: AssociatedDomainPlatform, id: string): Promise<void> {
    return this.http.send({ method: "DELETE", path: `${ASSOCIATED_DOMAINS}/${platform}/${segment(id)}` });
  }
}

/** The vendor's settings and what hangs off it. */
export class VendorApi {
  readonly settings: VendorSettingsApi;
  readonly customDomains: CustomDomainsApi;
  readonly associatedDomains: AssociatedDomainsApi;

  constructor(http: HttpTransport) {
    this.settings = new VendorSettingsApi(http);
    this.customDomains = new CustomDomainsApi(http);
    this.associatedDomains = new AssociatedDomainsApi(http);
  }
}
