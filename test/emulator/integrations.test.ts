import { useEmulator, type ErrorView } from "./helpers";

/** Routes in no published spec: the emulator follows notes-more §6 (webhooks) and §8 (social logins). */
const WEBHOOKS = "/webhook";
const SOCIAL = "/identity/resources/sso/v2";

interface WebhookView {
  _id: string;
  displayName: string;
  url: string;
  secret: string;
  eventKeys: string[];
  isActive: boolean;
  type: string;
}

describe("webhooks", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });
  const vendorId = (): string => JSON.parse(Buffer.from(emu.token.split(".")[1] ?? "", "base64url").toString("utf8")).vendorId;
  const body = { isActive: true, displayName: "CRM", description: "d", url: "https://hooks.example.com/a", secret: "s3cret-value", eventKeys: ["frontegg.user.signedUp"] };

  it("answers 403 'Tenant ID is not specified' without the vendor id as frontegg-tenant-id (TF-PR#263)", async () => {
    const listed = await emu.call<ErrorView>("GET", WEBHOOKS);
    expect(listed.status).toBe(403);
    expect(listed.body.errors).toEqual(["Tenant ID is not specified"]);
    expect((await emu.call("POST", `${WEBHOOKS}/custom`, { body })).status).toBe(403);
  });

  it("creates a CUSTOM webhook, lists it with its secret, replaces it with PATCH and deletes it", async () => {
    const tenantId = vendorId();
    expect((await emu.call("GET", WEBHOOKS, { tenantId })).body).toEqual([]);
    const created = await emu.call<WebhookView>("POST", `${WEBHOOKS}/custom`, { body, tenantId });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...body, type: "CUSTOM", vendorId: tenantId });
    const id = created.body._id;
    expect((await emu.call<WebhookView[]>("GET", WEBHOOKS, { tenantId })).body).toEqual([expect.objectContaining({ _id: id, secret: "s3cret-value" })]);
    const patched = await emu.call<WebhookView>("PATCH", `${WEBHOOKS}/${id}`, { body: { ...body, isActive: false, eventKeys: ["frontegg.user.authenticated"] }, tenantId });
    expect(patched.body).toMatchObject({ isActive: false, eventKeys: ["frontegg.user.authenticated"] });
    expect((await emu.call("DELETE", `${WEBHOOKS}/${id}`, { tenantId })).status).toBe(200);
    expect((await emu.call("DELETE", `${WEBHOOKS}/${id}`, { tenantId })).status).toBe(404);
    expect((await emu.call("PATCH", `${WEBHOOKS}/${id}`, { body, tenantId })).status).toBe(404);
  });

  it("validates bodies against the hand-written schema: event names, url, unknown fields", async () => {
    const tenantId = vendorId();
    const bad = async (change: Record<string, unknown>) => (await emu.call<ErrorView>("POST", `${WEBHOOKS}/custom`, { body: { ...body, ...change }, tenantId })).status;
    expect(await bad({ eventKeys: ["user.signedUp"] })).toBe(400);
    expect(await bad({ url: "ftp://x" })).toBe(400);
    expect(await bad({ url: undefined })).toBe(400);
    expect(await bad({ isActive: "yes" })).toBe(400);
    expect(await bad({ events: [] })).toBe(400);
  });
});

interface SocialView {
  type: string;
  active: boolean;
  customised: boolean;
  clientId: string | null;
  secret: string | null;
  redirectUrl: string;
  additionalScopes: string[];
}

describe("social logins", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });
  const google = { type: "google", active: false, customised: true, clientId: "cid", secret: "csecret", redirectUrl: "https://app.example.com/cb", additionalScopes: ["email"] };

  it("answers 404 for a provider never configured, 400 for one it does not know", async () => {
    expect((await emu.call("GET", `${SOCIAL}/github`)).status).toBe(404);
    expect((await emu.call("POST", `${SOCIAL}/github/activate`)).status).toBe(404);
    expect((await emu.call("GET", `${SOCIAL}/myspace`)).status).toBe(400);
  });

  it("stores a POST whole, then activate and deactivate switch it, keeping the credentials", async () => {
    expect((await emu.call("POST", SOCIAL, { body: google })).status).toBe(201);
    expect((await emu.call<SocialView>("GET", `${SOCIAL}/google`)).body).toEqual(google);
    expect((await emu.call("POST", `${SOCIAL}/google/activate`)).status).toBe(200);
    expect((await emu.call<SocialView>("GET", `${SOCIAL}/google`)).body.active).toBe(true);
    await emu.call("POST", `${SOCIAL}/google/deactivate`);
    expect((await emu.call<SocialView>("GET", `${SOCIAL}/google`)).body).toMatchObject({ active: false, clientId: "cid", secret: "csecret" });
  });

  it("erases credentials a POST leaves out (TF-PR#262)", async () => {
    await emu.call("POST", SOCIAL, { body: google });
    await emu.call("POST", SOCIAL, { body: { type: "google", active: true, customised: false, redirectUrl: "https://app.example.com/cb" } });
    expect((await emu.call<SocialView>("GET", `${SOCIAL}/google`)).body).toMatchObject({ clientId: null, secret: null, additionalScopes: [] });
  });

  it("rejects bodies off the hand-written schema", async () => {
    expect((await emu.call("POST", SOCIAL, { body: { ...google, type: "myspace" } })).status).toBe(400);
    expect((await emu.call("POST", SOCIAL, { body: { ...google, active: undefined } })).status).toBe(400);
    expect((await emu.call("POST", SOCIAL, { body: { ...google, scopes: "x" } })).status).toBe(400);
  });
});
