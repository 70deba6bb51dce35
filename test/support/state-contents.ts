/**
 * What a stack's state holds, read from `pulumi stack export --show-secrets` as a user would, described in the
 * words of the README's table "What the state holds", so the test can compare the two.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EngineStack } from "../engine/harness";
import { CLIENT_ID, SECRET } from "./emulator";
import type { SealedRow } from "./sealed-properties";

type Props = Record<string, unknown>;
const SIG = "4dabf18193072939515e22adb298388d";

/** A stored value in the README's words: "the value, encrypted", "its fingerprint, encrypted", "absent", ... */
export function describeStored(value: unknown, secret?: string): string {
  if (value === undefined) return "absent";
  const wrapped = value !== null && typeof value === "object" && (value as Props)[SIG] !== undefined;
  const inner = wrapped ? JSON.parse(String((value as Props).plaintext)) : value;
  const how = wrapped ? "encrypted" : "in plain text";
  if (secret !== undefined && inner === secret) return `the value, ${how}`;
  if (typeof inner === "string" && /^sha256:[0-9a-f]{64}$/.test(inner)) return `its fingerprint, ${how}`;
  if (inner !== null && typeof inner === "object" && Object.values(inner).every((v) => typeof v === "string" && /^sha256:[0-9a-f]{64}$/.test(v))) return `fingerprints, ${how}`;
  return `a value, ${how}`;
}

interface ExportedResource {
  urn: string;
  type: string;
  inputs?: Props;
  outputs?: Props;
}

/** Every resource of the stack, secrets decrypted but still marked (`--show-secrets`). */
export function exportedResources(engine: EngineStack): ExportedResource[] {
  const text = engine.exportShowingSecrets();
  return (JSON.parse(text) as { deployment: { resources?: ExportedResource[] } }).deployment.resources ?? [];
}

/** Per README row, what each place holds, the same for every sealed row (or "varies"). */
export async function stateContents(engine: EngineStack, rows: readonly SealedRow[]): Promise<Record<string, string>> {
  const resources = exportedResources(engine);
  const same = (values: string[]) => (new Set(values).size === 1 ? values[0]! : `varies: ${[...new Set(values)].join("; ")}`);
  const managed = rows.map((row) => ({ row, resource: resources.find((r) => r.urn.endsWith(`::${row.name}`))! }));
  const provider = resources.find((r) => r.type.startsWith("pulumi:providers:"))!;
  return {
    sealedInput: same(managed.map(({ row, resource }) => describeStored(resource.inputs?.[row.property], String(row.inputs[row.property])))),
    sealedOutput: same(managed.map(({ row, resource }) => describeStored(resource.outputs?.[row.property], String(row.inputs[row.property])))),
    applied: same(managed.map(({ resource }) => describeStored(resource.outputs?.__applied))),
    providerModule: same(managed.map(({ resource }) => (resource.inputs?.__provider === undefined ? "absent" : "a one-line module, in plain text"))),
    apiKey: describeStored(provider.inputs?.secretKey ?? provider.inputs?.["frontegg-native:secretKey"], SECRET),
    clientId: describeStored(provider.inputs?.clientId ?? provider.inputs?.["frontegg-native:clientId"], CLIENT_ID),
    providerInputs: Object.keys(provider.inputs ?? {}).sort().join(","),
  };
}

/** The README's table "What the state holds": per provider flavour, each row's cell by its first column. */
export function documentedStateTable(): Record<"dynamic" | "native", Record<string, string>> {
  const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
  const start = readme.indexOf("<!-- state-table");
  const end = readme.indexOf("<!-- /state-table -->");
  if (start < 0 || end < start) throw new Error("README.md has no state table between <!-- state-table --> markers");
  const rows = readme
    .slice(start, end)
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| What ") && !line.startsWith("| ---"))
    .map((line) => line.slice(2, -2).split(" | "));
  const column = (index: number) => Object.fromEntries(rows.map((cells) => [cells[0]!, cells[index]!]));
  return { dynamic: column(2), native: column(3) };
}
