import * as fs from "node:fs";
import * as path from "node:path";
import { randomBytes } from "node:crypto";
import type { EmulatorState } from "./state";

/** A state file that exists but cannot be used. The emulator refuses to start rather than overwrite it. */
export class StateFileError extends Error {
  constructor(
    /** The offending file. */
    readonly file: string,
    reason: string,
  ) {
    super(`State file ${file} is not usable (${reason}); fix or remove it. It was left untouched.`);
    this.name = "StateFileError";
  }
}

const LIST_FIELDS = [
  "roles",
  "permissions",
  "categories",
  "policies",
  "emailTemplates",
  "ssoConfigurations",
  "tenants",
] as const satisfies ReadonlyArray<keyof EmulatorState>;

/** Lists added after the state format was first written: a file without them has none of those objects. */
const LATER_LIST_FIELDS = ["ipRestrictions", "emailDomainRestrictions", "features", "plans", "featureFlags", "webhooks", "socialLogins", "applications", "redirectUris", "allowedOrigins", "jwtTemplates", "customDomains", "associatedDomains", "customCodeSecrets", "prehooks", "customCodes", "userSources"] as const satisfies ReadonlyArray<keyof EmulatorState>;

/** Reads a state file; `undefined` when it does not exist. Throws StateFileError when it is corrupt. */
export function loadStateFile(file: string): EmulatorState | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new StateFileError(file, (error as Error).message);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new StateFileError(file, `invalid JSON: ${(error as Error).message}`);
  }
  const candidate = parsed as Partial<Record<string, unknown>> | null;
  if (!candidate || typeof candidate !== "object" || candidate.version !== 1 || typeof candidate.vendorId !== "string") {
    throw new StateFileError(file, "not an emulator state file (expected version 1 and a vendorId)");
  }
  const missing = LIST_FIELDS.filter((field) => !Array.isArray(candidate[field]));
  if (missing.length > 0) throw new StateFileError(file, `missing lists: ${missing.join(", ")}`);
  for (const field of LATER_LIST_FIELDS) {
    if (candidate[field] === undefined) candidate[field] = [];
    else if (!Array.isArray(candidate[field])) throw new StateFileError(file, `${field} is not a list`);
  }
  const state = parsed as EmulatorState;
  // Files written before metadata entities were kept have none.
  if (typeof candidate.metadata !== "object" || candidate.metadata === null) candidate.metadata = {};
  // Applications stored before tenant assignments existed have none.
  for (const application of state.applications) application.assignments ??= [];
  return state;
}

/**
 * Writes the state so that a crash at any moment leaves either the old file or the new one, never a
 * half-written one: write a temporary file in the same directory (same filesystem, so rename is atomic),
 * fsync it, rename it over the target, then fsync the directory so the rename itself is durable.
 */
export function writeStateFileAtomically(file: string, state: EmulatorState): void {
  const directory = path.dirname(path.resolve(file));
  const temporary = path.join(directory, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  const descriptor = fs.openSync(temporary, "w", 0o600);
  try {
    fs.writeFileSync(descriptor, `${JSON.stringify(state, null, 2)}\n`);
    fs.fsyncSync(descriptor);
  } catch (error) {
    fs.closeSync(descriptor);
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  fs.closeSync(descriptor);
  try {
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  syncDirectory(directory);
}

function syncDirectory(directory: string): void {
  let descriptor: number | undefined;
  try {
    descriptor = fs.openSync(directory, "r");
    fs.fsyncSync(descriptor);
  } catch {
    // Some platforms and filesystems cannot fsync a directory; the rename is still atomic there.
  } finally {
    if (descriptor !== undefined) fs.closeSync(descriptor);
  }
}
