/**
 * What the user-source kinds share: a user source is a user store Frontegg signs users in against (Auth0,
 * Cognito, Firebase, custom code) or a federated identity provider, assigned to applications
 * (spec:identity.json "User pools", notes-3 §3).
 *
 * Why one kind per source type rather than one kind with a `type`: the five types share only name, order,
 * applications and tenant placement; their credentials and settings are disjoint (a domain and a client secret for
 * Auth0, an AWS key pair and a user pool for Cognito, a Google key file for Firebase, code for custom code, OAuth2
 * endpoints for federation), and so are the tenant resolvers each accepts. As one kind, every one of those fields
 * would be optional in the SDK, its docs would read "only when type is …" twenty times, and an IDE could not tell a
 * Cognito source from an Auth0 one. As five kinds, each class lists exactly its required fields, typed, with its own
 * docs and example; a type change has no route in Frontegg anyway (it would be a replacement). This module keeps
 * the cost of the five flat: each is a short declaration over {@link defineUserSource}.
 *
 * Natural key: `name`, unique in the stack. Frontegg declares no key (uniqueness of names is unverified): a source
 * of the same type already listed under the name is an error unless `adoptExisting` is set.
 *
 * Thin places, each resolved the safe way:
 * - Whether GET returns the credentials is unverified (`configuration` is an open object): a credential answered is
 *   compared by fingerprint, so a change in the portal shows on refresh; one left out, empty or masked (`****`) is
 *   taken as not returned, and state keeps the fingerprint of the value last written (`writeOnly`).
 * - The PUT replaces `configuration` as a unit: every update reads the source, overlays the declared fields on the
 *   configuration Frontegg holds and writes the result, so keys this provider does not manage survive; a stored
 *   credential that came back masked is never sent back.
 * - `appIds` can only be set at create; later changes go through assign and unassign, which add and remove (their
 *   semantics are inferred from their names). The ids are checked to exist at preview; whether Frontegg checks them is
 *   unverified.
 * - The `type` strings GET answers are verified only for federation: types compare case-insensitively, ignoring
 *   `-` and `_`.
 * - `index` is presumably the order in which sources are tried; its uniqueness is unverified. Only whole numbers
 *   from 0 are accepted.
 * - Deleting a source deletes it; what happens to users it already brought in is unverified.
 */
import { z } from "zod";
import { FronteggClient, UserSource, UserSourceConfiguration, UserSourceType } from "../client";
import { Comparator, duplicatesIn, sameSet } from "../lifecycle/compare";
import { defineResource, definedOnly, ResourceDefinition, SecretConfig, State } from "../lifecycle/definition";
import { ignoreNotFound } from "../lifecycle/errors";
import { adoptExistingField, descriptionField, nameField } from "./fields";

/** How Frontegg decides which tenant a user from the source joins (spec `tenantResolverType`). */
export type TenantResolver = "dynamic" | "static" | "new" | "from-source";

const RESOLVER_DOCS: Readonly<Record<TenantResolver, string>> = {
  dynamic: "`dynamic`: from a user attribute, named by `tenantIdFieldName`",
  static: "`static`: every user joins the tenant `tenantId`",
  new: "`new`: each user gets a new tenant",
  "from-source": "`from-source`: the custom code returns the tenant",
};

/** `tenantConfig`, with the resolvers the source type accepts (they differ per type, spec). */
function tenantConfigField<const R extends readonly [TenantResolver, ...TenantResolver[]]>(resolvers: R) {
  return z
    .strictObject({
      tenantResolverType: z.enum(resolvers).describe(`How the tenant is chosen: ${resolvers.map((r) => RESOLVER_DOCS[r]).join("; ")}.`),
      tenantId: z.string().min(1, "tenantId must not be empty").optional().describe("`static` only, required there: the tenant every user joins."),
      tenantIdFieldName: z
        .string()
        .min(1, "tenantIdFieldName must not be empty")
        .optional()
        .describe("`dynamic` only, required there: the user attribute that holds the tenant id."),
    })
    .superRefine((c, ctx) => {
      const needs = { static: "tenantId", dynamic: "tenantIdFieldName" } as const;
      for (const [resolver, field] of Object.entries(needs) as Array<[TenantResolver, "tenantId" | "tenantIdFieldName"]>) {
        if (c.tenantResolverType === resolver && c[field] === undefined) {
          ctx.addIssue({ code: "custom", path: [field], message: `${field} is required when tenantResolverType is ${resolver}` });
        }
        if (c.tenantResolverType !== resolver && c[field] !== undefined) {
          ctx.addIssue({ code: "custom", path: [field], message: `${field} is used only when tenantResolverType is ${resolver}: remove it` });
        }
      }
    })
    .describe("Which tenant users from this source join.");
}

/**
 * The inputs every user-source kind has, with the tenant resolvers its type accepts (they differ per type, spec). A
 * kind spreads them into its own `z.strictObject`, with its type's fields and `adoptExisting`.
 */
export function userSourceFields<const R extends readonly [TenantResolver, ...TenantResolver[]]>(resolvers: R) {
  return {
    name: nameField("user source").describe("The source's name, unique in the stack: how it is found in Frontegg."),
    description: descriptionField,
    index: z
      .number()
      .int("index must be a whole number")
      .min(0, "index must be 0 or more")
      .describe("The source's position among the environment's user sources (presumably the order they are tried in; Frontegg does not document it)."),
    appIds: z
      .array(z.string().min(1, "each of appIds must be an application id"))
      .default([])
      .describe("Ids of the applications that sign users in against this source (`Application.id`). A set."),
    syncOnLogin: z.boolean().default(false).describe("Whether Frontegg copies the user's profile attributes from the source at each login."),
    tenantConfig: tenantConfigField(resolvers),
    adoptExisting: adoptExistingField,
  };
}

/** `isMigrated`, which every type but federation has. */
export const isMigratedField = z.boolean().default(false).describe("Whether the source's users are migrated into Frontegg.");

/** Outputs of every user-source kind. */
export const userSourceOutputs = z.object({ userSourceId: z.string().describe("Frontegg's id of the user source (also the resource id).") });

/** What every user-source kind declares. */
interface CommonInputs {
  readonly name: string;
  readonly description: string;
  readonly index: number;
  readonly appIds: readonly string[];
  readonly syncOnLogin: boolean;
  readonly isMigrated?: boolean;
  readonly tenantConfig: { readonly tenantResolverType: TenantResolver; readonly tenantId?: string; readonly tenantIdFieldName?: string };
  readonly adoptExisting: boolean;
}
/** A user source's inputs: the common ones and its type's own. */
export type UserSourceInputs = CommonInputs & Record<string, unknown>;

/** One source type, declared over {@link defineUserSource}. */
export interface UserSourceSpec {
  readonly kind: string;
  readonly noun: string;
  /** The type's create and update routes. */
  readonly type: UserSourceType;
  readonly description: string;
  /** The usage example in PCL (see the definition's `example`). */
  readonly example: string;
  /**
   * The inputs: {@link userSourceFields}, `isMigrated` where the type has it, and the type's `configuration` fields
   * as Frontegg names them, flattened so each credential is a property of its own (and can be sealed).
   */
  readonly inputs: z.ZodObject;
  /** The credentials among the type's inputs: sealed, compared by fingerprint, never sent back masked. */
  readonly secrets: readonly string[];
  /** How each secret is read from stack config in an exported program. */
  readonly secretConfig: Readonly<Record<string, SecretConfig>>;
  /** The type's `configuration` fields the inputs declare, as Frontegg takes them. */
  configurationOf(inputs: UserSourceInputs): UserSourceConfiguration;
  /** The type's fields of a configuration Frontegg answered, in the inputs' vocabulary; credentials via {@link credential}. */
  fieldsOf(configuration: UserSourceConfiguration): State;
  readonly compare?: Readonly<Record<string, Comparator>>;
}

/**
 * A credential as Frontegg answered it, or undefined where it answered none, an empty one or a masked one: state
 * then keeps the fingerprint of the value last written instead of reporting a change nobody made.
 */
export function credential(value: unknown): string | undefined {
  if (typeof value !== "string" || value === "" || /^[*•]+$|\*{4,}|•/.test(value)) return undefined;
  return value;
}

/** Strings of a configuration answer, or undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Whether Frontegg's `type` names this source type: verified only for federation, so compared loosely. */
function isOfType(answered: string, type: UserSourceType): boolean {
  const plain = (value: string) => value.toLowerCase().replace(/[^a-z0-9]/g, "");
  return plain(answered) === plain(type);
}

function tenantConfigOf(value: unknown): State {
  const c = (value ?? {}) as Record<string, unknown>;
  return definedOnly({ tenantResolverType: text(c.tenantResolverType), tenantId: text(c.tenantId), tenantIdFieldName: text(c.tenantIdFieldName) });
}

/** Defines the resource kind of one source type. */
export function defineUserSource(spec: UserSourceSpec): ResourceDefinition<UserSourceInputs> {
  const migrates = "isMigrated" in spec.inputs.shape;
  const inputs = spec.inputs.superRefine((i, ctx) => {
    for (const repeated of duplicatesIn((i as { appIds: string[] }).appIds)) {
      ctx.addIssue({ code: "custom", path: ["appIds"], message: `"${repeated}" is listed twice in appIds` });
    }
  }) as unknown as z.ZodType<UserSourceInputs, Record<string, unknown>>;

  const configurationOf = (i: UserSourceInputs): UserSourceConfiguration => ({
    syncOnLogin: i.syncOnLogin,
    ...(migrates ? { isMigrated: i.isMigrated ?? false } : {}),
    tenantConfig: definedOnly({ ...i.tenantConfig }),
    ...spec.configurationOf(i),
  });

  const stateOf = (source: UserSource): State => {
    const c = source.configuration;
    return {
      userSourceId: source.id,
      name: source.name,
      description: source.description,
      index: source.index,
      appIds: [...source.appIds].sort(),
      syncOnLogin: c.syncOnLogin === true,
      ...(migrates ? { isMigrated: c.isMigrated === true } : {}),
      tenantConfig: tenantConfigOf(c.tenantConfig),
      ...spec.fieldsOf(c),
    };
  };

  /**
   * The configuration to PUT: what Frontegg holds, with the declared fields laid over it, so keys this provider
   * does not manage survive the whole-object write; stored credentials that came back masked are left out.
   */
  const overlaid = (stored: UserSourceConfiguration, i: UserSourceInputs): UserSourceConfiguration => {
    const kept = Object.fromEntries(Object.entries(stored).filter(([key, value]) => !(spec.secrets.includes(key) && typeof value === "string" && credential(value) === undefined)));
    return { ...kept, ...configurationOf(i) };
  };

  return defineResource<UserSourceInputs>({
    kind: spec.kind,
    noun: spec.noun,
    description: spec.description,
    example: spec.example,
    inputs,
    outputs: userSourceOutputs,
    replaceOnChanges: [],
    secrets: spec.secrets,
    // Whether GET returns the credentials is unverified (notes-3 §3): where it does not, a refresh keeps the
    // fingerprint of the value last written instead of reporting it gone.
    writeOnly: spec.secrets,
    compare: { appIds: sameSet, ...spec.compare },
    // Checked to exist at preview; an exported program refers to the Application resources.
    references: { appIds: "Application" },
    environment: { secretConfig: spec.secretConfig },
    claimedBy: ["name"],
    claims: (i) => (typeof i.name === "string" ? [`${spec.noun} "${i.name}"`] : []),
    describe: (i) => `${spec.noun} "${i.name}"`,
    idOf: (state) => String(state.userSourceId),
    collection: {
      scopeOf: () => undefined,
      list: async (client) => (await client.userSources.list()).filter((source) => isOfType(source.type, spec.type)).map(stateOf),
      matches: (state, i) => state.name === i.name,
    },
    async create(client, i, created) {
      const id = await client.userSources.create(spec.type, {
        name: i.name,
        description: i.description,
        index: i.index,
        appIds: [...new Set(i.appIds)],
        configuration: configurationOf(i),
      });
      created({ userSourceId: id, name: i.name });
      return stateOf(await client.userSources.get(id));
    },
    async update(client, id, i, _current, changed) {
      const stored = await client.userSources.get(id);
      if (changed.some((key) => key !== "appIds")) {
        await client.userSources.update(spec.type, id, { name: i.name, description: i.description, index: i.index, configuration: overlaid(stored.configuration, i) });
      }
      await assignApplications(client, id, stored.appIds, i.appIds);
      return stateOf(await client.userSources.get(id));
    },
    async delete(client, id) {
      await ignoreNotFound(() => client.userSources.delete(id));
    },
  });
}

/** Brings the source's applications from `current` to `desired` with assign and unassign (the PUT has no `appIds`). */
async function assignApplications(client: FronteggClient, id: string, current: readonly string[], desired: readonly string[]): Promise<void> {
  const have = new Set(current);
  const want = new Set(desired);
  await client.userSources.assign(id, [...want].filter((app) => !have.has(app)));
  await client.userSources.unassign(id, [...have].filter((app) => !want.has(app)));
}
