import { useEmulator, type ErrorView } from "./helpers";

const TEMPLATES = "/identity/resources/jwt-templates/v1";
const TARGETING = "/identity/resources/configurations/v1/jwt-template-targeting";
const CLAIMS = { iss: "{{issuer}}", sub: "{{user.id}}", aud: "{{clientId}}", exp: "{{exp}}", iat: "{{iat}}" };
const template = (key: string, claims: Record<string, unknown> = CLAIMS) => ({ key, name: key, expiration: 3600, algorithm: "RS256", templateSchema: { claims } });

interface TemplateView {
  id: string;
  key: string;
  description: string | null;
  templateSchema: { claims: Record<string, unknown> };
}

describe("JWT templates (spec:identity.json; notes-3 §1a)", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  it("creates with 201, lists them paged, updates with PUT and deletes with 204", async () => {
    const made = await emu.call<TemplateView>("POST", TEMPLATES, { body: template("partner") });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ key: "partner", description: null, templateSchema: { claims: CLAIMS } });
    await emu.call("POST", TEMPLATES, { body: template("second") });
    const page = await emu.call<{ items: TemplateView[]; _metadata: { totalPages: number } }>("GET", `${TEMPLATES}?_limit=1&_offset=1`);
    expect(page.body.items.map((t) => t.key)).toEqual(["second"]);
    expect(page.body._metadata.totalPages).toBe(2);
    const updated = await emu.call<TemplateView>("PUT", `${TEMPLATES}/${made.body.id}`, { body: { description: "for partners" } });
    expect(updated.body).toMatchObject({ key: "partner", description: "for partners" });
    expect((await emu.call("DELETE", `${TEMPLATES}/${made.body.id}`)).status).toBe(204);
    expect((await emu.call("GET", `${TEMPLATES}/${made.body.id}`)).status).toBe(404);
  });

  it("refuses reserved claims with Frontegg's text, missing OIDC claims, another audience and a taken key", async () => {
    const reserved = await emu.call<ErrorView>("POST", TEMPLATES, { body: template("t", { ...CLAIMS, tenantId: "{{tenantId}}" }) });
    expect([reserved.status, reserved.body.errors]).toEqual([400, ["Claims reserved for internal use are not allowed"]]);
    expect((await emu.call("POST", TEMPLATES, { body: template("t", { iss: "x" }) })).status).toBe(400);
    expect((await emu.call("POST", TEMPLATES, { body: template("t", { ...CLAIMS, aud: "{{aud}}" }) })).status).toBe(400);
    expect((await emu.call("POST", TEMPLATES, { body: { ...template("t"), expiration: 5 } })).status).toBe(400);
    await emu.call("POST", TEMPLATES, { body: template("t") });
    expect((await emu.call("POST", TEMPLATES, { body: template("t") })).status).toBe(409);
  });
});

describe("JWT template targeting (spec:identity.json; notes-3 §1b)", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });
  const rules = [{ conditionLogic: "and", treatment: "partner", conditions: [{ attribute: "tenantId", op: "in_list", value: { list: ["acme"] }, negate: false }] }];

  it("is 404 until created; POST creates (409 the second time), PUT answers no body, DELETE by id", async () => {
    expect((await emu.call("GET", TARGETING)).status).toBe(404);
    const made = await emu.call<{ id: string; targeting: { rules: unknown[] } }>("POST", TARGETING, { body: { rules } });
    expect(made.status).toBe(201);
    expect(made.body.targeting.rules).toEqual(rules);
    expect((await emu.call("POST", TARGETING, { body: { rules: [] } })).status).toBe(409);
    const put = await emu.call("PUT", TARGETING, { body: { rules: [] } });
    expect([put.status, put.text]).toEqual([200, ""]);
    expect((await emu.call<{ id: string; targeting: { rules: unknown[] } }>("GET", TARGETING)).body).toMatchObject({ id: made.body.id, targeting: { rules: [] } });
    expect((await emu.call("DELETE", `${TARGETING}/other`)).status).toBe(404);
    expect((await emu.call("DELETE", `${TARGETING}/${made.body.id}`)).status).toBe(200);
    expect((await emu.call("GET", TARGETING)).status).toBe(404);
  });

  it("validates rules against the spec: an unknown attribute is 400", async () => {
    const bad = [{ ...rules[0], conditions: [{ attribute: "country", op: "in_list", value: { list: ["x"] }, negate: false }] }];
    expect((await emu.call("PUT", TARGETING, { body: { rules: bad } })).status).toBe(400);
  });
});
