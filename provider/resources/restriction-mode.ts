/**
 * The shape shared by the restriction mode switches (`IpRestrictionMode`, `EmailDomainRestrictionMode`): one
 * configuration per scope, which Frontegg always has in some form and writes by upsert. Creating the resource
 * takes the configuration over; Frontegg has no delete for it (notes-more §12), so deleting the resource switches
 * the restrictions off and leaves the rest of the configuration as it is.
 */
import { z } from "zod";
import { FronteggClient } from "../client";
import { defineResource, EnvironmentHooks, ResourceDefinition, State } from "../lifecycle/definition";

/** What distinguishes one mode switch from the other. */
export interface RestrictionModeSpec<Inputs extends { tenantId?: string }> {
  readonly kind: string;
  readonly description: string;
  /** The usage example in PCL (see the definition's `example`). */
  readonly example: string;
  readonly inputs: z.ZodType<Inputs, Record<string, unknown>>;
  /** A phrase such as `IP restriction mode`. */
  readonly noun: string;
  /** Whether the configuration exists per tenant (`tenantId`), or only environment-wide. */
  readonly tenantScoped: boolean;
  /** The on/off property, in the inputs' vocabulary. */
  readonly activeKey: keyof Inputs & string;
  /** The scope's configuration in the inputs' vocabulary (no `tenantId`); undefined when Frontegg has none. */
  read(client: FronteggClient, tenantId: string | undefined): Promise<State | undefined>;
  /**
   * Writes the declared configuration over `current`: properties the inputs leave out keep their current value,
   * never Frontegg's default. Returns the configuration as written.
   */
  write(client: FronteggClient, inputs: Inputs, current: State | undefined): Promise<State>;
  /** See {@link EnvironmentHooks}. */
  readonly environment?: EnvironmentHooks;
}

/** Builds the resource definition of a restriction mode switch. */
export function restrictionMode<Inputs extends { tenantId?: string } & Record<string, unknown>>(spec: RestrictionModeSpec<Inputs>): ResourceDefinition<Inputs> {
  const tenantOf = (props: Readonly<Record<string, unknown>>): string | undefined =>
    spec.tenantScoped && typeof props.tenantId === "string" && props.tenantId !== "" ? props.tenantId : undefined;
  const scopeId = (props: Readonly<Record<string, unknown>>): string => {
    const tenantId = tenantOf(props);
    return tenantId ? `tenant/${tenantId}` : "environment";
  };
  const withScope = (state: State, props: Readonly<Record<string, unknown>>): State => {
    const tenantId = tenantOf(props);
    return tenantId ? { ...state, tenantId } : state;
  };
  const read = async (client: FronteggClient, props: Readonly<Record<string, unknown>>): Promise<State | undefined> => {
    const state = await spec.read(client, tenantOf(props));
    return state && withScope(state, props);
  };
  const describe = (i: Readonly<Record<string, unknown>>): string => {
    const tenantId = tenantOf(i);
    return `${spec.noun} of ${tenantId ? `tenant "${tenantId}"` : "the environment"}`;
  };

  return defineResource<Inputs>({
    kind: spec.kind,
    noun: spec.noun,
    description: spec.description,
    example: spec.example,
    inputs: spec.inputs,
    outputs: z.object({}),
    replaceOnChanges: spec.tenantScoped ? ["tenantId"] : [],
    secrets: [],
    ...(spec.environment === undefined ? {} : { environment: spec.environment }),
    singletonScope: scopeId,
    claimedBy: spec.tenantScoped ? ["tenantId" as keyof Inputs & string] : [],
    claims: (i) => [describe(i)],
    describe,
    idOf: (_state, i) => scopeId(i),
    find: (client, i) => read(client, i),
    read: (client, _id, stored) => read(client, stored),
    create: async (client, i) => withScope(await spec.write(client, i, undefined), i),
    update: async (client, _id, i, current) => withScope(await spec.write(client, i, current), i),
    async delete(client, _id, stored) {
      const current = await read(client, stored);
      // No configuration, or one already off, is already what a delete wants.
      if (current && current[spec.activeKey] !== false) await spec.write(client, { ...current, [spec.activeKey]: false } as Inputs, current);
    },
  });
}
