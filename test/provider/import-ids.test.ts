/**
 * Import ids of every resource kind, through the native provider against the emulator: the id a create gives is
 * itself an import id (create, import that id with a fresh provider as `pulumi import` does, no diff against the
 * same program), other spellings of it lead to the same object, and a wrong id fails naming the kind and the
 * format. The rows are the kind table's (test/support/kind-samples.ts): each kind's sample and its import variants.
 * A kind added without a row there, or without a working import, fails this file.
 */
import { importIdOf } from "../../provider/lifecycle/import-id";
import { inputKeysOf } from "../../provider/lifecycle/properties";
import { NativeProvider } from "../../provider/native/provider";
import { definitionOf, RESOURCE_DEFINITIONS } from "../../provider/resources";
import { TestEmulator, useEmulator } from "../support/emulator";
import { checkedInputs, createSampleTenant, createThroughProvider, nativeProvider, nativeType } from "../support/sample-environment";
import { assertSamplesCoverRegistry, KIND_SAMPLES, SampleArgs, withReferences } from "../support/kind-samples";

type Props = Record<string, unknown>;

/** One object the test creates and imports: a kind's sample, or one of its import variants. */
interface Row {
  readonly kind: string;
  /** Which scope or variant the row covers. */
  readonly label: string;
  /** The program's inputs, with markers: what they refer to is created first. */
  readonly args: SampleArgs;
  /** Other import ids of the same object, from the created id and the resolved inputs. */
  readonly spellings?: (id: string, args: Props) => string[];
  /** Inputs an import cannot know: the only changes the program shows after it. */
  readonly unknowable?: readonly string[];
}

// A kind without a row in the table fails here, before any test is declared.
assertSamplesCoverRegistry();

/** Every kind's sample (labelled by its scope), then its import variants: all from the kind table. */
const ROWS: readonly Row[] = KIND_SAMPLES.flatMap((sample) => [
  { kind: sample.kind, label: "tenantId" in sample.args ? "tenant" : "environment", args: sample.args, ...(sample.importSpellings ? { spellings: sample.importSpellings } : {}), unknowable: sample.importUnknowable },
  ...(sample.importVariants ?? []).map((variant) => ({ kind: sample.kind, ...variant })),
]);

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await useEmulator();
});
afterAll(() => emulator.stop());
beforeEach(async () => {
  await emulator.reset();
  await createSampleTenant(emulator);
});

const provider = (): Promise<NativeProvider> => nativeProvider(emulator);
/** `pulumi up` of a new resource: its id. */
const create = (kind: string, args: Props): Promise<string> => createThroughProvider(emulator, kind, args);

/** `pulumi import` (or the `import` option) in a fresh stack: the engine's Read with the id alone. */
async function importById(kind: string, importId: string) {
  return (await provider()).read(nativeType(kind), importId, {}, undefined);
}

it("has a row for every kind, with each scope the kind has", () => {
  for (const kind of Object.keys(RESOURCE_DEFINITIONS)) {
    const definition = definitionOf(kind)!;
    const labels = ROWS.filter((row) => row.kind === kind).map((row) => row.label);
    expect({ kind, covered: labels.length > 0 }).toEqual({ kind, covered: true });
    if (inputKeysOf(definition).includes("tenantId")) expect({ kind, labels }).toEqual({ kind, labels: expect.arrayContaining(["tenant"]) });
    // Every kind states its format, for the docs and for errors.
    expect(importIdOf(definition).format).toMatch(/`/);
  }
});

describe.each(ROWS.map((row) => [`${row.kind} (${row.label})`, row] as const))("%s", (_name, row) => {
  it("imports by the id its create gave, with no change against the same program, and by each other spelling", async () => {
    const args = await withReferences(row.args, create);
    const native = await provider();
    const created = await native.create(nativeType(row.kind), await checkedInputs(native, row.kind, args));

    const imported = await importById(row.kind, created.id);
    expect(imported.id).toBe(created.id);
    // The engine's next step after the import: check and diff the program's inputs against what was read.
    const fresh = await provider();
    const inputs = await checkedInputs(fresh, row.kind, args, imported.inputs);
    const diff = await fresh.diff(nativeType(row.kind), imported.id, imported.properties!, inputs);
    expect(Object.keys(diff.detailedDiff ?? {}).sort()).toEqual([...(row.unknowable ?? [])].sort());

    // A later refresh reads the imported state like any other.
    const refreshed = await (await provider()).read(nativeType(row.kind), imported.id, imported.properties!, imported.inputs);
    expect(refreshed.id).toBe(created.id);

    for (const spelling of row.spellings?.(created.id, args) ?? []) {
      expect({ spelling, id: (await importById(row.kind, spelling)).id }).toEqual({ spelling, id: created.id });
    }

    // Once the object is gone, its id names nothing: the failure says which kind and which format (singletons
    // always exist in some form: deleting one restores Frontegg's default).
    const definition = definitionOf(row.kind)!;
    if (!definition.singletonScope) {
      await (await provider()).delete(nativeType(row.kind), created.id, created.properties);
      await expect(importById(row.kind, created.id)).rejects.toThrow(`cannot import ${row.kind} "${created.id}": Frontegg holds no such object (its import id is ${importIdOf(definition).format})`);
    }
  });

  it("refuses an id of another shape, naming the kind and the format", async () => {
    const format = importIdOf(definitionOf(row.kind)!).format;
    for (const wrong of ["a/b/c/d/e", "/"]) {
      await expect(importById(row.kind, wrong)).rejects.toThrow(`cannot import ${row.kind} "${wrong}": its import id is ${format}`);
    }
  });
});

it("takes no tenant for an environment-wide kind, and no bare tenant name for IP restrictions", async () => {
  for (const kind of ["AuthPolicy", "PasswordRotationPolicy", "CaptchaPolicy", "EmailDomainRestrictionMode"]) {
    await expect(importById(kind, "tenant/acme")).rejects.toThrow(`cannot import ${kind} "tenant/acme": its import id is \`environment\` (the kind is environment-wide)`);
  }
  // The 7-kind heuristic read `environment/10.0.0.1` as tenant "environment": now it is the environment's list.
  await expect(importById("IpRestriction", "acme/10.0.0.1")).rejects.toThrow(/cannot import IpRestriction "acme\/10.0.0.1": its import id is `environment\/<ip>`/);
  await expect(importById("IpRestriction", "environment/not-an-ip")).rejects.toThrow(/its import id is `environment\/<ip>`/);
  await expect(importById("MfaStrategy", "Carrier-Pigeon")).rejects.toThrow('cannot import MfaStrategy "Carrier-Pigeon": its import id is `<strategy>`');
  await expect(importById("SsoGroupMapping", "acme/group-1")).rejects.toThrow(/its import id is `<tenantId>\/<ssoConfigurationId>\/<groupId>`/);
});
