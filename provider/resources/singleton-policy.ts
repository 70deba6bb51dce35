/**
 * The shape shared by singleton security policies (MFA, lockout, ...): one per environment or per tenant,
 * created by upsert, and "deleted" by restoring Frontegg's default, since Frontegg has no delete for them.
 */
import { z } from "zod";
import { FronteggClient, SingletonPolicyApi } from "../client";
import { defineResource, ResourceDefinition, State } from "../lifecycle/definition";

/** Environment-wide policies are stored under this id; tenant policies under `tenant/<tenantId>`. */
const ENVIRONMENT_SCOPE = "environment";

/** What distinguishes one singleton policy kind from another. */
export interface SingletonPolicySpec<Inputs extends { tenantId?: string }, Policy, Write> {
  readonly kind: string;
  readonly description: string;
  readonly example: string;
  readonly inputs: z.ZodType<Inputs, Record<string, unknown>>;
  /** A phrase such as `MFA policy`. */
  readonly noun: string;
  readonly api: (client: FronteggClient) => SingletonPolicyApi<Policy, Write>;
  readonly toRequest: (inputs: Inputs) => Write;
  /** The policy's properties in the inputs' vocabulary. */
  readonly toState: (policy: Policy) => State;
  /** What a delete writes back: Frontegg's default. */
  readonly defaults: (stored: State) => Write;
}

const policyOutputs = z.object({
  policyId: z.string().describe("Frontegg's id of the policy object."),
});
/** The output-only properties of every singleton policy. */
export type PolicyOutputs = z.output<typeof policyOutputs>;

/** Builds the resource definition of a singleton policy. */
export function singletonPolicy<Inputs extends { tenantId?: string } & Record<string, unknown>, Policy, Write>(
  spec: SingletonPolicySpec<Inputs, Policy, Write>,
): ResourceDefinition<Inputs> {
  const scopeOf = (tenantId: unknown) => (typeof tenantId === "string" && tenantId !== "" ? { tenantId } : {});
  const stateOf = (policy: Policy, tenantId: unknown): State => ({ ...spec.toState(policy), ...scopeOf(tenantId) });
  const read = async (client: FronteggClient, tenantId: unknown) => {
    const policy = await spec.api(client).get(scopeOf(tenantId));
    return policy === undefined ? undefined : stateOf(policy, tenantId);
  };

  const describe = (i: { tenantId?: string }) => `${spec.noun} of ${i.tenantId ? `tenant "${i.tenantId}"` : "the environment"}`;

  return defineResource<Inputs>({
    kind: spec.kind,
    description: spec.description,
    example: spec.example,
    inputs: spec.inputs,
    outputs: policyOutputs,
    replaceOnChanges: ["tenantId"],
    secrets: [],
    singletonScope: (i) => (i.tenantId ? `tenant/${i.tenantId}` : ENVIRONMENT_SCOPE),
    claimedBy: ["tenantId"],
    claims: (i) => [describe(i)],
    describe,
    idOf: (_state, i) => (i.tenantId ? `tenant/${i.tenantId}` : ENVIRONMENT_SCOPE),
    find: (client, i) => read(client, i.tenantId),
    read: (client, _id, stored) => read(client, stored.tenantId),
    create: async (client, i) => stateOf(await spec.api(client).save(spec.toRequest(i), scopeOf(i.tenantId)), i.tenantId),
    update: async (client, _id, i) => stateOf(await spec.api(client).save(spec.toRequest(i), scopeOf(i.tenantId)), i.tenantId),
    async delete(client, _id, stored) {
      const api = spec.api(client);
      const scope = scopeOf(stored.tenantId);
      // No policy at all is already the default state.
      if ((await api.get(scope)) !== undefined) await api.update(spec.defaults(stored), scope);
    },
  });
}
