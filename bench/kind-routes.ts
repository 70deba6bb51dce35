/**
 * Which resource kind each API route serves, learnt rather than listed: every kind's sample goes through the
 * native provider once (check, create, read, diff, delete) against an emulator without latency, and the routes
 * each kind's calls used are recorded. A route several kinds use (a permission's check reads the categories'
 * list) belongs to the one that writes where it reads (categories are written at the path they are listed at):
 * the kind with the longest write route whose path starts its path; failing that, to all of them together, named
 * `A + B`. So the benchmark's calls per kind cover a new kind with no list to extend.
 */
import type { LoggedRequest, RequestLogSummary } from "../emulator";
import { TestEmulator } from "../test/support/emulator";
import { KIND_SAMPLES, withReferences } from "../test/support/kind-samples";
import { checkedInputs, createSampleTenant, createThroughProvider, nativeProvider, nativeType } from "../test/support/sample-environment";
import { AUTH_ROUTE } from "./engine-calls";

/** Route (`METHOD /pattern`) → the kind, or kinds joined by ` + `, whose calls use it. */
export type RouteKinds = Readonly<Record<string, string>>;

/** Learns {@link RouteKinds} on `emulator`, which it resets before and after. */
export async function learnRouteKinds(emulator: TestEmulator): Promise<RouteKinds> {
  const provider = () => nativeProvider(emulator);
  const create = (kind: string, args: Record<string, unknown>) => createThroughProvider(emulator, kind, args);
  const kindsByRoute = new Map<string, Set<string>>();
  const writesByKind = new Map<string, Set<string>>();
  for (const row of KIND_SAMPLES) {
    await emulator.reset();
    await createSampleTenant(emulator);
    const args = await withReferences(row.args, create);
    await emulator.control("DELETE", "/requests");
    // What an up, a refresh, a preview and a destroy of the kind call, each through a provider of its own.
    const native = await provider();
    const inputs = await checkedInputs(native, row.kind, args);
    const created = await native.create(nativeType(row.kind), inputs);
    const read = await (await provider()).read(nativeType(row.kind), created.id, created.properties, inputs);
    await (await provider()).diff(nativeType(row.kind), created.id, read.properties!, inputs);
    await (await provider()).delete(nativeType(row.kind), created.id, created.properties);
    for (const request of await requestsOf(emulator)) {
      if (request.route === AUTH_ROUTE) continue;
      kindsByRoute.set(request.route, (kindsByRoute.get(request.route) ?? new Set()).add(row.kind));
      if (request.method !== "GET") writesByKind.set(row.kind, (writesByKind.get(row.kind) ?? new Set()).add(pathOf(request.route)));
    }
  }
  await emulator.reset();
  return Object.fromEntries([...kindsByRoute].map(([route, kinds]) => [route, ownersOf(route, [...kinds], writesByKind).sort().join(" + ")]));
}

const pathOf = (route: string) => route.slice(route.indexOf(" ") + 1);

/** Of the kinds that use `route`, those writing at the longest path that starts the route's; all when none does. */
function ownersOf(route: string, kinds: readonly string[], writesByKind: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const path = pathOf(route);
  const reach = (kind: string) => Math.max(-1, ...[...(writesByKind.get(kind) ?? [])].filter((written) => path.startsWith(written)).map((written) => written.length));
  const best = Math.max(...kinds.map(reach));
  return best === -1 ? [...kinds] : kinds.filter((kind) => reach(kind) === best);
}

/** The requests the emulator has logged since its log was last cleared. */
export async function requestsOf(emulator: TestEmulator): Promise<LoggedRequest[]> {
  return (await emulator.control<RequestLogSummary>("GET", "/requests")).requests;
}

/** Calls of one phase: in all, token requests, and per kind (routes no sample used count as `other`). */
export interface KindCallCounts {
  readonly total: number;
  readonly auth: number;
  readonly byKind: Record<string, number>;
}

/** Counts `requests` by kind through `routes`. */
export function callsByKind(requests: readonly LoggedRequest[], routes: RouteKinds): KindCallCounts {
  const byKind: Record<string, number> = {};
  let auth = 0;
  for (const request of requests) {
    if (request.route === AUTH_ROUTE) auth += 1;
    else byKind[routes[request.route] ?? "other"] = (byKind[routes[request.route] ?? "other"] ?? 0) + 1;
  }
  return { total: requests.length, auth, byKind: Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => a.localeCompare(b))) };
}
