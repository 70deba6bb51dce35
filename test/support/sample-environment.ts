/**
 * Kind-table samples created through the native provider against the emulator, as `pulumi up` of the sample
 * program would: one configured provider per operation, inputs through its check, then its create. Used by the
 * every-kind export test (an environment holding one object of every kind, derived from the table, so a new kind
 * is in it by its row alone; the hand-written realistic environment is ./seed.ts), the import-id test and the
 * bench's route learning.
 */
import { NativeProvider } from "../../provider/native/provider";
import { CLIENT_ID, SECRET, TestEmulator } from "./emulator";
import { assertSamplesCoverRegistry, KIND_SAMPLES, resolveSample, SAMPLE_TENANT } from "./kind-samples";

type Props = Record<string, unknown>;

/** The native provider's type token of `kind`: `frontegg-native:index:Role`. */
export const nativeType = (kind: string): string => `frontegg-native:index:${kind}`;

/** A provider process of its own: configured against `emulator`, nothing cached, as the engine starts one per operation. */
export async function nativeProvider(emulator: TestEmulator): Promise<NativeProvider> {
  const native = new NativeProvider({ env: {} });
  await native.configure({ clientId: CLIENT_ID, secretKey: SECRET, apiBaseUrl: emulator.url });
  return native;
}

/** `args` as `native`'s check gives them back; throws, naming each failure, where the check refuses them. */
export async function checkedInputs(native: NativeProvider, kind: string, args: Props, olds: Props = {}): Promise<Props> {
  const result = await native.check(nativeType(kind), olds, args);
  if (result.failures.length > 0) throw new Error(`the ${kind} inputs fail their checks: ${JSON.stringify(result.failures)}`);
  return result.inputs;
}

/** `pulumi up` of a new `kind` resource with `args`, through `native` (default: a provider of its own): its id. */
export async function createThroughProvider(emulator: TestEmulator, kind: string, args: Props, native?: NativeProvider): Promise<string> {
  const provider = native ?? (await nativeProvider(emulator));
  return (await provider.create(nativeType(kind), await checkedInputs(provider, kind, args))).id;
}

/** Creates the tenant the tenant-scoped samples live in. */
export async function createSampleTenant(emulator: TestEmulator): Promise<void> {
  await emulator.client().tenants.create({ tenantId: SAMPLE_TENANT, name: "ACME" });
}

/** Creates every sample (and the tenant they live in); the ids by kind. */
export async function createEverySample(emulator: TestEmulator): Promise<Readonly<Record<string, string>>> {
  assertSamplesCoverRegistry();
  await createSampleTenant(emulator);
  const native = await nativeProvider(emulator);
  const ids: Record<string, string> = {};
  for (const row of KIND_SAMPLES) ids[row.kind] = await createThroughProvider(emulator, row.kind, resolveSample(row.args, (kind) => ids[kind]), native);
  return ids;
}
