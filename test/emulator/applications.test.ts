import { useEmulator, type ErrorView } from "./helpers";

/** Applications: not in Frontegg's published spec; the emulator follows notes-more §10. */
const BASE = "/applications/resources/applications/v1";

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
  metadata: Record<string, string>;
}

const APP = { name: "Portal", appURL: "https://app.example.com", loginURL: "https://app.example.com/login" };

describe("applications (notes-more §10)", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  it("creates with POST 201, TF's defaults filled in, and lists every application", async () => {
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

  it("updates the fields sent with PATCH, answering an empty 200; metadata is replaced", async () => {
    const created = await emu.call<AppView>("POST", BASE, { body: { ...APP, description: "d", metadata: { a: "1", b: "2" } } });
    const patched = await emu.call("PATCH", `${BASE}/${created.body.id}`, { body: { isActive: false, metadata: { c: "3" } } });
    expect(patched.status).toBe(200);
    expect(patched.text).toBe("");
    const read = await emu.call<AppView>("GET", `${BASE}/${created.body.id}`);
    expect(read.body).toMatchObject({ name: "Portal", description: "d", isActive: false, metadata: { c: "3" } });
  });

  it("validates bodies against the hand-written contract", async () => {
    const missing = await emu.call<ErrorView>("POST", BASE, { body: { name: "x" } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.join(" ")).toMatch(/appURL/);
    const wrong = await emu.call<ErrorView>("POST", BASE, { body: { ...APP, accessType: "OPEN" } });
    expect(wrong.status).toBe(400);
    const badPatch = await emu.call<ErrorView>("PATCH", `${BASE}/nope`, { body: { isActive: "yes" } });
    expect(badPatch.status).toBe(400);
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
