import { CLIENT_ID, CONFIGURATIONS, ROLES, SECRET, useEmulator, type ErrorView, type RoleView } from "./helpers";

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe("injected faults", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  const addFault = async (fault: Record<string, unknown>) => {
    const result = await emu.control<{ id: string }>("POST", "/faults", fault);
    expect(result.status).toBe(201);
    return result.body.id;
  };

  it("answers 429 with X-Rate-Limit-Reset as an RFC 3339 date-time in the future", async () => {
    await addFault({ route: `GET ${ROLES}`, status: 429, rateLimitReset: 30 });
    const before = Date.now();
    const result = await emu.call<ErrorView>("GET", ROLES);
    expect(result.status).toBe(429);
    expect(result.body.errorCode).toMatch(/^ER-/);
    const reset = result.headers.get("x-rate-limit-reset") as string;
    expect(reset).toMatch(RFC3339);
    const at = Date.parse(reset);
    expect(at).toBeGreaterThanOrEqual(before + 29_000);
    expect(at).toBeLessThanOrEqual(Date.now() + 31_000);
    expect(result.headers.get("retry-after")).toBeNull();
  });

  it("sends Retry-After when asked, defaulting the status to 429", async () => {
    await addFault({ route: `GET ${ROLES}`, retryAfter: 2 });
    const result = await emu.call("GET", ROLES);
    expect(result.status).toBe(429);
    expect(result.headers.get("retry-after")).toBe("2");
  });

  it("answers 429 with no rate-limit header at all, like an inner service", async () => {
    await addFault({ route: `GET ${ROLES}`, status: 429 });
    const result = await emu.call("GET", ROLES);
    expect(result.status).toBe(429);
    expect(result.headers.get("x-rate-limit-reset")).toBeNull();
  });

  it("answers 503 (and every other 5xx) without running the handler", async () => {
    await addFault({ route: `POST ${ROLES}`, status: 503, times: 1 });
    const result = await emu.call<ErrorView>("POST", ROLES, { body: [{ key: "never", name: "N", level: 1 }] });
    expect(result.status).toBe(503);
    expect(result.body.errorCode).toMatch(/^ER-/);
    const roles = (await emu.call<RoleView[]>("GET", ROLES)).body;
    expect(roles.map((r) => r.key)).not.toContain("never");
  });

  it("applies only `times` times, then stops", async () => {
    await addFault({ route: `GET ${ROLES}`, status: 500, times: 2 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await emu.call("GET", ROLES)).status);
    expect(statuses).toEqual([500, 500, 200, 200]);
  });

  it("applies with probability `rate`", async () => {
    await addFault({ route: `GET ${ROLES}`, status: 502, rate: 0 });
    expect((await emu.call("GET", ROLES)).status).toBe(200);
    await emu.control("DELETE", "/faults");
    await addFault({ route: `GET ${ROLES}`, status: 502, rate: 0.5 });
    let failures = 0;
    for (let i = 0; i < 200; i++) if ((await emu.call("GET", ROLES)).status === 502) failures++;
    expect(failures).toBeGreaterThan(50);
    expect(failures).toBeLessThan(150);
  });

  it("delays by latencyMs, then answers normally", async () => {
    await addFault({ route: `GET ${ROLES}`, latencyMs: 300 });
    const started = Date.now();
    const result = await emu.call("GET", ROLES);
    expect(result.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("drops the connection before handling: the client errors and nothing is written", async () => {
    await addFault({ route: `POST ${ROLES}`, drop: "before", times: 1 });
    await expect(emu.call("POST", ROLES, { body: [{ key: "lost", name: "L", level: 1 }] })).rejects.toThrow();
    const roles = (await emu.call<RoleView[]>("GET", ROLES)).body;
    expect(roles.map((r) => r.key)).not.toContain("lost");
  });

  it("drops the connection after handling: the client errors but the write happened (the ambiguous case)", async () => {
    await addFault({ route: `POST ${ROLES}`, drop: "after", times: 1 });
    await expect(emu.call("POST", ROLES, { body: [{ key: "ghost", name: "G", level: 1 }] })).rejects.toThrow();
    const roles = (await emu.call<RoleView[]>("GET", ROLES)).body;
    expect(roles.map((r) => r.key)).toContain("ghost");
    const log = (await emu.control<{ requests: Array<{ route: string; status: number; dropped?: string }> }>("GET", "/requests")).body;
    expect(log.requests.find((r) => r.route === `POST ${ROLES}`)).toMatchObject({ status: 201, dropped: "after" });
  });

  it("matches route patterns whatever the parameter names", async () => {
    const [role] = (await emu.call<RoleView[]>("POST", ROLES, { body: [{ key: "p", name: "P", level: 1 }] })).body;
    await addFault({ route: `PATCH ${ROLES}/{id}`, status: 500 });
    expect((await emu.call("PATCH", `${ROLES}/${role.id}`, { body: { name: "x" } })).status).toBe(500);
    expect((await emu.call("GET", ROLES)).status).toBe(200);
  });

  it("matches wildcards and any method", async () => {
    await addFault({ route: "* /identity/*", status: 504 });
    expect((await emu.call("GET", ROLES)).status).toBe(504);
    expect((await emu.call("POST", `${CONFIGURATIONS}/v1/mfa-policy`, { body: {} })).status).toBe(504);
    expect((await emu.call("GET", "/tenants/resources/tenants/v1/x")).status).toBe(200);
  });

  it("keeps answering with a fault whose pattern would make a regular expression backtrack for minutes", async () => {
    await addFault({ route: "* /*a*a*a*a*a*a*a*a*a*a*a*a*!", status: 500 });
    expect((await emu.call("GET", `/${"a".repeat(64)}`)).status).toBe(404);
    expect((await emu.call("GET", `/${"a".repeat(64)}!`)).status).toBe(500);
    expect((await emu.call("GET", ROLES)).status).toBe(200);
  });

  it("applies to /auth/vendor too", async () => {
    await addFault({ route: "POST /auth/vendor", status: 429, rateLimitReset: 1, times: 1 });
    const body = { clientId: CLIENT_ID, secret: SECRET };
    expect((await emu.call("POST", "/auth/vendor", { body, anonymous: true })).status).toBe(429);
    expect((await emu.call("POST", "/auth/vendor", { body, anonymous: true })).status).toBe(200);
  });

  it("never applies to the control routes", async () => {
    await addFault({ route: "* /*", status: 500 });
    expect((await emu.control("GET", "/requests")).status).toBe(200);
    expect((await emu.call("GET", ROLES)).status).toBe(500);
  });

  it("is cleared by DELETE /_emulator/faults and listed by GET", async () => {
    const id = await addFault({ route: `GET ${ROLES}`, status: 500 });
    expect((await emu.control<Array<{ id: string }>>("GET", "/faults")).body.map((f) => f.id)).toEqual([id]);
    expect((await emu.control("DELETE", "/faults")).status).toBe(204);
    expect((await emu.call("GET", ROLES)).status).toBe(200);
  });

  it("rejects malformed fault specifications with 400", async () => {
    for (const fault of [{}, { route: "roles", status: 500 }, { route: `GET ${ROLES}`, status: 418 }, { route: `GET ${ROLES}`, rate: 2 }, { route: `GET ${ROLES}`, drop: "sometimes" }, { route: `GET /${"a".repeat(2000)}` }]) {
      expect((await emu.control("POST", "/faults", fault)).status).toBe(400);
    }
  });
});
