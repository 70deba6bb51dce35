import { useEmulator, type ErrorView } from "./helpers";

const REDIRECT_URIS = "/oauth/resources/configurations/v1/redirect-uri";

interface RedirectUriView {
  id: string;
  redirectUri: string;
}

describe("redirect URIs (not in a published spec; notes-more §7)", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  it("adds with POST 201, lists them all and removes by id", async () => {
    const added = await emu.call<RedirectUriView>("POST", REDIRECT_URIS, { body: { redirectUri: "https://app.example.com/callback" } });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ id: expect.any(String), redirectUri: "https://app.example.com/callback" });
    const listed = await emu.call<{ redirectUris: RedirectUriView[] }>("GET", REDIRECT_URIS);
    expect(listed.body).toEqual({ redirectUris: [added.body] });
    expect((await emu.call("DELETE", `${REDIRECT_URIS}/${added.body.id}`)).status).toBe(200);
    expect((await emu.call<{ redirectUris: RedirectUriView[] }>("GET", REDIRECT_URIS)).body.redirectUris).toEqual([]);
  });

  it("answers 409 for a URI already listed and 404 for an unknown id", async () => {
    await emu.call("POST", REDIRECT_URIS, { body: { redirectUri: "https://a.example.com" } });
    expect((await emu.call<ErrorView>("POST", REDIRECT_URIS, { body: { redirectUri: "https://a.example.com" } })).status).toBe(409);
    expect((await emu.call<ErrorView>("DELETE", `${REDIRECT_URIS}/nope`)).status).toBe(404);
  });

  it("validates the body against the hand-written schema", async () => {
    expect((await emu.call("POST", REDIRECT_URIS, { body: {} })).status).toBe(400);
    expect((await emu.call("POST", REDIRECT_URIS, { body: { redirectUri: "https://a.example.com", extra: 1 } })).status).toBe(400);
  });
});

describe("allowed origins on the vendor (not in a published spec; notes-more §7)", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  it("starts empty and replaces the whole list on PUT, appending / to every origin like Frontegg", async () => {
    const initial = await emu.call<{ id: string; allowedOrigins: string[] }>("GET", "/vendors");
    expect(initial.body).toMatchObject({ id: expect.any(String), allowedOrigins: [] });
    const put = await emu.call<{ allowedOrigins: string[] }>("PUT", "/vendors", {
      body: { allowedOrigins: ["https://a.example.com", "https://b.example.com/", "https://a.example.com/"] },
    });
    expect(put.status).toBe(200);
    expect(put.body.allowedOrigins).toEqual(["https://a.example.com/", "https://b.example.com/"]);
    await emu.call("PUT", "/vendors", { body: { allowedOrigins: ["http://localhost:3000"] } });
    expect((await emu.call<{ allowedOrigins: string[] }>("GET", "/vendors")).body.allowedOrigins).toEqual(["http://localhost:3000/"]);
  });

  it("keeps the list on a PUT without allowedOrigins and empties it on an explicit []", async () => {
    await emu.call("PUT", "/vendors", { body: { allowedOrigins: ["https://a.example.com"] } });
    await emu.call("PUT", "/vendors", { body: { name: "ignored" } });
    expect((await emu.call<{ allowedOrigins: string[] }>("GET", "/vendors")).body.allowedOrigins).toEqual(["https://a.example.com/"]);
    await emu.call("PUT", "/vendors", { body: { allowedOrigins: [] } });
    expect((await emu.call<{ allowedOrigins: string[] }>("GET", "/vendors")).body.allowedOrigins).toEqual([]);
  });

  it("refuses an allowedOrigins that is not a list of strings", async () => {
    expect((await emu.call("PUT", "/vendors", { body: { allowedOrigins: "https://a.example.com" } })).status).toBe(400);
    expect((await emu.call("PUT", "/vendors", { body: { allowedOrigins: [1] } })).status).toBe(400);
  });
});
