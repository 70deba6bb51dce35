/**
 * Reads the two settings an SSO connection takes from a SAML identity provider's metadata XML: the sign-in URL
 * (`SingleSignOnService/@Location`) and the signing certificate (`KeyDescriptor` with `use="signing"` or no
 * `use`). Frontegg reads the same from the metadata it is sent; the provider reads them too so that a preview
 * knows the connection's natural key and a refresh can compare Frontegg's values with the declared metadata.
 *
 * Metadata is machine-written XML of a fixed shape, so a tolerant scan of its elements (any namespace prefix,
 * comments and CDATA ignored) is enough; nothing here evaluates the document.
 */

/** What a metadata document declares. */
export interface SamlMetadata {
  /** The distinct sign-in URLs, in document order. */
  readonly ssoEndpoints: readonly string[];
  /** The distinct signing certificates, as base64 of their DER bytes, in document order. */
  readonly certificates: readonly string[];
}

import { certificateDer } from "./certificate";

const element = (name: string, flags = "g") => new RegExp(`<(?:[\\w.-]+:)?${name}\\b([^>]*)>`, flags);
const block = (name: string) => new RegExp(`<(?:[\\w.-]+:)?${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}\\s*>)`, "g");

/** The settings in `xml`, or a message saying why it is not identity-provider metadata. */
export function parseSamlMetadata(xml: string): SamlMetadata | string {
  const text = xml.replace(/<!--[\s\S]*?-->/g, "");
  const descriptor = block("IDPSSODescriptor").exec(text);
  if (!element("EntityDescriptor", "").test(text) || !descriptor) {
    return "must be a SAML identity provider's metadata XML: an EntityDescriptor with an IDPSSODescriptor";
  }
  const body = descriptor[2] ?? "";
  const ssoEndpoints = distinct(
    [...body.matchAll(element("SingleSignOnService"))].map((m) => attribute(m[1] ?? "", "Location")).filter((v): v is string => v !== undefined && v !== ""),
  );
  if (ssoEndpoints.length === 0) return "lists no SingleSignOnService Location: the identity provider's metadata must name its sign-in URL";
  const certificates = distinct(
    [...body.matchAll(block("KeyDescriptor"))]
      .filter((m) => ["signing", undefined].includes(attribute(m[1] ?? "", "use")))
      .flatMap((m) => [...(m[2] ?? "").matchAll(block("X509Certificate"))].map((c) => cdata(c[2] ?? "").replace(/\s+/g, "")))
      .filter((value) => value !== ""),
  );
  if (certificates.length === 0) return "lists no signing certificate (KeyDescriptor with an X509Certificate)";
  const ders = certificates.map((value) => certificateDer(value));
  if (ders.some((der) => der === undefined)) return "holds a signing certificate that is not a valid X.509 certificate";
  return { ssoEndpoints, certificates: distinct(ders.map((der) => der!.toString("base64"))) };
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? unescapeXml(match[2] ?? match[3] ?? "") : undefined;
}

function cdata(text: string): string {
  return text.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1");
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, "&");
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
