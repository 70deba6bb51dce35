/**
 * A larger program (65 resources: 44 permissions, 9 roles, a tenant role, both policies, 3 templates, SAML and
 * OIDC with domains) through the whole lifecycle under the real engine.
 */
import large = require("../../examples/large");
import { PROJECT } from "./harness";
import { describeLifecycle } from "./lifecycle";

jest.setTimeout(600_000);

const OIDC_SECRET = "globex-oidc-client-secret-5a4b3c2d1e";

describeLifecycle("the large program", {
  stackName: "large",
  program: large,
  config: { [`${PROJECT}:globexOidcSecret`]: { value: OIDC_SECRET, secret: true } },
  resourceCount: 65,
  secrets: [OIDC_SECRET],
  inPlaceEdit: {
    config: { [`${PROJECT}:auditorLevel`]: { value: "45" } },
    updates: 1,
    async verify(client) {
      expect((await client.roles.list()).find((r) => r.key === "auditor")?.level).toBe(45);
    },
  },
  replacingEdit: {
    config: { [`${PROJECT}:partnerTenantId`]: { value: "partner-eu" } },
    replaces: 1,
    async verify(client) {
      expect((await client.roles.list({ tenantId: "partner-co" })).some((r) => r.key === "partner-admin")).toBe(false);
      expect((await client.roles.list({ tenantId: "partner-eu" })).find((r) => r.key === "partner-admin")?.tenantId).toBe("partner-eu");
    },
  },
  outOfBandChange: {
    async make(client) {
      const support = (await client.roles.list()).find((r) => r.key === "support")!;
      await client.roles.setPermissions(support.id, []);
    },
    async verify(client) {
      const support = (await client.roles.list()).find((r) => r.key === "support")!;
      expect(support.permissions).toHaveLength(6);
    },
  },
  outOfBandDelete: {
    async make(client) {
      const [globex] = await client.sso.list("globex");
      await client.sso.delete("globex", globex!.id);
    },
    async verify(client) {
      const [globex] = await client.sso.list("globex");
      expect(globex).toMatchObject({ type: "oidc", oidcClientId: "example-app", oidcSecret: OIDC_SECRET });
      expect(globex!.domains.map((d) => d.domain)).toEqual(["globex.example"]);
    },
  },
});
