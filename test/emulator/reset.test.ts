import { ROLES, startTestEmulator, useEmulator, type RoleView } from "./helpers";

interface StateDump {
  version: number;
  vendorId: string;
  roles: RoleView[];
  permissions: unknown[];
  categories: unknown[];
  policies: unknown[];
  emailTemplates: unknown[];
  ssoConfigurations: unknown[];
  tenants: unknown[];
}

describe("reset and state", () => {
  const emu = useEmulator();

  it("dumps the whole store on GET /_emulator/state", async () => {
    const state = (await emu.control<StateDump>("GET", "/state")).body;
    expect(state.version).toBe(1);
    expect(state.roles.map((r) => r.key)).toEqual(["Admin", "ReadOnly"]);
    for (const list of ["permissions", "categories", "policies", "emailTemplates", "ssoConfigurations", "tenants"] as const) {
      expect(Array.isArray(state[list])).toBe(true);
    }
  });

  it("returns to a new environment: built-ins only, no faults, empty log, tokens still valid", async () => {
    await emu.call("POST", ROLES, { body: [{ key: "extra", name: "E", level: 1 }] });
    await emu.control("POST", "/faults", { route: "GET /tenants/*", status: 500 });
    expect((await emu.control("POST", "/reset")).status).toBe(204);
    const state = (await emu.control<StateDump>("GET", "/state")).body;
    expect(state.roles.map((r) => r.key)).toEqual(["Admin", "ReadOnly"]);
    expect((await emu.control<{ count: number }>("GET", "/requests")).body.count).toBe(0);
    expect((await emu.control<unknown[]>("GET", "/faults")).body).toEqual([]);
    expect((await emu.call("GET", "/tenants/resources/tenants/v1/x")).status).toBe(200);
  });

  it("also invalidates tokens when asked with { tokens: true }", async () => {
    expect((await emu.control("POST", "/reset", { tokens: true })).status).toBe(204);
    expect((await emu.call("GET", ROLES)).status).toBe(401);
    await emu.authenticate();
    expect((await emu.call("GET", ROLES)).status).toBe(200);
  });

  it("rejects an unknown reset option with 400", async () => {
    expect((await emu.control("POST", "/reset", { everything: true })).status).toBe(400);
  });

  it("gives every environment its own vendorId", async () => {
    const other = await startTestEmulator();
    try {
      const a = (await emu.control<StateDump>("GET", "/state")).body.vendorId;
      const b = (await other.control<StateDump>("GET", "/state")).body.vendorId;
      expect(a).not.toBe(b);
    } finally {
      await other.stop();
    }
  });
});
