import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { fail } from "../errors";
import { defineRoute } from "../route";
import type { AssociatedDomain, EmulatorState, JsonObject } from "../state";
import { found } from "./common";

/**
 * The vendor (the environment itself), from spec:vendors.json served under `/vendors` (its `/email` servers are a
 * publishing error, notes-3 "Prefixes"):
 * - `GET /vendors` answers the vendor (VendorResponseDto). A new environment's vendor exists from sign-up, with a
 *   generated `app-….frontegg.com` host (notes-3 §6a, inferred); the emulator stores only what was written over
 *   those defaults.
 * - `PUT /vendors` changes only the fields sent (TF-PR#267, live). `allowedOrigins`, when sent, replaces the whole
 *   list and each origin is stored with a `/` appended (notes-more §7); a PUT without it leaves the list as it is.
 *   Fields the emulator does not model are accepted and ignored. `POST`/`DELETE /vendors` (create or delete the
 *   environment) are not served.
 * - Custom domains v2: `GET` → `{customDomains:[{id, domain, status, records}]}` (the spec's schema is empty; TF's
 *   shape). `POST …/verify {customDomain}` adds the domain (TF's add), status `Pending` with the CNAME record to
 *   create, since the emulator has no DNS to check; the same domain twice is 409 (unverified). `DELETE …/{id}` 200,
 *   unknown id 404.
 * - Associated domains: per platform an unpaged array, a POST that answers 201 with the stored entry, a DELETE by
 *   id. The spec's "add or update" wording hints at an upsert by app id; unverified, so a second POST adds another.
 *   iOS `appLinks`/`webCredentials` default to true when not sent (unverified: Frontegg's defaults are unknown).
 */

const VENDOR = "/vendors";
const CUSTOM_DOMAINS = "/vendors/custom-domains/v2";
const ASSOCIATED_DOMAINS = "/vendors/resources/associated-domains/v1";
const VENDOR_RECORD = "vendor";
/** The vendor fields the emulator keeps when written. */
const SETTINGS = ["name", "country", "backendStack", "frontendStack", "host", "openSaaSInstalled", "appURL", "loginURL", "logo", "icon"] as const;

/** How Frontegg stores an allowed origin: with one trailing `/`. */
function storedOrigin(origin: string): string {
  return origin.endsWith("/") ? origin : `${origin}/`;
}

/** Registers the vendor routes. */
export function registerVendorRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = (): EmulatorState => ctx.store.state;
  const written = (): JsonObject => {
    let record = state().policies.find((p) => p.kind === VENDOR_RECORD && p.tenantId === null);
    if (!record) {
      record = { kind: VENDOR_RECORD, tenantId: null, value: {} };
      state().policies.push(record);
    }
    return record.value;
  };
  const vendor = (): JsonObject => {
    const id = state().vendorId;
    const host = `app-${id.slice(0, 8)}.frontegg.com`;
    const stored = state().policies.find((p) => p.kind === VENDOR_RECORD && p.tenantId === null)?.value ?? {};
    return {
      id,
      name: "Emulated environment",
      country: "US",
      state: "",
      backendStack: "Node",
      frontendStack: "React",
      typeDB: "",
      logo: "",
      icon: "",
      dateFormat: "DD/MM/YYYY",
      startWeekDay: "Sunday",
      timeFormat: "24",
      timezone: "UTC",
      currency: "USD",
      openSaaSInstalled: false,
      accountId: id,
      environment: "development",
      environmentAvailability: "READY",
      environmentName: "development",
      loginURL: `https://${host}/oauth/account/login`,
      deploymentOrder: 0,
      host,
      ...stored,
      allowedOrigins: [...state().allowedOrigins],
      allowedOriginsPattern: [],
    };
  };

  defineRoute(app, ctx, `GET ${VENDOR}`, () => ({ status: 200, body: vendor() }));

  defineRoute<JsonObject & { allowedOrigins?: string[] }>(app, ctx, `PUT ${VENDOR}`, ({ body }) => {
    if (body.allowedOrigins !== undefined) state().allowedOrigins = [...new Set(body.allowedOrigins.map(storedOrigin))];
    const settings = SETTINGS.filter((field) => body[field] !== undefined);
    if (settings.length > 0) {
      const record = written();
      for (const field of settings) record[field] = body[field]!;
    }
    return { status: 200, body: vendor() };
  });

  defineRoute(app, ctx, `GET ${CUSTOM_DOMAINS}`, () => ({ status: 200, body: { customDomains: state().customDomains.map((d) => structuredClone(d)) } }));

  defineRoute<{ customDomain: string }>(app, ctx, `POST ${CUSTOM_DOMAINS}/verify`, ({ body }) => {
    const domain = body.customDomain.toLowerCase();
    if (state().customDomains.some((d) => d.domain === domain)) throw fail("CUSTOM_DOMAIN_ALREADY_EXISTS", `Custom domain ${domain} already exists`);
    const host = String(vendor().host);
    state().customDomains.push({ id: randomUUID(), domain, status: "Pending", records: [{ type: "CNAME", name: domain, value: host }] });
    return { status: 200 };
  });

  defineRoute(app, ctx, `DELETE ${CUSTOM_DOMAINS}/{id}`, ({ params }) => {
    const entry = found(
      state().customDomains.find((d) => d.id === params.id),
      "CUSTOM_DOMAIN_NOT_FOUND",
      "Custom domain",
      params.id!,
    );
    state().customDomains = state().customDomains.filter((d) => d !== entry);
    return { status: 200 };
  });

  for (const platform of ["ios", "android"] as const) {
    const path = `${ASSOCIATED_DOMAINS}/${platform}`;
    const answer = (entry: AssociatedDomain): JsonObject => ({ id: entry.id, vendorId: state().vendorId, ...entry.fields });

    defineRoute(app, ctx, `GET ${path}`, () => ({ status: 200, body: state().associatedDomains.filter((d) => d.platform === platform).map(answer) }));

    defineRoute<JsonObject>(app, ctx, `POST ${path}`, ({ body }) => {
      const fields: JsonObject =
        platform === "ios"
          ? { appId: body.appId!, appLinks: body.appLinks ?? true, webCredentials: body.webCredentials ?? true }
          : { packageName: body.packageName!, sha256CertFingerprints: body.sha256CertFingerprints! };
      const entry: AssociatedDomain = { id: randomUUID(), platform, fields };
      state().associatedDomains.push(entry);
      return { status: 201, body: answer(entry) };
    });

    defineRoute(app, ctx, `DELETE ${path}/{id}`, ({ params }) => {
      const entry = found(
        state().associatedDomains.find((d) => d.platform === platform && d.id === params.id),
        "ASSOCIATED_DOMAIN_NOT_FOUND",
        "Associated domain",
        params.id!,
      );
      state().associatedDomains = state().associatedDomains.filter((d) => d !== entry);
      return { status: 200 };
    });
  }
}
