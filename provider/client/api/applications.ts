/**
 * Applications: `/applications/resources/applications/v1`. In no published spec: every fact here is from
 * notes-more §10 (TF:resource_frontegg_application.go, MCP:frontegg-applications.ts), unverified against the API.
 *
 * Frontegg also serves each application's client secret and shared secret (`GET …/v1/credentials/{id}`). This
 * client deliberately has no call for that route, and the schema below has no field for either secret: whatever
 * Frontegg answers, the secrets never enter this process (see provider/resources/application.ts).
 */
import { z } from "zod";
import { HttpTransport } from "../http";
import { optionalString, segment } from "./common";

const BASE = "/applications/resources/applications/v1";

/** Application types TF validates (notes-more §10; MCP also lists `native` and `mobile`, low trust). */
export const APPLICATION_TYPES = ["web", "mobile-ios", "mobile-android", "other"] as const;
/** Frontend stacks TF validates (notes-more §10). */
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
  metadata: z.record(z.string(), z.string()).nullish().transform((value) => value ?? undefined),
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

  /** Updates the fields sent; Frontegg answers with an empty body (TF comment), so nothing is returned. */
  update(applicationId: string, changes: Partial<ApplicationRequest>): Promise<void> {
    return this.http.send({ method: "PATCH", path: `${BASE}/${segment(applicationId)}`, body: changes });
  }

  /** Deletes an application (404 when it does not exist). */
  delete(applicationId: string): Promise<void> {
    return this.http.send({ method: "DELETE", path: `${BASE}/${segment(applicationId)}` });
  }
}
