import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { defineRoute } from "../route";
import type { EmulatorState, JsonObject, UserSource } from "../state";
import { assertKnownIds, found } from "./common";

/**
 * User sources (`/identity/resources/user-sources/v1`, spec:identity.json "User pools"; notes-3 §3). Bodies are
 * validated against the spec's DTOs, with federation's PKCE fields added (spec-overrides.ts, TF#253).
 *
 * - POST `…/external/{auth0|cognito|firebase|custom-code}` and `…/federation` answer 201 with
 *   `CreateUserSourceResponse` (no configuration). The source's `type` is the route's name (verified for
 *   federation only, TF#253).
 * - GET `…/v1` lists every source with `usersCount` (always 0 here: the emulator has no users); GET `…/{id}` answers
 *   one. Both answer `configuration` as stored, credentials included: whether Frontegg echoes them is unverified.
 * - PUT `…/{type route}/{id}` replaces name, description, index and `configuration` (each when sent; the
 *   configuration as a unit) and answers 200 with no body (notes-3 §3); a PUT through another type's route is 404,
 *   as no such source exists under it (unverified). The update DTO has no `appIds`.
 * - POST `…/assign` and `…/unassign` add and remove applications (201, no body; semantics inferred from the names);
 *   an application id the environment does not have is refused (unverified).
 * - DELETE `…/{id}` removes the source (200); an unknown id is 404.
 */

const BASE = "/identity/resources/user-sources/v1";
const EXTERNAL = ["auth0", "cognito", "firebase", "custom-code"] as const;

interface CreateBody {
  name: string;
  description?: string;
  index: number;
  appIds?: string[];
  configuration: JsonObject;
}
type UpdateBody = Partial<Omit<CreateBody, "appIds">>;
interface AssignBody {
  appIds: string[];
  userSourceId: string;
}

/** Registers the user-source routes. */
export function registerUserSourceRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = (): EmulatorState => ctx.store.state;
  const source = (id: string): UserSource => found(state().userSources.find((s) => s.id === id), "USER_SOURCE_NOT_FOUND", "User source", id);
  const knownApps = (appIds: readonly string[]): void => assertKnownIds(appIds, new Set(state().applications.map((a) => a.id)), "Applications");
  const answer = (s: UserSource) => ({ id: s.id, name: s.name, type: s.type, description: s.description, appIds: [...s.appIds], index: s.index, configuration: s.configuration });

  defineRoute(app, ctx, `GET ${BASE}`, () => ({ status: 200, body: state().userSources.map((s) => ({ ...answer(s), usersCount: 0 })) }));
  defineRoute(app, ctx, `GET ${BASE}/{id}`, ({ params }) => ({ status: 200, body: answer(source(params.id ?? "")) }));

  const routes = [...EXTERNAL.map((type) => ({ type, path: `${BASE}/external/${type}` })), { type: "federation", path: `${BASE}/federation` }];
  for (const { type, path } of routes) {
    defineRoute<CreateBody>(app, ctx, `POST ${path}`, ({ body }) => {
      const appIds = [...new Set(body.appIds ?? [])];
      knownApps(appIds);
      const created: UserSource = { id: randomUUID(), name: body.name, type, description: body.description ?? "", appIds, index: body.index, configuration: body.configuration };
      state().userSources.push(created);
      const { configuration: _configuration, ...withoutConfiguration } = answer(created);
      return { status: 201, body: withoutConfiguration };
    });

    defineRoute<UpdateBody>(app, ctx, `PUT ${path}/{id}`, ({ body, params }) => {
      const id = params.id ?? "";
      const target = found(state().userSources.find((s) => s.id === id && s.type === type), "USER_SOURCE_NOT_FOUND", "User source", id);
      if (body.name !== undefined) target.name = body.name;
      if (body.description !== undefined) target.description = body.description;
      if (body.index !== undefined) target.index = body.index;
      if (body.configuration !== undefined) target.configuration = body.configuration;
      return { status: 200 };
    });
  }

  defineRoute<AssignBody>(app, ctx, `POST ${BASE}/assign`, ({ body }) => {
    const target = source(body.userSourceId);
    knownApps(body.appIds);
    target.appIds = [...new Set([...target.appIds, ...body.appIds])];
    return { status: 201 };
  });

  defineRoute<AssignBody>(app, ctx, `POST ${BASE}/unassign`, ({ body }) => {
    const target = source(body.userSourceId);
    target.appIds = target.appIds.filter((id) => !body.appIds.includes(id));
    return { status: 201 };
  });

  defineRoute(app, ctx, `DELETE ${BASE}/{id}`, ({ params }) => {
    const target = source(params.id ?? "");
    state().userSources = state().userSources.filter((s) => s !== target);
    return { status: 200 };
  });
}
