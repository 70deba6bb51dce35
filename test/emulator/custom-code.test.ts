import { useEmulator, type ErrorView } from "./helpers";

/** Routes in no published spec: the emulator follows notes-3 §2 (prehooks, custom-code secrets). */
const PREHOOKS = "/prehooks/resources/configurations/v1";
const CODES = "/custom-code/resources/codes/v1";
const SECRETS = "/custom-code/resources/secrets/v1";

interface PrehookView {
  id: string;
  type: string;
  eventKeys: string[];
  secret: string | null;
  timeout: number | null;
  executorIdentifier: string | null;
}

describe("prehooks", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });
  const api = { type: "API", isActive: true, displayName: "Sign-up", eventKeys: ["SIGN_UP"], failMethod: "OPEN", url: "https://hooks.example.com/a", secret: "s3cret" };
  const code = { id: "create", type: "CUSTOM_CODE", isActive: true, displayName: "Invite", eventKeys: ["USER_INVITE"], eventKey: "USER_INVITE", failMethod: "CLOSE", code: "export const onEvent = () => ({ verdict: 'allow' });", runtime: "NODE_20", timeout: 10 };

  it("creates an API hook, lists it with its secret, replaces it with PATCH and deletes it", async () => {
    const created = await emu.call<PrehookView>("POST", PREHOOKS, { body: api });
    expect(created.status).toBe(201);
    expect((await emu.call<PrehookView[]>("GET", PREHOOKS)).body).toEqual([expect.objectContaining({ id: created.body.id, secret: "s3cret", executorIdentifier: null })]);
    const patched = await emu.call<PrehookView>("PATCH", `${PREHOOKS}/${created.body.id}`, { body: { ...api, secret: "rotated" } });
    expect(patched.body).toMatchObject({ secret: "rotated" });
    expect((await emu.call("DELETE", `${PREHOOKS}/${created.body.id}`)).status).toBe(200);
    expect((await emu.call("DELETE", `${PREHOOKS}/${created.body.id}`)).status).toBe(404);
  });

  it("creates a custom-code hook whose code the custom-code service serves, and refuses the API route for it", async () => {
    const created = await emu.call<PrehookView>("POST", `${PREHOOKS}/custom-code`, { body: code });
    expect(created.status).toBe(201);
    const executor = created.body.executorIdentifier!;
    expect((await emu.call("GET", `${CODES}/${executor}`)).body).toEqual({ id: executor, content: code.code, runtime: "NODE_20" });
    expect((await emu.call("PATCH", `${PREHOOKS}/custom-code/${created.body.id}`, { body: { ...code, timeout: 3 } })).body).toMatchObject({ timeout: 3 });
    expect((await emu.call("PATCH", `${PREHOOKS}/${created.body.id}`, { body: api })).status).toBe(400);
    await emu.call("DELETE", `${PREHOOKS}/${created.body.id}`);
    expect((await emu.call("GET", `${CODES}/${executor}`)).status).toBe(404);
  });

  it("allows one prehook per event, whatever its type (409)", async () => {
    await emu.call("POST", PREHOOKS, { body: api });
    const second = await emu.call<ErrorView>("POST", `${PREHOOKS}/custom-code`, { body: { ...code, eventKeys: ["SIGN_UP"], eventKey: "SIGN_UP" } });
    expect(second.status).toBe(409);
    expect(second.body.errors).toEqual(["A prehook already exists for event SIGN_UP"]);
  });

  it("requires displayName, caps the timeout at 10 seconds and refuses unknown fields", async () => {
    expect((await emu.call("POST", PREHOOKS, { body: { ...api, displayName: undefined } })).status).toBe(400);
    expect((await emu.call("POST", `${PREHOOKS}/custom-code`, { body: { ...code, timeout: 11 } })).status).toBe(400);
    expect((await emu.call("POST", PREHOOKS, { body: { ...api, events: [] } })).status).toBe(400);
  });
});

describe("custom-code secrets", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  it("never returns the value; PATCH answers 200 with no body; a taken key is 409; an unknown id 404", async () => {
    const created = await emu.call<{ id: string; key: string }>("POST", SECRETS, { body: { key: "TOKEN", value: "v1" } });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), key: "TOKEN" });
    expect((await emu.call("GET", SECRETS)).body).toEqual({ items: [{ id: created.body.id, key: "TOKEN" }] });
    const patched = await emu.call("PATCH", `${SECRETS}/${created.body.id}`, { body: { value: "v2" } });
    expect([patched.status, patched.body]).toEqual([200, undefined]);
    expect((await emu.call("PATCH", `${SECRETS}/${created.body.id}`, { body: { key: "OTHER", value: "v3" } })).status).toBe(400);
    expect((await emu.call("POST", SECRETS, { body: { key: "TOKEN", value: "v" } })).status).toBe(409);
    expect((await emu.call("DELETE", `${SECRETS}/${created.body.id}`)).status).toBe(200);
    expect((await emu.call("DELETE", `${SECRETS}/${created.body.id}`)).status).toBe(404);
  });
});
