import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { fail } from "../errors";
import { defineRoute } from "../route";
import type { EmulatorState, JsonObject, JwtTemplate, PolicyRecord } from "../state";
import { found, nowIso, paged } from "./common";

/**
 * JWT templates and the environment's template targeting (spec:identity.json; frontegg-api-notes-3.md §1).
 *
 * Templates (`/identity/resources/jwt-templates/v1`):
 * - List answers Frontegg's paging envelope (`_offset` a page number), filtered by `keys`/`ids`, sorted by
 *   `_sortBy`/`_order` (default: creation order).
 * - A template's claims must hold `iss`, `sub`, `aud`, `exp`, `iat`, `aud` being `{{clientId}}` or
 *   `{{applicationId}}`; a `type` or `tenantId` claim is 400 "Claims reserved for internal use are not allowed"
 *   (TF#238, verified live). The text of the other claim error is the emulator's own.
 * - `key` is unique (spec): a second one is 409 (Frontegg's status and text unverified).
 * - PUT takes any subset of the fields (the DTO requires none) and keeps the others (unverified: Frontegg may not).
 * - DELETE answers 204; an unknown id is 404.
 * - The "enabled on request" gate of the spec is not emulated: every environment has the feature.
 *
 * Targeting (`/identity/resources/configurations/v1/jwt-template-targeting`, one per environment):
 * - GET answers `{id, createdAt, updatedAt, targeting: {rules}}`, 404 before the first write (the notes leave 404
 *   or an empty 200 open; clients must take both).
 * - POST creates it (201 with the object), 409 when one exists; PUT creates or replaces the rule list and answers
 *   200 with no body (TF#238); PATCH `/{id}` replaces the rules of that object, 200 with no body; DELETE `/{id}`
 *   removes it (200). An id that is not the environment's targeting is 404.
 * - Whether a rule's `treatment` must name an existing template is unverified: it is not checked.
 */

const TEMPLATES = "/identity/resources/jwt-templates/v1";
const TARGETING = "/identity/resources/configurations/v1/jwt-template-targeting";
const TARGETING_KIND = "jwt-template-targeting";
const REQUIRED_CLAIMS = ["iss", "sub", "aud", "exp", "iat"];
const RESERVED_CLAIMS = ["type", "tenantId"];
const AUDIENCES = ["{{clientId}}", "{{applicationId}}"];

interface TemplateBody {
  key?: string;
  name?: string;
  description?: string;
  expiration?: number;
  algorithm?: string;
  templateSchema?: { claims: JsonObject };
}

/** Throws the error Frontegg answers for claims it refuses. */
function checkClaims(claims: JsonObject): void {
  if (RESERVED_CLAIMS.some((claim) => claim in claims)) throw fail("JWT_CLAIMS_RESERVED");
  const missing = REQUIRED_CLAIMS.filter((claim) => !(claim in claims));
  if (missing.length > 0) throw fail("JWT_CLAIMS_INVALID", `Missing required claims: ${missing.join(", ")}`);
  if (!AUDIENCES.includes(String(claims.aud))) throw fail("JWT_CLAIMS_INVALID", `aud must be one of ${AUDIENCES.join(", ")}`);
}

function asList(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value : [value]).map(String);
}

/** Registers the JWT template and targeting routes. */
export function registerJwtTemplateRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = (): EmulatorState => ctx.store.state;
  const template = (id: string): JwtTemplate => found(state().jwtTemplates.find((t) => t.id === id), "JWT_TEMPLATE_NOT_FOUND", "Jwt template", id);
  const assertKeyFree = (key: string, except?: JwtTemplate): void => {
    if (state().jwtTemplates.some((t) => t.key === key && t !== except)) throw fail("JWT_TEMPLATE_ALREADY_EXISTS", `Jwt template with key ${key} already exists`);
  };

  defineRoute(app, ctx, `GET ${TEMPLATES}`, ({ query }) => {
    const keys = asList(query.keys);
    const ids = asList(query.ids);
    const sortBy = typeof query._sortBy === "string" ? (query._sortBy as keyof JwtTemplate) : undefined;
    const direction = query._order === "DESC" ? -1 : 1;
    const items = state()
      .jwtTemplates.filter((t) => (keys === undefined || keys.includes(t.key)) && (ids === undefined || ids.includes(t.id)))
      .map((t) => ({ ...t }));
    if (sortBy) items.sort((a, b) => direction * String(a[sortBy]).localeCompare(String(b[sortBy])));
    const limit = typeof query._limit === "number" ? Math.floor(query._limit) : Math.max(items.length, 1);
    const pageNumber = typeof query._offset === "number" ? Math.floor(query._offset) : 0;
    return { status: 200, body: paged(items, TEMPLATES.replace("/identity", ""), limit, pageNumber) };
  });

  defineRoute(app, ctx, `GET ${TEMPLATES}/{id}`, ({ params }) => ({ status: 200, body: { ...template(params.id ?? "") } }));

  defineRoute<Required<Omit<TemplateBody, "description">> & TemplateBody>(app, ctx, `POST ${TEMPLATES}`, ({ body }) => {
    checkClaims(body.templateSchema.claims);
    assertKeyFree(body.key);
    const now = nowIso();
    const made: JwtTemplate = {
      id: randomUUID(),
      vendorId: state().vendorId,
      key: body.key,
      name: body.name,
      description: body.description ?? null,
      expiration: body.expiration,
      algorithm: body.algorithm,
      templateSchema: { claims: body.templateSchema.claims },
      createdAt: now,
      updatedAt: now,
    };
    state().jwtTemplates.push(made);
    return { status: 201, body: { ...made } };
  });

  defineRoute<TemplateBody>(app, ctx, `PUT ${TEMPLATES}/{id}`, ({ body, params }) => {
    const target = template(params.id ?? "");
    if (body.templateSchema) checkClaims(body.templateSchema.claims);
    if (body.key !== undefined) assertKeyFree(body.key, target);
    Object.assign(target, {
      key: body.key ?? target.key,
      name: body.name ?? target.name,
      description: body.description ?? target.description,
      expiration: body.expiration ?? target.expiration,
      algorithm: body.algorithm ?? target.algorithm,
      templateSchema: body.templateSchema ? { claims: body.templateSchema.claims } : target.templateSchema,
      updatedAt: nowIso(),
    });
    return { status: 200, body: { ...target } };
  });

  defineRoute(app, ctx, `DELETE ${TEMPLATES}/{id}`, ({ params }) => {
    const target = template(params.id ?? "");
    state().jwtTemplates = state().jwtTemplates.filter((t) => t !== target);
    return { status: 204 };
  });

  const targeting = (): PolicyRecord | undefined => state().policies.find((p) => p.kind === TARGETING_KIND && p.tenantId === null);
  const targetingWithId = (id: string): PolicyRecord => found(
    [targeting()].find((record) => record !== undefined && record.value.id === id),
    "JWT_TARGETING_NOT_FOUND",
    "Jwt template targeting",
    id,
  );
  const writeRules = (rules: JsonObject[] | undefined): PolicyRecord => {
    const now = nowIso();
    const existing = targeting();
    if (existing) {
      existing.value = { ...existing.value, targeting: { rules: rules ?? [] }, updatedAt: now };
      return existing;
    }
    const made: PolicyRecord = { kind: TARGETING_KIND, tenantId: null, value: { id: randomUUID(), createdAt: now, updatedAt: now, targeting: { rules: rules ?? [] } } };
    state().policies.push(made);
    return made;
  };

  defineRoute(app, ctx, `GET ${TARGETING}`, () => ({
    status: 200,
    body: { ...found(targeting(), "JWT_TARGETING_NOT_FOUND", "Jwt template targeting", "of the environment").value },
  }));

  defineRoute<{ rules?: JsonObject[] }>(app, ctx, `POST ${TARGETING}`, ({ body }) => {
    if (targeting()) throw fail("JWT_TARGETING_ALREADY_EXISTS");
    return { status: 201, body: { ...writeRules(body?.rules).value } };
  });

  defineRoute<{ rules?: JsonObject[] }>(app, ctx, `PUT ${TARGETING}`, ({ body }) => {
    writeRules(body?.rules);
    return { status: 200 };
  });

  defineRoute<{ rules?: JsonObject[] }>(app, ctx, `PATCH ${TARGETING}/{id}`, ({ body, params }) => {
    targetingWithId(params.id ?? "");
    writeRules(body?.rules);
    return { status: 200 };
  });

  defineRoute(app, ctx, `DELETE ${TARGETING}/{id}`, ({ params }) => {
    const target = targetingWithId(params.id ?? "");
    state().policies = state().policies.filter((p) => p !== target);
    return { status: 200 };
  });
}
