import { CATEGORIES, PERMISSIONS, ROLES, useEmulator, type CategoryView, type ErrorView, type PermissionView, type RoleView } from "./helpers";


describe("a new environment's built-ins", () => {
  const emu = useEmulator();

  const roles = async () => (await emu.call<RoleView[]>("GET", ROLES)).body;
  const permissions = async () => (await emu.call<PermissionView[]>("GET", PERMISSIONS)).body;
  const categories = async () => (await emu.call<CategoryView[]>("GET", CATEGORIES)).body;

  it("has the Admin and Read Only roles", async () => {
    const all = await roles();
    expect(all.map((r) => [r.key, r.name])).toEqual([
      ["Admin", "Admin"],
      ["ReadOnly", "Read Only"],
    ]);
  });

  it("has 8–15 fe.* permissions, all fePermission, in 2–4 feCategory categories", async () => {
    const fe = await permissions();
    expect(fe.length).toBeGreaterThanOrEqual(8);
    expect(fe.length).toBeLessThanOrEqual(15);
    expect(fe.every((p) => p.key.startsWith("fe.") && p.fePermission)).toBe(true);
    const cats = await categories();
    expect(cats.length).toBeGreaterThanOrEqual(2);
    expect(cats.length).toBeLessThanOrEqual(4);
    expect(cats.every((c) => c.feCategory)).toBe(true);
    const categoryIds = new Set(cats.map((c) => c.id));
    expect(fe.every((p) => p.categoryId !== null && categoryIds.has(p.categoryId))).toBe(true);
    expect(fe.map((p) => p.key)).toEqual(expect.arrayContaining(["fe.secure.read.users", "fe.secure.write.users", "fe.account-settings.read"]));
  });

  it("gives Admin every built-in permission and Read Only the read ones", async () => {
    const [admin, readOnly] = await roles();
    const fe = await permissions();
    expect([...admin.permissions].sort()).toEqual(fe.map((p) => p.id).sort());
    const readIds = fe.filter((p) => /\.read(\.|$)/.test(p.key)).map((p) => p.id);
    expect(readIds.length).toBeGreaterThan(0);
    expect([...readOnly.permissions].sort()).toEqual(readIds.sort());
  });

  it("refuses to patch or delete a built-in permission with 403", async () => {
    const [builtin] = await permissions();
    for (const [method, body] of [["PATCH", { name: "mine" }], ["DELETE", undefined]] as const) {
      const result = await emu.call<ErrorView>(method, `${PERMISSIONS}/${builtin.id}`, { body });
      expect(result.status).toBe(403);
      expect(result.body.errors[0]).toContain("built-in");
    }
    expect((await permissions()).find((p) => p.id === builtin.id)?.name).toBe(builtin.name);
  });

  it("refuses to patch or delete a built-in category with 403", async () => {
    const [builtin] = await categories();
    expect((await emu.call("PATCH", `${CATEGORIES}/${builtin.id}`, { body: { name: "mine" } })).status).toBe(403);
    expect((await emu.call("DELETE", `${CATEGORIES}/${builtin.id}`)).status).toBe(403);
    expect((await categories()).map((c) => c.id)).toContain(builtin.id);
  });

  it("still lets built-in permissions be assigned to roles", async () => {
    const [role] = (await emu.call<RoleView[]>("POST", ROLES, { body: [{ key: "custom", name: "Custom", level: 3 }] })).body;
    const [builtin] = await permissions();
    const result = await emu.call<PermissionView>("PUT", `${PERMISSIONS}/${builtin.id}/roles`, { body: { roleIds: [role.id] } });
    expect(result.status).toBe(200);
    expect(result.body.roleIds).toContain(role.id);
  });

  it("comes back after a reset, with the same built-in permission ids", async () => {
    const before = (await permissions()).map((p) => p.id);
    await emu.control("POST", "/reset");
    expect((await permissions()).map((p) => p.id)).toEqual(before);
    expect((await roles()).map((r) => r.key)).toEqual(["Admin", "ReadOnly"]);
  });
});
