/**
 * What a preview warns about a SAML connection's signing certificate: one that has expired (Frontegg accepts it,
 * sign-ins then fail) or expires within 30 days, given directly or in the metadata XML, with its date. Warnings
 * only: validation still accepts the certificate.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateInputs } from "../../provider/lifecycle/validation";
import { definitionOf } from "../../provider/resources";
import { samlMetadata } from "../support/saml-metadata";

const fixture = (name: string) => readFileSync(join(__dirname, "..", "fixtures", name), "utf8");
const EXPIRED = fixture("idp-cert-expired.pem"); // valid until 2021-01-01T00:00:00Z
const CURRENT = fixture("idp-cert.pem"); // valid until 2036-11-19T10:58:41Z
const sso = definitionOf("SsoConfiguration")!;
const advise = (inputs: Record<string, unknown>, now = new Date("2026-06-01T00:00:00Z")) => sso.advise!(inputs, now);
const saml = { tenantId: "acme", type: "saml", ssoEndpoint: "https://idp.acme.example/sso" };

it("warns about an expired certificate, with its expiry date, and still accepts it", () => {
  expect(advise({ ...saml, publicCertificate: EXPIRED })).toEqual([
    "publicCertificate: the certificate expired on 2021-01-01. Frontegg accepts it, but sign-ins through this connection fail: declare the identity provider's current signing certificate",
  ]);
  expect(validateInputs(sso.inputs, { ...saml, publicCertificate: EXPIRED }).failures).toEqual([]);
});

it("warns within 30 days of the expiry, and not before", () => {
  expect(advise({ ...saml, publicCertificate: CURRENT }, new Date("2036-11-01T00:00:00Z"))).toEqual([
    "publicCertificate: the certificate expires on 2036-11-19, in 18 days; sign-ins through this connection fail from then on: renew it at the identity provider and declare the new one",
  ]);
  expect(advise({ ...saml, publicCertificate: CURRENT }, new Date("2036-10-19T00:00:00Z"))).toEqual([]);
  expect(advise({ ...saml, publicCertificate: CURRENT })).toEqual([]);
});

it("reads the certificate of the metadata XML when no publicCertificate is declared", () => {
  const xml = samlMetadata("https://idp.acme.example", { signing: [EXPIRED] });
  expect(advise({ tenantId: "acme", type: "saml", idpMetadata: xml })).toEqual([expect.stringMatching(/^idpMetadata: the certificate expired on 2021-01-01\./)]);
});

it("says nothing for OIDC connections or values that are not certificates", () => {
  expect(advise({ tenantId: "acme", type: "oidc", ssoEndpoint: "https://login.acme.example" })).toEqual([]);
  expect(advise({ ...saml, publicCertificate: "not a certificate" })).toEqual([]);
});
