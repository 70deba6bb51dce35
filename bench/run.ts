/**
 * Benchmarks against the emulator on 127.0.0.1, written to bench/results.json (and the engine's figures to a
 * table in bench/README.md). Performance targets live here, never in timed tests.
 *
 * Run with `npm run bench`; see bench/README.md for the flags. Two parts:
 * - micro-benchmarks of the client and the resource lifecycle: each scenario runs a fixed amount of work and
 *   reports wall time and throughput; the emulator runs in the same process, so the numbers measure the client's
 *   overhead plus a local round trip;
 * - the engine benchmark (./engine.ts): stacks of N resources through the real Pulumi engine, phase by phase.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startEmulator } from "../emulator";
import { FronteggClient } from "../provider/client";
import { Session } from "../provider/lifecycle/session";
import { createLifecycle } from "../provider/lifecycle/lifecycle";
import { definitionOf } from "../provider/resources";
import { benchEngineSize, DEFAULT_PARALLEL, EngineSizeResult } from "./engine";
import { withEngineSection } from "./engine-report";

const RESULTS_FILE = join(__dirname, "results.json");
const README_FILE = join(__dirname, "README.md");
const DEFAULT_ENGINE_SIZES = [50, 200, 500];

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

/** The contents of bench/results.json. */
interface ResultsFile {
  readonly at?: string;
  readonly node?: string;
  /** The micro-benchmarks. */
  readonly results?: Result[];
  /** The engine benchmark, by N. */
  readonly engine?: Record<string, EngineSizeResult>;
}

/** What to run, from the command line (`--engine-sizes 50,200`, `--skip-engine`, `--skip-micro`) or the environment. */
interface Options {
  readonly micro: boolean;
  readonly engineSizes: readonly number[];
  readonly parallel: number;
}

function parseOptions(args: readonly string[], env: NodeJS.ProcessEnv): Options {
  let micro = true;
  let engine = true;
  let sizes = env.BENCH_ENGINE_SIZES;
  let parallel = env.BENCH_PARALLEL;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === "--skip-engine") engine = false;
    else if (arg === "--skip-micro") micro = false;
    else if (arg === "--engine-sizes") sizes = args[++i];
    else if (arg.startsWith("--engine-sizes=")) sizes = arg.slice("--engine-sizes=".length);
    else if (arg === "--parallel") parallel = args[++i];
    else if (arg.startsWith("--parallel=")) parallel = arg.slice("--parallel=".length);
    else throw new Error(`unknown option ${arg}: use --engine-sizes 50,200, --parallel 32, --skip-engine or --skip-micro`);
  }
  const engineSizes = sizes === undefined ? DEFAULT_ENGINE_SIZES : sizes.split(",").map((size) => Number(size.trim()));
  if (engineSizes.some((n) => !Number.isInteger(n) || n < 45)) {
    throw new Error(`--engine-sizes takes whole numbers of resources of at least 45, separated by commas (got ${JSON.stringify(sizes)})`);
  }
  const engineParallel = parallel === undefined ? DEFAULT_PARALLEL : Number(parallel);
  if (!Number.isInteger(engineParallel) || engineParallel < 1) throw new Error(`--parallel takes a whole number of at least 1 (got ${JSON.stringify(parallel)})`);
  return { micro, engineSizes: engine ? engineSizes : [], parallel: engineParallel };
}

function readResults(): ResultsFile {
  return existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, "utf8")) as ResultsFile) : {};
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), process.env);
  // What is not run this time keeps its earlier figures, so sizes can be measured one at a time.
  let file = readResults();
  if (options.micro) file = { ...file, at: new Date().toISOString(), node: process.version, results: await runMicro() };
  for (const n of options.engineSizes) {
    const result = await benchEngineSize(n, options.parallel);
    console.log(`engine N=${n}: ${(result.totalMs / 1000).toFixed(0)} s in all`);
    file = { ...file, engine: { ...file.engine, [String(n)]: result } };
    // Written after each size, so a long run keeps what it has measured.
    writeResults(file);
  }
  writeResults(file);
  console.log(`wrote ${RESULTS_FILE}${file.engine === undefined ? "" : ` and the tables of ${README_FILE}`}`);
}

function writeResults(file: ResultsFile): void {
  writeFileSync(RESULTS_FILE, JSON.stringify(file, null, 2) + "\n");
  const engine = Object.values(file.engine ?? {});
  if (engine.length > 0) {
    const readme = existsSync(README_FILE) ? readFileSync(README_FILE, "utf8") : "# Benchmarks\n";
    writeFileSync(README_FILE, withEngineSection(readme, engine));
  }
}

async function runMicro(): Promise<Result[]> {
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
    const permission = createLifecycle(definitionOf("Permission")!, () => session, { kinds: { definitionOf } });
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
  return results;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
