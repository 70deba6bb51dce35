/**
 * Application: validation and diff offline; the lifecycle, the list cache, adoption and the credentials'
 * absence against the emulator; the environment snapshot.
 */
import { FronteggClient } from "../../provider/client";
import { readEnvironment } from "../../provider/environment/snapshot";
import { createLifecycle } from "../../provider/lifecycle/lifecycle";
import { Session } from "../../provider/lifecycle/session";
import { definitionOf } from "../../provider/resources";
import { applicationCredentials, TestEmulator, useEmulator } from "../support/emulator";
import { steps } from "../support/lifecycle-steps";
import { offlineLifecycle, propertyFailures } from "./helpers";

const BASE = "/applications/resources/applications/v1";
const APP = { name: "Portal", appURL: "https://app.example.com", loginURL: "https://app.example.com/login" };

async function check(news: Record<string, unknown>) {
  const result = await offlineLifecycle("Application").check({}, news);
  return { inputs: result.inputs, failures: propertyFailures(result.failures ?? []) };
}

async function diff(olds: Record<string, unknown>, news: Record<string, unknown>) {
  const lifecycle = offlineLifecycle("Application");
  const checked = await lifecycle.check({}, news);
  expect(checked.failures).toEqual([]);
  return lifecycle.diff("id", olds, { ...checked.inputs, __provider: "shim" });
}

describe("validation at preview", () => {
  it("applies TF's defaults and Frontegg's access type", async () => {
    expect((await check(APP)).inputs).toEqual({
      ...APP,
      description: "",
      type: "web",
      frontendStack: "react",
      accessType: "FREE_ACCESS",
      isDefault: false,
      isActive: true,
      allowDcr: false,
      adoptExisting: false,
    });
  });

  it("names the property and what to do", async () => {
    expect((await check({ name: "Portal", appURL: "app.example.com", loginURL: "https://x.example" })).failures).toEqual([
      { property: "appURL", reason: "appURL must be an absolute http or https URL" },
    ]);
    expect((await check({ ...APP, type: "desktop" })).failures.map((f) => f.property)).toEqual(["type"]);
    expect((await check({ ...APP, accessType: "OPEN" })).failures.map((f) => f.property)).toEqual(["accessType"]);
    expect((await check({ ...APP, metadata: { a: 1 } })).failures.map((f) => f.property)).toEqual(["metadata.a"]);
    expect((await check({ ...APP, clientSecret: "x" })).failures[0]?.reason).toMatch(/unknown property "clientSecret"/);
    expect((await check({ name: "Portal" })).failures.map((f) => f.property).sort()).toEqual(["appURL", "loginURL"]);
  });
});

describe("diff", () => {
  const stored = {
    applicationId: "a1",
    ...APP,
    logoURL: "https://cdn.example.com/logo.png",
    description: "",
    type: "web",
    frontendStack: "react",
    accessType: "FREE_ACCESS",
    isDefault: false,
    isActive: true,
    allowDcr: false,
    metadata: { team: "growth" },
    adoptExisting: false,
  };

  it("ignores one trailing slash on URLs and leaves undeclared logo and metadata alone", async () => {
    expect((await diff(stored, { ...APP, appURL: "https://app.example.com/" })).changes).toBe(false);
    expect((await diff({ ...stored, loginURL: "https://app.example.com/login/" }, APP)).changes).toBe(false);
  });

  it("changes in place, never replacing (Frontegg's id is the identity)", async () => {
    expect(await diff(stored, { ...APP, name: "Customer portal" })).toMatchObject({ changes: true, replaces: [], diffs: ["name"] });
    expect(await diff(stored, { ...APP, metadata: {} })).toMatchObject({ changes: true, diffs: ["metadata"] });
    expect(await diff(stored, { ...APP, accessType: "MANAGED_ACCESS" })).toMatchObject({ changes: true, diffs: ["accessType"] });
  });
});

describe("against the emulator", () => {
  let emulator: TestEmulator;
  let client: FronteggClient;
  beforeAll(async () => {
    emulator = await useEmulator();
    client = emulator.client();
  });
  afterAll(() => emulator.stop());
  beforeEach(() => emulator.reset());

  it("creates, reads from the list, updates, repairs drift and deletes; never reads the credentials", async () => {
    const app = steps("Application", client);
    const stored = await app.create({ ...APP, metadata: { team: "growth" } });
    expect(stored.outs).toEqual({
      applicationId: stored.id,
      ...APP,
      description: "",
      type: "web",
      frontendStack: "react",
      accessType: "FREE_ACCESS",
      isDefault: false,
      isActive: true,
      allowDcr: false,
      metadata: { team: "growth" },
    });
    expect(await app.hasChanges(stored, { ...APP, metadata: { team: "growth" } })).toBe(false);

    await client.applications.update(stored.id, { isActive: false, appURL: "https://app.example.com/" });
    const drifted = await app.refresh(stored);
    expect(drifted?.stored.outs).toMatchObject({ isActive: false });
    const repaired = await app.up(drifted!.stored, { ...APP, metadata: { team: "growth" } });
    expect(repaired.action).toBe("update");
    expect((await client.applications.list())[0]).toMatchObject({ isActive: true });

    await app.destroy(repaired.stored);
    expect(await client.applications.list()).toEqual([]);
    expect(await app.refresh(repaired.stored)).toBeUndefined();
    const counts = await emulator.requestCounts();
    expect(Object.keys(counts).filter((route) => route.includes("/credentials/"))).toEqual([]);
  });

  it("reads one list per operation however many applications a refresh reads", async () => {
    const a = await steps("Application", client).create({ ...APP, name: "A" });
    const b = await steps("Application", client).create({ ...APP, name: "B" });
    await emulator.control("DELETE", "/requests");
    const session = new Session(client);
    const provider = createLifecycle(definitionOf("Application")!, () => session, { kinds: { definitionOf } });
    await Promise.all([provider.read(a.id, a.outs), provider.read(b.id, b.outs)]);
    expect((await emulator.requestCounts())[`GET ${BASE}`]).toBe(1);
  });

  it("refuses a taken name unless adopted, and refuses to adopt a name several applications share", async () => {
    await client.applications.create(APP);
    await expect(steps("Application", client).create(APP)).rejects.toThrow(/application \\?"Portal\\?" already exists in Frontegg .*adoptExisting: true/);
    const adopted = await steps("Application", client).create({ ...APP, adoptExisting: true, isActive: false });
    expect((await client.applications.list())[0]).toMatchObject({ id: adopted.id, isActive: false });
    await client.applications.create(APP);
    await expect(steps("Application", client).create({ ...APP, adoptExisting: true })).rejects.toThrow(
      /several applications in Frontegg are named \\?"Portal\\?", so adoptExisting cannot tell which one to take over: rename/,
    );
  });

  it("keeps the credentials Frontegg holds out of state and out of the environment snapshot", async () => {
    const stored = await steps("Application", client).create(APP);
    const { clientSecret, sharedSecret } = await applicationCredentials(emulator, stored.id);
    expect(clientSecret).toMatch(/^[0-9a-f]+$/);
    const snapshot = await readEnvironment(client);
    expect(snapshot.Application).toEqual({
      // Every input as Frontegg stores it, in the inputs' vocabulary (the definition reads it): defaults included.
      Portal: { ...APP, description: "", type: "web", frontendStack: "react", accessType: "FREE_ACCESS", isDefault: false, isActive: true, allowDcr: false },
    });
    for (const text of [JSON.stringify(stored), JSON.stringify(snapshot)]) {
      expect(text).not.toContain(clientSecret);
      expect(text).not.toContain(sharedSecret);
    }
  });
});
