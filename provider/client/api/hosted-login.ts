/**
 * Hosted login: the redirect URIs (`/oauth/resources/configurations/v1/redirect-uri`) and the allowed origins
 * (the `allowedOrigins` list on the vendor, `/vendors`). Neither is in a published spec: shapes and behaviour
 * follow notes-more §7 (TF:resource_frontegg_redirect_uri.go, TF:resource_frontegg_allowed_origin.go, TF-PR#267).
 */
import { z } from "zod";
import { HttpTransport } from "../http";
import { orAbsentWhenNotFound, segment } from "./common";

const OAUTH_CONFIGURATION = "/oauth/resources/configurations/v1";
const REDIRECT_URIS = `${OAUTH_CONFIGURATION}/redirect-uri`;
const VENDOR = "/vendors";

/**
 * A URL or origin with at most one trailing `/` removed: how this package compares them. Frontegg stores every
 * allowed origin with a `/` appended whatever was sent (TF-PR#267, live), and may answer a redirect URI with one
 * (TF matches `x` or `x/`), so a comparison of the raw strings would drift forever.
 */
export function withoutTrailingSlash(url: string): string {
  return url.endsWith("/") ? url.slice(0, -1) : url;
}

/** Whether two URLs or origins are the same up to one trailing `/`. */
export function sameUrl(a: string, b: string): boolean {
  return withoutTrailingSlash(a) === withoutTrailingSlash(b);
}

/** A redirect URI as Frontegg lists it. */
export const RedirectUriSchema = z.object({ id: z.string(), redirectUri: z.string() });
/** A redirect URI as Frontegg lists it. */
export type RedirectUri = z.output<typeof RedirectUriSchema>;

const RedirectUriListSchema = z.object({ redirectUris: z.array(RedirectUriSchema).nullish() });

/** Redirect URI calls: a list, an add and a remove by id; Frontegg has no update (TF makes the URI ForceNew). */
export class RedirectUrisApi {
  constructor(private readonly http: HttpTransport) {}

  /** Every redirect URI of the environment (one unpaged list). */
  async list(): Promise<RedirectUri[]> {
    const body = await this.http.send({ method: "GET", path: REDIRECT_URIS, response: RedirectUriListSchema });
    return body.redirectUris ?? [];
  }

  /**
   * Adds a redirect URI and returns it as Frontegg holds it. The answer's shape is undocumented (TF ignores it and
   * lists, notes-more §7): an answer that is not the new entry is followed by a list, matching up to one trailing `/`.
   * Undefined when even the list does not show it.
   */
  async add(redirectUri: string): Promise<RedirectUri | undefined> {
    const answer = await this.http.send({ method: "POST", path: REDIRECT_URIS, body: { redirectUri }, response: z.unknown(), emptyBodyAllowed: true });
    const parsed = RedirectUriSchema.safeParse(answer);
    if (parsed.success && sameUrl(parsed.data.redirectUri, redirectUri)) return parsed.data;
    return (await this.list()).find((item) => sameUrl(item.redirectUri, redirectUri));
  }

  /** Removes a redirect URI by id. */
  delete(id: string): Promise<void> {
    return this.http.send({ method: "DELETE", path: `${REDIRECT_URIS}/${segment(id)}` });
  }
}

const VendorSchema = z.object({ allowedOrigins: z.array(z.string()).nullish() });

/** A change to the origin list: what to add or remove, compared up to one trailing `/`. */
type OriginChange = { readonly add: string } | { readonly remove: string };

interface PendingChange {
  readonly change: OriginChange;
  resolve(): void;
  reject(error: unknown): void;
}

/** Changes waiting, and whether a read-modify-write is in flight, per environment. */
interface OriginQueue {
  pending: PendingChange[];
  running: boolean;
}

/**
 * One queue per environment for the whole process: two clients (two providers) of the same environment in one
 * process still never write the list at the same time.
 */
const QUEUES = new Map<string, OriginQueue>();

/**
 * The allowed origins: one list on the vendor, written whole (`PUT /vendors {allowedOrigins}`; there is no add or
 * remove of one origin). So each change is a read-modify-write, and the writes of one environment are serialized
 * in this process: five parallel writes of Frontegg's Terraform provider left one origin of five (TF-PR#267,
 * live). Changes that arrive while a write is in flight are applied together by the next one (one read, at most
 * one write). Origins nobody asked to change are always written back as read.
 */
export class AllowedOriginsApi {
  /**
   * @param environmentKey names the environment (API host, client id, environment id): the unit of serialization.
   */
  constructor(
    private readonly http: HttpTransport,
    private readonly environmentKey: string,
  ) {}

  /** Every origin on the vendor, as Frontegg stores them (with a trailing `/`). */
  async list(): Promise<string[]> {
    const vendor = await this.http.send({ method: "GET", path: VENDOR, response: VendorSchema });
    return vendor.allowedOrigins ?? [];
  }

  /** Adds an origin unless the list holds it already (up to a trailing `/`); every other origin stays. */
  add(origin: string): Promise<void> {
    return this.#enqueue({ add: origin });
  }

  /** Removes an origin (every spelling of it up to a trailing `/`); an origin already gone is no error. */
  remove(origin: string): Promise<void> {
    return this.#enqueue({ remove: origin });
  }

  #enqueue(change: OriginChange): Promise<void> {
    let queue = QUEUES.get(this.environmentKey);
    if (!queue) {
      queue = { pending: [], running: false };
      QUEUES.set(this.environmentKey, queue);
    }
    const promise = new Promise<void>((resolve, reject) => queue.pending.push({ change, resolve, reject }));
    if (!queue.running) void this.#drain(queue);
    return promise;
  }

  /** Applies the queued changes, a batch per read-modify-write, until none is left. */
  async #drain(queue: OriginQueue): Promise<void> {
    queue.running = true;
    try {
      while (queue.pending.length > 0) {
        const batch = queue.pending.splice(0);
        try {
          await this.#apply(batch.map((item) => item.change));
          for (const item of batch) item.resolve();
        } catch (error) {
          for (const item of batch) item.reject(error);
        }
      }
    } finally {
      queue.running = false;
    }
  }

  async #apply(changes: readonly OriginChange[]): Promise<void> {
    const current = await this.list();
    let next = [...current];
    for (const change of changes) {
      if ("add" in change) {
        if (!next.some((origin) => sameUrl(origin, change.add))) next.push(change.add);
      } else {
        next = next.filter((origin) => !sameUrl(origin, change.remove));
      }
    }
    if (next.length === current.length && next.every((origin, index) => origin === current[index])) return;
    // Always the explicit list, [] included: TF's `omitempty` sent `{}` for an empty list, and the last origin
    // stayed (notes-more §7, inferred). A resent PUT of the same list changes nothing more: idempotent.
    await this.http.send({ method: "PUT", path: VENDOR, body: { allowedOrigins: next }, response: z.unknown(), emptyBodyAllowed: true, idempotent: true });
  }
}

const OAuthConfigurationSchema = z.object({ isActive: z.boolean().nullish() });

/** Whether the hosted login is on. */
export interface HostedLoginSwitch {
  readonly isActive: boolean;
}

/**
 * The hosted-login switch: `GET /oauth/resources/configurations/v1` → `{isActive}`, and `POST …/v1/activate` or
 * `…/v1/deactivate` with no body (notes-more §7; no spec). A 404 on the read, which TF tolerates, means the OAuth
 * configuration was never made, i.e. the hosted login is off (inferred).
 */
export class HostedLoginSwitchApi {
  constructor(private readonly http: HttpTransport) {}

  /** Whether the hosted login is on. */
  async get(): Promise<HostedLoginSwitch> {
    const body = await orAbsentWhenNotFound(() => this.http.send({ method: "GET", path: OAUTH_CONFIGURATION, response: OAuthConfigurationSchema }));
    return { isActive: body?.isActive === true };
  }

  /** Switches the hosted login on or off (either is idempotent) and reads the switch back. */
  async save(desired: HostedLoginSwitch): Promise<HostedLoginSwitch> {
    const path = `${OAUTH_CONFIGURATION}/${desired.isActive ? "activate" : "deactivate"}`;
    await this.http.send({ method: "POST", path, response: z.unknown(), emptyBodyAllowed: true, idempotent: true });
    return this.get();
  }
}

/** The parts of the hosted login configuration this package manages. */
export class HostedLoginApi {
  readonly redirectUris: RedirectUrisApi;
  readonly allowedOrigins: AllowedOriginsApi;
  readonly activation: HostedLoginSwitchApi;

  constructor(http: HttpTransport, environmentKey: string) {
    this.redirectUris = new RedirectUrisApi(http);
    this.allowedOrigins = new AllowedOriginsApi(http, environmentKey);
    this.activation = new HostedLoginSwitchApi(http);
  }
}
