import { randomBytes, randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { fail } from "../errors";
import { defineRoute } from "../route";
import type { Application, EmulatorState, JsonObject } from "../state";
import { found, nowIso } from "./common";

/**
 * Applications and their tenant assignments, from Frontegg's published spec (applications.json, served under
 * `/applications`; notes-3 §8):
 * - GET lists every application as a plain array (no paging); environment-wide, the tenant header is ignored.
 * - POST creates and answers 201 with the application; omitted fields take the defaults CreateApplicationRequest
 *   declares (`type` web, `frontendStack` react, `isActive` true, `isDefault`/`allowDcr` false). The spec gives
 *   `accessType` no default: FREE_ACCESS, which TF's docs call Frontegg's default (notes-more §10). Names are not
 *   required to be unique (no source says either way).
 * - PATCH `/{id}` changes the fields sent and answers **201** with an empty body (spec); `metadata` is replaced.
 *   Whether Frontegg applies UpdateApplicationRequest's declared defaults to omitted fields is unverified
 *   (notes-3 §8c item 12): the emulator changes only what is sent, and the provider always sends those fields.
 * - DELETE `/{id}` answers 200 with an empty body; the application's tenant assignments go with it (inferred:
 *   the spec says its configuration is removed permanently).
 * - `GET /credentials/{appId}` answers `{ clientSecret, sharedSecret }`, generated at create; no other answer
 *   carries them.
 * - Tenant assignments: per application, `{tenantId, accessType}`. POST of a pair that exists answers 201 and
 *   keeps one assignment (duplicate POST behaviour is unverified, notes-3 "Not reliably sourced"); PUT and
 *   DELETE of a pair that does not exist answer 404. The tenant need not exist in the emulator (other routes do
 *   not require that either: see routes/tenants.ts).
 */

const BASE = "/applications/resources/applications/v1";
const ASSIGNMENTS = "/applications/resources/applications/tenant-assignments/v1";

/** An application as the API answers it: never with its credentials; `logoURL`/`description` as "" when unset. */
function view(state: EmulatorState, app: Application): Record<string, unknown> {
  const { clientSecret: _client, sharedSecret: _shared, assignments: _assignments, logoURL, description, appHost, ...rest } = app;
  return {
    ...rest,
    vendorId: state.vendorId,
    logoURL: logoURL ?? "",
    description: description ?? "",
    integrationFinishedAt: "",
    ...(appHost !== undefined ? { appHost } : {}),
  };
}

const secret = (): string => randomBytes(24).toString("hex");

/** Registers the application and tenant-assignment routes. */
export function registerApplicationRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = (): EmulatorState => ctx.store.state;
  const byId = (id: string): Application => found(state().applications.find((a) => a.id === id), "APPLICATION_NOT_FOUND", "Application", id);
  const defaults = ctx.spec.defaults("applications", "CreateApplicationRequest");
  const updatable = ctx.spec.propertyNames("applications", "UpdateApplicationRequest");

  defineRoute(app, ctx, `GET ${BASE}`, () => ({ status: 200, body: state().applications.map((a) => view(state(), a)) }));

  defineRoute<JsonObject>(app, ctx, `POST ${BASE}`, ({ body }) => {
    const now = nowIso();
    const fields = { ...defaults, accessType: "FREE_ACCESS", ...body } as JsonObject;
    const created: Application = {
      id: randomUUID(),
      name: String(fields.name),
      appURL: String(fields.appURL),
      loginURL: String(fields.loginURL),
      logoURL: typeof fields.logoURL === "string" ? fields.logoURL : null,
      description: typeof fields.description === "string" ? fields.description : null,
      accessType: String(fields.accessType),
      type: String(fields.type),
      frontendStack: String(fields.frontendStack),
      isDefault: fields.isDefault === true,
      isActive: fields.isActive !== false,
      allowDcr: fields.allowDcr === true,
      metadata: typeof fields.metadata === "object" && fields.metadata !== null ? { ...(fields.metadata as JsonObject) } : {},
      assignments: [],
      clientSecret: secret(),
      sharedSecret: secret(),
      createdAt: now,
      updatedAt: now,
    };
    state().applications.push(created);
    return { status: 201, body: view(state(), created) };
  });

  defineRoute(app, ctx, `GET ${BASE}/default`, () => {
    const current = state().applications.find((a) => a.isDefault);
    if (!current) throw fail("APPLICATION_NOT_FOUND", "Default application not found");
    return { status: 200, body: view(state(), current) };
  });

  defineRoute(app, ctx, `GET ${BASE}/credentials/{appId}`, ({ params }) => {
    const target = byId(params.appId!);
    return { status: 200, body: { clientSecret: target.clientSecret, sharedSecret: target.sharedSecret } };
  });

  defineRoute(app, ctx, `GET ${BASE}/{id}`, ({ params }) => ({ status: 200, body: view(state(), byId(params.id!)) }));

  defineRoute<JsonObject>(app, ctx, `PATCH ${BASE}/{id}`, ({ params, body }) => {
    const target = byId(params.id!) as unknown as JsonObject;
    for (const field of updatable) {
      const value = body[field];
      if (value === undefined) continue;
      target[field] = field === "metadata" ? { ...(value as JsonObject) } : value;
    }
    target.updatedAt = nowIso();
    return { status: 201 };
  });

  defineRoute(app, ctx, `DELETE ${BASE}/{id}`, ({ params }) => {
    const target = byId(params.id!);
    state().applications = state().applications.filter((a) => a !== target);
    return { status: 200 };
  });

  defineRoute(app, ctx, `GET ${ASSIGNMENTS}/{appId}`, ({ params }) => ({
    status: 200,
    body: { tenantIds: byId(params.appId!).assignments.map((a) => a.tenantId) },
  }));

  defineRoute<{ tenantId: string; accessType?: string }>(app, ctx, `POST ${ASSIGNMENTS}/{appId}`, ({ params, body }) => {
    const target = byId(params.appId!);
    const accessType = body.accessType ?? target.accessType;
    const existing = target.assignments.find((a) => a.tenantId === body.tenantId);
    if (existing) existing.accessType = accessType;
    else target.assignments.push({ tenantId: body.tenantId, accessType });
    const appIds = state()
      .applications.filter((a) => a.assignments.some((x) => x.tenantId === body.tenantId))
      .map((a) => a.id);
    return { status: 201, body: { tenantId: body.tenantId, appIds } };
  });

  const assignment = (appId: string, tenantId: string) =>
    found(byId(appId).assignments.find((a) => a.tenantId === tenantId), "APPLICATION_TENANT_NOT_ASSIGNED", `Tenant ${tenantId} of application`, appId);

  defineRoute<{ accessType: string }>(app, ctx, `PUT ${ASSIGNMENTS}/{appId}/{tenantId}`, ({ params, body }) => {
    assignment(params.appId!, params.tenantId!).accessType = body.accessType;
    return { status: 200 };
  });

  defineRoute(app, ctx, `DELETE ${ASSIGNMENTS}/{appId}/{tenantId}`, ({ params }) => {
    const target = byId(params.appId!);
    const gone = assignment(params.appId!, params.tenantId!);
    target.assignments = target.assignments.filter((a) => a !== gone);
    return { status: 200 };
  });
}

/** Removes a deleted tenant's assignments from every application. */
export function unassignTenant(state: EmulatorState, tenantId: string): void {
  for (const application of state.applications) application.assignments = application.assignments.filter((a) => a.tenantId !== tenantId);
}
