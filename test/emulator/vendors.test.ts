/**
 * The vendor and what hangs off it (spec:vendors.json under `/vendors`; notes-3 §6), the hosted-login switch
 * (notes-more §7) and the environment-level SAML and OIDC settings (notes-3 §5c, §5d), as the emulator serves them.
 */
import { useEmulator, type ErrorView } from "./helpers";

const CUSTOM_DOMAINS = "/vendors/custom-domains/v2";
const IOS = "/vendors/resources/associated-domains/v1/ios";
const ANDROID = "/vendors/resources/associated-domains/v1/android";
const OAUTH = "/oauth/resources/configurations/v1";
const OIDC = "/team/resources/sso/v1/oidc/configurations";

describe("the vendor", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  it("answers a vendor with a generated frontegg.com host, and a PUT changes only the fields sent", async () => {
    const initial = (await emu.call<Record<string, unknown>>("GET", "/vendors")).body;
    expect(initial.host).toMatch(/^app-[0-9a-f]{8}\.frontegg\.com$/);
    await emu.call("PUT", "/vendors", { body: { allowedOrigins: ["https://a.example.com"] } });
    const put = await emu.call<Record<string, unknown>>("PUT", "/vendors", { body: { name: "Acme", backendStack: "Python" } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ name: "Acme", backendStack: "Python", country: initial.country, host: initial.host, allowedOrigins: ["https://a.example.com/"] });
  });

  it("refuses a stack that is not a string (the spec's object type is overridden by what Frontegg takes)", async () => {
    expect((await emu.call("PUT", "/vendors", { body: { backendStack: 3 } })).status).toBe(400);
  });
});

describe("custom domains v2", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  it("adds a domain by verify as Pending with the CNAME to create, lists it and removes it by id", async () => {
    expect((await emu.call("GET", CUSTOM_DOMAINS)).body).toEqual({ customDomains: [] });
    const verify = await emu.call("POST", `${CUSTOM_DOMAINS}/verify`, { body: { customDomain: "Login.Example.com" } });
    expect([verify.status, verify.text]).toEqual([200, ""]);
    const host = (await emu.call<{ host: string }>("GET", "/vendors")).body.host;
    const listed = (await emu.call<{ customDomains: Array<{ id: string }> }>("GET", CUSTOM_DOMAINS)).body.customDomains;
    expect(listed).toEqual([{ id: expect.any(String), domain: "login.example.com", status: "Pending", records: [{ type: "CNAME", name: "login.example.com", value: host }] }]);
    expect((await emu.call("DELETE", `${CUSTOM_DOMAINS}/${listed[0]!.id}`)).status).toBe(200);
    expect((await emu.call<{ customDomains: unknown[] }>("GET", CUSTOM_DOMAINS)).body.customDomains).toEqual([]);
  });

  it("answers 409 for a domain already listed, 404 for an unknown id, 400 for something that is not a domain", async () => {
    await emu.call("POST", `${CUSTOM_DOMAINS}/verify`, { body: { customDomain: "login.example.com" } });
    const again = await emu.call<ErrorView>("POST", `${CUSTOM_DOMAINS}/verify`, { body: { customDomain: "LOGIN.example.com" } });
    expect([again.status, again.body.errors]).toEqual([409, ["Custom domain login.example.com already exists"]]);
    expect((await emu.call("DELETE", `${CUSTOM_DOMAINS}/nope`)).status).toBe(404);
    expect((await emu.call("POST", `${CUSTOM_DOMAINS}/verify`, { body: { customDomain: "https://login.example.com" } })).status).toBe(400);
  });
});

describe("associated domains", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  it("adds per platform with 201 and the stored entry, lists each platform alone, removes by id on its platform only", async () => {
    const ios = await emu.call<{ id: string }>("POST", IOS, { body: { appId: "ABCDE12345.com.example.app", webCredentials: false } });
    expect(ios.status).toBe(201);
    expect(ios.body).toMatchObject({ appId: "ABCDE12345.com.example.app", appLinks: true, webCredentials: false, vendorId: expect.any(String) });
    const android = await emu.call<{ id: string }>("POST", ANDROID, { body: { packageName: "com.example.app", sha256CertFingerprints: ["AB:CD"] } });
    expect((await emu.call<unknown[]>("GET", IOS)).body).toHaveLength(1);
    expect((await emu.call<unknown[]>("GET", ANDROID)).body).toEqual([{ id: android.body.id, vendorId: expect.any(String), packageName: "com.example.app", sha256CertFingerprints: ["AB:CD"] }]);
    expect((await emu.call("DELETE", `${ANDROID}/${ios.body.id}`)).status).toBe(404);
    expect((await emu.call("DELETE", `${IOS}/${ios.body.id}`)).status).toBe(200);
    expect((await emu.call<unknown[]>("GET", IOS)).body).toEqual([]);
  });

  it("refuses an Android entry without fingerprints and an iOS entry without an app id", async () => {
    expect((await emu.call("POST", ANDROID, { body: { packageName: "com.example.app" } })).status).toBe(400);
    expect((await emu.call("POST", IOS, { body: { appLinks: true } })).status).toBe(400);
  });
});

describe("the hosted-login switch (not in a published spec; notes-more §7)", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  it("is 404 until first switched, then reads as switched", async () => {
    expect((await emu.call("GET", OAUTH)).status).toBe(404);
    expect((await emu.call("POST", `${OAUTH}/activate`)).status).toBe(200);
    expect((await emu.call("GET", OAUTH)).body).toEqual({ isActive: true });
    await emu.call("POST", `${OAUTH}/deactivate`);
    expect((await emu.call("GET", OAUTH)).body).toEqual({ isActive: false });
  });
});

describe("environment-level SAML and OIDC", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  it("replaces the whole SAML configuration on POST, as Frontegg does, keeps other entities apart and refuses a body naming another", async () => {
    expect((await emu.call("GET", "/metadata?entityName=saml")).body).toEqual({ rows: [] });
    await emu.call("POST", "/metadata?entityName=saml", { body: { entityName: "saml", isActive: true, configuration: { acsUrl: "a", publicCertificate: "c" } } });
    await emu.call("POST", "/metadata?entityName=saml", { body: { entityName: "saml", isActive: true, configuration: { acsUrl: "b" } } });
    expect((await emu.call("GET", "/metadata?entityName=saml")).body).toEqual({ rows: [{ entityName: "saml", isActive: true, configuration: { acsUrl: "b" } }] });
    expect((await emu.call("GET", "/metadata?entityName=adminBox")).body).toEqual({ rows: [] });
    expect((await emu.call("POST", "/metadata?entityName=saml", { body: { entityName: "adminBox", configuration: {} } })).status).toBe(400);
  });

  it("answers OIDC's GET with 201 as the spec says, off until configured, and keeps the redirect URI a POST leaves out", async () => {
    const initial = await emu.call("GET", OIDC);
    expect([initial.status, initial.body]).toEqual([201, { active: false }]);
    const post = await emu.call("POST", OIDC, { body: { active: true, redirectUri: "https://app.example.com/oidc" } });
    expect([post.status, post.text]).toEqual([201, ""]);
    await emu.call("POST", OIDC, { body: { active: false } });
    expect((await emu.call("GET", OIDC)).body).toEqual({ active: false, redirectUri: "https://app.example.com/oidc" });
  });
});
