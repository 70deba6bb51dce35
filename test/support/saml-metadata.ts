/** SAML identity-provider metadata XML as identity providers publish it, for tests. */

/** Options of {@link samlMetadata}. */
export interface MetadataOptions {
  /** Sign-in URLs, one SingleSignOnService per binding given; default one URL under both bindings. */
  readonly services?: ReadonlyArray<{ binding: "HTTP-Redirect" | "HTTP-POST"; location: string }>;
  /** Signing certificates (base64 of DER, or PEM). */
  readonly signing: readonly string[];
  /** Encryption certificates, which are not signing certificates. */
  readonly encryption?: readonly string[];
}

const body = (certificate: string) => certificate.replace(/-----[A-Z ]+-----/g, "").replace(/\s+/g, "");

/** Metadata with an `md:` prefix and the usual noise (comments, extra descriptors). */
export function samlMetadata(entityId: string, options: MetadataOptions): string {
  const services = options.services ?? [
    { binding: "HTTP-Redirect", location: `${entityId}/sso` },
    { binding: "HTTP-POST", location: `${entityId}/sso` },
  ];
  const key = (use: string, certificate: string) =>
    `    <md:KeyDescriptor use="${use}">\n      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>\n${body(certificate).replace(/(.{64})/g, "$1\n")}\n      </ds:X509Certificate></ds:X509Data></ds:KeyInfo>\n    </md:KeyDescriptor>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${entityId}">`,
    '  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">',
    ...options.signing.map((c) => key("signing", c)),
    ...(options.encryption ?? []).map((c) => key("encryption", c)),
    "    <!-- <md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" Location=\"https://commented.out/sso\"/> -->",
    "    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>",
    ...services.map((s) => `    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:${s.binding}" Location="${s.location.replace(/&/g, "&amp;")}"/>`),
    "  </md:IDPSSODescriptor>",
    "</md:EntityDescriptor>",
    "",
  ].join("\n");
}
