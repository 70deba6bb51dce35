/**
 * Benchmarks of the client and the resource lifecycle against the emulator on 127.0.0.1, written to
 * bench/results.json. Performance targets live here, never in timed tests.
 *
 * Run with `npm run bench`. Each scenario runs a fixed amount of work and reports wall time and throughput; the
 * emulator runs in the same process, so the numbers measure the client's overhead plus a local round trip.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { startEmulator } from "../emulator";
import { FronteggClient } from "../provider/client";
import { Session } from "../provider/lifecycle/session";
import { createLifecycle } from "../provider/lifecycle/lifecycle";
import { definitionOf } from "../provider/resources";

interface Result {
  readonly scenario: string;
  readonly operations: number;
  readonly ms: number;
  readonly opsPerSecond: number;
  readonly target?: string;
  readonly met?: boolean;
}

async function measure(scenario: string, operations: number, run: () => Promise<void>, targetOpsPerSecond?: number): Promise<Result> {
  const started = process.hrtime.bigint();
  await run();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const opsPerSecond = Math.round((operations / ms) * 1000);
  const result: Result = {
    scenario,
    operations,
    ms: Math.round(ms),
    opsPerSecond,
    ...(targetOpsPerSecond === undefined ? {} : { target: `≥ ${targetOpsPerSecond} ops/s`, met: opsPerSecond >= targetOpsPerSecond }),
  };
  console.log(`${scenario}: ${operations} ops in ${result.ms} ms (${opsPerSecond} ops/s)${result.target ? ` target ${result.target}: ${result.met ? "met" : "MISSED"}` : ""}`);
  return result;
}

async function main(): Promise<void> {
  const emulator = await startEmulator({ port: 0, clientId: "bench", secret: "bench-secret" });
  const client = new FronteggClient({ clientId: "bench", secretKey: "bench-secret", apiBaseUrl: emulator.url, maxConcurrency: 8 }, {});
  const results: Result[] = [];
  try {
    await client.roles.list();
    results.push(await measure("list roles, 8 in flight", 500, () => Promise.all(Array.from({ length: 500 }, () => client.roles.list())).then(() => undefined), 300));
    results.push(
      await measure(
        "create permissions one by one, 8 in flight",
        200,
        () => Promise.all(Array.from({ length: 200 }, (_, i) => client.permissions.create([{ key: `bench.p${i}`, name: `P${i}` }]))).then(() => undefined),
        100,
      ),
    );
    const session = new Session(client);
    const permission = createLifecycle(definitionOf("Permission")!, () => session);
    results.push(
      await measure(
        "Permission lifecycle create (check + lookup + create), 8 in flight",
        100,
        () =>
          Promise.all(
            Array.from({ length: 100 }, async (_, i) => {
              const { inputs } = await permission.check({}, { key: `bench.lifecycle${i}`, name: `L${i}` });
              await permission.create(inputs as Record<string, unknown>);
            }),
          ).then(() => undefined),
        30,
      ),
    );
    const auth = (await (await fetch(`${emulator.url}/_emulator/requests`)).json()) as { byRoute: Record<string, number> };
    console.log(`auth requests during the whole run: ${auth.byRoute["POST /auth/vendor"]}`);
  } finally {
    await emulator.stop();
  }
  const file = join(__dirname, "results.json");
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2) + "\n");
  console.log(`wrote ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
