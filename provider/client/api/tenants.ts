/** Tenants (accounts): `/tenants/resources/tenants`. */
import { z } from "zod";
import { HttpTransport } from "../http";
import { optionalString, orAbsentWhenNotFound, readAllPages, segment } from "./common";

const V1 = "/tenants/resources/tenants/v1";
const V2 = "/tenants/resources/tenants/v2";

/** A tenant as Frontegg returns it; `metadata` arrives as a JSON string. */
export const TenantSchema = z.object({
  tenantId: z.string(),
  name: z.string(),
  website: optionalString,
  applicationUrl: optionalString,
  logoUrl: optionalString,
  timezone: optionalString,
  currency: optionalString,
  status: optionalString,
  metadata: optionalString,
  parentTenantId: optionalString,
  createdAt: optionalString,
  updatedAt: optionalString,
});
/** A tenant as Frontegg returns it. */
export type Tenant = z.output<typeof TenantSchema>;

/** Body of a tenant create call; without `tenantId` Frontegg generates one. */
export interface CreateTenantRequest {
  readonly tenantId?: string;
  readonly name: string;
  readonly website?: string;
  readonly applicationUrl?: string;
  readonly logoUrl?: string;
  readonly timezone?: string;
  readonly currency?: string;
  readonly status?: string;
  readonly parentTenantId?: string;
}

/** Typed calls for tenants. */
export class TenantsApi {
  constructor(private readonly http: HttpTransport) {}

  /** Creates a tenant. */
  create(tenant: CreateTenantRequest): Promise<Tenant> {
    return this.http.send({ method: "POST", path: V1, body: tenant, response: TenantSchema });
  }

  /** One tenant, or `undefined` when it does not exist (Frontegg answers an array of zero or one). */
  get(tenantId: string): Promise<Tenant | undefined> {
    return orAbsentWhenNotFound(async () => (await this.http.send({ method: "GET", path: `${V1}/${segment(tenantId)}`, response: z.array(TenantSchema) }))[0]);
  }

  /** Every tenant, reading all pages (`_offset` is a page number, not a record offset). */
  list(pageSize = 50): Promise<Tenant[]> {
    return readAllPages(this.http, { path: V2, item: TenantSchema, pageSize, keyOf: (tenant) => tenant.tenantId });
  }

  /**
   * Updates the given fields; the others stay. Frontegg answers 400 when the body changes nothing (spec), so send
   * only what differs.
   */
  update(tenantId: string, changes: Partial<Omit<CreateTenantRequest, "tenantId">>): Promise<Tenant> {
    return this.http.send({ method: "PUT", path: `${V1}/${segment(tenantId)}`, body: changes, response: TenantSchema });
  }

  /** Merges keys into the tenant's metadata: the keys sent are set, every other key stays (spec; notes-3 §9). */
  async mergeMetadata(tenantId: string, metadata: Readonly<Record<string, string>>): Promise<void> {
    await this.http.send({ method: "POST", path: `${V1}/${segment(tenantId)}/metadata`, body: { metadata } });
  }

  /** Removes one key from the tenant's metadata. */
  async deleteMetadataKey(tenantId: string, key: string): Promise<void> {
    await this.http.send({ method: "DELETE", path: `${V1}/${segment(tenantId)}/metadata/${segment(key)}` });
  }

  /** Deletes a tenant: Frontegg deletes its users with it, and moves its sub-tenants to its parent (spec). */
  delete(tenantId: string): Promise<void> {
    return this.http.send({ method: "DELETE", path: `${V1}/${segment(tenantId)}` });
  }
}
