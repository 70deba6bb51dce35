/**
 * The shape shared by singleton security policies (MFA, lockout, password, sessions, captcha, ...): one per
 * environment or per tenant, created by upsert, and "deleted" by restoring Frontegg's default or disabling the
 * policy (or, where neither is known, by leaving it as it is), since Frontegg has no delete for them.
 */
import { z } from "zod";
import { FronteggClient, TenantScope } from "../client";
import { Comparator } from "../lifecycle/compare";
import { defineResource, EnvironmentHooks, ResourceDefinition, State } from "../lifecycle/definition";
import { IMPORTED } from "../lifecycle/import-id";
import { declaredPart, mergeDeclared, sameDeclaredPart, writableFields } from "./declared";

/** Environment-wide policies are stored under this id; tenant policies under `tenant/<tenantId>`. */
const ENVIRONMENT_SCOPE = "environment";

/** How a singleton policy is read and written in one scope. */
export interface PolicyStore<Policy, Write> {
  /** The policy, or `undefined` when the scope has none. */
  get(scope: TenantScope): Promise<Policy | undefined>;
  /** Creates or replaces the policy; returns it as Frontegg then holds it. */
  save(policy: Write, scope: TenantScope): Promise<Policy>;
  /** Changes the existing policy; a delete writes through it where Frontegg has such a route, else through `save`. */
  update?(policy: Write, scope: TenantScope): Promise<Policy>;
}

/** What distinguishes one singleton policy kind from another. */
export interface SingletonPolicySpec<Inputs extends { tenantId?: string }, Policy, Write extends object> {
  readonly kind: string;
  readonly description: string;
  /** The usage example in PCL (see the definition's `example`). */
  readonly example: string;
  readonly inputs: z.ZodType<Inputs, Record<string, unknown>>;
  /** A phrase such as `MFA policy`. */
  readonly noun: string;
  readonly api: (client: FronteggClient) => PolicyStore<Policy, Write>;
  /**
   * The write body. `current` is the policy as Frontegg holds it just before the write when `mergesCurrent` or
   * `partial` is set (undefined when there is none yet, and always undefined without either).
   */
  readonly toRequest: (inputs: Inputs, current?: Policy) => Write;
  /**
   * Read the policy just before each write and hand it to `toRequest`: for a write that replaces the whole
   * object, so what the program does not declare is written back as it is instead of being wiped. The write
   * then also knows whether the policy exists: an update where it does, a create where it does not.
   */
  readonly mergesCurrent?: boolean;
  /** The policy's properties in the inputs' vocabulary, plus its outputs. */
  readonly toState: (policy: Policy) => State;
  /** What a delete writes back: Frontegg's default, or the policy disabled. Absent: a delete leaves the policy as it is. */
  readonly defaults?: (stored: State, current: Policy) => Write;
  /** Output-only properties; default: the policy's id. */
  readonly outputs?: z.ZodObject;
  /**
   * Only the properties the program declares are managed: they alone are compared, kept in state and changed.
   * Every write reads the current policy and sends it whole with the declared properties merged in (nested
   * objects merged key by key), so a route that replaces the whole object never wipes what the program leaves
   * out. The inputs schema must then be an object schema.
   */
  readonly partial?: boolean;
  /** Inputs Frontegg accepts but never returns: the state keeps the value last written. */
  readonly writeOnly?: readonly string[];
  /** Secret properties (see {@link ResourceDefinition.secrets}). */
  readonly secrets?: readonly string[];
  /** Property comparisons other than plain equality. */
  readonly compare?: Readonly<Record<string, Comparator>>;
  /** See {@link EnvironmentHooks}. */
  readonly environment?: EnvironmentHooks;
}

/** The section (see {@link EnvironmentHooks.section}) every singleton policy is exported under. */
export const SECURITY_POLICIES = "Security policies: one per environment or tenant";

const policyOutputs = z.object({
  policyId: z.string().describe("Frontegg's id of the policy object."),
});
/** The output-only properties of a singleton policy with an id. */
export type PolicyOutputs = z.output<typeof policyOutputs>;

/** Builds the resource definition of a singleton policy. */
export function singletonPolicy<Inputs extends { tenantId?: string } & Record<string, unknown>, Policy, Write extends object>(
  spec: SingletonPolicySpec<Inputs, Policy, Write>,
): ResourceDefinition<Inputs> {
  const outputs = spec.outputs ?? policyOutputs;
  const outputKeys = Object.keys(outputs.shape);
  const writeOnly = spec.writeOnly ?? [];
  const inputSchema = spec.inputs as unknown as z.ZodObject;
  const scopeOf = (tenantId: unknown): TenantScope => (typeof tenantId === "string" && tenantId !== "" ? { tenantId } : {});

  /**
   * The state of `policy` as the resource stores it: for a partial policy only the outputs and what `declared`
   * (inputs or stored state) names, or all of it when nothing is declared yet (an import). Write-only properties
   * are the lifecycle's to keep (see `writeOnly`); a take-over, which has none stored, writes them.
   */
  const stateOf = (policy: Policy, tenantId: unknown, declared: State | undefined): State => {
    const state = spec.toState(policy);
    const kept = spec.partial && declared ? { ...pick(state, outputKeys), ...declaredPart(state, declared) } : state;
    return { ...kept, ...scopeOf(tenantId) };
  };
  const read = async (client: FronteggClient, tenantId: unknown, declared: State | undefined) => {
    const policy = await spec.api(client).get(scopeOf(tenantId));
    return policy === undefined ? undefined : stateOf(policy, tenantId, declared);
  };
  /**
   * Writes the inputs. A partial policy sends them merged onto the current policy's writable properties; one
   * that merges the current policy hands it to `toRequest` and updates it where it exists.
   */
  const save = async (client: FronteggClient, inputs: Inputs): Promise<State> => {
    const api = spec.api(client);
    const scope = scopeOf(inputs.tenantId);
    const current = spec.partial || spec.mergesCurrent ? await api.get(scope) : undefined;
    const declared = spec.partial && current !== undefined ? (mergeDeclared(writableFields(inputSchema, spec.toState(current)), inputs) as Inputs) : inputs;
    const body = spec.toRequest(declared, current);
    const write = spec.mergesCurrent && current !== undefined && api.update ? api.update : api.save;
    return stateOf(await write.call(api, body, scope), inputs.tenantId, inputs);
  };

  const describe = (i: { tenantId?: string }) => `${spec.noun} of ${i.tenantId ? `tenant "${i.tenantId}"` : "the environment"}`;

  return defineResource<Inputs>({
    kind: spec.kind,
    noun: spec.noun,
    description: spec.description,
    example: spec.example,
    inputs: spec.inputs,
    outputs,
    replaceOnChanges: ["tenantId"],
    secrets: spec.secrets ?? [],
    // A partial policy's object properties are managed key by key: only the declared keys are compared.
    compare: spec.partial ? { ...Object.fromEntries(Object.keys(inputSchema.shape).map((key) => [key, sameDeclaredPart])), ...spec.compare } : spec.compare,
    writeOnly,
    // An exported program declares every policy under one heading.
    environment: { section: SECURITY_POLICIES, ...spec.environment },
    singletonScope: (i) => (i.tenantId ? `tenant/${i.tenantId}` : ENVIRONMENT_SCOPE),
    // A policy whose inputs have no tenantId exists once per environment: it claims the environment whatever its
    // inputs say, with nothing to read from them.
    claimedBy: ("tenantId" in inputSchema.shape ? ["tenantId"] : []) as Array<keyof Inputs & string>,
    claims: (i) => [describe(i)],
    describe,
    idOf: (_state, i) => (i.tenantId ? `tenant/${i.tenantId}` : ENVIRONMENT_SCOPE),
    find: (client, i) => read(client, i.tenantId, i),
    // An import knows nothing of what the program declares: it reads the whole policy, and the program's
    // properties are then compared with it.
    read: (client, _id, stored) => read(client, stored.tenantId, stored[IMPORTED] === true ? undefined : stored),
    create: (client, i) => save(client, i),
    update: (client, _id, i) => save(client, i),
    async delete(client, _id, stored) {
      if (!spec.defaults) return;
      const api = spec.api(client);
      const scope = scopeOf(stored.tenantId);
      const current = await api.get(scope);
      // No policy at all is already the default state.
      if (current === undefined) return;
      const restore = spec.defaults(stored, current);
      const body = spec.partial ? { ...spec.toRequest(writableFields(inputSchema, spec.toState(current)) as Inputs, current), ...restore } : restore;
      await (api.update ?? api.save).call(api, body, scope);
    },
  });
}

function pick(state: State, keys: readonly string[]): State {
  return Object.fromEntries(keys.filter((key) => state[key] !== undefined).map((key) => [key, state[key]]));
}
