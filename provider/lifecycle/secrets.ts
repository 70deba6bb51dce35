/**
 * Secret properties never reach state, logs or messages in plain text. Outputs hold a fingerprint in their place
 * (the engine's debug log prints a resource's outputs, secret or not, so an encrypted secret output is not
 * enough), and every message leaving the provider is scrubbed of the secret values it was given.
 */
import { createHash } from "node:crypto";

const PREFIX = "sha256:";

/**
 * The fingerprint stored instead of a secret: enough to notice that the secret changed, in the program or in
 * Frontegg, and useless for signing in. Secrets here are credentials issued by identity providers (long random
 * strings), which a hash does not expose.
 */
export function seal(value: unknown): unknown {
  if (value === undefined || value === null) return value;
  const text = String(value);
  if (isSealed(text)) return text;
  return PREFIX + createHash("sha256").update(text).digest("hex");
}

function isSealed(text: string): boolean {
  return text.length === PREFIX.length + 64 && text.startsWith(PREFIX) && /^[0-9a-f]+$/.test(text.slice(PREFIX.length));
}

/** `props` with each secret property replaced by its fingerprint. */
export function sealSecrets(props: Record<string, unknown>, secrets: readonly string[]): Record<string, unknown> {
  if (secrets.length === 0) return props;
  const out = { ...props };
  for (const key of secrets) if (out[key] !== undefined) out[key] = seal(out[key]);
  return out;
}

/** The secret values among `props`, longest first, for scrubbing messages. */
export function secretValuesOf(props: Record<string, unknown>, secrets: readonly string[]): string[] {
  return secrets
    .map((key) => props[key])
    .filter((value): value is string => typeof value === "string" && value.length >= 4)
    .sort((a, b) => b.length - a.length);
}

/** PEM blocks of keys, and long unbroken base64 runs (keys, certificates, tokens): never repeated in a message. */
const KEY_MATERIAL = /-----BEGIN [A-Z ]+-----[\s\S]*?(-----END [A-Z ]+-----|$)|[A-Za-z0-9+/=_-]{120,}/g;

/** Longest message shown to a user; anything longer is cut with a note. */
const MAX_MESSAGE = 2000;

/** `message` with every secret value, anything that looks like key material, and excess length removed. */
export function scrub(message: string, secretValues: readonly string[] = []): string {
  let out = message;
  for (const value of secretValues) out = out.split(value).join("[secret]");
  out = out.replace(KEY_MATERIAL, "[key material]");
  return out.length > MAX_MESSAGE ? `${out.slice(0, MAX_MESSAGE)}… (${out.length - MAX_MESSAGE} more characters)` : out;
}
