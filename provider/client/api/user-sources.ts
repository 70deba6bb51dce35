/**
 * User sources (`/identity/resources/user-sources/v1`, spec:identity.json "User pools"; notes-3 §3): external
 * user stores (Auth0, Cognito, Firebase, custom code) and federated identity providers that Frontegg signs users in
 * against, each assigned to applications.
 */
import { z } from "zod";
import { HttpTransport } from "../http";
import { segment } from "./common";

const USER_SOURCES = "/identity/resources/user-sources/v1";

/** The source types, as the create and update routes name them. */
export const USER_SOURCE_TYPES = ["auth0", "cognito", "firebase", "custom-code", "federation"] as const;
/** A user source's type. */
export type UserSourceType = (typeof USER_SOURCE_TYPES)[number];

/** A configuration as Frontegg answers it: `configuration` is an open object in the spec. */
export type UserSourceConfiguration = Record<string, unknown>;

/**
 * A user source as GET answers it (`GetUserSourceResponseDTO`, the list adds `usersCount`). `configuration` is an
 * open object: whether it echoes the credentials is unverified (notes-3 §3).
 */
export const UserSourceSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  description: z.string().nullish().transform((text) => text ?? ""),
  appIds: z.array(z.string()).nullish().transform((ids) => ids ?? []),
  index: z.number(),
  configuration: z.record(z.string(), z.unknown()).nullish().transform((configuration) => configuration ?? {}),
});
/** A user source as Frontegg returns it. */
export type UserSource = z.output<typeof UserSourceSchema>;

/** What a create answers (`CreateUserSourceResponse`): no configuration. */
const CreatedSchema = z.object({ id: z.string() });

/** Body of a create: `appIds` only here; later changes go through assign and unassign. */
export interface UserSourceCreate {
  readonly name: string;
  readonly description: string;
  readonly index: number;
  readonly appIds: readonly string[];
  readonly configuration: UserSourceConfiguration;
}

/** Body of an update: `configuration` is replaced as a unit (every inner field required, notes-3 §3). */
export interface UserSourceUpdate {
  readonly name: string;
  readonly description: string;
  readonly index: number;
  readonly configuration: UserSourceConfiguration;
}

/** The route of a type's writes: external stores under `external/`, federation on its own. */
function writePath(type: UserSourceType): string {
  return type === "federation" ? `${USER_SOURCES}/federation` : `${USER_SOURCES}/external/${type}`;
}

/** User source calls (environment-wide: no tenant header, spec). */
export class UserSourcesApi {
  constructor(private readonly http: HttpTransport) {}

  /** Every user source, with its configuration (one unpaged list). */
  list(): Promise<UserSource[]> {
    return this.http.send({ method: "GET", path: USER_SOURCES, response: z.array(UserSourceSchema) });
  }

  /** One user source; 404 when it does not exist. */
  get(id: string): Promise<UserSource> {
    return this.http.send({ method: "GET", path: `${USER_SOURCES}/${segment(id)}`, response: UserSourceSchema });
  }

  /** Creates a source of `type`; its id. */
  async create(type: UserSourceType, source: UserSourceCreate): Promise<string> {
    return (await this.http.send({ method: "POST", path: writePath(type), body: source, response: CreatedSchema })).id;
  }

  /** Replaces the source's name, description, index and configuration (200 with no body, notes-3 §3). */
  async update(type: UserSourceType, id: string, source: UserSourceUpdate): Promise<void> {
    await this.http.send({ method: "PUT", path: `${writePath(type)}/${segment(id)}`, body: source });
  }

  /** Assigns the source to more applications (adds; others stay). */
  async assign(id: string, appIds: readonly string[]): Promise<void> {
    if (appIds.length === 0) return;
    await this.http.send({ method: "POST", path: `${USER_SOURCES}/assign`, body: { userSourceId: id, appIds }, idempotent: true });
  }

  /** Unassigns the source from applications (removes only those). */
  async unassign(id: string, appIds: readonly string[]): Promise<void> {
    if (appIds.length === 0) return;
    await this.http.send({ method: "POST", path: `${USER_SOURCES}/unassign`, body: { userSourceId: id, appIds }, idempotent: true });
  }

  /** Deletes the source; 404 when it is gone already. */
  async delete(id: string): Promise<void> {
    await this.http.send({ method: "DELETE", path: `${USER_SOURCES}/${segment(id)}` });
  }
}
