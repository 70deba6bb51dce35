/**
 * A create of several calls never leaves an object the stack does not track: when a later call fails, the
 * object made by the first is removed again, and when even that fails, it is reported to the engine (with its
 * id and state) so the stack tracks it and the next `up` completes it. Proven for every multi-step create, with
 * a fault on each later write, against the emulator over HTTP.
 */
import { FronteggClient } from "../../provider/client";
import { PartialCreateError } from "../../provider/lifecycle/errors";
import { TestEmulator, useEmulator } from "../support/emulator";
import { steps } from "../support/lifecycle-steps";
import { CERT_PEM } from "./helpers";

let emulator: TestEmulator;
let client: FronteggClient;
beforeAll(async () => {
  emulator = await useEmulator();
  // Few, fast retries: a persistent fault exhausts them quickly.
  client = emulator.client({ retry: { baseDelayMs: 5, maxDelayMs: 20, maxAttempts: 2 } });
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.reset());

const SSO = "/team/resources/sso/v1/configurations";

async function permissionId(): Promise<string> {
  const [created] = await client.permissions.create([{ key: "invoices.read", name: "Read" }]);
  return created!.id;
}

describe("Role", () => {
  const args = async () => ({ key: "admin", name: "Admin", level: 1, permissionIds: [await permissionId()] });

  it("removes the role again when setting its permissions is refused", async () => {
    // Preview refuses an id that names nothing; here the permission disappears between check and create.
    const role = await args();
    const { provider } = steps("Role", client);
    const { inputs } = await provider.check({}, role);
    await client.permissions.delete(role.permissionIds[0]!);
    await expect(provider.create(inputs as Record<string, unknown>)).rejects.toThrow(
      /creating role "admin": .*The half-created object was removed again, so Frontegg holds nothing of it/,
    );
    expect((await client.roles.list()).some((r) => r.key === "admin")).toBe(false);
  });

  it("removes the role again when setting its permissions keeps failing", async () => {
    const role = await args();
    await emulator.fault({ route: "PUT /identity/resources/roles/v1/{roleId}/permissions", status: 503 });
    await expect(steps("Role", client).create(role)).rejects.toThrow(/removed again/);
    expect((await client.roles.list()).some((r) => r.key === "admin")).toBe(false);
  });

  it("reports the role to the engine when removing it fails too, and the next up completes it", async () => {
    const role = await args();
    await emulator.fault({ route: "PUT /identity/resources/roles/v1/{roleId}/permissions", status: 503 });
    await emulator.fault({ route: "DELETE /identity/resources/roles/v1/{roleId}", status: 503 });
    const error = await steps("Role", client).create(role).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialCreateError);
    const partial = error as PartialCreateError;
    expect(partial.message).toMatch(/was created \(id .+\) but not completed, and removing it failed too .*the stack now tracks it/);
    const existing = (await client.roles.list()).find((r) => r.key === "admin")!;
    expect(partial.id).toBe(existing.id);
    expect(partial.properties).toMatchObject({ roleId: existing.id, key: "admin", permissionIds: [] });

    await emulator.reset();
    await client.permissions.create([{ key: "invoices.read", name: "Read" }]).catch(() => undefined);
    // What the engine does next: the tracked object is updated to the declared state.
    const [recreated] = await client.roles.create([{ key: "admin", name: "Admin", level: 1 }]);
    const stored = { id: recreated!.id, outs: { ...partial.properties, roleId: recreated!.id } };
    const next = await steps("Role", client).up(stored, { ...role, permissionIds: [(await client.permissions.list()).find((p) => p.key === "invoices.read")!.id] });
    expect(next.action).toBe("update");
    expect((await client.roles.list()).find((r) => r.key === "admin")!.permissions).toHaveLength(1);
  });
});

describe("SsoConfiguration", () => {
  const args = { tenantId: "acme", type: "saml", ssoEndpoint: "https://idp.acme.example/sso", publicCertificate: CERT_PEM, domains: ["acme.example"], roleIds: [] as string[] };

  it.each([
    ["adding a domain", `POST ${SSO}/{configurationId}/domains`, {}],
    ["setting its default roles", `PUT ${SSO}/{configurationId}/roles`, { roleIds: ["r"] }],
  ])("removes the connection again when %s fails", async (_what, route, extra) => {
    let input: Record<string, unknown> = { ...args, ...extra };
    if ("roleIds" in extra) {
      const [role] = await client.roles.create([{ key: "sso-role", name: "SSO", level: 5 }]);
      input = { ...input, roleIds: [role!.id] };
    }
    await emulator.fault({ route, status: 503 });
    await expect(steps("SsoConfiguration", client).create(input)).rejects.toThrow(/removed again/);
    await emulator.control("DELETE", "/faults");
    expect(await client.sso.list("acme")).toEqual([]);
  });
});
