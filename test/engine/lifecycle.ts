/**
 * The lifecycle every example program goes through under the real engine, as serious providers are tested
 * (Pulumi's ProgramTest): preview → up → export/import → preview, up and refresh with no changes → an edit in
 * place → an edit that replaces → an out-of-band change that refresh detects and up repairs → an out-of-band
 * delete that refresh drops and up recreates → destroy, leaving only Frontegg's built-ins.
 */
import { ConfigMap, PulumiFn } from "@pulumi/pulumi/automation";
import { FronteggClient } from "../../provider/client";
import { SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { changesOf, engineStack, EngineStack, managedResources } from "./harness";

/** One step of drift made behind Pulumi's back, and how to tell it was undone. */
export interface OutOfBand {
  make(client: FronteggClient): Promise<void>;
  verify(client: FronteggClient): Promise<void>;
}

/** What differs between example programs. */
export interface LifecycleSpec {
  readonly stackName: string;
  readonly program: PulumiFn;
  readonly config?: ConfigMap;
  /** Resources the program declares (the stack itself not counted). */
  readonly resourceCount: number;
  /** A config change the program turns into an in-place update of `updates` resources. */
  readonly inPlaceEdit: { readonly config: ConfigMap; readonly updates: number; verify(client: FronteggClient): Promise<void> };
  /** A config change the program turns into the replacement of `replaces` resources. */
  readonly replacingEdit: { readonly config: ConfigMap; readonly replaces: number; verify(client: FronteggClient): Promise<void> };
  readonly outOfBandChange: OutOfBand;
  readonly outOfBandDelete: OutOfBand;
  /** Values that must never appear in the exported state (besides the client secret and tokens). */
  readonly secrets?: readonly string[];
}

/** Declares the lifecycle's steps as ordered tests of one describe block. */
export function describeLifecycle(title: string, spec: LifecycleSpec): void {
  describe(title, () => {
    let emulator: TestEmulator;
    let engine: EngineStack;
    let client: FronteggClient;

    beforeAll(async () => {
      emulator = await useEmulator();
      client = emulator.client();
      engine = await engineStack(spec.stackName, spec.program, emulator, spec.config);
    });
    afterAll(async () => {
      await engine?.dispose();
      await emulator?.stop();
    });

    const noChanges = () => expectNoChanges(engine);
    const assertStateHidesSecrets = async () => {
      const { tokens } = await emulator.control<{ tokens: string[] }>("GET", "/tokens");
      expect(tokens.length).toBeGreaterThan(0);
      await expectSecretsHidden(engine, [SECRET, ...tokens, ...(spec.secrets ?? [])]);
      const exported = await engine.exportText();
      for (const resource of managedResources(exported)) {
        const provider = String(resource.inputs?.__provider ?? "");
        expect(provider).toMatch(/^exports\.handler=\(\)=>require\("pulumi-frontegg\/provider"\)\.shim\("\w+"\)$/);
        expect(Buffer.byteLength(provider)).toBeLessThan(2048);
      }
    };

    it("previews the creation of every resource", async () => {
      const preview = await engine.stack.preview();
      expect(changesOf(preview.changeSummary)).toEqual({ create: spec.resourceCount + 1 });
    });

    it("creates every resource", async () => {
      const up = await engine.stack.up();
      expect(changesOf(up.summary.resourceChanges)).toEqual({ create: spec.resourceCount + 1 });
      await assertStateHidesSecrets();
    });

    it("survives a stack export and import", async () => {
      const state = await engine.stack.exportStack();
      await engine.stack.importStack(state);
      expect(managedResources(await engine.exportText())).toHaveLength(spec.resourceCount);
    });

    it("then previews, updates and refreshes with no changes", async () => {
      await noChanges();
      expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({});
      expect(changesOf((await engine.stack.refresh()).summary.resourceChanges)).toEqual({});
      await noChanges();
    });

    it("updates in place when an editable property changes", async () => {
      await engine.stack.setAllConfig(spec.inPlaceEdit.config);
      expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ update: spec.inPlaceEdit.updates });
      expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: spec.inPlaceEdit.updates });
      await spec.inPlaceEdit.verify(client);
      await noChanges();
    });

    it("replaces a resource when a property Frontegg cannot change in place changes", async () => {
      await engine.stack.setAllConfig(spec.replacingEdit.config);
      expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ replace: spec.replacingEdit.replaces });
      expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ replace: spec.replacingEdit.replaces });
      await spec.replacingEdit.verify(client);
      await noChanges();
    });

    it("detects an out-of-band change on refresh and repairs it on the next up", async () => {
      await spec.outOfBandChange.make(client);
      const refresh = await engine.stack.refresh();
      expect(changesOf(refresh.summary.resourceChanges)).toEqual({ update: 1 });
      expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({ update: 1 });
      expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ update: 1 });
      await spec.outOfBandChange.verify(client);
      await noChanges();
    });

    it("drops an object deleted out of band on refresh and recreates it on the next up", async () => {
      await spec.outOfBandDelete.make(client);
      const refresh = await engine.stack.refresh();
      expect(changesOf(refresh.summary.resourceChanges)).toEqual({ delete: 1 });
      expect(changesOf((await engine.stack.up()).summary.resourceChanges)).toEqual({ create: 1 });
      await spec.outOfBandDelete.verify(client);
      await noChanges();
      await assertStateHidesSecrets();
    });

    it("destroys everything, leaving only Frontegg's built-ins and default policies", async () => {
      const destroy = await engine.stack.destroy();
      expect(changesOf(destroy.summary.resourceChanges)).toEqual({ delete: spec.resourceCount + 1 });
      await expectOnlyBuiltIns(emulator);
    });
  });
}

/**
 * Settings a delete leaves as they are: the MFA configuration (authenticator app name, code lifetimes) is settings
 * an MfaStrategy leaves; the identity configuration and password policy have no delete in Frontegg and no
 * published defaults; the vendor's settings, the hosted-login switch and the environment's SAML and OIDC settings
 * are left so as not to stop sign-ins (EnvironmentSettings, HostedLogin, SsoSettings; the SAML settings and the
 * admin portal are `/metadata` entities, not policies, and stay as they are too).
 */
const LEFT_AS_THEY_ARE = new Set(["mfa-configuration", "identity", "password", "vendor", "oauth", "vendorOidc"]);

/** The environment holds nothing but what a new Frontegg environment has (policies at their defaults). */
export async function expectOnlyBuiltIns(emulator: TestEmulator): Promise<void> {
  const state = await emulator.control<{
    roles: Array<{ key: string; tenantId: string | null }>;
    permissions: Array<{ fePermission: boolean }>;
    categories: Array<{ feCategory: boolean }>;
    emailTemplates: unknown[];
    ssoConfigurations: unknown[];
    policies: Array<{ kind: string; value: Record<string, unknown> }>;
    ipRestrictions: unknown[];
    emailDomainRestrictions: unknown[];
    redirectUris: unknown[];
    allowedOrigins: unknown[];
    jwtTemplates: unknown[];
    customDomains: unknown[];
    associatedDomains: unknown[];
  }>("GET", "/state");
  expect(state.roles.map((r) => r.key).sort()).toEqual(["Admin", "ReadOnly"]);
  expect(state.permissions.every((p) => p.fePermission)).toBe(true);
  expect(state.categories.every((c) => c.feCategory)).toBe(true);
  expect(state.emailTemplates).toEqual([]);
  expect(state.ssoConfigurations).toEqual([]);
  expect(state.ipRestrictions).toEqual([]);
  expect(state.emailDomainRestrictions).toEqual([]);
  expect(state.redirectUris).toEqual([]);
  expect(state.allowedOrigins).toEqual([]);
  expect(state.jwtTemplates).toEqual([]);
  expect(state.customDomains).toEqual([]);
  expect(state.associatedDomains).toEqual([]);
  for (const policy of state.policies) {
    if (policy.kind === "mfa") expect(policy.value).toMatchObject({ enforceMFAType: "DontForce", allowRememberMyDevice: false });
    else if (policy.kind === "lockout" || policy.kind === "captcha" || policy.kind === "password-history") expect(policy.value).toMatchObject({ enabled: false });
    else if (policy.kind === "password-rotation" || policy.kind === "ip-restriction-config") expect(policy.value).toMatchObject({ isActive: false });
    else if (policy.kind === "email-domain-restriction-config" || policy.kind === "multiple-sso-per-domain") expect(policy.value).toMatchObject({ active: false });
    else if (policy.kind === "sso-domains") expect(policy.value).toEqual({ allowVerifiedUsersToAddDomains: false, skipDomainVerification: false, bypassDomainCrossValidation: false });
    else if (policy.kind === "sessions") {
      for (const setting of ["sessionIdleTimeoutConfiguration", "sessionTimeoutConfiguration", "sessionConcurrentConfiguration"]) {
        expect(policy.value[setting]).toMatchObject({ isActive: false });
      }
    } else if (policy.kind === "mfa-strategies") {
      expect((policy.value.strategies as Array<{ isActive: boolean }>).every((row) => !row.isActive)).toBe(true);
    } else if (!LEFT_AS_THEY_ARE.has(policy.kind)) {
      throw new Error(`unexpected policy left behind: ${JSON.stringify(policy)}`);
    }
  }
}

/** A preview of the stack plans nothing. */
export async function expectNoChanges(engine: EngineStack): Promise<void> {
  expect(changesOf((await engine.stack.preview()).changeSummary)).toEqual({});
}

/**
 * None of `secrets` appears in `pulumi stack export` (run without --show-secrets) or in the backend's files.
 * Each secret is named in the comparison, so a failure says which one leaked and where.
 */
export async function expectSecretsHidden(engine: EngineStack, secrets: readonly string[]): Promise<void> {
  expectSecretsAbsent(await engine.exportText(), engine.backendText(), secrets);
}

/**
 * None of `secrets` appears in `exported` (`pulumi stack export` without --show-secrets) or `onDisk` (the
 * backend's files): for stacks run through the Automation API and in project directories alike.
 */
export function expectSecretsAbsent(exported: string, onDisk: string, secrets: readonly string[]): void {
  for (const secret of secrets) {
    expect({ secret, inExport: exported.includes(secret), onDisk: onDisk.includes(secret) }).toEqual({ secret, inExport: false, onDisk: false });
  }
}

/** The routes of the requests that wrote (anything but a GET or the token request) since the log was last cleared. */
export async function writesSeen(emulator: TestEmulator): Promise<string[]> {
  return Object.keys(await emulator.requestCounts()).filter((route) => !route.startsWith("GET ") && route !== "POST /auth/vendor");
}

/**
 * Runs a preview that must be refused: its message matches every pattern, carries no stack trace, and nothing
 * was written to Frontegg while it ran.
 */
export async function expectPreviewRefused(engine: EngineStack, emulator: TestEmulator, ...expected: RegExp[]): Promise<void> {
  await emulator.control("DELETE", "/requests");
  const message = await engine.stack.preview().then(
    () => "the preview succeeded",
    (error: unknown) => String((error as Error).message),
  );
  for (const pattern of expected) expect(message).toMatch(pattern);
  expect(message).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(await writesSeen(emulator)).toEqual([]);
}
