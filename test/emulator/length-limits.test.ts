import * as fs from "node:fs";
import * as path from "node:path";
import { applyLengthLimits, type LimitableService } from "../../emulator/length-limits";
import { LENGTH_LIMITS } from "../../emulator/spec-overrides";
import { CATEGORIES, CONFIGURATIONS, MAIL, PERMISSIONS, ROLES, SSO, TENANTS, useEmulator, type ErrorView, type RoleView } from "./helpers";

/** One bounded field of one write route, with a body that carries a value of a given length there. */
interface BoundedField {
  readonly what: string;
  readonly method: string;
  readonly path: string;
  readonly tenantId?: string;
  /** The field as Frontegg's message names it. */
  readonly field: string;
  readonly limit: number;
  readonly body: (value: string) => unknown;
}

const text = (length: number): string => "x".repeat(length);

const FIELDS: readonly BoundedField[] = [
  { what: "role key", method: "POST", path: ROLES, field: "[0].key", limit: 255, body: (key) => [{ key, name: "R", level: 1 }] },
  { what: "role name", method: "POST", path: ROLES, field: "[0].name", limit: 255, body: (name) => [{ key: "r", name, level: 1 }] },
  {
    what: "role description",
    method: "POST",
    path: ROLES,
    field: "[0].description",
    limit: 4095,
    body: (description) => [{ key: "r", name: "R", level: 1, description }],
  },
  { what: "permission key", method: "POST", path: PERMISSIONS, field: "[0].key", limit: 255, body: (key) => [{ key, name: "P" }] },
  { what: "category name", method: "POST", path: CATEGORIES, field: "name", limit: 255, body: (name) => ({ name }) },
  {
    what: "SSO sign-in endpoint",
    method: "POST",
    path: SSO,
    tenantId: "tenant-a",
    field: "ssoEndpoint",
    limit: 4095,
    body: (value) => ({ type: "saml", ssoEndpoint: `https://idp.test/${value.slice(17)}` }),
  },
  {
    what: "email template sender name (the spec's own 512)",
    method: "POST",
    path: `${MAIL}/templates`,
    field: "fromName",
    limit: 512,
    body: (fromName) => ({ type: "ResetPassword", fromName }),
  },
  {
    what: "captcha ignored email",
    method: "POST",
    path: `${CONFIGURATIONS}/v1/captcha-policy`,
    field: "ignoredEmails[0]",
    limit: 255,
    body: (email) => ({ enabled: true, siteKey: "s", secretKey: "k", minScore: 0.5, ignoredEmails: [email] }),
  },
  { what: "tenant name", method: "POST", path: `${TENANTS}/v1`, field: "name", limit: 255, body: (name) => ({ name }) },
];

describe("length limits", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  it.each(FIELDS)("$what: $limit characters pass, one more is answered 400 naming the field", async (field) => {
    const send = (value: string) => emu.call<ErrorView>(field.method, field.path, { body: field.body(value), tenantId: field.tenantId });
    const over = await send(text(field.limit + 1));
    expect(over.status).toBe(400);
    expect(over.body).toEqual({
      errors: [`${field.field} must be shorter than or equal to ${field.limit} characters`],
      errorCode: expect.stringMatching(/^ER-\d{5}$/),
    });
    expect((await send(text(field.limit))).status).toBeLessThan(300);
  });

  it("refuse a 1.4 MB role name, store nothing and keep serving", async () => {
    const result = await emu.call<ErrorView>("POST", ROLES, { body: [{ key: "huge", name: text(1_400_000), level: 1 }] });
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual(["[0].name must be shorter than or equal to 255 characters"]);
    const roles = (await emu.call<RoleView[]>("GET", ROLES)).body;
    expect(roles.map((r) => r.key)).not.toContain("huge");
  });

  it("bound updates as well as creates", async () => {
    const [role] = (await emu.call<RoleView[]>("POST", ROLES, { body: [{ key: "r", name: "R", level: 1 }] })).body;
    const result = await emu.call<ErrorView>("PATCH", `${ROLES}/${role.id}`, { body: { name: text(256) } });
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual(["name must be shorter than or equal to 255 characters"]);
  });
});

describe("LENGTH_LIMITS", () => {
  const bundle = JSON.parse(fs.readFileSync(path.join(__dirname, "../../emulator/spec/frontegg-openapi.json"), "utf8")) as {
    services: Record<string, LimitableService>;
  };

  it("leaves no string of any served request body unbounded, enums aside", () => {
    const unbounded: string[] = [];
    for (const [name, service] of Object.entries(structuredClone(bundle).services)) {
      applyLengthLimits(service, LENGTH_LIMITS);
      const walk = (node: unknown, where: string): void => {
        if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${where}[${i}]`));
        if (node === null || typeof node !== "object") return;
        const record = node as Record<string, unknown>;
        if (record.type === "string" && record.maxLength === undefined && record.enum === undefined) unbounded.push(where);
        for (const [key, value] of Object.entries(record)) walk(value, `${where}.${key}`);
      };
      for (const schema of requestSchemaNames(service)) walk(service.components.schemas[schema], `${name}.${schema}`);
    }
    expect(unbounded).toEqual([]);
  });

  it("keeps the limits the spec publishes", () => {
    const identity = structuredClone(bundle).services.identity;
    applyLengthLimits(identity, LENGTH_LIMITS);
    const template = identity.components.schemas.CreateTemplateDto as { properties: Record<string, { maxLength?: number }> };
    expect(template.properties.htmlTemplate.maxLength).toBe(1_000_000);
  });

  it("says why", () => {
    expect(LENGTH_LIMITS.reason.length).toBeGreaterThan(40);
  });
});

/** Names of the component schemas request bodies reference, directly or through other schemas. */
function requestSchemaNames(service: LimitableService): Set<string> {
  const names = new Set<string>();
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(collect);
    if (node === null || typeof node !== "object") return;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) {
      const name = ref.slice("#/components/schemas/".length);
      if (!names.has(name)) {
        names.add(name);
        collect(service.components.schemas[name]);
      }
    }
    Object.values(node).forEach(collect);
  };
  for (const operations of Object.values(service.paths)) {
    for (const operation of Object.values(operations)) collect(operation?.requestBody?.content?.["application/json"]?.schema);
  }
  return names;
}
