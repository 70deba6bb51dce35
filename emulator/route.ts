import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "./context";
import { dropAfterHandling, tenantIdOf } from "./hooks";
import type { OperationContract } from "./spec";

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
  registerRoute(app, ctx, ctx.spec.operation(operationKey), handler, options);
}

/**
 * A route that is in no published Frontegg spec (applications, webhooks, ...): its contract is written by hand
 * from the notes that describe it, and its body, when it takes one, is validated against `bodySchema` with the
 * same messages as the spec's routes. `source` names where the route's behaviour comes from (e.g.
 * "notes-more §10"); it is not used at run time but makes every such route say why it exists.
 */
export function defineUnpublishedRoute<TBody = unknown>(
  app: FastifyInstance,
  ctx: EmulatorContext,
  route: { readonly key: string; readonly source: string; readonly bodySchema?: object },
  handler: Handler<TBody>,
): void {
  const [method, path] = route.key.split(" ") as [string, string];
  const validateBody = route.bodySchema ? ctx.spec.compileBodyValidator(route.bodySchema) : undefined;
  const contract: Pick<OperationContract, "method" | "path" | "validateRequest"> = {
    method,
    path,
    validateRequest(parts) {
      if (validateBody) validateBody(parts.body);
      return { params: { ...parts.params }, query: { ...parts.query } };
    },
  };
  registerRoute(app, ctx, contract, handler, {});
}

function registerRoute<TBody>(
  app: FastifyInstance,
  ctx: EmulatorContext,
  contract: Pick<OperationContract, "method" | "path" | "validateRequest">,
  handler: Handler<TBody>,
  options: { readonly persists?: boolean },
): void {
  const persists = options.persists ?? MUTATING.has(contract.method);
  app.route({
    method: contract.method,
    url: contract.path.replace(/\{(\w+)\}/g, ":$1"),
    handler: async (request, reply) => {
      const validated = contract.validateRequest({
        params: request.params as Record<string, string>,
        query: request.query as Record<string, unknown>,
        headers: request.headers,
        body: request.body,
      });
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
