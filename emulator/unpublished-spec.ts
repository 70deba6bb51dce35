/**
 * Operations Frontegg publishes no OpenAPI spec for, in the bundle's own format so the emulator validates their
 * requests exactly like the published ones. NOT in Frontegg's published spec: every schema here is hand-written
 * from frontegg-api-notes-more.md, the section named on each service, and is only as good as that source.
 */

/** A service of hand-written operations (the bundle's service shape). */
export interface UnpublishedService {
  readonly prefix: string;
  readonly paths: Record<string, Record<string, unknown>>;
  readonly components: { readonly schemas: Record<string, unknown> };
}

const json = (schema: object): { content: { "application/json": { schema: object } } } => ({ content: { "application/json": { schema } } });
const pathId = (name: string): object => ({ name, in: "path", required: true, schema: { type: "string" } });

/** Services by name; their names must not clash with the bundle's (`identity`, `sso`, ...). */
export const UNPUBLISHED_SERVICES: Record<string, UnpublishedService> = {
  // Not in Frontegg's published spec; from notes-more §7 (TF:resource_frontegg_redirect_uri.go).
  "unpublished-oauth": {
    prefix: "/oauth",
    paths: {
      "/resources/configurations/v1/redirect-uri": {
        get: {
          responses: {
            200: json({
              type: "object",
              required: ["redirectUris"],
              properties: { redirectUris: { type: "array", items: { $ref: "#/components/schemas/RedirectUri" } } },
            }),
          },
        },
        post: {
          requestBody: {
            required: true,
            ...json({
              type: "object",
              required: ["redirectUri"],
              additionalProperties: false,
              properties: { redirectUri: { type: "string", minLength: 1, maxLength: 2048 } },
            }),
          },
          responses: { 201: json({ $ref: "#/components/schemas/RedirectUri" }) },
        },
      },
      "/resources/configurations/v1/redirect-uri/{id}": { delete: { parameters: [pathId("id")], responses: { 200: {} } } },
    },
    components: {
      schemas: {
        RedirectUri: { type: "object", required: ["id", "redirectUri"], properties: { id: { type: "string" }, redirectUri: { type: "string" } } },
      },
    },
  },
  // Not in Frontegg's published spec; from notes-more §7 (TF:resource_frontegg_allowed_origin.go, TF-PR#267).
  "unpublished-vendors": {
    prefix: "/vendors",
    paths: {
      "/": {
        get: { responses: { 200: json({ $ref: "#/components/schemas/Vendor" }) } },
        // A partial PUT is accepted (TF-PR#267's destroy "leaves the vendor exactly as it started", inferred):
        // other vendor fields are unverified, so they are let through and ignored.
        put: {
          requestBody: {
            required: true,
            ...json({
              type: "object",
              properties: { allowedOrigins: { type: "array", maxItems: 500, items: { type: "string", minLength: 1, maxLength: 2048 } } },
            }),
          },
          responses: { 200: json({ $ref: "#/components/schemas/Vendor" }) },
        },
      },
    },
    components: {
      schemas: {
        Vendor: {
          type: "object",
          required: ["id", "allowedOrigins"],
          properties: { id: { type: "string" }, allowedOrigins: { type: "array", items: { type: "string" } } },
        },
      },
    },
  },
};
