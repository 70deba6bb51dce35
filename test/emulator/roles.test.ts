import { PERMISSIONS, ROLES, useEmulator, type ErrorView, type PermissionView, type RoleView } from "./helpers";

describe("roles", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  const createRoles = (body: unknown, tenantId?: string) => emu.call<RoleView[]>("POST", ROLES, { body, tenantId });
  const listRoles = async (tenantId?: string) => (await emu.call<RoleView[]>("GET", ROLES, { tenantId })).body;
  const permissionIds = async () => (await emu.call<PermissionView[]>("GET", PERMISSIONS)).body.map((p) => p.id);

  it("creates roles from an array and answers 201 with the created roles", async () => {
    const result = await createRoles([
      { key: "editor", name: "Editor", level: 2, description: "Edits" },
      { key: "viewer", name: "Viewer", level: 3 },
    ]);
    expect(result.status).toBe(201);
    expect(result.body).toHaveLength(2);
    expect(result.body[0]).toMatchObject({
      key: "editor",
      name: "Editor",
      level: 2,
      description: "Edits",
      tenantId: null,
      isDefault: false,
      firstUserRole: false,
      permissions: [],
    });
    expect(result.body[1].description).toBe("");
    expect(typeof result.body[0].vendorId).toBe("string");
    expect(Date.parse(String(result.body[0].createdAt))).not.toBeNaN();
    const keys = (await listRoles()).map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(["Admin", "ReadOnly", "editor", "viewer"]));
  });

  it("rejects a single object with 'Expected body to be an array'", async () => {
    const result = await emu.call<ErrorView>("POST", ROLES, { body: { key: "x", name: "X", level: 1 } });
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual(["Expected body to be an array"]);
  });

  it("answers 409 'Roles already exists' for a duplicate key, creating none of the batch", async () => {
    await createRoles([{ key: "dup", name: "Dup", level: 1 }]);
    const again = await emu.call<ErrorView>("POST", ROLES, { body: [{ key: "fresh", name: "Fresh", level: 1 }, { key: "dup", name: "Dup", level: 1 }] });
    expect(again.status).toBe(409);
    expect(again.body.errors[0]).toBe("Roles already exists");
    expect((await listRoles()).map((r) => r.key)).not.toContain("fresh");
  });

  it("answers 409 for a key repeated within one request", async () => {
    const result = await createRoles([{ key: "twice", name: "A", level: 1 }, { key: "twice", name: "B", level: 1 }]);
    expect(result.status).toBe(409);
  });

  it("patches only the fields sent, key included, and leaves permissions alone", async () => {
    const [role] = (await createRoles([{ key: "p", name: "P", level: 5, description: "d" }])).body;
    const [permissionId] = await permissionIds();
    await emu.call("PUT", `${ROLES}/${role.id}/permissions`, { body: { permissionIds: [permissionId] } });
    const patched = await emu.call<RoleView>("PATCH", `${ROLES}/${role.id}`, { body: { key: "p2", name: "P2" } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ id: role.id, key: "p2", name: "P2", level: 5, description: "d", permissions: [permissionId] });
  });

  it("refuses to patch a key onto one already taken", async () => {
    const [a] = (await createRoles([{ key: "a", name: "A", level: 1 }, { key: "b", name: "B", level: 1 }])).body;
    expect((await emu.call("PATCH", `${ROLES}/${a.id}`, { body: { key: "b" } })).status).toBe(409);
  });

  it("deletes a role with 204 and then answers 404 for it", async () => {
    const [role] = (await createRoles([{ key: "gone", name: "Gone", level: 1 }])).body;
    const deleted = await emu.call("DELETE", `${ROLES}/${role.id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe("");
    const again = await emu.call<ErrorView>("DELETE", `${ROLES}/${role.id}`);
    expect(again.status).toBe(404);
    expect(again.body.errorCode).toMatch(/^ER-/);
    expect((await emu.call("PATCH", `${ROLES}/${role.id}`, { body: { name: "x" } })).status).toBe(404);
  });

  it("replaces the permission set on PUT /permissions", async () => {
    const [role] = (await createRoles([{ key: "r", name: "R", level: 1 }])).body;
    const [p1, p2, p3] = await permissionIds();
    await emu.call("PUT", `${ROLES}/${role.id}/permissions`, { body: { permissionIds: [p1, p2] } });
    const replaced = await emu.call<RoleView>("PUT", `${ROLES}/${role.id}/permissions`, { body: { permissionIds: [p3] } });
    expect(replaced.status).toBe(200);
    expect(replaced.body.permissions).toEqual([p3]);
    const permissions = (await emu.call<PermissionView[]>("GET", PERMISSIONS)).body;
    expect(permissions.find((p) => p.id === p1)?.roleIds).not.toContain(role.id);
    expect(permissions.find((p) => p.id === p3)?.roleIds).toContain(role.id);
  });

  it("answers 400 naming unknown permission ids on PUT /permissions, changing nothing", async () => {
    const [role] = (await createRoles([{ key: "r", name: "R", level: 1 }])).body;
    const result = await emu.call<ErrorView>("PUT", `${ROLES}/${role.id}/permissions`, { body: { permissionIds: ["nope"] } });
    expect(result.status).toBe(400);
    expect(result.body.errors[0]).toContain("nope");
    expect((await listRoles()).find((r) => r.id === role.id)?.permissions).toEqual([]);
  });

  it("rejects a level outside 0–32767 with a readable message", async () => {
    const result = await emu.call<ErrorView>("POST", ROLES, { body: [{ key: "x", name: "X", level: -1 }] });
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual(["[0].level must not be less than 0"]);
  });

  describe("tenant scope", () => {
    it("creates a role owned by the tenant named in frontegg-tenant-id", async () => {
      const [role] = (await createRoles([{ key: "t-role", name: "T", level: 1 }], "tenant-a")).body;
      expect(role.tenantId).toBe("tenant-a");
    });

    it("lists environment roles plus the tenant's own, never another tenant's", async () => {
      await createRoles([{ key: "a-only", name: "A", level: 1 }], "tenant-a");
      await createRoles([{ key: "b-only", name: "B", level: 1 }], "tenant-b");
      const forA = (await listRoles("tenant-a")).map((r) => r.key);
      expect(forA).toEqual(expect.arrayContaining(["Admin", "ReadOnly", "a-only"]));
      expect(forA).not.toContain("b-only");
      expect((await listRoles()).map((r) => r.key)).not.toEqual(expect.arrayContaining(["a-only"]));
    });

    it("does not let a tenant-scoped call change an environment role, or another tenant's", async () => {
      const admin = (await listRoles()).find((r) => r.key === "Admin") as RoleView;
      expect((await emu.call("PATCH", `${ROLES}/${admin.id}`, { body: { name: "x" }, tenantId: "tenant-a" })).status).toBe(404);
      const [bRole] = (await createRoles([{ key: "b", name: "B", level: 1 }], "tenant-b")).body;
      expect((await emu.call("DELETE", `${ROLES}/${bRole.id}`, { tenantId: "tenant-a" })).status).toBe(404);
      expect((await emu.call("DELETE", `${ROLES}/${bRole.id}`)).status).toBe(404);
      expect((await emu.call("DELETE", `${ROLES}/${bRole.id}`, { tenantId: "tenant-b" })).status).toBe(204);
    });

    it("does not let a tenant role reuse an environment role's key", async () => {
      expect((await createRoles([{ key: "Admin", name: "Mine", level: 1 }], "tenant-a")).status).toBe(409);
    });

    it("lets two tenants use the same key", async () => {
      expect((await createRoles([{ key: "same", name: "S", level: 1 }], "tenant-a")).status).toBe(201);
      expect((await createRoles([{ key: "same", name: "S", level: 1 }], "tenant-b")).status).toBe(201);
    });
  });
});
