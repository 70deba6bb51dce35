/**
 * The shape shared by singleton security policies (MFA, lockout, sessions, captcha, ...): one per environment or
 * per tenant, created by upsert, and "deleted" by restoring Frontegg's default, since Frontegg has no delete for them.
 */
import { z } from "zod";
import { FronteggClient, TenantScope } from "../client";
import { Comparator } from "../lifecycle/compare";
import { defineResource, ResourceDefinition, State } from "../lifecycle/definition";

/** Environment-wide policies are stored under this id; tenant policies under `tenant/<tenantId>`. */
const ENVIRONMENT_SCOPE = "environment";

/** What a singleton policy needs of the client (`SingletonPolicyApi` and the session configuration have it). */
export interface PolicyStore<Policy, Write> {
  /** The policy of the scope; undefined when there is none. */
  get(scope: TenantScope): Promise<Policy | undefined>;
  /** Creates the policy or replaces the existing one. */
  save(policy: Write, scope: TenantScope): Promise<Policy>;
  /** Replaces the existing policy. */
  update(policy: Write, scope: TenantScope): Promise<Policy>;
}

/** What distinguishes one singleton policy kind from another. */
export interface SingletonPolicySpec<Inputs extends { tenantId?: string }, Policy, Write> {
  readonly kind: string;
  readonly description: string;
  readonly example: string;
  readonly inputs: z.ZodType<Inputs, Record<string, unknown>>;
  /** A phrase such as `MFA policy`. */
  readonly noun: string;
  readonly api: (client: FronteggClient) => PolicyStore<Policy, Write>;
  /**
   * The write body. `current` is the policy as Frontegg holds it just before the write when `mergesCurrent` is
   * set (undefined when there is none yet, and always undefined without `mergesCurrent`).
   */
  readonly toRequest: (inputs: Inputs, current?: Policy) => Write;
  /**
   * Read the policy just before each write and hand it to `toRequest`: for a write that replaces the whole
   * object, so what the program does not declare is written back as it is instead of being wiped. The write
   * then also knows whether the policy exists: an update where it does, a create where it does not.
   */
  readonly mergesCurrent?: boolean;
  /** The policy's properties in the inputs' vocabulary. */
  readonly toState: (policy: Policy) => State;
  /** What a delete writes back: Frontegg's default. `current` is the policy as Frontegg holds it. */
  readonly defaults: (stored: State, current: Policy) => Write;
  /** Output-only properties; by default the policy's id. */
  readonly outputs?: z.ZodObject;
  /** Secret properties (see {@link ResourceDefinition.secrets}). */
  readonly secrets?: readonly string[];
  /** Property comparisons other than plain equality. */
  readonly compare?: Readonly<Record<string, Comparator>>;
  /** The policy exists once per environment only: Frontegg's route takes no tenant (the inputs have no `tenantId`). */
  readonly environmentOnly?: boolean;
}

const policyOutputs = z.object({
  policyId: z.string().describe("Frontegg's id of the policy object."),
  createdAt: z.string().optional().describe("When Frontegg created the policy (ISO 8601)."),
  updatedAt: z.string().optional().describe("When Frontegg last changed the policy (ISO 8601)."),
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
  const save = async (client: FronteggClient, i: Inputs): Promise<State> => {
    const api = spec.api(client);
    const scope = scopeOf(i.tenantId);
    if (!spec.mergesCurrent) return stateOf(await api.save(spec.toRequest(i), scope), i.tenantId);
    const current = await api.get(scope);
    const body = spec.toRequest(i, current);
    return stateOf(await (current === undefined ? api.save(body, scope) : api.update(body, scope)), i.tenantId);
  };

  const describe = (i: { tenantId?: string }) => `${spec.noun} of ${i.tenantId ? `tenant "${i.tenantId}"` : "the environment"}`;

  return defineResource<Inputs>({
    kind: spec.kind,
    description: spec.description,
    example: spec.example,
    inputs: spec.inputs,
    outputs: spec.outputs ?? policyOutputs,
    replaceOnChanges: ["tenantId"],
    secrets: spec.secrets ?? [],
    compare: spec.compare,
    singletonScope: (i) => (i.tenantId ? `tenant/${i.tenantId}` : ENVIRONMENT_SCOPE),
    // An environment-only policy claims the environment whatever its inputs say: nothing to read from them.
    claimedBy: (spec.environmentOnly ? [] : ["tenantId"]) as Array<keyof Inputs & string>,
    claims: (i) => [describe(i)],
    describe,
    idOf: (_state, i) => (i.tenantId ? `tenant/${i.tenantId}` : ENVIRONMENT_SCOPE),
    find: (client, i) => read(client, i.tenantId),
    read: (client, _id, stored) => read(client, stored.tenantId),
    create: (client, i) => save(client, i),
    update: (client, _id, i) => save(client, i),
    async delete(client, _id, stored) {
      const api = spec.api(client);
      const scope = scopeOf(stored.tenantId);
      const current = await api.get(scope);
      // No policy at all is already the default state.
      if (current !== undefined) await api.update(spec.defaults(stored, current), scope);
    },
  });
}
