/**
 * Tenant, Application, ApplicationTenantAssignment and AdminPortal under the real engine, in one shared stack:
 * create, no-change preview and refresh, in-place updates, changes made in the portal (detected where declared,
 * kept where not), adoption refused without `adoptExisting`, the tenant's guarded delete, and destroy.
 *
 * The admin portal's configuration is replaced whole by every write (notes-3 §7), and the incumbent lost settings
 * to that: the login box's logo (GH#10), its social logins (GH#84), the theme, with a blank login box from empty
 * palette colours when a palette was omitted (TF#246). Each of those scenarios is a step below: the "portal"
 * (direct writes to the emulator, as the portal makes them) sets what the program does not declare, and every
 * `up` must send it back exactly as read.
 */
import * as pulumi from "@pulumi/pulumi";
import * as frontegg from "pulumi-frontegg";
import { ConfigMap } from "@pulumi/pulumi/automation";
import { FronteggClient } from "../../provider/client";
import { TestEmulator, useEmulator } from "../support/emulator";
import { changesOf, engineStack, EngineStack, managedResources, PROJECT } from "./harness";
import { expectNoChanges, expectPreviewRefused, writesSeen } from "./lifecycle";

jest.setTimeout(300_000);

const PRIMARY = { light: "#7b8ff5", main: "#4461f2", dark: "#2f43a9", hover: "#3a55d9", active: "#2f43a9", contrast_text: "#ffffff" };
const SUCCESS = { light: "#81c784", main: "#4caf50", dark: "#388e3c", contrast_text: "#ffffff" };

/** What the portal holds before the stack exists: everything a designer set there, none of it declared. */
const PORTAL_BEFORE = {
  navigation: { users: { visibility: "byPermissions" }, audits: { visibility: "hidden" } },
  theme: { primary: "#111111", success: "#00ff00" },
  themeV2: {
    loginBox: {
      themeName: "classic",
      logo: "https://cdn.example.com/logo-v1.png",
      socialLogins: { google: { enabled: true }, github: { enabled: true } },
      disclaimers: { login: { enabled: true, text: "By signing in you agree" } },
      rootStyle: { fontFamily: "Inter" },
      palette: { success: SUCCESS, primary: { ...PRIMARY, main: "#000000" } },
    },
    adminPortal: { themeName: "dark", palette: { success: SUCCESS } },
  },
  customLoginSettings: { marker: "an undocumented top-level key" },
};

let breakIt: ((args: Record<string, Record<string, unknown>>) => void) | undefined;
const program = async () => {
  const config = new pulumi.Config();
  const args: Record<string, Record<string, unknown>> = {
    tenant: {
      tenantId: "engine-internal",
      name: config.require("tenantName"),
      applicationUrl: "https://internal.example.com",
      metadata: config.requireObject<Record<string, string>>("tenantMetadata"),
      allowDeletion: config.requireBoolean("allowDeletion"),
    },
    app: { name: "Engine portal", appURL: "https://engine.example.com", loginURL: "https://engine.example.com/login", accessType: "MANAGED_ACCESS", type: config.require("appType") },
    assignment: { accessType: config.require("assignmentAccess") },
    portal: config.requireObject<Record<string, unknown>>("portal"),
  };
  breakIt?.(args);
  const tenant = new frontegg.Tenant("internal", args.tenant as unknown as frontegg.TenantArgs);
  const app = new frontegg.Application("engine-portal", args.app as unknown as frontegg.ApplicationArgs);
  new frontegg.ApplicationTenantAssignment("engine-portal-internal", { ...args.assignment, appId: app.id, tenantId: tenant.tenantId } as unknown as frontegg.ApplicationTenantAssignmentArgs);
  new frontegg.AdminPortal("portal", args.portal as unknown as frontegg.AdminPortalArgs);
  // Retained on delete: leaving the program must not delete a tenant the stack only adopted.
  if (args.extra) new frontegg.Tenant("acme-again", args.extra as unknown as frontegg.TenantArgs, { retainOnDelete: true });
};
const RESOURCES = 4;

interface Settings {
  tenantName?: string;
  tenantMetadata?: Record<string, string>;
  allowDeletion?: boolean;
  appType?: string;
  assignmentAccess?: string;
  portal?: Record<string, unknown>;
}
const DECLARED_PORTAL = { navigation: { users: { visibility: "hidden" }, webhooks: { visibility: "byPermissions" } } };
const config = (s: Settings = {}): ConfigMap => ({
  [`${PROJECT}:tenantName`]: { value: s.tenantName ?? "Internal" },
  [`${PROJECT}:tenantMetadata`]: { value: JSON.stringify(s.tenantMetadata ?? { tier: "internal", owner: "platform" }) },
  [`${PROJECT}:allowDeletion`]: { value: String(s.allowDeletion ?? false) },
  [`${PROJECT}:appType`]: { value: s.appType ?? "web" },
  [`${PROJECT}:assignmentAccess`]: { value: s.assignmentAccess ?? "MANAGED_ACCESS" },
  [`${PROJECT}:portal`]: { value: JSON.stringify(s.portal ?? DECLARED_PORTAL) },
});

let emulator: TestEmulator;
let client: FronteggClient;
let engine: EngineStack;

beforeAll(async () => {
  emulator = await useEmulator();
  client = emulator.client();
  await client.tenants.create({ tenantId: "acme", name: "ACME" });
  await client.adminPortal.replace(PORTAL_BEFORE);
  engine = await engineStack("tenants-apps-portal", program, emulator, config());
});
afterAll(async () => {
  await engine?.dispose();
  await emulator?.stop();
});

const portal = async () => (await client.adminPortal.get()) as typeof PORTAL_BEFORE & Record<string, unknown>;
const theApp = async () => (await client.applications.list()).find((a) => a.name === "Engine portal")!;
const theTenant = async () => (await client.tenants.get("engine-internal"))!;
const metadataOf = async () => JSON.parse((await theTenant()).metadata ?? "{}") as Record<string, unknown>;

/** Every setting of PORTAL_BEFORE the program does not declare is still there, exactly as it was. */
async function expectUndeclaredKept(expected = PORTAL_BEFORE): Promise<void> {
  const now = await portal();
  expect(now.theme).toEqual(expected.theme);
  expect(now.customLoginSettings).toEqual(expected.customLoginSettings);
  expect(now.navigation.audits).toEqual(expected.navigation.audits);
  const { themeName: _name, palette: _palette, ...loginBoxRest } = now.themeV2.loginBox;
  const { themeName: _n, palette: _p, ...expectedRest } = expected.themeV2.loginBox;
  expect(loginBoxRest).toEqual(expectedRest); // logo (GH#10), socialLogins (GH#84), disclaimers and rootStyle (TF#246)
  expect(now.themeV2.adminPortal).toEqual(expected.themeV2.adminPortal);
}

/** No palette category anywhere holds an empty colour (the blank login box of TF#246). */
async function expectNoBlankColour(): Promise<void> {
  const now = await portal();
  for (const box of [now.themeV2.loginBox, now.themeV2.adminPortal]) {
    for (const category of Object.values((box.palette ?? {}) as Record<string, Record<string, string>>)) {
      for (const value of Object.values(category)) expect(value.trim()).not.toBe("");
    }
  }
}

it("creates all four; the portal's undeclared settings (logo, social logins, theme, unknown keys) come back as read", async () => {
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ create: RESOURCES + 1 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ create: RESOURCES + 1 });
  expect(await theTenant()).toMatchObject({ tenantId: "engine-internal", name: "Internal", applicationUrl: "https://internal.example.com" });
  expect(await metadataOf()).toEqual({ tier: "internal", owner: "platform" });
  expect(await client.applications.assignedTenants((await theApp()).id)).toEqual(["engine-internal"]);
  const now = await portal();
  expect(now.navigation).toEqual({ users: { visibility: "hidden" }, audits: { visibility: "hidden" }, webhooks: { visibility: "byPermissions" } });
  await expectUndeclaredKept();
  // State holds the declared paths only: no logo, no social logins, no palette.
  const state = managedResources(await engine.exportText()).find((r) => r.type.endsWith("AdminPortal"))!;
  expect(JSON.stringify(state.outputs)).not.toMatch(/logo|socialLogins|palette|audits/);
});

it("previews with no changes and refreshes with no changes; the preview makes one call, the credential check", async () => {
  await emulator.control("DELETE", "/requests");
  await expectNoChanges(engine);
  expect(await emulator.requestCounts()).toEqual({ "POST /auth/vendor": 1 });
  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({});
  await expectNoChanges(engine);
});

it("keeps a portal edit of an undeclared setting through every up, and another tool's tenant metadata key", async () => {
  // The portal: a new logo (GH#10), one more social login (GH#84), another section shown; another tool: a key.
  const edited = structuredClone(PORTAL_BEFORE);
  edited.themeV2.loginBox.logo = "https://cdn.example.com/logo-v2.png";
  (edited.themeV2.loginBox.socialLogins as Record<string, unknown>).microsoft = { enabled: true };
  edited.navigation.audits = { visibility: "byPermissions" };
  await client.adminPortal.replace({ ...(await portal()), navigation: { ...(await portal()).navigation, audits: { visibility: "byPermissions" } }, themeV2: { ...(await portal()).themeV2, loginBox: { ...(await portal()).themeV2.loginBox, logo: edited.themeV2.loginBox.logo, socialLogins: edited.themeV2.loginBox.socialLogins } } });
  await client.tenants.mergeMetadata("engine-internal", { crmId: "4711" });
  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({});
  await expectNoChanges(engine);

  // An up that changes declared paths (a new section, a login-box theme and palette) writes the whole configuration.
  await engine.stack.setAllConfig(config({ tenantName: "Internal tools", portal: { ...DECLARED_PORTAL, loginBox: { themeName: "modern", palette: { primary: PRIMARY } } } }));
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ update: 2 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: 2 });
  const now = await portal();
  expect(now.themeV2.loginBox).toMatchObject({ themeName: "modern", palette: { primary: PRIMARY, success: SUCCESS } });
  await expectUndeclaredKept(edited);
  await expectNoBlankColour();
  expect(await metadataOf()).toEqual({ tier: "internal", owner: "platform", crmId: "4711" });
  expect((await theTenant()).name).toBe("Internal tools");

  // And the next up, which has nothing to do, keeps them too.
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({});
  await expectUndeclaredKept(edited);
});

it("omitting the palette (TF#246) leaves every palette colour as it is, none blank", async () => {
  const before = await portal();
  await engine.stack.setAllConfig(config({ tenantName: "Internal tools", portal: { ...DECLARED_PORTAL, loginBox: { themeName: "modern-2" }, adminPortal: { themeName: "light" } } }));
  await emulator.control("DELETE", "/requests");
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: 1 });
  // One read of the configuration and one write of it: nothing else is written.
  expect(await writesSeen(emulator)).toEqual(["POST /metadata"]);
  expect((await emulator.requestCounts())["POST /metadata"]).toBe(1);
  const now = await portal();
  expect(now.themeV2.loginBox.palette).toEqual(before.themeV2.loginBox.palette);
  expect(now.themeV2.adminPortal).toEqual({ ...before.themeV2.adminPortal, themeName: "light" });
  expect(now.themeV2.loginBox.logo).toBe("https://cdn.example.com/logo-v2.png");
  await expectNoBlankColour();
  await expectNoChanges(engine);
});

it("detects portal edits of declared settings on refresh and repairs them on the next up", async () => {
  const current = await portal();
  await client.adminPortal.replace({ ...current, navigation: { ...current.navigation, users: { visibility: "byPermissions" } } });
  await client.tenants.mergeMetadata("engine-internal", { tier: "customer" });
  await client.applications.unassignTenant((await theApp()).id, "engine-internal");
  expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({ update: 2, delete: 1 });
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: 2, create: 1 });
  expect((await portal()).navigation.users).toEqual({ visibility: "hidden" });
  expect(await metadataOf()).toMatchObject({ tier: "internal", crmId: "4711" });
  expect(await client.applications.assignedTenants((await theApp()).id)).toEqual(["engine-internal"]);
  expect((await portal()).themeV2.loginBox.logo).toBe("https://cdn.example.com/logo-v2.png");
  await expectNoChanges(engine);
});

it("updates in place: a metadata key dropped from the program is removed (others' keys stay), the application's type, the assignment's access", async () => {
  await engine.stack.setAllConfig(
    config({ tenantName: "Internal tools", tenantMetadata: { tier: "internal" }, appType: "agent", assignmentAccess: "FREE_ACCESS", portal: { ...DECLARED_PORTAL, loginBox: { themeName: "modern-2" }, adminPortal: { themeName: "light" } } }),
  );
  const app = await theApp();
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: 3 });
  expect(await metadataOf()).toEqual({ tier: "internal", crmId: "4711" });
  expect((await theApp()).type).toBe("agent");
  expect((await theApp()).id).toBe(app.id);
  const assignment = (await emulator.control<{ applications: Array<{ id: string; assignments: Array<{ tenantId: string; accessType: string }> }> }>("GET", "/state")).applications.find((a) => a.id === app.id)!.assignments;
  expect(assignment).toEqual([{ tenantId: "engine-internal", accessType: "FREE_ACCESS" }]);
  await expectNoChanges(engine);
});

it("refuses at preview, with no write, a tenant that exists without adoptExisting, and an empty palette colour", async () => {
  breakIt = (a) => void (a.extra = { tenantId: "acme", name: "ACME" });
  await expectPreviewRefused(engine, emulator, /tenant "acme" already exists/i);
  breakIt = (a) => void (a.portal = { loginBox: { palette: { success: { ...SUCCESS, main: " " } } } });
  await expectPreviewRefused(engine, emulator, /AdminPortal resource 'portal' has a problem: loginBox\.palette\.success\.main: colours must not be empty/);
  breakIt = undefined;
  expect(await writesSeen(emulator)).toEqual([]);
});

it("adopts an existing tenant with adoptExisting: no create, its metadata merged into what it holds", async () => {
  const before = await client.tenants.get("acme");
  await client.tenants.mergeMetadata("acme", { billing: "stripe" });
  breakIt = (a) => void (a.extra = { tenantId: "acme", name: "ACME", metadata: { source: "pulumi" }, adoptExisting: true });
  await emulator.control("DELETE", "/requests");
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ create: 1 });
  expect(await writesSeen(emulator)).toEqual(["POST /tenants/resources/tenants/v1/{tenantId}/metadata"]);
  expect(JSON.parse((await client.tenants.get("acme"))!.metadata ?? "{}")).toEqual({ billing: "stripe", source: "pulumi" });
  await expectNoChanges(engine);
  breakIt = undefined;
  expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ delete: 1 });
  expect((await client.tenants.get("acme"))?.createdAt).toBe(before?.createdAt);
});

it("refuses to delete the tenant until allowDeletion is applied; destroy then deletes all but the admin portal, which stays as it is", async () => {
  const failure = await engine.stack.destroy().then(
    () => "destroyed",
    (error: unknown) => String((error as Error).message),
  );
  expect(failure).toMatch(/tenant "engine-internal" was not deleted: Frontegg would delete it with all its users\. To delete it, set `allowDeletion: true`/);
  expect(await theTenant()).toBeDefined();
  const portalBefore = await portal();
  await engine.stack.setAllConfig(config({ tenantName: "Internal tools", tenantMetadata: { tier: "internal" }, appType: "agent", assignmentAccess: "FREE_ACCESS", allowDeletion: true, portal: { ...DECLARED_PORTAL, loginBox: { themeName: "modern-2" }, adminPortal: { themeName: "light" } } }));
  // Whatever the failed destroy already removed is created again; the tenant records allowDeletion.
  await engine.stack.up();
  await engine.stack.destroy();
  expect(await client.tenants.get("engine-internal")).toBeUndefined();
  expect(await client.applications.list()).toEqual([]);
  expect(await portal()).toEqual(portalBefore);
  expect(await client.tenants.get("acme")).toBeDefined();
});
