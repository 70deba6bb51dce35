/**
 * X.509 certificates as users paste them (PEM, or base64 of the DER, or base64 of a PEM file) and as Frontegg
 * stores them (base64). Two encodings of one certificate are the same certificate and must never show a diff.
 */
import { X509Certificate } from "node:crypto";

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/;

/** The certificate's DER bytes, or undefined when `value` is not a certificate in any accepted encoding. */
export function certificateDer(value: string): Buffer | undefined {
  const text = value.trim();
  const pem = PEM_BLOCK.exec(text);
  const der = pem ? Buffer.from(pem[1]!.replace(/\s+/g, ""), "base64") : decodeBase64(text);
  if (!der || der.length === 0) return undefined;
  // A base64-encoded PEM file: decode once more.
  const inner = der.toString("latin1");
  if (inner.includes("-----BEGIN CERTIFICATE-----")) return certificateDer(inner);
  try {
    new X509Certificate(der);
    return der;
  } catch {
    return undefined;
  }
}

/** The last moment the certificate is valid; undefined when `value` is not a certificate. */
export function certificateExpiry(value: string): Date | undefined {
  const der = certificateDer(value);
  return der ? new Date(new X509Certificate(der).validTo) : undefined;
}

/** How soon before a certificate expires a preview starts warning about it. */
export const CERTIFICATE_WARNING_DAYS = 30;

/**
 * A warning about a certificate that has expired or expires within {@link CERTIFICATE_WARNING_DAYS} days at
 * `now`, naming `property` and the date; undefined when it is valid for longer, or is no certificate.
 */
export function certificateExpiryWarning(property: string, value: string, now: Date): string | undefined {
  const expiry = certificateExpiry(value);
  if (!expiry) return undefined;
  const date = expiry.toISOString().slice(0, 10);
  const days = Math.floor((expiry.getTime() - now.getTime()) / 86_400_000);
  if (expiry <= now) {
    return `${property}: the certificate expired on ${date}. Frontegg accepts it, but sign-ins through this connection fail: declare the identity provider's current signing certificate`;
  }
  if (days < CERTIFICATE_WARNING_DAYS) {
    return `${property}: the certificate expires on ${date}, in ${days} day${days === 1 ? "" : "s"}; sign-ins through this connection fail from then on: renew it at the identity provider and declare the new one`;
  }
  return undefined;
}

/** Whether `value` holds a private key, which must never be sent as a public certificate or stored. */
export function containsPrivateKey(value: string): boolean {
  const text = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
  if (text.test(value)) return true;
  const decoded = decodeBase64(value.trim());
  return decoded !== undefined && text.test(decoded.toString("latin1"));
}

/** The base64 of the DER, the form sent to Frontegg. */
export function certificateBase64(value: string): string {
  return certificateDer(value)?.toString("base64") ?? value;
}

/** Compares two certificates by their bytes, whatever their encoding. */
export function sameCertificate(current: unknown, desired: unknown): boolean {
  if (typeof current !== "string" || typeof desired !== "string") return (current ?? undefined) === (desired ?? undefined);
  const a = certificateDer(current);
  const b = certificateDer(desired);
  return a !== undefined && b !== undefined ? a.equals(b) : current.trim() === desired.trim();
}

function decodeBase64(text: string): Buffer | undefined {
  const compact = text.replace(/\s+/g, "");
  if (compact === "" || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return undefined;
  return Buffer.from(compact, "base64");
}
