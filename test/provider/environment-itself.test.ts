/**
 * The kinds of the environment itself (EnvironmentSettings, HostedLogin, CustomDomain, AssociatedDomain,
 * SsoSettings): validation and diff offline, and the write bodies that replace more than they look like, read off
 * a bare server: the vendor PUT never carries the allowed-origins list, and the SAML POST sends back every key it
 * read. The engine suite (test/engine/environment-itself.test.ts) covers the rest against the emulator.
 */
import type * as http from "node:http";
import { FronteggClient } from "../../provider/client";
import { CLIENT_ID, SECRET } from "../support/emulator";
import { steps } from "../support/lifecycle-steps";
import { answerVendorAuth, RawServer, startRawServer } from "../support/raw-server";
import { checkOffline, diffOffline } from "./helpers";

describe("validation at preview", () => {
  it.each([
    ["EnvironmentSettings", {}, /declare at least one setting/],
    ["EnvironmentSettings", { host: "login.example.com" }, /host must be a name under frontegg\.com/],
    ["EnvironmentSettings", { name: "" }, /name must not be empty/],
    ["CustomDomain", { customDomain: "https://login.example.com" }, /must be a domain name/],
    ["AssociatedDomain", { platform: "ios" }, /appId is required for platform ios/],
    ["AssociatedDomain", { platform: "android", packageName: "com.example.app" }, /sha256CertFingerprints is required for platform android/],
    ["AssociatedDomain", { platform: "ios", appId: "com.example.app" }, /appId must be `<teamId>\.<bundleId>`/],
    ["AssociatedDomain", { platform: "android", packageName: "com.example.app", sha256CertFingerprints: ["AB:CD"] }, /32 hex pairs/],
    ["AssociatedDomain", { platform: "android", packageName: "app", sha256CertFingerprints: [] }, /packageName must be an Android application id/],
    ["AssociatedDomain", { platform: "android", packageName: "com.example.app", sha256CertFingerprints: [] }, /at least one fingerprint/],
    ["SsoSettings", { saml: { acsUrl: "not a url" } }, /saml\.acsUrl must be an absolute http or https URL/],
  ])("%s %j", async (kind, inputs, expected) => {
    const { failures } = await checkOffline(kind, inputs);
    expect(JSON.stringify(failures)).toMatch(expected);
  });
});

describe("diff", () => {
  it("compares the host and a custom domain without regard to case, fingerprints as a set of either case", async () => {
    expect((await diffOffline("EnvironmentSettings", { host: "app-x1.frontegg.com" }, { host: "APP-X1.frontegg.com" })).changes).toBe(false);
    expect((await diffOffline("CustomDomain", { customDomain: "login.example.com" }, { customDomain: "Login.Example.COM" })).changes).toBe(false);
    const a = "14:6D:E9:83:C5:73:06:50:D8:EE:B9:95:2F:34:FC:64:16:A0:83:42:E6:1D:BE:A8:8A:04:96:B2:3F:CF:44:E5";
    const b = "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89";
    const olds = { platform: "android", packageName: "com.example.app", sha256CertFingerprints: [a, b] };
    expect((await diffOffline("AssociatedDomain", olds, { ...olds, sha256CertFingerprints: [b.toLowerCase(), a] })).changes).toBe(false);
    expect((await diffOffline("AssociatedDomain", olds, { ...olds, sha256CertFingerprints: [a] })).replaces).toEqual(["sha256CertFingerprints"]);
  });

  it("compares only the declared keys of an SSO settings block, and replaces nothing", async () => {
    const olds = { saml: { isActive: true, acsUrl: "https://a.example.com/acs", spEntityId: "sp", redirectUri: "https://a.example.com/r" } };
    expect((await diffOffline("SsoSettings", olds, { saml: { acsUrl: "https://a.example.com/acs" } })).changes).toBe(false);
    const changed = await diffOffline("SsoSettings", olds, { saml: { acsUrl: "https://b.example.com/acs" } });
    expect([changed.changes, changed.replaces]).toEqual([true, []]);
  });
});

describe("writes that replace more than they look like, read off a bare server", () => {
  let server: RawServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const clientOf = (url: string) => new FronteggClient({ clientId: CLIENT_ID, secretKey: SECRET, apiBaseUrl: url, retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 } }, {});
  const json = (response: http.ServerResponse, status: number, body?: unknown) =>
    response.writeHead(status, { "content-type": "application/json" }).end(body === undefined ? "" : JSON.stringify(body));
  const bodyOf = (request: http.IncomingMessage): Promise<Record<string, unknown>> =>
    new Promise((resolve) => {
      let text = "";
      request.on("data", (chunk: Buffer) => (text += chunk.toString()));
      request.on("end", () => resolve(text === "" ? {} : (JSON.parse(text) as Record<string, unknown>)));
    });

  it("writes the vendor's settings without its allowed origins, the declared ones changed and the rest as read", async () => {
    const vendor: Record<string, unknown> = { id: "v1", name: "Old", country: "DE", backendStack: "Python", frontendStack: "Vue", host: "app-x1.frontegg.com", allowedOrigins: ["https://a.example.com/"] };
    const puts: Array<Record<string, unknown>> = [];
    server = await startRawServer((request, response) => {
      if (answerVendorAuth(request, response)) return;
      if (request.method === "GET" && request.url === "/vendors") return json(response, 200, vendor);
      if (request.method === "PUT" && request.url === "/vendors") {
        void bodyOf(request).then((body) => {
          puts.push(body);
          Object.assign(vendor, body);
          json(response, 200, vendor);
        });
        return;
      }
      json(response, 404, { errors: ["no"] });
    });
    const settings = steps("EnvironmentSettings", clientOf(server.url));
    const stored = await settings.create({ name: "New" });
    expect(stored.outs).toMatchObject({ vendorId: "v1", name: "New" });
    expect(stored.outs).not.toHaveProperty("country");
    await settings.up(stored, { name: "Newer", frontendStack: "React" });
    expect(puts).toHaveLength(2);
    for (const put of puts) expect(put).not.toHaveProperty("allowedOrigins");
    expect(puts[1]).toEqual({ name: "Newer", country: "DE", backendStack: "Python", frontendStack: "React", host: "app-x1.frontegg.com" });
    expect(vendor.allowedOrigins).toEqual(["https://a.example.com/"]);
  });

  it("posts the whole SAML configuration back with the declared keys laid over it, and reads nothing of the OIDC block it does not declare", async () => {
    let row = { entityName: "saml", isActive: true, configuration: { acsUrl: "https://old.example.com/acs", spEntityId: "sp", publicCertificate: "MIIC", ssoEndpoint: "https://idp.example.com" } };
    const posts: string[] = [];
    server = await startRawServer((request, response) => {
      if (answerVendorAuth(request, response)) return;
      if (request.method === "GET" && request.url === "/metadata?entityName=saml") return json(response, 200, { rows: [row] });
      if (request.method === "GET" && request.url === "/team/resources/sso/v1/oidc/configurations") return json(response, 201, { active: false });
      if (request.method === "POST") {
        void bodyOf(request).then((body) => {
          posts.push(`${request.url} ${JSON.stringify(body)}`);
          if (request.url === "/metadata?entityName=saml") row = body as typeof row;
          json(response, 201);
        });
        return;
      }
      json(response, 404, { errors: ["no"] });
    });
    const sso = steps("SsoSettings", clientOf(server.url));
    const stored = await sso.create({ saml: { acsUrl: "https://new.example.com/acs" } });
    expect(server.requests.filter((r) => r.includes("oidc"))).toEqual([]);
    expect(posts).toEqual([
      `/metadata?entityName=saml ${JSON.stringify({ entityName: "saml", isActive: true, configuration: { ...row.configuration, acsUrl: "https://new.example.com/acs" } })}`,
    ]);
    expect(row.configuration).toEqual({ acsUrl: "https://new.example.com/acs", spEntityId: "sp", publicCertificate: "MIIC", ssoEndpoint: "https://idp.example.com" });
    expect(stored.outs).toMatchObject({ saml: { isActive: true, acsUrl: "https://new.example.com/acs" } });
    expect(stored.outs.saml).not.toHaveProperty("spEntityId");
  });
});
