import { useEmulator } from "./helpers";

describe("e-mail provider (spec:identity.json; notes-3 §4)", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });
  const V1 = "/identity/resources/mail/v1/configurations";
  const V2 = "/identity/resources/mail/v2/configurations";

  it("is 404 until written; v2 POST answers 201 with no body; v1 GET returns the secret; v1 DELETE removes it", async () => {
    expect((await emu.call("GET", V1)).status).toBe(404);
    const written = await emu.call("POST", V2, { body: { payload: { provider: "mailgun", secret: "key-1", domain: "mg.example.com", region: "eu" } } });
    expect([written.status, written.text]).toEqual([201, ""]);
    expect((await emu.call("GET", V1)).body).toEqual({ provider: "mailgun", secret: "key-1", extension: [], createdAt: expect.any(String), updatedAt: expect.any(String) });
    expect((await emu.call("DELETE", V1)).status).toBe(200);
    expect((await emu.call("DELETE", V1)).status).toBe(404);
  });

  it("requires each provider's fields (ses without its key id, mailgun with a region off us/eu)", async () => {
    expect((await emu.call("POST", V2, { body: { payload: { provider: "ses", secret: "s", region: "us-east-1" } } })).status).toBe(400);
    expect((await emu.call("POST", V2, { body: { payload: { provider: "mailgun", secret: "s", domain: "d", region: "ap" } } })).status).toBe(400);
  });
});
