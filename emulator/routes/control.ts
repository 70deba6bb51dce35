import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { FAULT_SPEC_SCHEMA, type FaultSpec } from "../faults";

/**
 * Test controls under `/_emulator/`: no authentication, never logged, never faulted.
 *
 * - `GET /_emulator/requests` → the request log; `DELETE` clears it (204).
 * - `POST /_emulator/faults` (FaultSpec) → 201 `{ id }`; `GET` lists them; `DELETE` clears them (204).
 * - `POST /_emulator/reset` `{ tokens?: boolean }` → 204: a new environment (with the start-up API key), no
 *   faults, empty log; issued tokens stay valid unless `tokens: true`.
 * - `POST /_emulator/expire-tokens` → 204: every issued token stops working.
 * - `POST /_emulator/rotate-secret` `{ secret }` → 204: the API key becomes `secret`, as regenerating it in the
 *   portal does; the old key is refused and every issued token stops working.
 * - `GET /_emulator/state` → the whole store as JSON.
 * - `GET /_emulator/tokens` → `{ tokens }`, the live tokens issued (to prove none leaked into logs or state).
 */

const ROTATE_SECRET_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["secret"],
  properties: { secret: { type: "string", minLength: 1 } },
} as const;

const RESET_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: { tokens: { type: "boolean" } },
} as const;

/** Registers the control routes. */
export function registerControlRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const validateFault = ctx.spec.compileBodyValidator(FAULT_SPEC_SCHEMA);
  const validateReset = ctx.spec.compileBodyValidator(RESET_SCHEMA);
  const validateRotation = ctx.spec.compileBodyValidator(ROTATE_SECRET_SCHEMA);

  app.get("/_emulator/requests", async () => ctx.log.summary());
  app.delete("/_emulator/requests", async (_request, reply) => {
    ctx.log.clear();
    return reply.code(204).send();
  });

  app.post("/_emulator/faults", async (request, reply) => {
    validateFault(request.body);
    const fault = ctx.faults.add(request.body as FaultSpec);
    return reply.code(201).send({ id: fault.id });
  });
  app.get("/_emulator/faults", async () => ctx.faults.list());
  app.delete("/_emulator/faults", async (_request, reply) => {
    ctx.faults.clear();
    return reply.code(204).send();
  });

  app.post("/_emulator/reset", async (request, reply) => {
    const body = request.body ?? {};
    validateReset(body);
    ctx.store.reset();
    ctx.faults.clear();
    ctx.log.clear();
    ctx.tokens.restoreSecret();
    if ((body as { tokens?: boolean }).tokens === true) ctx.tokens.expireAll();
    return reply.code(204).send();
  });

  app.post("/_emulator/expire-tokens", async (_request, reply) => {
    ctx.tokens.expireAll();
    return reply.code(204).send();
  });

  app.post("/_emulator/rotate-secret", async (request, reply) => {
    validateRotation(request.body ?? {});
    ctx.tokens.rotateSecret((request.body as { secret: string }).secret);
    return reply.code(204).send();
  });

  app.get("/_emulator/state", async () => ctx.store.snapshot());

  app.get("/_emulator/tokens", async () => ({ tokens: ctx.tokens.issued() }));
}
