import { randomBytes, randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { defineUnpublishedRoute } from "../route";
import type { Application, EmulatorState } from "../state";
import { found, nowIso } from "./common";

/**
 * Applications (`/applications/resources/applications/v1`): NOT IN FRONTEGG'S PUBLISHED SPEC. Everything here is
 * from notes-more §10 (TF:resource_frontegg_application.go, MCP:frontegg-applications.ts), and the body schemas
 * below are hand-written from its field table.
 * - GET lists every application as an array (MCP); environment-wide, the tenant header is ignored.
 * - POST creates and answers 201 with the application (MCP); omitted fields take TF's defaults (`type` web,
 *   `frontendStack` react, `isActive` true, `isDefault`/`allowDcr` false, `accessType` FREE_ACCESS, which TF's
 *   docs call Frontegg's default). Names are not required to be unique (no source says either way).
 * - PATCH `/{id}` changes the fields sent and answers 200 with an EMPTY body (TF comment); `metadata` is replaced.
 * - DELETE `/{id}` answers 200 with an empty body (MCP); 404 for an unknown id.
 * - `GET /credentials/{id}` answers `{ clientSecret, sharedSecret }`, generated at create; no other answer
 *   carries them (notes-more §10: "from a dedicated credentials route").
 * - `isDefault` is stored as sent: whether Frontegg clears it on the other applications is unknown.
 */

const BASE = "/applications/resources/applications/v1";
const SOURCE = "notes-more §10, TF:resource_frontegg_application.go; not in Frontegg's published spec";

/** `type` values: TF's four plus MCP's `native` and `mobile` (notes-more §10). */
const TYPES = ["web", "mobile-ios", "mobile-android", "other", "native", "mobile"];
const FRONTEND_STACKS = ["react", "vue", "angular", "next.js", "vanilla.js", "ionic", "flutter", "react-native", "kotlin", "swift"];

const FIELDS = {
  name: { type: "string", minLength: 1 },
  appURL: { type: "string", minLength: 1 },
  loginURL: { type: "string", minLength: 1 },
  logoURL: { type: "string" },
  description: { type: "string" },
  accessType: { type: "string", enum: ["FREE_ACCESS", "MANAGED_ACCESS"] },
  type: { type: "string", enum: TYPES },
  frontendStack: { type: "string", enum: FRONTEND_STACKS },
  isDefault: { type: "boolean" },
  isActive: { type: "boolean" },
  allowDcr: { type: "boolean" },
  metadata: { type: "object", additionalProperties: { type: "string" } },
} as const;

/** Hand-written (not in Frontegg's published spec; from notes-more §10): `name`, `appURL`, `loginURL` required. */
const CREATE_SCHEMA = { type: "object", properties: FIELDS, required: ["name", "appURL", "loginURL"] };
/** Hand-written (not in Frontegg's published spec; from notes-more §10): any subset of the create fields. */
const UPDATE_SCHEMA = { type: "object", properties: FIELDS };

type ApplicationBody = Partial<{
  name: string;
  appURL: string;
  loginURL: string;
  logoURL: string;
  description: string;
  accessType: string;
  type: string;
  frontendStack: string;
  isDefault: boolean;
  isActive: boolean;
  allowDcr: boolean;
  metadata: Record<string, string>;
}>;

/** An application as the API answers it: never with its credentials. */
function view(app: Application): Record<string, unknown> {
  const { clientSecret: _client, sharedSecret: _shared, logoURL, description, ...rest } = app;
  return { ...rest, ...(logoURL !== null ? { logoURL } : {}), ...(description !== null ? { description } : {}) };
}

const secret = (): string => randomBytes(24).toString("hex");

/** Registers the application routes. */
export function registerApplicationRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = (): EmulatorState => ctx.store.state;
  const byId = (id: string): Application => found(state().applications.find((a) => a.id === id), "APPLICATION_NOT_FOUND", "Application", id);

  defineUnpublishedRoute(app, ctx, { key: `GET ${BASE}`, source: SOURCE }, () => ({ status: 200, body: state().applications.map(view) }));

  defineUnpublishedRoute<Required<Pick<ApplicationBody, "name" | "appURL" | "loginURL">> & ApplicationBody>(
    app,
    ctx,
    { key: `POST ${BASE}`, source: SOURCE, bodySchema: CREATE_SCHEMA },
    ({ body }) => {
      const now = nowIso();
      const created: Application = {
        id: randomUUID(),
        name: body.name,
        appURL: body.appURL,
        loginURL: body.loginURL,
        logoURL: body.logoURL ?? null,
        description: body.description ?? null,
        accessType: body.accessType ?? "FREE_ACCESS",
        type: body.type ?? "web",
        frontendStack: body.frontendStack ?? "react",
        isDefault: body.isDefault ?? false,
        isActive: body.isActive ?? true,
        allowDcr: body.allowDcr ?? false,
        metadata: { ...body.metadata },
        clientSecret: secret(),
        sharedSecret: secret(),
        createdAt: now,
        updatedAt: now,
      };
      state().applications.push(created);
      return { status: 201, body: view(created) };
    },
  );

  defineUnpublishedRoute(app, ctx, { key: `GET ${BASE}/credentials/{id}`, source: SOURCE }, ({ params }) => {
    const target = byId(params.id!);
    return { status: 200, body: { clientSecret: target.clientSecret, sharedSecret: target.sharedSecret } };
  });

  defineUnpublishedRoute(app, ctx, { key: `GET ${BASE}/{id}`, source: SOURCE }, ({ params }) => ({ status: 200, body: view(byId(params.id!)) }));

  defineUnpublishedRoute<ApplicationBody>(app, ctx, { key: `PATCH ${BASE}/{id}`, source: SOURCE, bodySchema: UPDATE_SCHEMA }, ({ params, body }) => {
    const target = byId(params.id!);
    const { metadata, ...fields } = body;
    Object.assign(target, Object.fromEntries(Object.entries(fields).filter(([key, value]) => key in FIELDS && value !== undefined)));
    if (metadata !== undefined) target.metadata = { ...metadata };
    target.updatedAt = nowIso();
    return { status: 200 };
  });

  defineUnpublishedRoute(app, ctx, { key: `DELETE ${BASE}/{id}`, source: SOURCE }, ({ params }) => {
    const target = byId(params.id!);
    state().applications = state().applications.filter((a) => a !== target);
    return { status: 200 };
  });
}
