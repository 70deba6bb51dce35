import type { FastifyInstance } from "fastify";
import type { EmulatorContext } from "../context";
import { defineRoute } from "../route";
import type { JsonObject, PolicyRecord } from "../state";

/**
 * The second factors an environment offers: `GET …/v1/mfa/strategies` lists `{strategy, isActive}` rows, and
 * `POST` adds or updates one row, answering 201 with no body (spec:identity.json declares none). Environment-wide:
 * the spec declares no tenant header. Unverified (no source says): a new environment lists no strategy, a row
 * appears when first written, and rows are listed in the order they were first written.
 */

const PATH = "/identity/resources/configurations/v1/mfa/strategies";
const KIND = "mfa-strategies";

interface StrategyRow extends JsonObject {
  strategy: string;
  isActive: boolean;
}

/** Registers the strategy routes. */
export function registerMfaStrategyRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const record = (): PolicyRecord | undefined => ctx.store.state.policies.find((p) => p.kind === KIND && p.tenantId === null);
  const rows = (): StrategyRow[] => ((record()?.value.strategies ?? []) as StrategyRow[]).map((row) => ({ ...row }));

  defineRoute(app, ctx, `GET ${PATH}`, () => ({ status: 200, body: { strategies: rows() } }));

  defineRoute<{ strategy: string; isActive: boolean }>(app, ctx, `POST ${PATH}`, ({ body }) => {
    const next = rows();
    const row = next.find((r) => r.strategy === body.strategy);
    if (row) row.isActive = body.isActive;
    else next.push({ strategy: body.strategy, isActive: body.isActive });
    const existing = record();
    if (existing) existing.value = { strategies: next };
    else ctx.store.state.policies.push({ kind: KIND, tenantId: null, value: { strategies: next } });
    return { status: 201 };
  });
}
