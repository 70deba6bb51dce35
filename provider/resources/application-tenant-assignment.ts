/**
 * ApplicationTenantAssignment: one tenant allowed to use one application (an application with `accessType:
 * MANAGED_ACCESS` admits only its assigned tenants). Natural key: the pair (application, tenant).
 *
 * Source: Frontegg's published spec applications.json, `/applications/resources/applications/tenant-assignments/v1`
 * (notes-3 §8d). Why it matters: creating a user in a tenant not assigned to the application fails with 404 "This
 * account/tenant is not assigned to the requested application" (TF-PR#263).
 *
 * Reads go through the per-application route (`GET …/v1/{appId}` → `{tenantIds}`): the search routes demand a
 * tenant header and look meant for user tokens (notes-3 §8d, inferred). That route does not say each assignment's
 * `accessType`, so `accessType` is write-only here: sent on create and changed in place with PUT, but a change made
 * in the portal cannot be detected (thin: no route readable with an environment token returns it). Omitted, it is
 * not managed and Frontegg chooses (the spec gives no default).
 *
 * Unlike the incumbent Terraform provider (no 404 handling on read, always POSTs), an assignment whose application
 * is gone reads as gone, and a create first looks the pair up so an existing assignment is an error unless
 * `adoptExisting` is set. What a second POST of the same pair does in Frontegg is unverified (notes-3 "Not reliably
 * sourced"): the lookup means this provider never sends one.
 */
import { z } from "zod";
import { APPLICATION_ACCESS_TYPES, FronteggApiError, FronteggClient } from "../client";
import { defineResource, State } from "../lifecycle/definition";
import { ignoreNotFound } from "../lifecycle/errors";
import { ImportIdSpec } from "../lifecycle/import-id";
import { adoptExistingField } from "./fields";

const inputs = z.strictObject({
  appId: z
    .string()
    .min(1, "appId must not be empty: use the id output of an Application")
    .describe("Id of the application (an `Application`'s id). Changing it replaces the assignment."),
  tenantId: z
    .string()
    .min(1, "tenantId must not be empty")
    .refine((value) => !value.includes("/"), "tenantId must not contain `/`")
    .describe("Id of the tenant (its `tenantId`) that may use the application. Changing it replaces the assignment."),
  accessType: z
    .enum(APPLICATION_ACCESS_TYPES)
    .optional()
    .describe(
      "The assignment's own access type, changed in place. Frontegg does not return it to an environment token, so a " +
        "change made in the portal is not detected; when omitted it is not managed and Frontegg chooses.",
    ),
  adoptExisting: adoptExistingField,
});
type Inputs = z.output<typeof inputs>;
/** Inputs of an {@link ApplicationTenantAssignment}. */
export type ApplicationTenantAssignmentInputs = z.input<typeof inputs>;

const outputs = z.object({});
/** Every property of an {@link ApplicationTenantAssignment} as stored in state: its inputs. */
export type ApplicationTenantAssignmentState = Inputs;

const toState = (appId: string, tenantId: string): State => ({ appId, tenantId });

/** The assignments of one application (the lifecycle's scope is the application id); none once it is gone. */
async function listOfApplication(client: FronteggClient, appId: string | undefined): Promise<State[]> {
  if (appId === undefined) return [];
  try {
    return (await client.applications.assignedTenants(appId)).map((tenantId) => toState(appId, tenantId));
  } catch (error) {
    if (error instanceof FronteggApiError && error.isNotFound) return [];
    throw error;
  }
}

/** Every assignment of every application. */
async function listEveryApplication(client: FronteggClient): Promise<State[]> {
  const applications = await client.applications.list();
  return (await Promise.all(applications.map((application) => listOfApplication(client, application.id)))).flat();
}

const describe = (i: { appId?: unknown; tenantId?: unknown }): string => `assignment of tenant "${String(i.tenantId)}" to application ${String(i.appId)}`;

/** `<appId>/<tenantId>`, as state holds it; Terraform's `<appId>:<tenantId>` is accepted too. */
const importId: ImportIdSpec = {
  format: "`<appId>/<tenantId>` (Terraform's `<appId>:<tenantId>` is accepted too)",
  parse(id) {
    const match = /^([^/:]+)[/:]([^/]+)$/.exec(id);
    return match ? { id: `${match[1]}/${match[2]}`, stored: { appId: match[1] } } : undefined;
  },
};

/** The ApplicationTenantAssignment resource kind. */
export const applicationTenantAssignment = defineResource<Inputs>({
  kind: "ApplicationTenantAssignment",
  example: `resource customerPortal "frontegg-native:index:Application" {
  __logicalName = "customer-portal"
  name = "Customer portal"
  appURL = "https://app.example.com"
  loginURL = "https://app.example.com/account/login"
  accessType = "MANAGED_ACCESS"
}

resource customerPortalAcme "frontegg-native:index:ApplicationTenantAssignment" {
  __logicalName = "customer-portal-acme"
  appId = customerPortal.id
  tenantId = "acme"
}`,
  description:
    "A tenant allowed to use an application (an application with `accessType: MANAGED_ACCESS` admits only its assigned " +
    "tenants; users of other tenants get \"This account/tenant is not assigned to the requested application\"). Deleting " +
    "the resource removes the assignment; the tenant, its users and the application stay. `accessType` is write-only: " +
    "Frontegg does not return it, so a change in the portal is not detected.",
  inputs,
  outputs,
  replaceOnChanges: ["appId", "tenantId"],
  secrets: [],
  writeOnly: ["accessType"],
  references: { appId: "Application" },
  environment: {
    readAll: (client) => listEveryApplication(client),
    naturalKey: (entry) => `${String(entry.appId)}/${String(entry.tenantId)}`,
    nameOf: (entry) => `${String(entry.appId)} ${String(entry.tenantId)}`,
  },
  claimedBy: ["appId", "tenantId"],
  claims: (i) => (typeof i.appId === "string" && typeof i.tenantId === "string" ? [describe(i)] : []),
  describe,
  idOf: (state) => `${String(state.appId)}/${String(state.tenantId)}`,
  importId,
  collection: {
    scopeOf: (props) => (typeof props.appId === "string" && props.appId !== "" ? props.appId : undefined),
    list: listOfApplication,
    matches: (state, i) => state.tenantId === i.tenantId,
  },
  async create(client, i) {
    await client.applications.assignTenant(i.appId, i.tenantId, i.accessType);
    return { ...toState(i.appId, i.tenantId), ...(i.accessType !== undefined ? { accessType: i.accessType } : {}) };
  },
  async update(client, _id, i, current) {
    // Only accessType changes in place; omitted, it is left as Frontegg has it.
    if (i.accessType !== undefined) await client.applications.setAssignmentAccessType(i.appId, i.tenantId, i.accessType);
    return { ...current, accessType: i.accessType };
  },
  async delete(client, _id, stored) {
    await ignoreNotFound(() => client.applications.unassignTenant(String(stored.appId), String(stored.tenantId)));
  },
});
