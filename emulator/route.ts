import type { FastifyInstance, FastifyRequest, HTTPMethods } from "fastify";
import type { EmulatorContext } from "./context";
import { dropAfterHandling, tenantIdOf } from "./hooks";

/** What a handler receives: the request, validated against the spec. */
export interface ApiCall<TBody> {
  /** The body, validated against the operation's request schema (with overrides). */
  readonly body: TBody;
  readonly params: Readonly<Record<string, string>>;
  /** Query values coerced to the spec's types. */
  readonly query: Readonly<Record<string, unknown>>;
  /** `frontegg-tenant-id`, or `null` for the environment scope. */
  readonly tenantId: string | null;
}

/** What a handler answers. No `body` means an empty body (Frontegg sends some 2xx that way). */
export interface ApiResult {
  readonly status: number;
  readonly body?: unknown;
}

/** A route handler: synchronous, since the store is in memory. Throws ApiError to answer an error. */
export type Handler<TBody> = (call: ApiCall<TBody>) => ApiResult;

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Registers the handler for one operation of the spec (`METHOD /prefix/path` as in the bundle). The
 * operation's contract validates every request before the handler sees it; a successful mutating request is
 * persisted before it is answered, so an answered write is never lost (`persists: false` for a POST that
 * changes nothing, like authentication).
 */
export function defineRoute<TBody = unknown>(
  app: FastifyInstance,
  ctx: EmulatorContext,
  operationKey: string,
  handler: Handler<TBody>,
  options: { readonly persists?: boolean } = {},
): void {
  const contract = ctx.spec.operation(operationKey);
  register(app, ctx, contract.method, contract.path, options.persists ?? MUTATING.has(contract.method), handler, (request) =>
    contract.validateRequest({
      params: request.params as Record<string, string>,
      query: request.query as Record<string, unknown>,
      headers: request.headers,
      body: request.body,
    }),
  );
}

/**
 * Registers a route Frontegg publishes no spec for (webhooks, social logins): its body is validated against
 * `bodySchema`, a hand-written JSON schema from the notes (each caller says which section), and its path
 * parameters are passed as they are. Logged, authenticated, faulted and persisted like any other route.
 */
export function defineUnspecifiedRoute<TBody = unknown>(
  app: FastifyInstance,
  ctx: EmulatorContext,
  operationKey: string,
  bodySchema: object | undefined,
  handler: Handler<TBody>,
): void {
  const [method, path] = operationKey.split(" ") as [string, string];
  const validateBody = bodySchema === undefined ? undefined : ctx.spec.compileBodyValidator(bodySchema);
  register(app, ctx, method, path, MUTATING.has(method), handler, (request) => {
    validateBody?.(request.body);
    return { params: { ...(request.params as Record<string, string>) }, query: { ...(request.query as Record<string, unknown>) } };
  });
}

function register<TBody>(
  app: FastifyInstance,
  ctx: EmulatorContext,
  method: string,
  path: string,
  persists: boolean,
  handler: Handler<TBody>,
  validate: (request: FastifyRequest) => { params: Record<string, string>; query: Record<string, unknown> },
): void {
  app.route({
    method: method as HTTPMethods,
    url: path.replace(/\{(\w+)\}/g, ":$1"),
    handler: async (request, reply) => {
      const validated = validate(request);
      const result = handler({
        body: request.body as TBody,
        params: validated.params,
        query: validated.query,
        tenantId: tenantIdOf(request),
      });
      if (persists) ctx.store.persist();
      if (dropAfterHandling(ctx, request, reply, result.status)) return reply;
      reply.code(result.status);
      return result.body === undefined ? reply.send() : reply.send(result.body);
    },
  });
}
