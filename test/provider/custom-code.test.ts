/**
 * CustomCodeSecret and Prehook: validation and diff offline, then each kind's lifecycle against the emulator over
 * real HTTP, with the secrets never in outputs or messages.
 */
import { FronteggClient } from "../../provider/client";
import { seal } from "../../provider/lifecycle/secrets";
import { TestEmulator, useEmulator } from "../support/emulator";
import { checkOffline, diffOffline, lifecycleWith } from "./helpers";

const SECRET_VALUE = "custom-code-secret-never-shown-3301";
const HOOK_SECRET = "prehook-signing-secret-never-shown-3302";
const CODE = "export async function onEvent(event) {\n  return { verdict: 'allow' };\n}\n";

const token = { key: "CRM_API_TOKEN", value: SECRET_VALUE };
const apiHook = { displayName: "Sign-up screening", eventKeys: ["SIGN_UP"], failMethod: "OPEN", url: "https://hooks.example.com/sign-up", secret: HOOK_SECRET };
const codeHook = { type: "CUSTOM_CODE", displayName: "Invitation policy", eventKeys: ["USER_INVITE"], failMethod: "CLOSE", code: CODE };

describe("CustomCodeSecret inputs and diff", () => {
  it("refuses an empty or spaced key and an empty value, never repeating the value", async () => {
    expect((await checkOffline("CustomCodeSecret", { ...token, key: "CRM TOKEN" })).failures).toEqual([{ property: "key", reason: "key must not contain white space" }]);
    expect((await checkOffline("CustomCodeSecret", { ...token, value: "" })).failures[0]?.property).toBe("value");
    const failures = (await checkOffline("CustomCodeSecret", { ...token, key: SECRET_VALUE + " x" })).failures;
    expect(JSON.stringify(failures)).not.toContain(SECRET_VALUE);
  });

  it("compares the value by fingerprint and replaces on a new key", async () => {
    const stored = { ...token, secretId: "s1", value: seal(SECRET_VALUE) };
    expect((await diffOffline("CustomCodeSecret", stored, token)).diffs).toEqual([]);
    expect((await diffOffline("CustomCodeSecret", stored, { ...token, value: "rotated-value" })).diffs).toEqual(["value"]);
    expect((await diffOffline("CustomCodeSecret", stored, { ...token, key: "OTHER" })).replaces).toEqual(["key"]);
  });
});

describe("Prehook inputs and diff", () => {
  it("checks each type's own fields at preview", async () => {
    expect((await checkOffline("Prehook", { ...apiHook, url: undefined, secret: undefined })).failures).toEqual([
      { property: "url", reason: "url is required when type is API" },
      { property: "secret", reason: "secret is required when type is API" },
    ]);
    expect((await checkOffline("Prehook", { ...apiHook, code: CODE, timeout: 5 })).failures.map((f) => f.property)).toEqual(["code", "timeout"]);
    expect((await checkOffline("Prehook", { ...codeHook, url: "https://hooks.example.com/a" })).failures).toEqual([{ property: "url", reason: "url is used only when type is API: remove it" }]);
    expect((await checkOffline("Prehook", { ...codeHook, code: undefined })).failures).toEqual([{ property: "code", reason: "code is required when type is CUSTOM_CODE" }]);
    expect((await checkOffline("Prehook", { ...codeHook, eventKeys: ["USER_INVITE", "SIGN_UP"] })).failures[0]?.reason).toMatch(/exactly one event/);
    expect((await checkOffline("Prehook", { ...codeHook, timeout: 11 })).failures).toEqual([{ property: "timeout", reason: "timeout must be at most 10 seconds (Frontegg refuses more)" }]);
    expect((await checkOffline("Prehook", { ...apiHook, url: "http://hooks.example.com/a" })).failures[0]?.reason).toMatch(/https URL/);
    expect((await checkOffline("Prehook", { ...apiHook, failMethod: "MAYBE" })).failures[0]?.property).toBe("failMethod");
    expect((await checkOffline("Prehook", { ...apiHook, eventKeys: ["SIGN_UP", "SIGN_UP"] })).failures[0]?.reason).toBe('"SIGN_UP" is listed twice in eventKeys');
  });

  it("compares events as a set, the url as stored, code loosely, defaults as declared, and the secret by fingerprint; a new type replaces", async () => {
    const stored = { ...apiHook, prehookId: "p1", type: "API", description: "", isActive: true, url: `${apiHook.url}/`, secret: seal(HOOK_SECRET), eventKeys: ["SIGN_UP", "USER_INVITE"] };
    expect((await diffOffline("Prehook", stored, { ...apiHook, eventKeys: ["USER_INVITE", "SIGN_UP"] })).diffs).toEqual([]);
    expect((await diffOffline("Prehook", stored, { ...apiHook, eventKeys: ["USER_INVITE", "SIGN_UP"], secret: "rotated" })).diffs).toEqual(["secret"]);
    const storedCode = { ...codeHook, prehookId: "p2", description: "", isActive: true, code: CODE.replace(/\n/g, "\r\n").trimEnd(), runtime: "NODE_20", timeout: 10, executorIdentifier: "e1" };
    expect((await diffOffline("Prehook", storedCode, codeHook)).diffs).toEqual([]);
    expect((await diffOffline("Prehook", storedCode, { ...codeHook, timeout: 5 })).diffs).toEqual(["timeout"]);
    expect((await diffOffline("Prehook", storedCode, { ...codeHook, code: "export async function onEvent() { return { verdict: 'block' }; }" })).diffs).toEqual(["code"]);
    expect((await diffOffline("Prehook", stored, codeHook)).replaces).toEqual(["type"]);
  });
});

describe("lifecycles against the emulator", () => {
  let emulator: TestEmulator;
  let client: FronteggClient;
  beforeAll(async () => {
    emulator = await useEmulator();
    client = emulator.client();
  });
  afterAll(() => emulator.stop());

  it("CustomCodeSecret: creates, refuses a taken key without adoptExisting, writes the value on adoption, keeps the fingerprint it wrote, deletes", async () => {
    const lifecycle = lifecycleWith("CustomCodeSecret", client);
    const created = await lifecycle.create((await lifecycle.check({}, token)).inputs!);
    expect(created.outs).toMatchObject({ secretId: created.id, key: "CRM_API_TOKEN", value: seal(SECRET_VALUE) });
    expect(JSON.stringify(created.outs)).not.toContain(SECRET_VALUE);
    // Frontegg never returns the value: a refresh keeps the fingerprint last written.
    expect((await lifecycle.read(created.id, created.outs)).props).toMatchObject({ key: "CRM_API_TOKEN", value: seal(SECRET_VALUE) });

    expect((await lifecycle.check({}, token)).failures?.[0]?.reason).toMatch(/custom-code secret "CRM_API_TOKEN" already exists/);
    await emulator.control("DELETE", "/requests");
    const adopted = await lifecycle.create((await lifecycle.check({}, { ...token, value: "adopted-value", adoptExisting: true })).inputs!);
    expect(adopted.id).toBe(created.id);
    expect(await emulator.requestCounts()).toMatchObject({ "PATCH /custom-code/resources/secrets/v1/{id}": 1 });
    expect(adopted.outs).toMatchObject({ value: seal("adopted-value") });

    const updated = await lifecycle.update(created.id, adopted.outs!, (await lifecycle.check({}, { ...token, value: "rotated-value" })).inputs!);
    expect(updated.outs).toMatchObject({ value: seal("rotated-value") });

    await lifecycle.delete(created.id, created.outs!);
    expect(await client.customCodeSecrets.list()).toEqual([]);
    expect((await lifecycle.read(created.id, created.outs)).id).toBe("");
    await lifecycle.delete(created.id, created.outs!);
  });

  it("Prehook API: creates, seals the secret, finds it by event, refuses a second hook for a taken event, deletes", async () => {
    const lifecycle = lifecycleWith("Prehook", client);
    const created = await lifecycle.create((await lifecycle.check({}, apiHook)).inputs!);
    expect(created.outs).toMatchObject({ prehookId: created.id, type: "API", eventKeys: ["SIGN_UP"], url: apiHook.url, secret: seal(HOOK_SECRET) });
    expect(JSON.stringify(created.outs)).not.toContain(HOOK_SECRET);
    expect((await lifecycle.read(created.id, created.outs)).props).toEqual(created.outs);

    const other = { ...apiHook, displayName: "Another", eventKeys: ["SIGN_UP", "USER_INVITE"] };
    expect((await lifecycle.check({}, other)).failures?.[0]?.reason).toMatch(/already exists/);

    await lifecycle.delete(created.id, created.outs!);
    expect(await client.prehooks.list()).toEqual([]);
    expect((await lifecycle.read(created.id, created.outs)).id).toBe("");
    await lifecycle.delete(created.id, created.outs!);
  });

  it("Prehook CUSTOM_CODE: stores the code with its executor, updates it in place, refuses moving onto another hook's event", async () => {
    const lifecycle = lifecycleWith("Prehook", client);
    const api = await lifecycle.create((await lifecycle.check({}, apiHook)).inputs!);
    const created = await lifecycle.create((await lifecycle.check({}, codeHook)).inputs!);
    expect(created.outs).toMatchObject({ type: "CUSTOM_CODE", code: CODE, runtime: "NODE_20", timeout: 10, executorIdentifier: expect.any(String) });
    const code = await client.prehooks.code(String(created.outs!.executorIdentifier));
    expect(code).toMatchObject({ content: CODE, runtime: "NODE_20" });

    const changed = (await lifecycle.check({}, { ...codeHook, timeout: 3, isActive: false })).inputs!;
    const updated = await lifecycle.update(created.id, created.outs!, changed);
    expect(updated.outs).toMatchObject({ timeout: 3, isActive: false, executorIdentifier: created.outs!.executorIdentifier });

    const moved = (await lifecycle.check({}, { ...codeHook, eventKeys: ["SIGN_UP"] })).inputs!;
    await expect(lifecycle.update(created.id, updated.outs!, moved)).rejects.toThrow(/prehook "Sign-up screening" .* already runs before SIGN_UP/);

    await lifecycle.delete(created.id, created.outs!);
    await lifecycle.delete(api.id, api.outs!);
    expect(await client.prehooks.list()).toEqual([]);
  });
});
