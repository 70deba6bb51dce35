import { useEmulator, type ErrorView } from "./helpers";

/** Applications and tenant assignments: Frontegg's spec applications.json (notes-3 §8). */
const BASE = "/applications/resources/applications/v1";
const ASSIGNMENTS = "/applications/resources/applications/tenant-assignments/v1";

interface AppView {
  id: string;
  name: string;
  appURL: string;
  loginURL: string;
  type: string;
  frontendStack: string;
  accessType: string;
  isDefault: boolean;
  isActive: boolean;
  allowDcr: boolean;
  description?: string;
  metadata: Record<string, unknown>;
}

const APP = { name: "Portal", appURL: "https://app.example.com", loginURL: "https://app.example.com/login" };

describe("applications (applications.json, notes-3 §8)", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  it("creates with POST 201, the spec's defaults filled in, and lists every application", async () => {
    const created = await emu.call<AppView>("POST", BASE, { body: APP });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ...APP,
      type: "web",
      frontendStack: "react",
      accessType: "FREE_ACCESS",
      isDefault: false,
      isActive: true,
      allowDcr: false,
    });
    const listed = await emu.call<AppView[]>("GET", BASE);
    expect(listed.body.map((a) => a.id)).toEqual([created.body.id]);
    expect((await emu.call<AppView>("GET", `${BASE}/${created.body.id}`)).body.name).toBe("Portal");
  });

  it("serves the credentials only from their own route, never in the application", async () => {
    const created = await emu.call<AppView>("POST", BASE, { body: APP });
    const credentials = await emu.call<{ clientSecret: string; sharedSecret: string }>("GET", `${BASE}/credentials/${created.body.id}`);
    expect(credentials.status).toBe(200);
    expect(credentials.body.clientSecret).toMatch(/^[0-9a-f]{48}$/);
    expect(credentials.body.sharedSecret).toMatch(/^[0-9a-f]{48}$/);
    for (const text of [created.text, (await emu.call("GET", BASE)).text, (await emu.call("GET", `${BASE}/${created.body.id}`)).text]) {
      expect(text).not.toContain(credentials.body.clientSecret);
      expect(text).not.toContain(credentials.body.sharedSecret);
    }
  });

  it("updates the fields sent with PATCH, answering an empty 201; metadata (any JSON object) is replaced", async () => {
    const created = await emu.call<AppView>("POST", BASE, { body: { ...APP, description: "d", metadata: { a: "1", b: "2" } } });
    const patched = await emu.call("PATCH", `${BASE}/${created.body.id}`, { body: { isActive: false, metadata: { c: 3, d: { e: true } }, appHost: "app.example.com" } });
    expect(patched.status).toBe(201);
    expect(patched.text).toBe("");
    const read = await emu.call<AppView>("GET", `${BASE}/${created.body.id}`);
    expect(read.body).toMatchObject({ name: "Portal", description: "d", isActive: false, metadata: { c: 3, d: { e: true } }, appHost: "app.example.com" });
  });

  it("answers every field the spec marks required, logoURL and description as empty strings when unset", async () => {
    const created = await emu.call<AppView & Record<string, unknown>>("POST", BASE, { body: { ...APP, type: "agent" } });
    expect(created.body).toMatchObject({ type: "agent", logoURL: "", description: "", integrationFinishedAt: "" });
    expect(typeof created.body.vendorId).toBe("string");
  });

  it("serves the default application, 404 when none is flagged", async () => {
    expect((await emu.call("GET", `${BASE}/default`)).status).toBe(404);
    const created = await emu.call<AppView>("POST", BASE, { body: { ...APP, isDefault: true } });
    expect((await emu.call<AppView>("GET", `${BASE}/default`)).body.id).toBe(created.body.id);
  });

  it("assigns tenants to an application, lists, edits and unassigns them; 404 for a pair that is not assigned", async () => {
    const created = await emu.call<AppView>("POST", BASE, { body: { ...APP, accessType: "MANAGED_ACCESS" } });
    const path = `${ASSIGNMENTS}/${created.body.id}`;
    const assigned = await emu.call<{ tenantId: string; appIds: string[] }>("POST", path, { body: { tenantId: "acme" } });
    expect(assigned.status).toBe(201);
    expect(assigned.body).toEqual({ tenantId: "acme", appIds: [created.body.id] });
    expect((await emu.call("POST", path, { body: { tenantId: "acme", accessType: "FREE_ACCESS" } })).status).toBe(201);
    expect((await emu.call<{ tenantIds: string[] }>("GET", path)).body).toEqual({ tenantIds: ["acme"] });
    expect((await emu.call("PUT", `${path}/acme`, { body: { accessType: "MANAGED_ACCESS" } })).status).toBe(200);
    expect((await emu.call("PUT", `${path}/acme`, { body: {} })).status).toBe(400);
    expect((await emu.call("DELETE", `${path}/acme`)).status).toBe(200);
    const again = await emu.call<ErrorView>("DELETE", `${path}/acme`);
    expect(again.status).toBe(404);
    expect((await emu.call<{ tenantIds: string[] }>("GET", path)).body).toEqual({ tenantIds: [] });
    expect((await emu.call("GET", `${ASSIGNMENTS}/nope`)).status).toBe(404);
  });

  it("drops an application's assignments with the application, and a tenant's with the tenant", async () => {
    await emu.call("POST", "/tenants/resources/tenants/v1", { body: { tenantId: "acme", name: "Acme" } });
    const first = await emu.call<AppView>("POST", BASE, { body: APP });
    const second = await emu.call<AppView>("POST", BASE, { body: APP });
    await emu.call("POST", `${ASSIGNMENTS}/${first.body.id}`, { body: { tenantId: "acme" } });
    await emu.call("POST", `${ASSIGNMENTS}/${second.body.id}`, { body: { tenantId: "acme" } });
    await emu.call("DELETE", `${BASE}/${first.body.id}`);
    await emu.call("DELETE", "/tenants/resources/tenants/v1/acme");
    expect((await emu.call<{ tenantIds: string[] }>("GET", `${ASSIGNMENTS}/${second.body.id}`)).body).toEqual({ tenantIds: [] });
  });

  it("validates bodies against the spec", async () => {
    const missing = await emu.call<ErrorView>("POST", BASE, { body: { name: "x" } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.join(" ")).toMatch(/appURL/);
    const wrong = await emu.call<ErrorView>("POST", BASE, { body: { ...APP, accessType: "OPEN" } });
    expect(wrong.status).toBe(400);
    const badPatch = await emu.call<ErrorView>("PATCH", `${BASE}/nope`, { body: { isActive: "yes" } });
    expect(badPatch.status).toBe(400);
    // The spec checks `type` on create only; an update takes any string (notes-3 §8c item 7).
    expect((await emu.call<ErrorView>("POST", BASE, { body: { ...APP, type: "native" } })).status).toBe(400);
  });

  it("deletes with an empty 200, and answers 404 for an unknown id", async () => {
    const created = await emu.call<AppView>("POST", BASE, { body: APP });
    const deleted = await emu.call("DELETE", `${BASE}/${created.body.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.text).toBe("");
    expect((await emu.call("DELETE", `${BASE}/${created.body.id}`)).status).toBe(404);
    expect((await emu.call("GET", `${BASE}/${created.body.id}`)).status).toBe(404);
    expect((await emu.call("PATCH", `${BASE}/${created.body.id}`, { body: { isActive: true } })).status).toBe(404);
  });
});
