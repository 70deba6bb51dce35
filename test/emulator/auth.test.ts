import { CLIENT_ID, ROLES, SECRET, answer, startTestEmulator, useEmulator, type ErrorView } from "./helpers";

describe("authentication", () => {
  const emu = useEmulator();

  const authenticate = (body: unknown) => emu.call<{ token: string; expiresIn: number }>("POST", "/auth/vendor", { body, anonymous: true });

  it("issues a vendor-JWT-shaped token with expiresIn for the right credentials", async () => {
    const result = await authenticate({ clientId: CLIENT_ID, secret: SECRET });
    expect(result.status).toBe(200);
    expect(result.body.expiresIn).toBe(3600);
    expect(result.body.token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{32,}$/);
    // Shaped like Frontegg's vendor JWT: the payload names the environment (TF-PR#263).
    const payload = JSON.parse(Buffer.from(String(result.body.token).split(".")[1], "base64url").toString("utf8"));
    expect(payload).toEqual({ type: "vendor", vendorId: expect.any(String) });
  });

  it("issues a different token on each call", async () => {
    const first = await authenticate({ clientId: CLIENT_ID, secret: SECRET });
    const second = await authenticate({ clientId: CLIENT_ID, secret: SECRET });
    expect(first.body.token).not.toBe(second.body.token);
  });

  it("answers 401 with the error body for a wrong secret or client id", async () => {
    for (const body of [{ clientId: CLIENT_ID, secret: "wrong" }, { clientId: "wrong", secret: SECRET }]) {
      const result = await emu.call<ErrorView>("POST", "/auth/vendor", { body, anonymous: true });
      expect(result.status).toBe(401);
      expect(result.body.errorCode).toMatch(/^ER-\d{5}$/);
      expect(result.body.errors.length).toBeGreaterThan(0);
      expect(result.text).not.toContain(SECRET);
    }
  });

  it("answers 400 when the credentials body is incomplete", async () => {
    const result = await emu.call<ErrorView>("POST", "/auth/vendor", { body: { clientId: CLIENT_ID }, anonymous: true });
    expect(result.status).toBe(400);
    expect(result.body.errors).toContain("secret should not be empty");
  });

  it("accepts the token as Authorization: Bearer", async () => {
    const result = await answer(await fetch(`${emu.url}${ROLES}`, { headers: { authorization: `Bearer ${emu.token}` } }));
    expect(result.status).toBe(200);
  });

  it("accepts the token as x-access-token, as Frontegg's Node SDK sends it", async () => {
    const result = await answer(await fetch(`${emu.url}${ROLES}`, { headers: { "x-access-token": emu.token } }));
    expect(result.status).toBe(200);
  });

  it("answers 401 without a token, with an unknown token and with a malformed Authorization header", async () => {
    const cases: Array<Record<string, string>> = [
      {},
      { authorization: "Bearer not-a-token" },
      { "x-access-token": "not-a-token" },
      { authorization: emu.token },
    ];
    for (const headers of cases) {
      const result = await answer<ErrorView>(await fetch(`${emu.url}${ROLES}`, { headers }));
      expect(result.status).toBe(401);
      expect(result.body.errorCode).toBe("ER-00005");
    }
  });

  it("rejects every issued token after expire-tokens, until the client authenticates again", async () => {
    const old = emu.token;
    expect((await emu.control("POST", "/expire-tokens")).status).toBe(204);
    expect((await emu.call("GET", ROLES)).status).toBe(401);
    await emu.authenticate();
    expect(emu.token).not.toBe(old);
    expect((await emu.call("GET", ROLES)).status).toBe(200);
  });

  it("lists the live tokens it issued under /_emulator/tokens, and none after expire-tokens", async () => {
    await emu.authenticate();
    const listed = (await (await fetch(`${emu.url}/_emulator/tokens`)).json()) as { tokens: string[] };
    expect(listed.tokens).toContain(emu.token);
    await emu.control("POST", "/expire-tokens");
    expect(((await (await fetch(`${emu.url}/_emulator/tokens`)).json()) as { tokens: string[] }).tokens).toEqual([]);
  });
});

describe("rotating the API key", () => {
  const emu = useEmulator();
  const vendor = (secret: string) => emu.call("POST", "/auth/vendor", { body: { clientId: CLIENT_ID, secret }, anonymous: true });

  it("refuses the old key and its tokens after rotate-secret, accepts the new key, and reset restores the start-up key", async () => {
    expect((await emu.control("POST", "/rotate-secret", { secret: "rotated-key-1" })).status).toBe(204);
    expect((await vendor(SECRET)).status).toBe(401);
    expect((await emu.call("GET", ROLES)).status).toBe(401);
    expect((await vendor("rotated-key-1")).status).toBe(200);

    expect((await emu.control("POST", "/reset")).status).toBe(204);
    expect((await vendor("rotated-key-1")).status).toBe(401);
    expect((await vendor(SECRET)).status).toBe(200);
  });

  it("rejects a rotation without a new key with 400", async () => {
    expect((await emu.control("POST", "/rotate-secret", {})).status).toBe(400);
    expect((await emu.control("POST", "/rotate-secret", { secret: "" })).status).toBe(400);
    expect((await vendor(SECRET)).status).toBe(200);
  });
});

describe("token expiry", () => {
  it("answers 401 once a token outlives tokenExpiresIn", async () => {
    const emu = await startTestEmulator({ tokenExpiresIn: 1 });
    try {
      const issued = await emu.call<{ expiresIn: number }>("POST", "/auth/vendor", {
        body: { clientId: CLIENT_ID, secret: SECRET },
        anonymous: true,
      });
      expect(issued.body.expiresIn).toBe(1);
      expect((await emu.call("GET", ROLES)).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const expired = await emu.call<ErrorView>("GET", ROLES);
      expect(expired.status).toBe(401);
      expect(expired.body.errors).toEqual(["Access token expired"]);
    } finally {
      await emu.stop();
    }
  });
});
