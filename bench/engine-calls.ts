/**
 * What one phase cost in API calls, read from the emulator's request log: calls by route and by resource kind,
 * collection lists by kind and tenant scope, authentication counted apart, response bytes.
 */
import type { LoggedRequest } from "../emulator";

/** The route that issues tokens: counted apart from the calls that manage objects. */
export const AUTH_ROUTE = "POST /auth/vendor";

/** Path prefixes of each resource kind, most specific first. */
const KIND_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ["/identity/resources/permissions/v1/categories", "PermissionCategory"],
  ["/identity/resources/permissions/v1", "Permission"],
  ["/identity/resources/roles/v1", "Role"],
  ["/identity/resources/configurations/v1/mfa-policy", "MfaPolicy"],
  ["/identity/resources/configurations/v1/lockout-policy", "LockoutPolicy"],
  ["/identity/resources/mail/v1", "EmailTemplate"],
  ["/auth/", "auth"],
];

/** GET routes that answer a whole collection: reading one object through them is a list. */
export const LIST_ROUTES: Readonly<Record<string, string>> = {
  "GET /identity/resources/permissions/v1/categories": "PermissionCategory",
  "GET /identity/resources/permissions/v1": "Permission",
  "GET /identity/resources/roles/v1": "Role",
  "GET /identity/resources/mail/v1/configs/templates": "EmailTemplate",
};

/** The scope of environment-wide calls (no `frontegg-tenant-id` header). */
export const ENVIRONMENT_SCOPE = "environment";

/** The resource kind a route belongs to, `auth` for tokens, `other` for anything else. */
export function kindOfRoute(route: string): string {
  const path = route.slice(route.indexOf(" ") + 1);
  return KIND_PREFIXES.find(([prefix]) => path.startsWith(prefix))?.[1] ?? "other";
}

/** Calls and bytes of one resource kind. */
export interface KindCalls {
  calls: number;
  /** Calls answering a whole collection (see {@link LIST_ROUTES}). */
  lists: number;
  responseBytes: number;
}

/** The calls of one phase. */
export interface PhaseCalls {
  /** Every Frontegg call, authentication included. */
  readonly total: number;
  /** Token requests. */
  readonly auth: number;
  /** `METHOD /route-pattern` → calls. */
  readonly byRoute: Record<string, number>;
  /** Resource kind → calls, lists and bytes (auth excluded). */
  readonly byKind: Record<string, KindCalls>;
  /** `Kind scope` (scope = tenant id or `environment`) → lists. */
  readonly listsByKindAndScope: Record<string, number>;
  /** The largest number of lists of one kind in one scope: 1 is "one read per kind and scope". */
  readonly maxListsPerKindAndScope: number;
  /** Bytes of every response body. */
  readonly responseBytes: number;
}

/** Sums up the logged requests of one phase. */
export function summarizeCalls(requests: readonly LoggedRequest[]): PhaseCalls {
  const byRoute: Record<string, number> = {};
  const byKind: Record<string, KindCalls> = {};
  const listsByKindAndScope: Record<string, number> = {};
  let auth = 0;
  let responseBytes = 0;
  for (const request of requests) {
    byRoute[request.route] = (byRoute[request.route] ?? 0) + 1;
    responseBytes += request.responseBytes;
    if (request.route === AUTH_ROUTE) {
      auth += 1;
      continue;
    }
    const kind = kindOfRoute(request.route);
    const entry = (byKind[kind] ??= { calls: 0, lists: 0, responseBytes: 0 });
    entry.calls += 1;
    entry.responseBytes += request.responseBytes;
    const listed = LIST_ROUTES[request.route];
    if (listed !== undefined) {
      entry.lists += 1;
      const key = `${listed} ${request.tenantId ?? ENVIRONMENT_SCOPE}`;
      listsByKindAndScope[key] = (listsByKindAndScope[key] ?? 0) + 1;
    }
  }
  return {
    total: requests.length,
    auth,
    byRoute: sortedByKey(byRoute),
    byKind: sortedByKey(byKind),
    listsByKindAndScope: sortedByKey(listsByKindAndScope),
    maxListsPerKindAndScope: Math.max(0, ...Object.values(listsByKindAndScope)),
    responseBytes,
  };
}

function sortedByKey<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

/** Bytes as B, KiB or MiB, for logs and the report. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}
