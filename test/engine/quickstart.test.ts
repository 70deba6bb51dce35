/** The quickstart (one of every resource kind) through the whole lifecycle under the real engine. */
import quickstart = require("../../examples/quickstart");
import { PROJECT } from "./harness";
import { describeLifecycle } from "./lifecycle";

jest.setTimeout(300_000);

describeLifecycle("the quickstart program", {
  stackName: "quickstart",
  program: quickstart,
  resourceCount: 11,
  inPlaceEdit: {
    config: { [`${PROJECT}:billingAdminName`]: { value: "Billing administrator" }, [`${PROJECT}:maxLoginAttempts`]: { value: "3" } },
    updates: 2,
    async verify(client) {
      expect((await client.roles.list()).find((r) => r.key === "billing-admin")?.name).toBe("Billing administrator");
      expect((await client.policies.lockout.get())?.maxAttempts).toBe(3);
    },
  },
  replacingEdit: {
    config: { [`${PROJECT}:ssoTenantId`]: { value: "acme-eu" } },
    replaces: 1,
    async verify(client) {
      expect(await client.sso.list("acme")).toEqual([]);
      expect((await client.sso.list("acme-eu")).map((c) => c.domains.map((d) => d.domain))).toEqual([["acme.example"]]);
    },
  },
  outOfBandChange: {
    async make(client) {
      const role = (await client.roles.list()).find((r) => r.key === "billing-viewer")!;
      await client.roles.update(role.id, { name: "Renamed in the portal" });
    },
    async verify(client) {
      expect((await client.roles.list()).find((r) => r.key === "billing-viewer")?.name).toBe("Billing viewer");
    },
  },
  outOfBandDelete: {
    async make(client) {
      const [template] = await client.emailTemplates.list({ type: "ResetPassword" });
      await client.emailTemplates.delete(template!.id!);
    },
    async verify(client) {
      expect((await client.emailTemplates.list({ type: "ResetPassword" }))[0]?.subject).toBe("Reset your password");
    },
  },
});
