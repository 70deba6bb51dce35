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

/**
 * The output that records, per sealed property, the fingerprint of the value this provider last wrote. A refresh
 * hands it back as that property's input: Pulumi decides what a refresh changed by diffing the refreshed outputs
 * against the inputs the previous refresh left, so a sealed input must keep the fingerprint of what was applied,
 * not of what Frontegg now holds, or a secret changed in the portal would be reported by one refresh only (or,
 * with no input at all, by none).
 */
export const APPLIED_KEY = "__applied";

/** Fingerprints of the sealed properties `inputs` declare; undefined when they declare none. */
export function appliedFingerprints(inputs: Record<string, unknown>, secrets: readonly string[]): Record<string, string> | undefined {
  const applied = Object.fromEntries(secrets.filter((key) => inputs[key] !== undefined && inputs[key] !== null).map((key) => [key, String(seal(inputs[key]))]));
  return Object.keys(applied).length > 0 ? applied : undefined;
}

/** The fingerprints an object's stored outputs record as applied (see {@link APPLIED_KEY}); empty when none. */
export function appliedOf(stored: Record<string, unknown>): Readonly<Record<string, string>> {
  const applied = stored[APPLIED_KEY];
  if (applied === null || typeof applied !== "object" || Array.isArray(applied)) return {};
  return Object.fromEntries(Object.entries(applied).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
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
