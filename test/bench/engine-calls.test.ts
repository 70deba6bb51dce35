import type { LoggedRequest } from "../../emulator";
import { kindOfRoute, summarizeCalls } from "../../bench/engine-calls";

const request = (route: string, responseBytes: number, tenantId?: string): LoggedRequest => ({
  method: route.split(" ")[0]!,
  route,
  path: route.split(" ")[1]!,
  status: 200,
  at: "2026-11-23T00:00:00.000Z",
  responseBytes,
  ...(tenantId ? { tenantId } : {}),
});

describe("engine benchmark call summary", () => {
  it("names the resource kind of each route, categories apart from permissions", () => {
    expect(kindOfRoute("GET /identity/resources/permissions/v1/categories")).toBe("PermissionCategory");
    expect(kindOfRoute("DELETE /identity/resources/permissions/v1/{permissionId}")).toBe("Permission");
    expect(kindOfRoute("PUT /identity/resources/roles/v1/{roleId}/permissions")).toBe("Role");
    expect(kindOfRoute("PUT /identity/resources/configurations/v1/mfa-policy")).toBe("MfaPolicy");
    expect(kindOfRoute("PATCH /identity/resources/configurations/v1/lockout-policy")).toBe("LockoutPolicy");
    expect(kindOfRoute("POST /identity/resources/mail/v1/configs/templates")).toBe("EmailTemplate");
    expect(kindOfRoute("GET /nowhere")).toBe("other");
  });

  it("counts auth apart, calls and bytes by kind, and lists by kind and tenant scope", () => {
    const calls = summarizeCalls([
      request("POST /auth/vendor", 100),
      request("GET /identity/resources/roles/v1", 1000),
      request("GET /identity/resources/roles/v1", 1000),
      request("GET /identity/resources/roles/v1", 300, "acme"),
      request("POST /identity/resources/roles/v1", 50),
      request("GET /identity/resources/permissions/v1", 2000),
      request("GET /identity/resources/configurations/v1/mfa-policy", 20),
    ]);
    expect(calls).toEqual({
      total: 7,
      auth: 1,
      byRoute: {
        "GET /identity/resources/configurations/v1/mfa-policy": 1,
        "GET /identity/resources/permissions/v1": 1,
        "GET /identity/resources/roles/v1": 3,
        "POST /auth/vendor": 1,
        "POST /identity/resources/roles/v1": 1,
      },
      byKind: {
        MfaPolicy: { calls: 1, lists: 0, responseBytes: 20 },
        Permission: { calls: 1, lists: 1, responseBytes: 2000 },
        Role: { calls: 4, lists: 3, responseBytes: 2350 },
      },
      listsByKindAndScope: { "Permission environment": 1, "Role acme": 1, "Role environment": 2 },
      maxListsPerKindAndScope: 2,
      responseBytes: 4470,
    });
  });

  it("reports no lists for a phase without calls", () => {
    expect(summarizeCalls([])).toMatchObject({ total: 0, auth: 0, maxListsPerKindAndScope: 0, responseBytes: 0 });
  });
});
