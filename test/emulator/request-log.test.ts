import { ROLES, SSO, useEmulator, type RoleView } from "./helpers";

interface Summary {
  count: number;
  byRoute: Record<string, number>;
  responseBytes: number;
  requests: Array<{ method: string; route: string; path: string; status: number; tenantId?: string; at: string; dropped?: string; responseBytes: number }>;
}

describe("request log", () => {
  const emu = useEmulator();
  beforeEach(async () => {
    await emu.control("DELETE", "/requests");
  });

  const summary = async () => (await emu.control<Summary>("GET", "/requests")).body;

  it("records each Frontegg request with its route pattern, path, status, tenant and time", async () => {
    const [role] = (await emu.call<RoleView[]>("POST", ROLES, { body: [{ key: "logged", name: "L", level: 1 }], tenantId: "tenant-a" })).body;
    await emu.call("PATCH", `${ROLES}/${role.id}`, { body: { name: "L2" }, tenantId: "tenant-a" });
    const log = await summary();
    expect(log.count).toBe(2);
    expect(log.requests[0]).toMatchObject({ method: "POST", route: `POST ${ROLES}`, path: ROLES, status: 201, tenantId: "tenant-a" });
    expect(log.requests[1]).toMatchObject({ method: "PATCH", route: `PATCH ${ROLES}/{roleId}`, path: `${ROLES}/${role.id}`, status: 200 });
    expect(Date.parse(log.requests[0].at)).not.toBeNaN();
  });

  it("counts requests per route", async () => {
    await emu.call("GET", ROLES);
    await emu.call("GET", `${ROLES}?x=1`);
    await emu.call("GET", SSO, { tenantId: "t" });
    const log = await summary();
    expect(log.byRoute).toEqual({ [`GET ${ROLES}`]: 2, [`GET ${SSO}`]: 1 });
    expect(log.requests[1].path).toBe(ROLES);
  });

  it("records failures too: 400, 401, 404 and unknown routes", async () => {
    await emu.call("POST", ROLES, { body: {} });
    await emu.call("GET", ROLES, { anonymous: true });
    await emu.call("DELETE", `${ROLES}/missing`);
    await emu.call("GET", "/nowhere");
    expect((await summary()).requests.map((r) => [r.route, r.status])).toEqual([
      [`POST ${ROLES}`, 400],
      [`GET ${ROLES}`, 401],
      [`DELETE ${ROLES}/{roleId}`, 404],
      ["GET /nowhere", 404],
    ]);
  });

  it("records authentication calls and omits tenantId when the header is absent", async () => {
    await emu.authenticate();
    const [entry] = (await summary()).requests;
    expect(entry.route).toBe("POST /auth/vendor");
    expect(entry).not.toHaveProperty("tenantId");
  });

  it("does not record control requests", async () => {
    await emu.control("GET", "/state");
    await emu.control("GET", "/requests");
    expect((await summary()).count).toBe(0);
  });

  it("records the bytes of each response body as sent, and their total", async () => {
    const created = await emu.call("POST", ROLES, { body: [{ key: "sized", name: "S", level: 1 }] });
    const listed = await emu.call("GET", ROLES);
    const missing = await emu.call("DELETE", `${ROLES}/missing`);
    const log = await summary();
    const sizes = [created, listed, missing].map((a) => Buffer.byteLength(a.text));
    expect(sizes.every((size) => size > 0)).toBe(true);
    expect(log.requests.map((r) => r.responseBytes)).toEqual(sizes);
    expect(log.responseBytes).toBe(sizes[0]! + sizes[1]! + sizes[2]!);
  });

  it("counts 0 response bytes for an empty answer and for a dropped connection", async () => {
    const [role] = (await emu.call<RoleView[]>("POST", ROLES, { body: [{ key: "emptied", name: "E", level: 1 }] })).body;
    await emu.control("DELETE", "/requests");
    const deleted = await emu.call("DELETE", `${ROLES}/${role.id}`);
    expect(deleted.text).toBe("");
    await emu.control("POST", "/faults", { route: `GET ${ROLES}`, drop: "after", times: 1 });
    await expect(emu.call("GET", ROLES)).rejects.toThrow();
    const log = await summary();
    expect(log.requests.map((r) => [r.route, r.responseBytes, r.dropped])).toEqual([
      [`DELETE ${ROLES}/{roleId}`, 0, undefined],
      [`GET ${ROLES}`, 0, "after"],
    ]);
    expect(log.responseBytes).toBe(0);
  });

  it("is emptied by DELETE /_emulator/requests", async () => {
    await emu.call("GET", ROLES);
    expect((await emu.control("DELETE", "/requests")).status).toBe(204);
    expect(await summary()).toEqual({ count: 0, byRoute: {}, responseBytes: 0, requests: [] });
  });
});
