import { useEmulator } from "./helpers";

/** `/metadata?entityName=adminBox`: not in a published spec; notes-3 §7. */
const PATH = "/metadata?entityName=adminBox";

describe("metadata entities (notes-3 §7)", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  it("answers no row until a configuration is written", async () => {
    const read = await emu.call<{ rows: unknown[] }>("GET", PATH);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ rows: [] });
  });

  it("replaces the WHOLE configuration on POST: keys not sent are gone, as Frontegg does (TF#246)", async () => {
    await emu.call("POST", PATH, { body: { entityName: "adminBox", configuration: { navigation: { users: { visibility: "hidden" } }, themeV2: { loginBox: { logo: "l.png" } } } } });
    await emu.call("POST", PATH, { body: { entityName: "adminBox", configuration: { navigation: { users: { visibility: "byPermissions" } } } } });
    const read = await emu.call<{ rows: Array<{ entityName: string; configuration: Record<string, unknown> }> }>("GET", PATH);
    expect(read.body.rows).toEqual([{ entityName: "adminBox", configuration: { navigation: { users: { visibility: "byPermissions" } } } }]);
  });

  it("keeps each entity apart and refuses a body without a configuration", async () => {
    await emu.call("POST", "/metadata?entityName=saml", { body: { entityName: "saml", configuration: { a: 1 } } });
    expect((await emu.call<{ rows: unknown[] }>("GET", PATH)).body.rows).toEqual([]);
    expect((await emu.call("POST", PATH, { body: { entityName: "adminBox" } })).status).toBe(400);
    expect((await emu.call("GET", "/metadata")).status).toBe(400);
  });
});
