/**
 * SsoDomainPolicy and SsoMultiTenantPolicy: only declared fields are managed; a write (a PUT that needs every
 * field) sends the undeclared ones as Frontegg holds them; delete switches the managed ones off.
 */
import { FronteggClient } from "../../provider/client";
import { TestEmulator, useEmulator } from "../support/emulator";
import { checkOffline, lifecycleWith } from "./helpers";

let emulator: TestEmulator;
let client: FronteggClient;
beforeAll(async () => {
  emulator = await useEmulator();
  client = emulator.client();
});
beforeEach(() => emulator.reset());
afterAll(() => emulator.stop());

it("SsoDomainPolicy: keeps what the program leaves out, and a delete switches off only what it declared", async () => {
  await client.ssoSettings.domainPolicy.save({ allowVerifiedUsersToAddDomains: false, skipDomainVerification: false, bypassDomainCrossValidation: true });
  const lifecycle = lifecycleWith("SsoDomainPolicy", client);
  const created = await lifecycle.create((await lifecycle.check({}, { skipDomainVerification: true })).inputs!);
  expect(created.id).toBe("environment");
  expect(await client.ssoSettings.domainPolicy.get()).toEqual({ allowVerifiedUsersToAddDomains: false, skipDomainVerification: true, bypassDomainCrossValidation: true });
  await lifecycle.delete("environment", created.outs!);
  expect(await client.ssoSettings.domainPolicy.get()).toEqual({ allowVerifiedUsersToAddDomains: false, skipDomainVerification: false, bypassDomainCrossValidation: true });
});

it("SsoDomainPolicy: on an environment that never set it, sends the undeclared flags off", async () => {
  const lifecycle = lifecycleWith("SsoDomainPolicy", client);
  await lifecycle.create((await lifecycle.check({}, { allowVerifiedUsersToAddDomains: true })).inputs!);
  expect(await client.ssoSettings.domainPolicy.get()).toEqual({ allowVerifiedUsersToAddDomains: true, skipDomainVerification: false, bypassDomainCrossValidation: false });
});

it("SsoMultiTenantPolicy: refuses a strategy TF does not document, keeps the strategy on delete", async () => {
  expect((await checkOffline("SsoMultiTenantPolicy", { unspecifiedTenantStrategy: "RANDOM" })).failures[0]?.property).toBe("unspecifiedTenantStrategy");
  const lifecycle = lifecycleWith("SsoMultiTenantPolicy", client);
  const created = await lifecycle.create((await lifecycle.check({}, { active: true, unspecifiedTenantStrategy: "FIRST_CREATED" })).inputs!);
  expect(await client.ssoSettings.multiTenantPolicy.get()).toEqual({ active: true, unspecifiedTenantStrategy: "FIRST_CREATED", useActiveTenant: false });
  await client.ssoSettings.multiTenantPolicy.save({ active: true, unspecifiedTenantStrategy: "BLOCK", useActiveTenant: true });
  // A portal change of a declared field shows; one of an undeclared field does not.
  const read = await lifecycle.read("environment", created.outs);
  expect(read.props).toEqual({ active: true, unspecifiedTenantStrategy: "BLOCK" });
  await lifecycle.delete("environment", created.outs!);
  expect(await client.ssoSettings.multiTenantPolicy.get()).toEqual({ active: false, unspecifiedTenantStrategy: "BLOCK", useActiveTenant: false });
});
