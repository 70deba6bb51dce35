/**
 * Benchmarks against the emulator on 127.0.0.1, written to bench/results.json (and the engine's figures to a
 * table in bench/README.md). Performance targets live here, never in timed tests.
 *
 * Run with `npm run bench`; see bench/README.md for the flags. Two parts:
 * - micro-benchmarks of the client and the resource lifecycle: each scenario runs a fixed amount of work and
 *   reports wall time and throughput; the emulator runs in the same process, so the numbers measure the client's
 *   overhead plus a local round trip;
 * - the every-kind engine benchmark (./every-kind.ts): a stack of N resources holding every kind through the real
 *   Pulumi engine, phase by phase, over the engine's floor, the dynamic classes and the native provider;
 * - on request, the scale scenario (./engine.ts): N resources of the permission model (categories, permissions,
 *   roles, two policies, templates), against the goals of issue 10 and Frontegg's Terraform provider.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startEmulator } from "../emulator";
import { FronteggClient } from "../provider/client";
import { Session } from "../provider/lifecycle/session";
import { createLifecycle } from "../provider/lifecycle/lifecycle";
import { definitionOf } from "../provider/resources";
import { benchEngineSize, DEFAULT_PARALLEL, EngineSizeResult, LATENCY_MS } from "./engine";
import { withEngineSection } from "./engine-report";
import { benchEveryKind, EveryKindSizeResult } from "./every-kind";
import { withEveryKindSection } from "./every-kind-report";
import { SMALLEST_EVERY_KIND_STACK } from "./every-kind-stack";

const RESULTS_FILE = join(__dirname, "results.json");
const README_FILE = join(__dirname, "README.md");
const DEFAULT_ENGINE_SIZES = [50];

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
  /** The scale scenario, by N. */
  readonly engine?: Record<string, EngineSizeResult>;
  /** The every-kind engine benchmark, by N. */
  readonly everyKind?: Record<string, EveryKindSizeResult>;
}

/**
 * What to run, from the command line (`--engine-sizes 50,200`, `--scale-sizes 500`, `--skip-engine`,
 * `--skip-micro`) or the environment.
 */
interface Options {
  readonly micro: boolean;
  /** Sizes of the every-kind engine benchmark. */
  readonly engineSizes: readonly number[];
  /** Sizes of the scale scenario: none unless asked for. */
  readonly scaleSizes: readonly number[];
  readonly parallel: number;
}

/** Whole numbers of at least `min`, from `50,200`. */
function sizesOf(flag: string, text: string | undefined, fallback: readonly number[], min: number): readonly number[] {
  const sizes = text === undefined ? fallback : text.split(",").map((size) => Number(size.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < min)) {
    throw new Error(`${flag} takes whole numbers of resources of at least ${min}, separated by commas (got ${JSON.stringify(text)})`);
  }
  return sizes;
}

function parseOptions(args: readonly string[], env: NodeJS.ProcessEnv): Options {
  let micro = true;
  let engine = true;
  let sizes = env.BENCH_ENGINE_SIZES;
  let scale = env.BENCH_SCALE_SIZES;
  let parallel = env.BENCH_PARALLEL;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === "--skip-engine") engine = false;
    else if (arg === "--skip-micro") micro = false;
    else if (arg === "--engine-sizes") sizes = args[++i];
    else if (arg.startsWith("--engine-sizes=")) sizes = arg.slice("--engine-sizes=".length);
    else if (arg === "--scale-sizes") scale = args[++i];
    else if (arg.startsWith("--scale-sizes=")) scale = arg.slice("--scale-sizes=".length);
    else if (arg === "--parallel") parallel = args[++i];
    else if (arg.startsWith("--parallel=")) parallel = arg.slice("--parallel=".length);
    else throw new Error(`unknown option ${arg}: use --engine-sizes 50,200, --scale-sizes 500, --parallel 32, --skip-engine or --skip-micro`);
  }
  const engineSizes = sizesOf("--engine-sizes", sizes, DEFAULT_ENGINE_SIZES, SMALLEST_EVERY_KIND_STACK);
  const scaleSizes = sizesOf("--scale-sizes", scale, [], 45);
  const engineParallel = parallel === undefined ? DEFAULT_PARALLEL : Number(parallel);
  if (!Number.isInteger(engineParallel) || engineParallel < 1) throw new Error(`--parallel takes a whole number of at least 1 (got ${JSON.stringify(parallel)})`);
  return { micro, engineSizes: engine ? engineSizes : [], scaleSizes: engine ? scaleSizes : [], parallel: engineParallel };
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
    const result = await benchEveryKind(n, { parallel: options.parallel, latencyMs: LATENCY_MS });
    console.log(`every-kind N=${n}: ${(result.totalMs / 1000).toFixed(0)} s in all`);
    file = { ...file, everyKind: { ...file.everyKind, [String(n)]: result } };
    // Written after each size, so a long run keeps what it has measured.
    writeResults(file);
  }
  for (const n of options.scaleSizes) {
    const result = await benchEngineSize(n, options.parallel);
    console.log(`scale N=${n}: ${(result.totalMs / 1000).toFixed(0)} s in all`);
    file = { ...file, engine: { ...file.engine, [String(n)]: result } };
    writeResults(file);
  }
  writeResults(file);
  console.log(`wrote ${RESULTS_FILE}${file.engine === undefined && file.everyKind === undefined ? "" : ` and the tables of ${README_FILE}`}`);
}

function writeResults(file: ResultsFile): void {
  writeFileSync(RESULTS_FILE, JSON.stringify(file, null, 2) + "\n");
  const engine = Object.values(file.engine ?? {});
  const everyKind = Object.values(file.everyKind ?? {});
  let readme = existsSync(README_FILE) ? readFileSync(README_FILE, "utf8") : "# Benchmarks\n";
  if (everyKind.length > 0) readme = withEveryKindSection(readme, everyKind);
  if (engine.length > 0) readme = withEngineSection(readme, engine);
  writeFileSync(README_FILE, readme);
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
