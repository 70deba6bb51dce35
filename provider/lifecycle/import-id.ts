/**
 * Import ids: how `pulumi import` and the `import` resource option name an object of each kind. The engine's Read
 * for an import carries the id alone (no inputs, no stored properties), so the id must hold everything the kind's
 * read needs: its tenant, its SSO connection, its range.
 *
 * Each kind declares its format in its definition (`importId`, built with the helpers below) or gets the default
 * its shape implies (see {@link importIdOf}). Either way the id `idOf` gives a created object is itself an import
 * id of the kind, mapping back to the same id: test/provider/import-ids.test.ts proves it for every kind.
 */
import { ResourceError } from "./errors";
import { inputShapeOf, tenantRequired } from "./properties";
import type { ClientContext, ImportIdSpec, ImportTarget, ResourceDefinition, State } from "./types";

export type { ImportIdSpec, ImportTarget } from "./types";
export { IMPORTED } from "./properties";

const ENVIRONMENT = "environment";

/** One path segment: not empty, no `/`. */
const segment = (value: string | undefined): boolean => value !== undefined && value !== "" && !value.includes("/");

/** The id of an environment-wide listed object (a permission): Frontegg's id alone. */
function byObjectId(name = "id"): ImportIdSpec {
  return {
    format: `\`<${name}>\``,
    parse: (importId) => (segment(importId) ? { id: importId, stored: {} } : undefined),
  };
}

/**
 * The id of a listed object that belongs to a tenant (or, where `tenantId` is optional, to the environment):
 * `<tenantId>/<id>`, or the bare id (what `idOf` gives), looked for in the environment and then in each tenant.
 */
function byTenantObjectId(name: string, options: { readonly tenantRequired: boolean }): ImportIdSpec {
  const where = options.tenantRequired ? "" : `\`<${name}>\` of the environment, `;
  return {
    format: `${where}\`<tenantId>/<${name}>\` of a tenant (a bare \`<${name}>\`, as in state, is looked for in ${options.tenantRequired ? "" : "the environment and "}every tenant)`,
    parse(importId) {
      if (segment(importId)) {
        return { id: importId, stored: {}, searchScopes: async (session) => [...(options.tenantRequired ? [] : [{}]), ...(await tenantScopes(session))] };
      }
      const [tenantId, id, ...rest] = importId.split("/");
      return rest.length === 0 && segment(tenantId) && segment(id) ? { id: id!, stored: { tenantId } } : undefined;
    },
  };
}

/** A singleton per scope (a policy): `environment`, or `tenant/<tenantId>` where the kind has tenants. */
function byScope(options: { readonly tenants: boolean }): ImportIdSpec {
  return {
    format: options.tenants ? "`environment`, or `tenant/<tenantId>`" : "`environment` (the kind is environment-wide)",
    parse(importId) {
      if (importId === ENVIRONMENT) return { id: ENVIRONMENT, stored: {} };
      const tenant = /^tenant\/([^/]+)$/.exec(importId);
      return options.tenants && tenant ? { id: importId, stored: { tenantId: tenant[1] } } : undefined;
    },
  };
}

/**
 * The value of the input `key` (a template's type, an MFA strategy, an e-mail domain), which must be valid for the
 * kind's input; `normalize` gives the form `idOf` uses.
 */
export function byKey(
  key: string,
  options: { readonly normalize?: (value: string) => string; /** The key is a URL: the whole id, slashes and all. */ readonly isUrl?: boolean } = {},
): ImportIdSpec {
  return {
    format: `\`<${key}>\``,
    parse(importId, definition) {
      const field = inputShapeOf(definition)?.[key];
      const shaped = options.isUrl ? importId !== "" : segment(importId);
      if (!shaped || (field && !field.safeParse(importId).success)) return undefined;
      const value = options.normalize ? options.normalize(importId) : importId;
      return { id: value, stored: { [key]: value } };
    },
  };
}

/**
 * A kind's import id: what it declares, else the default its shape implies. Listed kinds: their Frontegg id,
 * with the tenant in front for those with a `tenantId` input. Singletons: the scope (`environment`,
 * `tenant/<tenantId>`), or the one input they are keyed by (what `claimedBy` names).
 */
export function importIdOf(definition: ResourceDefinition): ImportIdSpec {
  if (definition.importId) return definition.importId;
  const shape = inputShapeOf(definition) ?? {};
  const tenantField = shape.tenantId;
  if (definition.collection && !definition.singletonScope) {
    const name = Object.keys(definition.outputs.shape).find((key) => key.endsWith("Id")) ?? "id";
    return tenantField ? byTenantObjectId(name, { tenantRequired: tenantRequired(definition) }) : byObjectId(name);
  }
  const keys = definition.claimedBy.filter((key) => key !== "tenantId");
  if (keys.length === 0) return byScope({ tenants: tenantField !== undefined });
  if (keys.length === 1 && !tenantField) return byKey(keys[0]!);
  throw new Error(`${definition.kind} is keyed by ${definition.claimedBy.join(", ")}: declare its importId, no default fits`);
}

/** Where `importId` points, or a failure naming the kind and the format it expects. */
export function importTarget(definition: ResourceDefinition, importId: string): ImportTarget {
  const spec = importIdOf(definition);
  const target = spec.parse(importId, definition);
  if (!target) throw new ResourceError(`cannot import ${definition.kind} "${importId}": its import id is ${spec.format}`);
  return target;
}

/** The failure of an import whose id is well formed but names no object. */
export function notFoundOnImport(definition: ResourceDefinition, importId: string): ResourceError {
  return new ResourceError(`cannot import ${definition.kind} "${importId}": Frontegg holds no such object (its import id is ${importIdOf(definition).format})`);
}

/** Every tenant of the environment, as stored scopes. */
export async function tenantScopes(session: ClientContext): Promise<State[]> {
  return (await session.client.tenants.list()).map((tenant) => ({ tenantId: tenant.tenantId }));
}
