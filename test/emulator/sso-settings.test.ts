import { useEmulator } from "./helpers";

describe("SSO settings (spec:sso.json; notes-3 §5a/§5b)", () => {
  const emu = useEmulator({}, { resetBeforeEach: true });
  const DOMAINS = "/team/resources/sso/v1/configurations/domains";
  const MULTI = "/team/resources/sso/v1/configurations/multiple-sso-per-domain";

  it("are 404 until written; PUT needs every field and answers 201 with no body", async () => {
    expect((await emu.call("GET", DOMAINS)).status).toBe(404);
    expect((await emu.call("PUT", DOMAINS, { body: { skipDomainVerification: true } })).status).toBe(400);
    const policy = { allowVerifiedUsersToAddDomains: true, skipDomainVerification: false, bypassDomainCrossValidation: true };
    const put = await emu.call("PUT", DOMAINS, { body: policy });
    expect([put.status, put.text]).toEqual([201, ""]);
    expect((await emu.call("GET", DOMAINS)).body).toEqual(policy);
    const multi = { active: true, unspecifiedTenantStrategy: "BLOCK", useActiveTenant: false };
    expect((await emu.call("PUT", MULTI, { body: multi })).status).toBe(201);
    expect((await emu.call("GET", MULTI)).body).toEqual(multi);
  });
});
