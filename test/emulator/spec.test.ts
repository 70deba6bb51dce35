import { ERRORS } from "../../emulator/errors";
import { toJsonSchema } from "../../emulator/openapi-schema";
import { Spec } from "../../emulator/spec";
import { SPEC_OVERRIDES } from "../../emulator/spec-overrides";

describe("the spec layer", () => {
  const spec = Spec.shared();

  it("turns OpenAPI 3.0 nullable into a null type", () => {
    expect(toJsonSchema({ type: "string", nullable: true }, "x")).toEqual({ type: ["string", "null"] });
    expect(toJsonSchema({ type: "string", enum: ["a"], nullable: true }, "x")).toEqual({ type: ["string", "null"], enum: ["a", null] });
    expect(toJsonSchema({ $ref: "#/components/schemas/A", nullable: true }, "base")).toEqual({
      anyOf: [{ $ref: "base#/components/schemas/A" }, { type: "null" }],
    });
  });

  it("accepts null where the spec says nullable, and only there", () => {
    const categories = spec.operation("GET /identity/resources/permissions/v1/categories");
    const category = { id: "c", name: "n", description: null, createdAt: "2024-01-01T00:00:00.000Z", feCategory: false };
    expect(categories.responseErrors(200, [category])).toEqual([]);
    expect(categories.responseErrors(200, [{ ...category, name: null }])).toEqual(["[0].name must be a string"]);
  });

  it("catches a response that breaks its schema", () => {
    const roles = spec.operation("GET /identity/resources/roles/v1");
    expect(roles.responseErrors(200, [{ id: 1 }])).toEqual(expect.arrayContaining(["[0].id must be a string", "[0].key should not be empty"]));
  });

  it("reads the 29 email template types and the MFA defaults from the spec", () => {
    expect(spec.enumValues("identity", "CreateTemplateDto", "type")).toHaveLength(29);
    expect(spec.defaults("identity", "MfaPolicyRequest")).toEqual({ enforceMFAType: "Force", allowRememberMyDevice: false, mfaDeviceExpiration: 1209600 });
  });

  it("applies the overrides: partial SSO bodies pass, SSO domains need { domain }", () => {
    const create = spec.operation("POST /team/resources/sso/v1/configurations");
    const headers = { "frontegg-tenant-id": "t" };
    expect(() => create.validateRequest({ params: {}, query: {}, headers, body: { enabled: true } })).not.toThrow();
    const domains = spec.operation("POST /team/resources/sso/v1/configurations/{configurationId}/domains");
    expect(() => domains.validateRequest({ params: { configurationId: "c" }, query: {}, headers, body: {} })).toThrow("domain should not be empty");
  });

  it("gives every override a reason", () => {
    for (const override of SPEC_OVERRIDES) expect(override.reason.length).toBeGreaterThan(40);
  });
});

describe("the error catalogue", () => {
  const entries = Object.entries(ERRORS);

  it("gives every error a unique ER-xxxxx code, a message and a documented cause", () => {
    const codes = entries.map(([, e]) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [, entry] of entries) {
      expect(entry.code).toMatch(/^ER-\d{5}$/);
      expect(entry.message.length).toBeGreaterThan(0);
      expect(entry.doc.length).toBeGreaterThan(10);
      expect(entry.status).toBeGreaterThanOrEqual(400);
    }
  });

  it("uses Frontegg's ER-00004 for unknown routes", () => {
    expect(ERRORS.ROUTE_NOT_FOUND).toMatchObject({ status: 404, code: "ER-00004" });
  });
});
