import * as http from "node:http";
import { MAIL, ROLES, useEmulator, type ErrorView } from "./helpers";

describe("bad input", () => {
  const emu = useEmulator();

  const stillAnswers = async () => expect((await emu.call("GET", ROLES)).status).toBe(200);

  it("answers malformed JSON with 400 and keeps serving", async () => {
    const result = await emu.call<ErrorView>("POST", ROLES, { body: '[{"key": "x",' });
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ errors: ["Body is not valid JSON"], errorCode: "ER-00003" });
    await stillAnswers();
  });

  it("answers wrong types with 400 naming each field", async () => {
    const result = await emu.call<ErrorView>("POST", ROLES, { body: [{ key: 1, name: true, level: "high" }] });
    expect(result.status).toBe(400);
    expect([...result.body.errors].sort()).toEqual([
      "[0].key must be a string",
      "[0].level must be a number conforming to the specified constraints",
      "[0].name must be a string",
    ]);
  });

  it("answers a missing required body with 400", async () => {
    const result = await emu.call<ErrorView>("POST", ROLES);
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual(["Expected body to be an array"]);
  });

  it("answers a 2 MB body with 413 and keeps serving", async () => {
    const body = JSON.stringify({ type: "ActivateUser", htmlTemplate: "x".repeat(2 * 1024 * 1024) });
    const result = await emu.call<ErrorView>("POST", `${MAIL}/templates`, { body });
    expect(result.status).toBe(413);
    expect(result.body.errorCode).toBe("ER-00007");
    await stillAnswers();
  });

  it("answers a 2 MB chunked body (no Content-Length) with 413", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const { port } = new URL(emu.url);
      const request = http.request(
        { host: "127.0.0.1", port, method: "POST", path: `${MAIL}/templates`, headers: { "content-type": "application/json", authorization: `Bearer ${emu.token}` } },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on("error", reject);
      const chunk = "x".repeat(64 * 1024);
      request.write('{"type":"ActivateUser","htmlTemplate":"');
      for (let i = 0; i < 32; i++) request.write(chunk);
      request.end('"}');
    });
    expect(status).toBe(413);
    await stillAnswers();
  });

  it("answers an unsupported content type with 415, and plain text as a non-JSON body (400)", async () => {
    const post = (contentType: string) =>
      fetch(`${emu.url}${ROLES}`, {
        method: "POST",
        headers: { authorization: `Bearer ${emu.token}`, "content-type": contentType },
        body: "<roles/>",
      });
    expect((await post("application/xml")).status).toBe(415);
    expect((await post("text/plain")).status).toBe(400);
  });

  it("ignores __proto__ keys in bodies", async () => {
    const result = await emu.call<Array<Record<string, unknown>>>("POST", ROLES, { body: '[{"key":"proto","name":"P","level":1,"__proto__":{"polluted":true}}]' });
    expect(result.status).toBe(201);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("unknown routes", () => {
  const emu = useEmulator();

  it("answers 404 ER-00004 for an unknown path or method", async () => {
    for (const [method, path] of [["GET", "/identity/resources/nothing/v1"], ["POST", "/x"], ["PUT", ROLES]] as const) {
      const result = await emu.call<ErrorView>(method, path);
      expect(result.status).toBe(404);
      expect(result.body.errorCode).toBe("ER-00004");
      expect(result.body.errors[0]).toBe(`Cannot ${method} ${path}`);
    }
  });
});

describe("frontegg-trace-id", () => {
  const emu = useEmulator();

  it("is on every response: success, empty body, 400, 401, 404, 413, injected 429", async () => {
    await emu.control("POST", "/faults", { route: "GET /identity/resources/configurations/v1/mfa-policy", status: 429 });
    const answers = [
      await emu.call("GET", ROLES),
      await emu.call("POST", `${MAIL}/templates`, { body: { type: "OTC" } }),
      await emu.call("POST", ROLES, { body: {} }),
      await emu.call("GET", ROLES, { anonymous: true }),
      await emu.call("GET", "/nowhere"),
      await emu.call("POST", `${MAIL}/templates`, { body: "x".repeat(2 * 1024 * 1024) }),
      await emu.call("GET", "/identity/resources/configurations/v1/mfa-policy"),
      await emu.call("POST", "/auth/vendor", { body: { clientId: "no", secret: "no" }, anonymous: true }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 201, 400, 401, 404, 413, 429, 401]);
    const ids = answers.map((a) => a.headers.get("frontegg-trace-id"));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
