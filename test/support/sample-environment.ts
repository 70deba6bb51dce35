/**
 * An environment holding one object of every kind: each row of the kind table (./kind-samples.ts) created in table
 * order through the native provider, as `pulumi up` of the sample program would. Derived from the table, so a new
 * kind is in it by its row alone; the hand-written realistic environment is ./seed.ts.
 */
import { NativeProvider } from "../../provider/native/provider";
import { CLIENT_ID, SECRET, TestEmulator } from "./emulator";
import { assertSamplesCoverRegistry, KIND_SAMPLES, resolveSample, SAMPLE_TENANT } from "./kind-samples";

/** Creates every sample (and the tenant they live in); the ids by kind. */
export async function createEverySample(emulator: TestEmulator): Promise<Readonly<Record<string, string>>> {
  assertSamplesCoverRegistry();
  await emulator.client().tenants.create({ tenantId: SAMPLE_TENANT, name: "ACME" });
  const native = new NativeProvider({ env: {} });
  await native.configure({ clientId: CLIENT_ID, secretKey: SECRET, apiBaseUrl: emulator.url });
  const ids: Record<string, string> = {};
  for (const row of KIND_SAMPLES) {
    const type = `frontegg:index:${row.kind}`;
    const checked = await native.check(type, {}, resolveSample(row.args, (kind) => ids[kind]));
    if (checked.failures.length > 0) throw new Error(`the ${row.kind} sample fails its checks: ${JSON.stringify(checked.failures)}`);
    ids[row.kind] = (await native.create(type, checked.inputs)).id;
  }
  return ids;
}
