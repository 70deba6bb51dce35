import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { fail } from "../errors";
import { defineUnpublishedRoute } from "../route";
import type { CustomCode, EmulatorState, Prehook } from "../state";
import { found, nowIso } from "./common";

/**
 * Prehooks and the custom-code service. None of it is in Frontegg's published spec: routes, bodies and answers
 * follow `frontegg-api-notes-3.md` §2, whose sources are TF:resource_frontegg_prehook.go,
 * TF:resource_frontegg_secret.go and TF#255. The body schemas below are hand-written from those notes.
 *
 * Prehooks (`/prehooks/resources/configurations/v1`, notes-3 §2a):
 * - `GET …/v1` lists every prehook (a plain array; no get-one, no paging). An API hook's `secret` is answered as
 *   stored (inferred: TF reads it from the list).
 * - `POST …/v1` creates an API hook; `POST …/v1/custom-code` a custom-code one (body carries `id: "create"`),
 *   answered with an `executorIdentifier` whose code `GET /custom-code/resources/codes/v1/{executorIdentifier}`
 *   serves as `{id, content, runtime}`. Both 201 (unverified; TF reads the body).
 * - `PATCH …/v1/{id}` (API) and `PATCH …/v1/custom-code/{id}` (custom code) replace the hook's fields; the other
 *   type's route is refused (there is no route that changes a type).
 * - `DELETE …/v1/{id}` removes either type and, here, its code (whether Frontegg removes the executor: unverified).
 * - `displayName` is required (TF#255); `timeout` is 1–10 seconds (TF#255).
 * - One prehook per event, whatever its type (TF description, TF#255): a second one for a taken event is 409.
 *   Whether Frontegg itself refuses it is unverified; the emulator does, so a client that skips the check is caught.
 * - Writes right after a custom-code create may fail with 5xx while the executor provisions (TF#255): not
 *   emulated by default; tests inject such faults.
 *
 * Custom-code secrets (`/custom-code/resources/secrets/v1`, notes-3 §2b):
 * - `POST {key, value}` answers 201 `{id, key}`; a key already used is 409 (uniqueness unverified).
 * - `GET` answers `{items:[{id, key}]}`: the value is never returned.
 * - `PATCH /{id} {value}` sets the value and answers 200 with no body (TF ignores the answer).
 * - `DELETE /{id}` removes it; an unknown id is 404.
 */

const PREHOOKS = "/prehooks/resources/configurations/v1";
const CODES = "/custom-code/resources/codes/v1";
const SECRETS = "/custom-code/resources/secrets/v1";
const SOURCE = "notes-3 §2";

const PREHOOK_COMMON = {
  isActive: { type: "boolean" },
  displayName: { type: "string", minLength: 1, maxLength: 255 },
  description: { type: "string", maxLength: 1024 },
  eventKeys: { type: "array", minItems: 1, uniqueItems: true, items: { type: "string", minLength: 1, maxLength: 255 } },
  failMethod: { type: "string", enum: ["OPEN", "CLOSE"] },
} as const;

/** Not in Frontegg's published spec; from notes-3 §2a (the body TF sends for an API prehook). */
const API_PREHOOK_BODY = {
  type: "object",
  additionalProperties: false,
  required: ["type", "isActive", "displayName", "eventKeys", "url"],
  properties: {
    ...PREHOOK_COMMON,
    type: { type: "string", enum: ["API"] },
    url: { type: "string", minLength: 1, maxLength: 2048, pattern: "^https?://" },
    secret: { type: "string", maxLength: 1024 },
  },
} as const;

/** Not in Frontegg's published spec; from notes-3 §2a (the body TF sends for a custom-code prehook, TF#255). */
const CUSTOM_CODE_PREHOOK_BODY = {
  type: "object",
  additionalProperties: false,
  required: ["type", "isActive", "displayName", "eventKeys", "code"],
  properties: {
    ...PREHOOK_COMMON,
    id: { type: "string" },
    type: { type: "string", enum: ["CUSTOM_CODE"] },
    eventKey: { type: "string", minLength: 1 },
    code: { type: "string", minLength: 1, maxLength: 100_000 },
    runtime: { type: "string", minLength: 1, maxLength: 64 },
    timeout: { type: "integer", minimum: 1, maximum: 10 },
  },
} as const;

/** Not in Frontegg's published spec; from notes-3 §2b. */
const SECRET_BODY = {
  type: "object",
  additionalProperties: false,
  required: ["key", "value"],
  properties: { key: { type: "string", minLength: 1, maxLength: 255 }, value: { type: "string", minLength: 1, maxLength: 10_000 } },
} as const;
const SECRET_VALUE_BODY = {
  type: "object",
  additionalProperties: false,
  required: ["value"],
  properties: { value: { type: "string", minLength: 1, maxLength: 10_000 } },
} as const;

interface PrehookBody {
  type: "API" | "CUSTOM_CODE";
  isActive: boolean;
  displayName: string;
  description?: string;
  eventKeys: string[];
  failMethod?: string;
  url?: string;
  secret?: string;
  code?: string;
  runtime?: string;
  timeout?: number;
}

/** Registers the prehook and custom-code routes. */
export function registerCustomCodeRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const state = (): EmulatorState => ctx.store.state;
  const prehook = (id: string): Prehook => found(state().prehooks.find((p) => p.id === id), "PREHOOK_NOT_FOUND", "Prehook", id);

  /** One prehook per event (notes-3 §2a): refuses events another prehook than `self` has. */
  const assertEventsFree = (eventKeys: readonly string[], self?: string): void => {
    for (const other of state().prehooks) {
      if (other.id === self) continue;
      const taken = other.eventKeys.find((key) => eventKeys.includes(key));
      if (taken !== undefined) throw fail("PREHOOK_EVENT_TAKEN", `A prehook already exists for event ${taken}`);
    }
  };

  /** Sets the fields a write carries; a custom-code hook's code goes to its executor. */
  const apply = (target: Prehook, body: PrehookBody): void => {
    target.isActive = body.isActive;
    target.displayName = body.displayName;
    target.description = body.description ?? null;
    target.eventKeys = [...body.eventKeys];
    target.failMethod = body.failMethod ?? "OPEN";
    target.updatedAt = nowIso();
    if (body.type === "API") {
      target.url = body.url ?? null;
      target.secret = body.secret ?? null;
      return;
    }
    target.runtime = body.runtime ?? "NODE_20";
    target.timeout = body.timeout ?? 10;
    const code: CustomCode = { id: target.executorIdentifier ?? "", content: body.code ?? "", runtime: target.runtime };
    state().customCodes = [...state().customCodes.filter((c) => c.id !== code.id), code];
  };

  const create = (body: PrehookBody): Prehook => {
    assertEventsFree(body.eventKeys);
    const now = nowIso();
    const created: Prehook = {
      id: randomUUID(),
      type: body.type,
      isActive: body.isActive,
      displayName: body.displayName,
      description: null,
      eventKeys: [],
      failMethod: "OPEN",
      url: null,
      secret: null,
      timeout: null,
      runtime: null,
      executorIdentifier: body.type === "CUSTOM_CODE" ? `executor-${randomUUID()}` : null,
      createdAt: now,
      updatedAt: now,
    };
    apply(created, body);
    state().prehooks.push(created);
    return created;
  };

  const update = (id: string, body: PrehookBody): Prehook => {
    const target = prehook(id);
    if (target.type !== body.type) throw fail("PREHOOK_WRONG_TYPE", `Prehook ${id} is of type ${target.type}`);
    assertEventsFree(body.eventKeys, id);
    apply(target, body);
    return target;
  };

  defineUnpublishedRoute(app, ctx, { key: `GET ${PREHOOKS}`, source: SOURCE }, () => ({ status: 200, body: state().prehooks.map((p) => ({ ...p })) }));

  defineUnpublishedRoute<PrehookBody>(app, ctx, { key: `POST ${PREHOOKS}`, source: SOURCE, bodySchema: API_PREHOOK_BODY }, ({ body }) => ({ status: 201, body: { ...create(body) } }));

  defineUnpublishedRoute<PrehookBody>(app, ctx, { key: `POST ${PREHOOKS}/custom-code`, source: SOURCE, bodySchema: CUSTOM_CODE_PREHOOK_BODY }, ({ body }) => ({
    status: 201,
    body: { ...create(body) },
  }));

  defineUnpublishedRoute<PrehookBody>(app, ctx, { key: `PATCH ${PREHOOKS}/{id}`, source: SOURCE, bodySchema: API_PREHOOK_BODY }, ({ body, params }) => ({
    status: 200,
    body: { ...update(params.id ?? "", body) },
  }));

  defineUnpublishedRoute<PrehookBody>(app, ctx, { key: `PATCH ${PREHOOKS}/custom-code/{id}`, source: SOURCE, bodySchema: CUSTOM_CODE_PREHOOK_BODY }, ({ body, params }) => ({
    status: 200,
    body: { ...update(params.id ?? "", body) },
  }));

  defineUnpublishedRoute(app, ctx, { key: `DELETE ${PREHOOKS}/{id}`, source: SOURCE }, ({ params }) => {
    const target = prehook(params.id ?? "");
    state().prehooks = state().prehooks.filter((p) => p !== target);
    state().customCodes = state().customCodes.filter((c) => c.id !== target.executorIdentifier);
    return { status: 200 };
  });

  defineUnpublishedRoute(app, ctx, { key: `GET ${CODES}/{executorIdentifier}`, source: SOURCE }, ({ params }) => {
    const id = params.executorIdentifier ?? "";
    return { status: 200, body: { ...found(state().customCodes.find((c) => c.id === id), "CUSTOM_CODE_NOT_FOUND", "Code", id) } };
  });

  const secret = (id: string) => found(state().customCodeSecrets.find((s) => s.id === id), "CUSTOM_CODE_SECRET_NOT_FOUND", "Secret", id);

  defineUnpublishedRoute(app, ctx, { key: `GET ${SECRETS}`, source: SOURCE }, () => ({
    status: 200,
    body: { items: state().customCodeSecrets.map(({ id, key }) => ({ id, key })) },
  }));

  defineUnpublishedRoute<{ key: string; value: string }>(app, ctx, { key: `POST ${SECRETS}`, source: SOURCE, bodySchema: SECRET_BODY }, ({ body }) => {
    if (state().customCodeSecrets.some((s) => s.key === body.key)) throw fail("CUSTOM_CODE_SECRET_ALREADY_EXISTS", `Secret ${body.key} already exists`);
    const created = { id: randomUUID(), key: body.key, value: body.value, createdAt: nowIso() };
    state().customCodeSecrets.push(created);
    return { status: 201, body: { id: created.id, key: created.key } };
  });

  defineUnpublishedRoute<{ value: string }>(app, ctx, { key: `PATCH ${SECRETS}/{id}`, source: SOURCE, bodySchema: SECRET_VALUE_BODY }, ({ body, params }) => {
    secret(params.id ?? "").value = body.value;
    return { status: 200 };
  });

  defineUnpublishedRoute(app, ctx, { key: `DELETE ${SECRETS}/{id}`, source: SOURCE }, ({ params }) => {
    const target = secret(params.id ?? "");
    state().customCodeSecrets = state().customCodeSecrets.filter((s) => s !== target);
    return { status: 200 };
  });
}
