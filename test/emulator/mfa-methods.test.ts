/** The second factors over real HTTP: `/v1/mfa` (their settings) and `/v1/mfa/strategies` (which are offered). */
import { CONFIGURATIONS, useEmulator, type ErrorView } from "./helpers";

const MFA = `${CONFIGURATIONS}/v1/mfa`;
const STRATEGIES = `${MFA}/strategies`;

interface Configuration {
  authenticationApp: { active: boolean; serviceName: string };
  sms: { active: boolean; tokenLifetimeSeconds: number };
  email: { active: boolean; tokenLifetimeSeconds: number; sender: string };
}

describe("MFA configuration and strategies", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });

  describe("configuration", () => {
    it("answers all three objects before anything is written", async () => {
      const result = await emu.call<Configuration>("GET", MFA);
      expect(result.status).toBe(200);
      expect(Object.keys(result.body).sort()).toEqual(["authenticationApp", "email", "sms"]);
      expect(result.body.sms.tokenLifetimeSeconds).toBeGreaterThanOrEqual(300);
    });

    it("adds or updates with POST 201, answering the whole configuration and keeping the objects not sent", async () => {
      const written = await emu.call<Configuration>("POST", MFA, { body: { authenticationApp: { active: true, serviceName: "Acme" } } });
      expect(written.status).toBe(201);
      expect(written.body.authenticationApp).toEqual({ active: true, serviceName: "Acme" });
      await emu.call("POST", MFA, { body: { sms: { active: true, tokenLifetimeSeconds: 600 } } });
      const read = (await emu.call<Configuration>("GET", MFA)).body;
      expect(read.authenticationApp.serviceName).toBe("Acme");
      expect(read.sms).toEqual({ active: true, tokenLifetimeSeconds: 600 });
    });

    it("requires every field of an object sent, a lifetime of at least 300 seconds, and is environment-wide", async () => {
      const short = await emu.call<ErrorView>("POST", MFA, { body: { sms: { active: true, tokenLifetimeSeconds: 299 } } });
      expect(short.status).toBe(400);
      expect(short.body.errors).toEqual(["sms.tokenLifetimeSeconds must not be less than 300"]);
      const partial = await emu.call<ErrorView>("POST", MFA, { body: { email: { active: true, tokenLifetimeSeconds: 300 } } });
      expect(partial.status).toBe(400);
      expect(partial.body.errors.join(" ")).toMatch(/sender/);
      await emu.call("POST", MFA, { body: { authenticationApp: { active: true, serviceName: "Tenant?" } }, tenantId: "acme" });
      expect((await emu.call<Configuration>("GET", MFA)).body.authenticationApp.serviceName).toBe("Tenant?");
    });
  });

  describe("strategies", () => {
    it("lists none in a new environment, then upserts one row per strategy with POST 201 and no body", async () => {
      expect((await emu.call("GET", STRATEGIES)).body).toEqual({ strategies: [] });
      const first = await emu.call("POST", STRATEGIES, { body: { strategy: "SMS", isActive: true } });
      expect(first.status).toBe(201);
      expect(first.text).toBe("");
      await emu.call("POST", STRATEGIES, { body: { strategy: "AuthenticatorApp", isActive: true } });
      await emu.call("POST", STRATEGIES, { body: { strategy: "SMS", isActive: false } });
      expect((await emu.call("GET", STRATEGIES)).body).toEqual({
        strategies: [
          { strategy: "SMS", isActive: false },
          { strategy: "AuthenticatorApp", isActive: true },
        ],
      });
    });

    it("refuses a strategy outside the spec's enum and a body without isActive", async () => {
      const unknown = await emu.call<ErrorView>("POST", STRATEGIES, { body: { strategy: "Carrier pigeon", isActive: true } });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors.join(" ")).toMatch(/strategy/);
      const missing = await emu.call<ErrorView>("POST", STRATEGIES, { body: { strategy: "SMS" } });
      expect(missing.status).toBe(400);
      expect(missing.body.errors).toEqual(["isActive should not be empty"]);
      expect((await emu.call("GET", STRATEGIES)).body).toEqual({ strategies: [] });
    });
  });
});
