/**
 * EmailProvider: each provider's fields checked at preview, the secret sealed, a switch of provider done as
 * delete-then-write, region and the like kept as written (Frontegg does not return them), delete back to Frontegg's
 * sender.
 */
import { FronteggClient } from "../../provider/client";
import { seal } from "../../provider/lifecycle/secrets";
import { TestEmulator, useEmulator } from "../support/emulator";
import { checkOffline, diffOffline, lifecycleWith } from "./helpers";

const SES_SECRET = "ses-secret-access-key-never-shown-8801";
const MAILGUN_KEY = "mailgun-api-key-never-shown-8802";
const ses = { provider: "ses", providerId: "AKIAEXAMPLE", secret: SES_SECRET, region: "us-east-1" };
const mailgun = { provider: "mailgun", secret: MAILGUN_KEY, domain: "mg.example.com", region: "eu" };

describe("EmailProvider inputs and diff", () => {
  it("requires each provider's own fields and refuses the others", async () => {
    expect((await checkOffline("EmailProvider", { provider: "ses", secret: "s" })).failures).toEqual([
      { property: "providerId", reason: "providerId is required for provider ses" },
      { property: "region", reason: "region is required for provider ses" },
    ]);
    expect((await checkOffline("EmailProvider", { provider: "sendgrid", secret: "s", domain: "d" })).failures.map((f) => f.property)).toEqual(["domain"]);
    expect((await checkOffline("EmailProvider", { ...mailgun, region: "ap" })).failures[0]?.reason).toBe('region must be "us" or "eu" for provider mailgun');
    expect((await checkOffline("EmailProvider", { ...ses, region: "Virginia" })).failures[0]?.property).toBe("region");
    expect((await checkOffline("EmailProvider", { provider: "smtp", secret: "s" })).failures[0]?.property).toBe("provider");
  });

  it("never repeats the secret in a failure, and compares it by fingerprint", async () => {
    expect(JSON.stringify((await checkOffline("EmailProvider", { ...ses, region: SES_SECRET })).failures)).not.toContain(SES_SECRET);
    const stored = { ...ses, secret: seal(SES_SECRET) };
    expect((await diffOffline("EmailProvider", stored, ses)).diffs).toEqual([]);
    expect((await diffOffline("EmailProvider", stored, { ...ses, secret: "rotated" })).diffs).toEqual(["secret"]);
    expect((await diffOffline("EmailProvider", stored, mailgun)).replaces).toEqual([]);
  });
});

describe("EmailProvider against the emulator", () => {
  let emulator: TestEmulator;
  let client: FronteggClient;
  beforeAll(async () => {
    emulator = await useEmulator();
    client = emulator.client();
  });
  afterAll(() => emulator.stop());

  it("writes, seals, keeps the fields Frontegg does not return, sees a portal switch, switches by delete-then-write, deletes", async () => {
    const lifecycle = lifecycleWith("EmailProvider", client);
    const created = await lifecycle.create((await lifecycle.check({}, ses)).inputs!);
    expect(created).toMatchObject({ id: "environment", outs: { provider: "ses", providerId: "AKIAEXAMPLE", region: "us-east-1", secret: seal(SES_SECRET) } });
    expect(JSON.stringify(created.outs)).not.toContain(SES_SECRET);
    expect((await lifecycle.read("environment", created.outs)).props).toEqual(created.outs);

    // Switched in the portal: the provider and the secret's fingerprint show the change.
    await client.emailProvider.save({ provider: "sendgrid", secret: "portal-key" });
    expect((await lifecycle.read("environment", created.outs)).props).toMatchObject({ provider: "sendgrid", secret: seal("portal-key") });

    await emulator.control("DELETE", "/requests");
    const updated = await lifecycle.update("environment", created.outs!, (await lifecycle.check({}, mailgun)).inputs!);
    expect(await emulator.requestCounts()).toMatchObject({ "DELETE /identity/resources/mail/v1/configurations": 1, "POST /identity/resources/mail/v2/configurations": 1 });
    expect(updated.outs).toMatchObject({ provider: "mailgun", domain: "mg.example.com", region: "eu", secret: seal(MAILGUN_KEY) });
    expect(await client.emailProvider.get()).toMatchObject({ provider: "mailgun", secret: MAILGUN_KEY });

    await lifecycle.delete("environment", updated.outs!);
    expect(await client.emailProvider.get()).toBeUndefined();
    expect((await lifecycle.read("environment", updated.outs)).id).toBe("");
    await lifecycle.delete("environment", updated.outs!);
  });
});
