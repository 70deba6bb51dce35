/**
 * SsoConfiguration's newer settings (overrideActiveTenant, subAccountAccessLimit, skipEmailDomainValidation, the
 * IdP client, metadata XML): reading metadata, validation, upgrade compatibility, and the lifecycle over HTTP.
 */
import { FronteggClient } from "../../provider/client";
import { parseSamlMetadata } from "../../provider/resources/saml-metadata";
import { TestEmulator, useEmulator } from "../support/emulator";
import { answerVendorAuth, startRawServer } from "../support/raw-server";
import { steps } from "../support/lifecycle-steps";
import { samlMetadata } from "../support/saml-metadata";
import { CERT_DER_BASE64, CERT_PEM, offlineLifecycle, propertyFailures, ROTATED_CERT_PEM } from "./helpers";

const ROTATED_DER_BASE64 = ROTATED_CERT_PEM.replace(/-----[A-Z ]+-----/g, "").replace(/\s+/g, "");
const METADATA = samlMetadata("https://idp.acme.example", { signing: [CERT_PEM], encryption: [ROTATED_CERT_PEM] });

async function check(news: Record<string, unknown>) {
  const result = await offlineLifecycle("SsoConfiguration").check({}, news);
  return { inputs: result.inputs as Record<string, unknown>, failures: propertyFailures(result.failures ?? []) };
}

describe("SAML metadata", () => {
  it("yields the sign-in URLs and signing certificates, whatever the prefixes, ignoring comments and encryption keys", () => {
    expect(parseSamlMetadata(METADATA)).toEqual({ ssoEndpoints: ["https://idp.acme.example/sso"], certificates: [CERT_DER_BASE64] });
    const unprefixed = METADATA.replace(/md:/g, "").replace(/ds:/g, "").replace('use="signing"', "");
    expect(parseSamlMetadata(unprefixed)).toEqual({ ssoEndpoints: ["https://idp.acme.example/sso"], certificates: [CERT_DER_BASE64] });
    const several = samlMetadata("https://idp", {
      services: [
        { binding: "HTTP-Redirect", location: "https://idp/redirect?a=1&b=2" },
        { binding: "HTTP-POST", location: "https://idp/post" },
      ],
      signing: [CERT_PEM, CERT_DER_BASE64, ROTATED_CERT_PEM],
    });
    expect(parseSamlMetadata(several)).toEqual({ ssoEndpoints: ["https://idp/redirect?a=1&b=2", "https://idp/post"], certificates: [CERT_DER_BASE64, ROTATED_DER_BASE64] });
  });

  it("says what is missing from a document that is not IdP metadata", () => {
    expect(parseSamlMetadata("<html><body>Sign in</body></html>")).toMatch(/must be a SAML identity provider's metadata XML/);
    expect(parseSamlMetadata(samlMetadata("https://idp", { services: [], signing: [CERT_PEM] }))).toMatch(/lists no SingleSignOnService Location/);
    expect(parseSamlMetadata(samlMetadata("https://idp", { signing: [], encryption: [CERT_PEM] }))).toMatch(/lists no signing certificate/);
    expect(parseSamlMetadata(samlMetadata("https://idp", { signing: ["bm90IGEgY2VydGlmaWNhdGU="] }))).toMatch(/not a valid X.509 certificate/);
  });
});

describe("SsoConfiguration check", () => {
  const saml = { tenantId: "acme", type: "saml" };

  it("takes the sign-in URL and certificate from the metadata when they are left out", async () => {
    const { inputs, failures } = await check({ ...saml, idpMetadata: METADATA });
    expect(failures).toEqual([]);
    expect(inputs).toMatchObject({ ssoEndpoint: "https://idp.acme.example/sso", publicCertificate: CERT_DER_BASE64, idpMetadata: METADATA });
    // Given in another encoding, the metadata's own certificate passes and is kept as written.
    expect((await check({ ...saml, idpMetadata: METADATA, publicCertificate: CERT_PEM, ssoEndpoint: "https://idp.acme.example/sso" })).failures).toEqual([]);
  });

  it("asks which URL and certificate to use when the metadata lists several, and refuses ones it does not list", async () => {
    const several = samlMetadata("https://idp", {
      services: [
        { binding: "HTTP-Redirect", location: "https://idp/redirect" },
        { binding: "HTTP-POST", location: "https://idp/post" },
      ],
      signing: [CERT_PEM, ROTATED_CERT_PEM],
    });
    expect((await check({ ...saml, idpMetadata: several })).failures).toEqual([
      { property: "ssoEndpoint", reason: "idpMetadata lists several sign-in URLs (https://idp/redirect, https://idp/post): set ssoEndpoint to the one to use" },
      { property: "publicCertificate", reason: "idpMetadata lists 2 signing certificates: set publicCertificate to the one to use" },
    ]);
    expect((await check({ ...saml, idpMetadata: several, ssoEndpoint: "https://idp/post", publicCertificate: ROTATED_CERT_PEM })).failures).toEqual([]);
    expect((await check({ ...saml, idpMetadata: METADATA, ssoEndpoint: "https://elsewhere.example/sso", publicCertificate: ROTATED_CERT_PEM })).failures).toEqual([
      { property: "ssoEndpoint", reason: "ssoEndpoint is not a sign-in URL of idpMetadata (https://idp.acme.example/sso): omit it or use one of them" },
      { property: "publicCertificate", reason: "publicCertificate is not a signing certificate of idpMetadata: omit it or use one of them" },
    ]);
  });

  it("rejects metadata that is not IdP metadata, and metadata on an OIDC connection", async () => {
    expect((await check({ ...saml, idpMetadata: "<html/>" })).failures).toEqual([
      { property: "idpMetadata", reason: "idpMetadata must be a SAML identity provider's metadata XML: an EntityDescriptor with an IDPSSODescriptor" },
    ]);
    const oidc = { tenantId: "acme", type: "oidc", ssoEndpoint: "https://login.acme.example", oidcClientId: "app", oidcSecret: "s", idpMetadata: METADATA };
    expect((await check(oidc)).failures).toEqual([{ property: "idpMetadata", reason: "idpMetadata does not apply to a oidc connection" }]);
  });

  it("validates the newer settings, naming each", async () => {
    const base = { ...saml, ssoEndpoint: "https://idp.acme.example/sso", publicCertificate: CERT_PEM };
    const { failures } = await check({ ...base, subAccountAccessLimit: -1, overrideActiveTenant: "yes", idpClientSecret: "graph-secret" });
    expect(failures).toEqual(
      expect.arrayContaining([
        { property: "subAccountAccessLimit", reason: "subAccountAccessLimit must be 0 or more" },
        { property: "overrideActiveTenant", reason: expect.stringMatching(/expected boolean/) },
      ]),
    );
    expect((await check({ ...base, subAccountAccessLimit: 1.5 })).failures).toEqual([{ property: "subAccountAccessLimit", reason: "subAccountAccessLimit must be a whole number" }]);
    expect((await check({ ...base, idpClientSecret: "graph-secret" })).failures).toEqual([{ property: "idpClientId", reason: "idpClientId is required when idpClientSecret is set" }]);
    expect(JSON.stringify((await check({ ...base, idpClientSecret: "graph-secret" })).failures)).not.toContain("graph-secret");
  });

  it("shows no change for a connection stored before the newer settings existed, and an in-place one once declared", async () => {
    const lifecycle = offlineLifecycle("SsoConfiguration");
    // State as the previous release wrote it: none of the newer properties.
    const stored = {
      configurationId: "c1",
      tenantId: "acme",
      type: "saml",
      enabled: true,
      ssoEndpoint: "https://idp.acme.example/sso",
      publicCertificate: CERT_DER_BASE64,
      signRequest: false,
      domains: [],
      domainDetails: [],
      roleIds: [],
      adoptExisting: false,
    };
    const args = { tenantId: "acme", type: "saml", ssoEndpoint: "https://idp.acme.example/sso", publicCertificate: CERT_PEM };
    const diff = async (news: Record<string, unknown>) => lifecycle.diff("c1", stored, (await lifecycle.check(stored, news)).inputs ?? {});
    expect((await diff(args)).changes).toBe(false);
    expect(await diff({ ...args, skipEmailDomainValidation: true })).toMatchObject({ changes: true, replaces: [] });
    expect(await diff({ ...args, idpMetadata: METADATA })).toMatchObject({ changes: true, replaces: [] });
  });
});

describe("SsoConfiguration's newer settings against the emulator", () => {
  let emulator: TestEmulator;
  let client: FronteggClient;
  beforeAll(async () => {
    emulator = await useEmulator();
    client = emulator.client();
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.reset());
  const sso = () => steps("SsoConfiguration", client);

  it("creates from metadata, sees an out-of-band change of the metadata's values, and applies new metadata", async () => {
    const declared = { tenantId: "acme", type: "saml", idpMetadata: METADATA, signRequest: true, domains: ["acme.example"] };
    await emulator.control("DELETE", "/requests");
    const stored = await sso().create(declared);
    const counts = await emulator.requestCounts();
    expect(counts["POST /team/resources/sso/v1/configurations/metadata"]).toBe(1);
    expect(counts["POST /team/resources/sso/v1/configurations"]).toBeUndefined();
    const [live] = await client.sso.list("acme");
    expect(live).toMatchObject({ ssoEndpoint: "https://idp.acme.example/sso", publicCertificate: CERT_DER_BASE64, signRequest: true, enabled: true });
    expect(stored.outs).toMatchObject({ idpMetadata: METADATA, ssoEndpoint: "https://idp.acme.example/sso" });

    const refreshed = await sso().refresh(stored);
    expect(refreshed?.stored.outs.idpMetadata).toBe(METADATA);
    expect(await sso().hasChanges(refreshed!.stored, declared)).toBe(false);

    await client.sso.update("acme", stored.id, { ssoEndpoint: "https://changed.example/sso" });
    const drifted = await sso().refresh(refreshed!.stored);
    expect(drifted?.inputs.ssoEndpoint).toBe("https://changed.example/sso");
    const repaired = await sso().up(drifted!.stored, declared);
    expect(repaired.action).toBe("update");
    expect((await client.sso.list("acme"))[0]!.ssoEndpoint).toBe("https://idp.acme.example/sso");

    const next = samlMetadata("https://idp2.acme.example", { signing: [ROTATED_CERT_PEM] });
    await emulator.control("DELETE", "/requests");
    const moved = await sso().up(repaired.stored, { ...declared, idpMetadata: next });
    expect(moved.action).toBe("update");
    expect((await emulator.requestCounts())["PUT /team/resources/sso/v1/configurations/{configurationId}/metadata"]).toBe(1);
    expect((await client.sso.list("acme"))[0]).toMatchObject({ id: stored.id, ssoEndpoint: "https://idp2.acme.example/sso", publicCertificate: ROTATED_DER_BASE64 });
    expect(await sso().hasChanges(moved.stored, { ...declared, idpMetadata: next })).toBe(false);
  });

  it("updates the newer settings in place, sees their drift, and keeps the IdP client secret sealed", async () => {
    const declared = {
      tenantId: "acme",
      type: "saml",
      ssoEndpoint: "https://idp.acme.example/sso",
      publicCertificate: CERT_PEM,
      overrideActiveTenant: true,
      subAccountAccessLimit: 1,
      skipEmailDomainValidation: false,
      idpClientId: "graph-app",
      idpClientSecret: "graph-secret-that-stays-sealed",
    };
    const stored = await sso().create(declared);
    expect(stored.outs.idpClientSecret).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(JSON.stringify(stored.outs)).not.toContain("graph-secret-that-stays-sealed");
    const refreshed = await sso().refresh(stored);
    expect(refreshed?.inputs.idpClientSecret).toBe(stored.outs.idpClientSecret);
    expect(await sso().hasChanges(refreshed!.stored, declared)).toBe(false);

    const edited = await sso().up(refreshed!.stored, { ...declared, skipEmailDomainValidation: true, subAccountAccessLimit: 0 });
    expect(edited.action).toBe("update");
    expect((await client.sso.list("acme"))[0]).toMatchObject({ skipEmailDomainValidation: true, subAccountAccessLimit: 0, overrideActiveTenant: true });

    await client.sso.update("acme", stored.id, { overrideActiveTenant: false, idpClientSecret: "rotated-in-the-portal" });
    const drifted = await sso().refresh(edited.stored);
    expect(drifted?.inputs.overrideActiveTenant).toBe(false);
    const after = { ...declared, skipEmailDomainValidation: true, subAccountAccessLimit: 0 };
    const repaired = await sso().up(drifted!.stored, after);
    expect(repaired.action).toBe("update");
    expect((await client.sso.list("acme"))[0]).toMatchObject({ overrideActiveTenant: true, idpClientSecret: "graph-secret-that-stays-sealed" });
    expect(await sso().hasChanges(repaired.stored, after)).toBe(false);
  });

  it("leaves an undeclared setting as Frontegg has it", async () => {
    const declared = { tenantId: "acme", type: "saml", ssoEndpoint: "https://idp.acme.example/sso", publicCertificate: CERT_PEM };
    const stored = await sso().create(declared);
    await client.sso.update("acme", stored.id, { skipEmailDomainValidation: true });
    const refreshed = await sso().refresh(stored);
    expect(await sso().hasChanges(refreshed!.stored, { ...declared, enabled: false })).toBe(true);
    await sso().up(refreshed!.stored, { ...declared, enabled: false });
    expect((await client.sso.list("acme"))[0]).toMatchObject({ skipEmailDomainValidation: true, enabled: false });
  });
});

describe("a create from metadata that Frontegg answers with no body", () => {
  it("finds the new connection by the metadata's URL and certificate, then applies the declared settings", async () => {
    const connection = { id: "made-from-xml", type: "saml", enabled: false, ssoEndpoint: "https://idp.acme.example/sso", publicCertificate: CERT_DER_BASE64, domains: [], roleIds: [] };
    let made = false;
    const server = await startRawServer((request, response) => {
      if (answerVendorAuth(request, response)) return;
      response.setHeader("content-type", "application/json");
      const path = request.url ?? "";
      if (request.method === "POST" && path.endsWith("/configurations/metadata")) {
        made = true;
        return void response.writeHead(201).end();
      }
      if (request.method === "PATCH" && path.endsWith("/configurations/made-from-xml")) {
        let body = "";
        request.on("data", (chunk) => (body += chunk));
        request.on("end", () => {
          Object.assign(connection, JSON.parse(body));
          response.end(JSON.stringify(connection));
        });
        return;
      }
      if (request.method === "GET" && path.endsWith("/configurations")) return void response.end(JSON.stringify(made ? [connection] : []));
      response.writeHead(404).end(JSON.stringify({ errors: ["not here"] }));
    });
    try {
      const client = new FronteggClient({ clientId: "id", secretKey: "secret", apiBaseUrl: server.url, retry: { baseDelayMs: 1, maxDelayMs: 5 } }, {});
      const stored = await steps("SsoConfiguration", client).create({ tenantId: "acme", type: "saml", idpMetadata: METADATA, enabled: true });
      expect(stored.id).toBe("made-from-xml");
      expect(connection.enabled).toBe(true);
      // Preview's and create's look-ups first (a session each), then the create.
      expect(server.requests.filter((r) => !r.startsWith("POST /auth"))).toEqual([
        "GET /team/resources/sso/v1/configurations",
        "GET /team/resources/sso/v1/configurations",
        "POST /team/resources/sso/v1/configurations/metadata",
        "GET /team/resources/sso/v1/configurations",
        "PATCH /team/resources/sso/v1/configurations/made-from-xml",
        "GET /team/resources/sso/v1/configurations",
      ]);
    } finally {
      await server.close();
    }
  });
});
