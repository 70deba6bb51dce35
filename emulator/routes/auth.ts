import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { defineRoute } from "../route";

/** `POST /auth/vendor`: environment credentials in, `{ token, expiresIn }` out (the token names the environment's vendor id) (401 on wrong credentials). */
export function registerAuthRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  defineRoute<{ clientId: string; secret: string }>(
    app,
    ctx,
    "POST /auth/vendor",
    ({ body }) => ({ status: 200, body: ctx.tokens.issue(body.clientId, body.secret, ctx.store.state.vendorId) }),
    { persists: false },
  );
}
