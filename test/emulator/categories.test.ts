import { CATEGORIES, PERMISSIONS, useEmulator, type CategoryView, type ErrorView, type PermissionView } from "./helpers";


describe("permission categories", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  const create = (body: unknown) => emu.call<CategoryView>("POST", CATEGORIES, { body });
  const list = async () => (await emu.call<CategoryView[]>("GET", CATEGORIES)).body;

  it("creates a category from a single object and answers 201 with it", async () => {
    const result = await create({ name: "Reports", description: "All reports" });
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({ name: "Reports", description: "All reports", feCategory: false });
    expect((await list()).map((c) => c.name)).toContain("Reports");
  });

  it("uses a client-supplied id", async () => {
    const result = await create({ id: "my-category", name: "Mine" });
    expect(result.body.id).toBe("my-category");
    expect((await create({ id: "my-category", name: "Other" })).status).toBe(409);
  });

  it("answers description null when none was given", async () => {
    expect((await create({ name: "Bare" })).body.description).toBeNull();
  });

  it("answers 409 for a duplicate name", async () => {
    await create({ name: "Twice" });
    const again = await emu.call<ErrorView>("POST", CATEGORIES, { body: { name: "Twice" } });
    expect(again.status).toBe(409);
    expect(again.body.errorCode).toMatch(/^ER-/);
  });

  it("answers PATCH with 200 and an empty body, as Frontegg does", async () => {
    const { id } = (await create({ name: "Old" })).body;
    const patched = await emu.call("PATCH", `${CATEGORIES}/${id}`, { body: { name: "New" } });
    expect(patched.status).toBe(200);
    expect(patched.text).toBe("");
    expect((await list()).find((c) => c.id === id)?.name).toBe("New");
  });

  it("refuses to rename onto another category's name", async () => {
    await create({ name: "Taken" });
    const { id } = (await create({ name: "Mine" })).body;
    expect((await emu.call("PATCH", `${CATEGORIES}/${id}`, { body: { name: "Taken" } })).status).toBe(409);
  });

  it("deletes with 200 and leaves the category's permissions uncategorized", async () => {
    const { id } = (await create({ name: "Doomed" })).body;
    const [permission] = (await emu.call<PermissionView[]>("POST", PERMISSIONS, { body: [{ key: "k", name: "K", categoryId: id }] })).body;
    const deleted = await emu.call("DELETE", `${CATEGORIES}/${id}`);
    expect(deleted.status).toBe(200);
    expect((await list()).map((c) => c.id)).not.toContain(id);
    const after = (await emu.call<PermissionView[]>("GET", PERMISSIONS)).body.find((p) => p.id === permission.id);
    expect(after?.categoryId).toBeNull();
  });

  it("answers 404 for unknown category ids", async () => {
    expect((await emu.call("PATCH", `${CATEGORIES}/missing`, { body: { name: "x" } })).status).toBe(404);
    expect((await emu.call("DELETE", `${CATEGORIES}/missing`)).status).toBe(404);
  });
});
