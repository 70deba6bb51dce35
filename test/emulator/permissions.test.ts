import { CATEGORIES, PERMISSIONS, ROLES, useEmulator, type ErrorView, type PermissionView, type RoleView } from "./helpers";

describe("permissions", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  const createPermissions = (body: unknown) => emu.call<PermissionView[]>("POST", PERMISSIONS, { body });
  const listPermissions = async () => (await emu.call<PermissionView[]>("GET", PERMISSIONS)).body;
  const createRole = async (key: string) => (await emu.call<RoleView[]>("POST", ROLES, { body: [{ key, name: key, level: 1 }] })).body[0];
  const listRoles = async () => (await emu.call<RoleView[]>("GET", ROLES)).body;

  it("creates permissions from an array and answers 201 with them", async () => {
    const result = await createPermissions([
      { key: "reports.read", name: "Read reports", description: "Read", assignmentType: "ASSIGNABLE" },
      { key: "reports.write", name: "Write reports" },
    ]);
    expect(result.status).toBe(201);
    expect(result.body[0]).toMatchObject({ key: "reports.read", name: "Read reports", description: "Read", roleIds: [], fePermission: false, categoryId: null });
    expect(result.body[1].description).toBe("");
  });

  it("rejects a single object and an unknown assignmentType", async () => {
    expect((await emu.call<ErrorView>("POST", PERMISSIONS, { body: { key: "a", name: "A" } })).body.errors).toEqual(["Expected body to be an array"]);
    const bad = await emu.call<ErrorView>("POST", PERMISSIONS, { body: [{ key: "a", name: "A", assignmentType: "SOMETIMES" }] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toBe("[0].assignmentType must be one of the following values: NEVER, ALWAYS, ASSIGNABLE");
  });

  it("answers 409 for a duplicate key", async () => {
    await createPermissions([{ key: "dup", name: "Dup" }]);
    expect((await createPermissions([{ key: "dup", name: "Dup" }])).status).toBe(409);
  });

  it("places a permission in an existing category and answers 400 for an unknown one", async () => {
    const category = (await emu.call<{ id: string }>("POST", CATEGORIES, { body: { name: "Reports" } })).body;
    const [created] = (await createPermissions([{ key: "in.cat", name: "In", categoryId: category.id }])).body;
    expect(created.categoryId).toBe(category.id);
    expect((await createPermissions([{ key: "x", name: "X", categoryId: "missing" }])).status).toBe(400);
  });

  it("patches a permission and answers 200 with it", async () => {
    const [created] = (await createPermissions([{ key: "p", name: "P" }])).body;
    const patched = await emu.call<PermissionView>("PATCH", `${PERMISSIONS}/${created.id}`, { body: { name: "P2", description: "new" } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ id: created.id, key: "p", name: "P2", description: "new" });
  });

  it("answers 404 for unknown permission ids", async () => {
    expect((await emu.call("PATCH", `${PERMISSIONS}/missing`, { body: { name: "x" } })).status).toBe(404);
    expect((await emu.call("DELETE", `${PERMISSIONS}/missing`)).status).toBe(404);
    expect((await emu.call("PUT", `${PERMISSIONS}/missing/roles`, { body: { roleIds: [] } })).status).toBe(404);
  });

  it("adds (never removes) role associations on PUT /roles, visible from both sides", async () => {
    const [permission] = (await createPermissions([{ key: "p", name: "P" }])).body;
    const r1 = await createRole("r1");
    const r2 = await createRole("r2");
    await emu.call("PUT", `${PERMISSIONS}/${permission.id}/roles`, { body: { roleIds: [r1.id] } });
    const result = await emu.call<PermissionView>("PUT", `${PERMISSIONS}/${permission.id}/roles`, { body: { roleIds: [r2.id] } });
    expect(result.status).toBe(200);
    expect(result.body.roleIds.sort()).toEqual([r1.id, r2.id].sort());
    const roles = await listRoles();
    expect(roles.find((r) => r.id === r1.id)?.permissions).toEqual([permission.id]);
    expect(roles.find((r) => r.id === r2.id)?.permissions).toEqual([permission.id]);
  });

  it("answers 400 for unknown role ids on PUT /roles", async () => {
    const [permission] = (await createPermissions([{ key: "p", name: "P" }])).body;
    const result = await emu.call<ErrorView>("PUT", `${PERMISSIONS}/${permission.id}/roles`, { body: { roleIds: ["ghost"] } });
    expect(result.status).toBe(400);
    expect(result.body.errors[0]).toContain("ghost");
  });

  it("classifies several permissions at once and answers the first", async () => {
    const [a, b] = (await createPermissions([{ key: "a", name: "A" }, { key: "b", name: "B", assignmentType: "NEVER" }])).body;
    const result = await emu.call<PermissionView>("PUT", `${PERMISSIONS}/classification`, { body: { permissionIds: [a.id, b.id], type: "ALWAYS" } });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ id: a.id, assignmentType: "ALWAYS" });
    expect((await listPermissions()).filter((p) => p.assignmentType === "ALWAYS").map((p) => p.id)).toEqual([a.id, b.id]);
    expect((await emu.call("PUT", `${PERMISSIONS}/classification`, { body: { permissionIds: ["ghost"], type: "ALWAYS" } })).status).toBe(400);
    expect((await emu.call("PUT", `${PERMISSIONS}/classification`, { body: { permissionIds: [], type: "ALWAYS" } })).status).toBe(400);
  });

  it("removes a deleted permission from every role", async () => {
    const [permission] = (await createPermissions([{ key: "p", name: "P" }])).body;
    const role = await createRole("r");
    await emu.call("PUT", `${ROLES}/${role.id}/permissions`, { body: { permissionIds: [permission.id] } });
    const deleted = await emu.call("DELETE", `${PERMISSIONS}/${permission.id}`);
    expect(deleted.status).toBe(204);
    expect((await listRoles()).find((r) => r.id === role.id)?.permissions).toEqual([]);
  });

  it("removes a deleted role from every permission's roleIds", async () => {
    const [permission] = (await createPermissions([{ key: "p", name: "P" }])).body;
    const role = await createRole("r");
    await emu.call("PUT", `${PERMISSIONS}/${permission.id}/roles`, { body: { roleIds: [role.id] } });
    await emu.call("DELETE", `${ROLES}/${role.id}`);
    expect((await listPermissions()).find((p) => p.id === permission.id)?.roleIds).toEqual([]);
  });
});
