/**
 * The every-kind benchmark's stack and its calls per kind: every registered kind is declared (a kind added with
 * its row in the kind table is benched by construction), and every kind's calls are told apart from the others'.
 */
import type { LoggedRequest } from "../../emulator";
import { everyKindStack, SMALLEST_EVERY_KIND_STACK } from "../../bench/every-kind-stack";
import { callsByKind, learnRouteKinds, RouteKinds } from "../../bench/kind-routes";
import { RESOURCE_KINDS } from "../../provider/resources";
import { TestEmulator, useEmulator } from "../support/emulator";

describe("the every-kind stack", () => {
  it("declares every kind, copies up to N, each resource named once", () => {
    const entries = everyKindStack(60);
    expect(entries).toHaveLength(60);
    expect([...new Set(entries.map((e) => e.kind))].sort()).toEqual([...RESOURCE_KINDS].sort());
    expect(new Set(entries.map((e) => e.name)).size).toBe(60);
    expect(SMALLEST_EVERY_KIND_STACK).toBe(RESOURCE_KINDS.length);
    expect(() => everyKindStack(SMALLEST_EVERY_KIND_STACK - 1)).toThrow(/too small/);
  });
});

describe("calls per kind", () => {
  let emulator: TestEmulator;
  let routes: RouteKinds;
  beforeAll(async () => {
    emulator = await useEmulator();
    routes = await learnRouteKinds(emulator);
  }, 60_000);
  afterAll(() => emulator.stop());

  it("tells every kind's calls apart: each kind owns a route of its own, or shares it where Frontegg has one route for both", () => {
    // EnvironmentSettings and AllowedOrigin both read and write the vendor (`GET/PUT /vendors`): their calls are
    // counted together, as `AllowedOrigin + EnvironmentSettings`.
    const owners = new Set(Object.values(routes).flatMap((owner) => owner.split(" + ")));
    expect(RESOURCE_KINDS.filter((kind) => !owners.has(kind))).toEqual([]);
  });

  it("gives a list several kinds read to the kind written where it is listed", () => {
    expect(routes["GET /identity/resources/permissions/v1/categories"]).toBe("PermissionCategory");
    expect(routes["GET /identity/resources/roles/v1"]).toBe("Role");
  });

  it("counts token requests apart and unknown routes as other", () => {
    const request = (route: string): LoggedRequest => ({ method: route.split(" ")[0]!, route, path: route.split(" ")[1]!, status: 200, at: "", responseBytes: 0 });
    const counts = callsByKind([request("POST /auth/vendor"), request("GET /identity/resources/roles/v1"), request("GET /nowhere")], routes);
    expect(counts).toEqual({ total: 3, auth: 1, byKind: { Role: 1, other: 1 } });
  });
});
