/**
 * Applications: `/applications/resources/applications/v1`, and which tenants may use each
 * (`…/tenant-assignments/v1/{appId}`). From Frontegg's published spec, applications.json (notes-3 §8).
 *
 * Frontegg also serves each application's client secret and shared secret (`GET …/v1/credentials/{id}`). This
 * client deliberately has no call for that route, and the schema below has no field for either secret: whatever
 * Frontegg answers, the secrets never enter this process (see provider/resources/application.ts).
 */
import { z } from "zod";
import { HttpTransport } from "../http";
import { optionalString, segment } from "./common";

const BASE = "/applications/resources/applications/v1";
const ASSIGNMENTS = "/applications/resources/applications/tenant-assignments/v1";

/** Application types (spec: CreateApplicationRequest.type; `agent` is new there, MCP's `native`/`mobile` are not). */
export const APPLICATION_TYPES = ["web", "mobile-ios", "mobile-android", "agent", "other"] as const;
/** Frontend stacks (spec: CreateApplicationRequest.frontendStack). */
export const APPLICATION_FRONTEND_STACKS = ["react", "vue", "angular", "next.js", "vanilla.js", "ionic", "flutter", "react-native", "kotlin", "swift"] as const;
/** Who may use the application: every tenant, or only tenants assigned to it. */
export const APPLICATION_ACCESS_TYPES = ["FREE_ACCESS", "MANAGED_ACCESS"] as const;

/**
 * An application as Frontegg returns it. Only what the provider manages is parsed; zod drops every other field,
 * so credentials Frontegg might include in a list answer are discarded at the door.
 */
export const ApplicationSchema = z.object({
  id: z.string(),
  name: z.string(),
  appURL: optionalString,
  loginURL: optionalString,
  logoURL: optionalString,
  description: optionalString,
  accessType: optionalString,
  type: optionalString,
  frontendStack: optionalString,
  isDefault: z.boolean().optional(),
  isActive: z.boolean().optional(),
  allowDcr: z.boolean().optional(),
  // An arbitrary JSON object (spec: `metadata: object`), so values need not be strings.
  metadata: z.record(z.string(), z.unknown()).nullish().transform((value) => value ?? undefined),
});
/** An application as Frontegg returns it (without credentials). */
export type Application = z.output<typeof ApplicationSchema>;

/** Body of an application create or update (Frontegg's own field names: note `URL` in upper case). */
export interface ApplicationRequest {
  readonly name: string;
  readonly appURL: string;
  readonly loginURL: string;
  readonly logoURL?: string;
  readonly description?: string;
  readonly accessType?: (typeof APPLICATION_ACCESS_TYPES)[number];
  readonly type?: (typeof APPLICATION_TYPES)[number];
  readonly frontendStack?: (typeof APPLICATION_FRONTEND_STACKS)[number];
  readonly isDefault?: boolean;
  readonly isActive?: boolean;
  readonly allowDcr?: boolean;
  readonly metadata?: Readonly<Record<string, string>>;
}

/** Typed calls for applications. */
export class ApplicationsApi {
  constructor(private readonly http: HttpTransport) {}

  /** Every application of the environment. */
  list(): Promise<Application[]> {
    return this.http.send({ method: "GET", path: BASE, response: z.array(ApplicationSchema) });
  }

  /** Creates an application. */
  create(application: ApplicationRequest): Promise<Application> {
    return this.http.send({ method: "POST", path: BASE, body: application, response: ApplicationSchema });
  }

  /** Updates the fields sent; Frontegg answers 201 with an empty body (spec), so nothing is returned. */
  update(applicationId: string, changes: Partial<ApplicationRequest>): Promise<void> {
    return this.http.send({ method: "PATCH", path: `${BASE}/${segment(applicationId)}`, body: changes });
  }

  /** Deletes an application (404 when it does not exist). */
  delete(applicationId: string): Promise<void> {
    return this.http.send({ method: "DELETE", path: `${BASE}/${segment(applicationId)}` });
  }

  /** The ids of the tenants assigned to an application (404 when the application does not exist). */
  async assignedTenants(applicationId: string): Promise<string[]> {
    const answer = await this.http.send({ method: "GET", path: `${ASSIGNMENTS}/${segment(applicationId)}`, response: AssignedTenantsSchema });
    return answer.tenantIds;
  }

  /** Assigns a tenant to an application; `accessType` omitted leaves Frontegg's choice. */
  async assignTenant(applicationId: string, tenantId: string, accessType?: ApplicationAccessType): Promise<void> {
    await this.http.send({
      method: "POST",
      path: `${ASSIGNMENTS}/${segment(applicationId)}`,
      body: { tenantId, ...(accessType !== undefined ? { accessType } : {}) },
      response: AssignmentAnswerSchema,
    });
  }

  /** Changes the access type of an assignment (404 when the tenant is not assigned). */
  setAssignmentAccessType(applicationId: string, tenantId: string, accessType: ApplicationAccessType): Promise<void> {
    return this.http.send({ method: "PUT", path: `${ASSIGNMENTS}/${segment(applicationId)}/${segment(tenantId)}`, body: { accessType } });
  }

  /** Removes a tenant's assignment (404 when it is not assigned). */
  unassignTenant(applicationId: string, tenantId: string): Promise<void> {
    return this.http.send({ method: "DELETE", path: `${ASSIGNMENTS}/${segment(applicationId)}/${segment(tenantId)}` });
  }
}

/** Who may use an application, or one assignment: every tenant, or only assigned ones. */
export type ApplicationAccessType = (typeof APPLICATION_ACCESS_TYPES)[number];

/** `GET …/tenant-assignments/v1/{appId}` (spec: ApplicationTenantsResponseV1). */
const AssignedTenantsSchema = z.object({ tenantIds: z.array(z.string()) });
/** The answer to an assignment (spec: ApplicationsTenantAssignmentResponseV1); read only to check its shape. */
const AssignmentAnswerSchema = z.object({ tenantId: z.string(), appIds: z.array(z.string()) }).partial();
