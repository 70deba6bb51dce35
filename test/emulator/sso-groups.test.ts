/** The emulator's SSO group mappings, metadata routes and newer configuration fields, over real HTTP. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { samlMetadata } from "../support/saml-metadata";
import { ROLES, SSO, useEmulator, type ErrorView, type RoleView } from "./helpers";

const CERT = readFileSync(join(__dirname, "..", "fixtures", "idp-cert.pem"), "utf8")
  .replace(/-----[A-Z ]+-----/g, "")
  .replace(/\s+/g, "");
const ROTATED = readFileSync(join(__dirname, "..", "fixtures", "idp-cert-rotated.pem"), "utf8")
  .replace(/-----[A-Z ]+-----/g, "")
  .replace(/\s+/g, "");
const SAML = { enabled: true, type: "saml", ssoEndpoint: "https://idp.example.test/sso", publicCertificate: "TUlJQ2VE" };

interface GroupView {
  id: string;
  group: string;
  roleIds: string[];
}
interface ConfigView {
  id: string;
  ssoEndpoint: string | null;
  publicCertificate: string | null;
  groups: GroupView[];
  [key: string]: unknown;
}

describe("SSO group mappings", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });
  const configuration = async (tenantId = "tenant-a") => (await emu.call<ConfigView>("POST", SSO, { body: SAML, tenantId })).body.id;
  const groups = (id: string) => `${SSO}/${id}/groups`;
  const envRoles = async () => (await emu.call<RoleView[]>("GET", ROLES)).body;

  it("creates a mapping with 201, lists it, and shows it on the configuration", async () => {
    const id = await configuration();
    const [admin] = await envRoles();
    const created = await emu.call<GroupView>("POST", groups(id), { body: { group: "Engineering", roleIds: [admin!.id, admin!.id] }, tenantId: "tenant-a" });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), group: "Engineering", roleIds: [admin!.id] });
    const listed = await emu.call<GroupView[]>("GET", groups(id), { tenantId: "tenant-a" });
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([created.body]);
    expect((await emu.call<ConfigView[]>("GET", SSO, { tenantId: "tenant-a" })).body[0]!.groups).toEqual([created.body]);
  });

  it("requires group and roleIds on create and update, as the spec does (400)", async () => {
    const id = await configuration();
    for (const body of [{ group: "g" }, { roleIds: [] }]) {
      expect((await emu.call<ErrorView>("POST", groups(id), { body, tenantId: "tenant-a" })).status).toBe(400);
    }
    const made = (await emu.call<GroupView>("POST", groups(id), { body: { group: "g", roleIds: [] }, tenantId: "tenant-a" })).body;
    expect(made.roleIds).toEqual([]);
    expect((await emu.call("PATCH", `${groups(id)}/${made.id}`, { body: { group: "g" }, tenantId: "tenant-a" })).status).toBe(400);
  });

  it("requires the tenant header (400) and hides another tenant's configuration (404)", async () => {
    const id = await configuration("tenant-a");
    expect((await emu.call("GET", groups(id))).status).toBe(400);
    expect((await emu.call("GET", groups(id), { tenantId: "tenant-b" })).status).toBe(404);
    expect((await emu.call("POST", groups(id), { body: { group: "g", roleIds: [] }, tenantId: "tenant-b" })).status).toBe(404);
  });

  it("maps a group once per configuration (409), on create and on rename", async () => {
    const id = await configuration();
    const other = await configuration();
    await emu.call("POST", groups(id), { body: { group: "Ops", roleIds: [] }, tenantId: "tenant-a" });
    const conflict = await emu.call<ErrorView>("POST", groups(id), { body: { group: "Ops", roleIds: [] }, tenantId: "tenant-a" });
    expect(conflict.status).toBe(409);
    expect(conflict.body.errors).toEqual(["Group Ops already exists"]);
    expect((await emu.call("POST", groups(other), { body: { group: "Ops", roleIds: [] }, tenantId: "tenant-a" })).status).toBe(201);
    const dev = (await emu.call<GroupView>("POST", groups(id), { body: { group: "Dev", roleIds: [] }, tenantId: "tenant-a" })).body;
    expect((await emu.call("PATCH", `${groups(id)}/${dev.id}`, { body: { group: "Ops", roleIds: [] }, tenantId: "tenant-a" })).status).toBe(409);
  });

  it("replaces group and roles with PATCH (200), and deletes with 200 then 404", async () => {
    const id = await configuration();
    const [admin, readOnly] = await envRoles();
    const made = (await emu.call<GroupView>("POST", groups(id), { body: { group: "Dev", roleIds: [admin!.id] }, tenantId: "tenant-a" })).body;
    const patched = await emu.call<GroupView>("PATCH", `${groups(id)}/${made.id}`, { body: { group: "Developers", roleIds: [readOnly!.id] }, tenantId: "tenant-a" });
    expect(patched.status).toBe(200);
    expect(patched.body).toEqual({ id: made.id, group: "Developers", roleIds: [readOnly!.id] });
    expect((await emu.call("DELETE", `${groups(id)}/${made.id}`, { tenantId: "tenant-a" })).status).toBe(200);
    expect((await emu.call<GroupView[]>("GET", groups(id), { tenantId: "tenant-a" })).body).toEqual([]);
    expect((await emu.call("DELETE", `${groups(id)}/${made.id}`, { tenantId: "tenant-a" })).status).toBe(404);
    expect((await emu.call("PATCH", `${groups(id)}/${made.id}`, { body: { group: "x", roleIds: [] }, tenantId: "tenant-a" })).status).toBe(404);
  });

  it("accepts environment and own tenant roles, refuses another tenant's (400), and forgets deleted roles", async () => {
    const id = await configuration();
    const [own] = (await emu.call<RoleView[]>("POST", ROLES, { body: [{ key: "mine", name: "Mine", level: 1 }], tenantId: "tenant-a" })).body;
    const [foreign] = (await emu.call<RoleView[]>("POST", ROLES, { body: [{ key: "theirs", name: "Theirs", level: 1 }], tenantId: "tenant-b" })).body;
    const refused = await emu.call<ErrorView>("POST", groups(id), { body: { group: "g", roleIds: [foreign!.id] }, tenantId: "tenant-a" });
    expect(refused.status).toBe(400);
    const made = (await emu.call<GroupView>("POST", groups(id), { body: { group: "g", roleIds: [own!.id] }, tenantId: "tenant-a" })).body;
    await emu.call("DELETE", `${ROLES}/${own!.id}`, { tenantId: "tenant-a" });
    expect((await emu.call<GroupView[]>("GET", groups(id), { tenantId: "tenant-a" })).body).toEqual([{ ...made, roleIds: [] }]);
  });

  it("deletes a configuration's groups with it", async () => {
    const id = await configuration();
    await emu.call("POST", groups(id), { body: { group: "g", roleIds: [] }, tenantId: "tenant-a" });
    await emu.call("DELETE", `${SSO}/${id}`, { tenantId: "tenant-a" });
    expect((await emu.call("GET", groups(id), { tenantId: "tenant-a" })).status).toBe(404);
  });
});

describe("SSO configurations from IdP metadata, and their newer fields", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  it("creates a SAML configuration from metadata (201), taking the sign-in URL and signing certificate", async () => {
    const metadata = samlMetadata("https://idp.acme.test", {
      services: [
        { binding: "HTTP-POST", location: "https://idp.acme.test/post" },
        { binding: "HTTP-Redirect", location: "https://idp.acme.test/redirect?a=1&b=2" },
      ],
      signing: [CERT],
      encryption: [ROTATED],
    });
    const created = await emu.call<ConfigView>("POST", `${SSO}/metadata`, { body: { metadata }, tenantId: "tenant-a" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: "saml", ssoEndpoint: "https://idp.acme.test/redirect?a=1&b=2", publicCertificate: CERT });
  });

  it("updates from new metadata with PUT (200), scoped by tenant", async () => {
    const { id } = (await emu.call<ConfigView>("POST", SSO, { body: SAML, tenantId: "tenant-a" })).body;
    const metadata = samlMetadata("https://idp.new.test", { signing: [ROTATED] });
    expect((await emu.call("PUT", `${SSO}/${id}/metadata`, { body: { metadata }, tenantId: "tenant-b" })).status).toBe(404);
    const updated = await emu.call<ConfigView>("PUT", `${SSO}/${id}/metadata`, { body: { metadata }, tenantId: "tenant-a" });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ ssoEndpoint: "https://idp.new.test/sso", publicCertificate: ROTATED, enabled: true });
  });

  it("refuses metadata without a sign-in URL or signing certificate (400), and a body without metadata", async () => {
    const noCert = samlMetadata("https://idp.acme.test", { signing: [] });
    const refused = await emu.call<ErrorView>("POST", `${SSO}/metadata`, { body: { metadata: noCert }, tenantId: "tenant-a" });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual(["Metadata has no IdP sign-in URL or signing certificate"]);
    expect((await emu.call("POST", `${SSO}/metadata`, { body: { metadata: "<html/>" }, tenantId: "tenant-a" })).status).toBe(400);
    expect((await emu.call("POST", `${SSO}/metadata`, { body: {}, tenantId: "tenant-a" })).status).toBe(400);
  });

  it("keeps and returns overrideActiveTenant, subAccountAccessLimit, skipEmailDomainValidation and the IdP client", async () => {
    const fields = { overrideActiveTenant: true, subAccountAccessLimit: 2, skipEmailDomainValidation: true, idpClientId: "graph-app", idpClientSecret: "graph-secret" };
    const { id } = (await emu.call<ConfigView>("POST", SSO, { body: { ...SAML, ...fields }, tenantId: "tenant-a" })).body;
    expect((await emu.call<ConfigView[]>("GET", SSO, { tenantId: "tenant-a" })).body[0]).toMatchObject(fields);
    const patched = await emu.call<ConfigView>("PATCH", `${SSO}/${id}`, { body: { skipEmailDomainValidation: false, subAccountAccessLimit: 0 }, tenantId: "tenant-a" });
    expect(patched.body).toMatchObject({ ...fields, skipEmailDomainValidation: false, subAccountAccessLimit: 0 });
    const wrong = await emu.call<ErrorView>("PATCH", `${SSO}/${id}`, { body: { skipEmailDomainValidation: "yes" }, tenantId: "tenant-a" });
    expect(wrong.status).toBe(400);
  });
});
