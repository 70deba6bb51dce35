import { randomBytes } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { EmulatorContext } from "./context";
import { faultError } from "./faults";

/**
 * The cross-cutting behaviour of every Frontegg route, as fastify hooks, in the order a request meets them:
 * trace id → injected faults → authentication; then the request log once answered. Route handlers never
 * deal with any of it.
 */

const CONTROL_PREFIX = "/_emulator";
const UNAUTHENTICATED_ROUTES = new Set(["POST /auth/vendor"]);

interface RequestMeta {
  readonly at: string;
  dropAfter: boolean;
  logged: boolean;
  /** Body bytes of the answer, once serialized. */
  responseBytes: number;
}

const metas = new WeakMap<FastifyRequest, RequestMeta>();

function meta(request: FastifyRequest): RequestMeta {
  let found = metas.get(request);
  if (!found) {
    found = { at: new Date().toISOString(), dropAfter: false, logged: false, responseBytes: 0 };
    metas.set(request, found);
  }
  return found;
}

/** Path without query string. */
export function pathOf(request: FastifyRequest): string {
  const url = request.url;
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}

/** `METHOD /pattern` (spec-style `{param}`), or `undefined` for an unknown route. */
export function routeKey(request: FastifyRequest): string | undefined {
  const url = request.routeOptions.url;
  return url === undefined ? undefined : `${request.method} ${url.replace(/:(\w+)/g, "{$1}")}`;
}

const isControl = (request: FastifyRequest): boolean =>
  request.url === CONTROL_PREFIX || request.url.startsWith(`${CONTROL_PREFIX}/`);

/** The `frontegg-tenant-id` header, or `null` when absent or empty. */
export function tenantIdOf(request: FastifyRequest): string | null {
  const header = request.headers["frontegg-tenant-id"];
  const value = Array.isArray(header) ? header[0] : header;
  return value && value.trim() !== "" ? value.trim() : null;
}

function record(ctx: EmulatorContext, request: FastifyRequest, status: number, dropped?: "before" | "after"): void {
  const state = meta(request);
  if (state.logged || isControl(request)) return;
  state.logged = true;
  const tenantId = tenantIdOf(request);
  ctx.log.record({
    method: request.method,
    route: routeKey(request) ?? `${request.method} ${pathOf(request)}`,
    path: pathOf(request),
    status,
    ...(tenantId !== null ? { tenantId } : {}),
    at: state.at,
    ...(dropped ? { dropped } : {}),
    // A dropped connection sends nothing, whatever the handler produced.
    responseBytes: dropped ? 0 : state.responseBytes,
  });
}

/** Size of a serialized reply body: every route answers JSON text (or nothing), never a stream. */
function bodyBytes(payload: unknown): number {
  if (typeof payload === "string") return Buffer.byteLength(payload);
  if (Buffer.isBuffer(payload)) return payload.length;
  return 0;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function dropConnection(request: FastifyRequest, reply: FastifyReply): void {
  reply.hijack();
  request.raw.socket.destroy();
}

/**
 * For a `drop: "after"` fault: called by the route wrapper once the handler has run (and the change is
 * stored). Destroys the connection without answering and returns true; false when no such fault applies.
 */
export function dropAfterHandling(ctx: EmulatorContext, request: FastifyRequest, reply: FastifyReply, status: number): boolean {
  if (!meta(request).dropAfter) return false;
  record(ctx, request, status, "after");
  dropConnection(request, reply);
  return true;
}

/** Installs the hooks on the app. */
export function installHooks(app: FastifyInstance, ctx: EmulatorContext): void {
  app.addHook("onRequest", async (request, reply) => {
    meta(request);
    // On every response, errors and 401s included, as Frontegg's gateway does.
    reply.header("frontegg-trace-id", randomBytes(16).toString("hex"));
    if (isControl(request)) return;

    const key = routeKey(request);
    const fault = ctx.faults.take(request.method, key?.slice(key.indexOf(" ") + 1), pathOf(request));
    if (fault) {
      if (fault.latencyMs) await sleep(fault.latencyMs);
      if (fault.drop === "before") {
        record(ctx, request, 0, "before");
        dropConnection(request, reply);
        return;
      }
      if (fault.drop === "after") {
        // The handler must run for the write to happen; whatever it answers is then never sent.
        meta(request).dropAfter = true;
      } else {
        const error = faultError(fault);
        if (error) throw error;
      }
    }

    if (key !== undefined && !UNAUTHENTICATED_ROUTES.has(key)) ctx.tokens.authenticate(request.headers);
  });

  app.addHook("onSend", async (request, _reply, payload) => {
    meta(request).responseBytes = bodyBytes(payload);
    return payload;
  });

  app.addHook("onResponse", async (request, reply) => {
    record(ctx, request, reply.statusCode);
  });
}
