import { ROLES, SSO, useEmulator, type ErrorView, type RoleView } from "./helpers";

interface DomainView {
  id: string;
  domain: string;
  validated: boolean;
  txtRecord: string;
}

interface ConfigView {
  id: string;
  enabled: boolean;
  type: string;
  ssoEndpoint: string | null;
  domains: DomainView[];
  roleIds: string[];
  groups: unknown[];
  generatedVerification: string;
  [key: string]: unknown;
}

const SAML = { enabled: true, type: "saml", ssoEndpoint: "https://idp.example.test/sso", publicCertificate: "TUlJQ2VE", signRequest: false };

describe("tenant SSO configurations", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  const create = (body: unknown, tenantId = "tenant-a") => emu.call<ConfigView>("POST", SSO, { body, tenantId });
  const list = async (tenantId = "tenant-a") => (await emu.call<ConfigView[]>("GET", SSO, { tenantId })).body;

  it("requires frontegg-tenant-id on every call (400)", async () => {
    for (const [method, path, body] of [
      ["GET", SSO, undefined],
      ["POST", SSO, SAML],
      ["PATCH", `${SSO}/x`, { enabled: false }],
      ["DELETE", `${SSO}/x`, undefined],
    ] as const) {
      const result = await emu.call<ErrorView>(method, path, { body });
      expect(result.status).toBe(400);
      expect(result.body.errors).toEqual(["frontegg-tenant-id header is required"]);
    }
  });

  it("creates from a partial body with 201 and answers the full configuration", async () => {
    const created = await create(SAML);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...SAML, acsUrl: null, domains: [], roleIds: [], groups: [] });
    expect(created.body.generatedVerification).toEqual(expect.any(String));
    expect(await list()).toEqual([created.body]);
  });

  it("rejects a type other than saml or oidc, and wrong field types, with readable messages", async () => {
    const result = await emu.call<ErrorView>("POST", SSO, { body: { type: "ldap", enabled: "yes" }, tenantId: "t" });
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual(expect.arrayContaining(["enabled must be a boolean value", "type must be one of the following values: saml, oidc"]));
  });

  it("patches only the fields sent (200)", async () => {
    const { id } = (await create(SAML)).body;
    const patched = await emu.call<ConfigView>("PATCH", `${SSO}/${id}`, { body: { enabled: false }, tenantId: "tenant-a" });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ ...SAML, enabled: false });
  });

  it("deletes with 200, then answers 404", async () => {
    const { id } = (await create(SAML)).body;
    expect((await emu.call("DELETE", `${SSO}/${id}`, { tenantId: "tenant-a" })).status).toBe(200);
    expect(await list()).toEqual([]);
    expect((await emu.call("DELETE", `${SSO}/${id}`, { tenantId: "tenant-a" })).status).toBe(404);
  });

  it("hides a tenant's configurations from every other tenant (404)", async () => {
    const { id } = (await create(SAML, "tenant-a")).body;
    expect(await list("tenant-b")).toEqual([]);
    expect((await emu.call("PATCH", `${SSO}/${id}`, { body: { enabled: false }, tenantId: "tenant-b" })).status).toBe(404);
    expect((await emu.call("DELETE", `${SSO}/${id}`, { tenantId: "tenant-b" })).status).toBe(404);
    expect((await emu.call("POST", `${SSO}/${id}/domains`, { body: { domain: "b.test" }, tenantId: "tenant-b" })).status).toBe(404);
    expect((await emu.call("GET", `${SSO}/${id}/roles`, { tenantId: "tenant-b" })).status).toBe(404);
  });

  describe("domains", () => {
    it("adds a domain with 201, unvalidated, with a generated TXT record", async () => {
      const { id } = (await create(SAML)).body;
      const added = await emu.call<DomainView>("POST", `${SSO}/${id}/domains`, { body: { domain: "example.test" }, tenantId: "tenant-a" });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({ domain: "example.test", validated: false });
      expect(added.body.txtRecord.length).toBeGreaterThan(10);
      expect((await list())[0].domains).toEqual([added.body]);
    });

    it("answers 409 for a domain already claimed, by this or another configuration", async () => {
      const { id } = (await create(SAML)).body;
      await emu.call("POST", `${SSO}/${id}/domains`, { body: { domain: "taken.test" }, tenantId: "tenant-a" });
      expect((await emu.call("POST", `${SSO}/${id}/domains`, { body: { domain: "TAKEN.test" }, tenantId: "tenant-a" })).status).toBe(409);
      const other = (await create(SAML, "tenant-b")).body;
      expect((await emu.call("POST", `${SSO}/${other.id}/domains`, { body: { domain: "taken.test" }, tenantId: "tenant-b" })).status).toBe(409);
    });

    it("requires { domain } and rejects a non-hostname", async () => {
      const { id } = (await create(SAML)).body;
      const missing = await emu.call<ErrorView>("POST", `${SSO}/${id}/domains`, { body: {}, tenantId: "tenant-a" });
      expect(missing.body.errors).toEqual(["domain should not be empty"]);
      expect((await emu.call("POST", `${SSO}/${id}/domains`, { body: { domain: "not a host" }, tenantId: "tenant-a" })).status).toBe(400);
    });

    it("removes a domain with 200, then answers 404 for it", async () => {
      const { id } = (await create(SAML)).body;
      const domain = (await emu.call<DomainView>("POST", `${SSO}/${id}/domains`, { body: { domain: "gone.test" }, tenantId: "tenant-a" })).body;
      expect((await emu.call("DELETE", `${SSO}/${id}/domains/${domain.id}`, { tenantId: "tenant-a" })).status).toBe(200);
      expect((await list())[0].domains).toEqual([]);
      expect((await emu.call("DELETE", `${SSO}/${id}/domains/${domain.id}`, { tenantId: "tenant-a" })).status).toBe(404);
    });
  });

  describe("default roles", () => {
    it("replaces the default roles with PUT 201 and reads them back", async () => {
      const { id } = (await create(SAML)).body;
      const roles = (await emu.call<RoleView[]>("GET", ROLES)).body;
      await emu.call("PUT", `${SSO}/${id}/roles`, { body: { roleIds: [roles[0].id, roles[1].id] }, tenantId: "tenant-a" });
      const put = await emu.call<{ roleIds: string[] }>("PUT", `${SSO}/${id}/roles`, { body: { roleIds: [roles[1].id] }, tenantId: "tenant-a" });
      expect(put.status).toBe(201);
      const read = await emu.call<{ roleIds: string[] }>("GET", `${SSO}/${id}/roles`, { tenantId: "tenant-a" });
      expect(read.status).toBe(200);
      expect(read.body.roleIds).toEqual([roles[1].id]);
      expect((await list())[0].roleIds).toEqual([roles[1].id]);
    });

    it("accepts the tenant's own roles but not another tenant's (400)", async () => {
      const { id } = (await create(SAML)).body;
      const [own] = (await emu.call<RoleView[]>("POST", ROLES, { body: [{ key: "mine", name: "Mine", level: 1 }], tenantId: "tenant-a" })).body;
      const [foreign] = (await emu.call<RoleView[]>("POST", ROLES, { body: [{ key: "theirs", name: "Theirs", level: 1 }], tenantId: "tenant-b" })).body;
      expect((await emu.call("PUT", `${SSO}/${id}/roles`, { body: { roleIds: [own.id] }, tenantId: "tenant-a" })).status).toBe(201);
      expect((await emu.call("PUT", `${SSO}/${id}/roles`, { body: { roleIds: [foreign.id] }, tenantId: "tenant-a" })).status).toBe(400);
    });

    it("forgets a deleted role", async () => {
      const { id } = (await create(SAML)).body;
      const [role] = (await emu.call<RoleView[]>("POST", ROLES, { body: [{ key: "temp", name: "Temp", level: 1 }] })).body;
      await emu.call("PUT", `${SSO}/${id}/roles`, { body: { roleIds: [role.id] }, tenantId: "tenant-a" });
      await emu.call("DELETE", `${ROLES}/${role.id}`);
      expect((await emu.call<{ roleIds: string[] }>("GET", `${SSO}/${id}/roles`, { tenantId: "tenant-a" })).body.roleIds).toEqual([]);
    });
  });
});
