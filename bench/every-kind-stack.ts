/**
 * The every-kind benchmark's stack: the sample of every row of the kind table (test/support/kind-samples.ts),
 * then copies of the listed kinds that have a `benchCopy`, taken in turn until the stack holds N resources. A kind
 * added with its row is benched by construction. The same stack is declared three ways: with the dynamic classes
 * (`pulumi-frontegg`), with the native provider's (`pulumi-frontegg/native`), and over a dynamic provider that
 * does nothing (./floor-provider.js), the engine's floor.
 */
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import type { PulumiFn } from "@pulumi/pulumi/automation";
import * as dynamicClasses from "pulumi-frontegg";
import { definitionOf } from "../provider/resources";
import * as nativeClasses from "../sdk/native";
import { PROVIDER_KEY, typeTokenOf } from "../provider/dynamic-shim";
import { assertSamplesCoverRegistry, KIND_SAMPLES, resolveSample, SampleArgs, sampleName } from "../test/support/kind-samples";

/** How the stack's resources are declared. */
export const PROVIDERS = ["floor", "dynamic", "native"] as const;
export type BenchProvider = (typeof PROVIDERS)[number];

/** One resource of the stack: its kind, name and arguments (references to the kinds' samples). */
export interface StackEntry {
  readonly kind: string;
  readonly name: string;
  readonly args: SampleArgs;
}

/** The smallest every-kind stack: one resource of each kind. */
export const SMALLEST_EVERY_KIND_STACK = KIND_SAMPLES.length;

/** The resources of the stack of `n`: every kind's sample, then copies in turn. */
export function everyKindStack(n: number): StackEntry[] {
  assertSamplesCoverRegistry();
  if (n < SMALLEST_EVERY_KIND_STACK) throw new Error(`the every-kind stack holds one resource of each of the ${SMALLEST_EVERY_KIND_STACK} kinds: N=${n} is too small`);
  const entries: StackEntry[] = KIND_SAMPLES.map((row) => ({ kind: row.kind, name: sampleName(row.kind), args: row.args }));
  const copyable = KIND_SAMPLES.filter((row) => row.benchCopy !== undefined);
  for (let i = 0; entries.length < n; i += 1) {
    const row = copyable[i % copyable.length]!;
    const copy = Math.floor(i / copyable.length);
    entries.push({ kind: row.kind, name: `${sampleName(row.kind)}-${copy + 1}`, args: row.benchCopy!(copy) });
  }
  return entries;
}

/** Resources per kind, for the report. */
export function countsByKind(entries: readonly StackEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of entries) counts[entry.kind] = (counts[entry.kind] ?? 0) + 1;
  return counts;
}

/** The floor's `__provider`: one line, as ours is, loading a provider that does nothing. */
const FLOOR_PROVIDER = `exports.handler=()=>require(${JSON.stringify(join(__dirname, "floor-provider.js"))})`;

/** A resource of the do-nothing provider, with the type token, inputs and secret outputs ours would have. */
class FloorResource extends pulumi.CustomResource {
  constructor(kind: string, name: string, args: Record<string, unknown>) {
    const secrets = definitionOf(kind)!.secrets;
    const props = Object.fromEntries(Object.entries(args).map(([key, value]) => [key, secrets.includes(key) ? pulumi.secret(value) : value]));
    super(typeTokenOf(kind), name, { ...props, [PROVIDER_KEY]: FLOOR_PROVIDER }, { additionalSecretOutputs: [...secrets] });
  }
}

type Constructor = new (name: string, args: Record<string, unknown>) => pulumi.CustomResource;

/** The inline program declaring `entries` with `provider`'s classes. */
export function everyKindProgram(entries: readonly StackEntry[], provider: BenchProvider): PulumiFn {
  const classes = { dynamic: dynamicClasses, native: nativeClasses }[provider === "floor" ? "dynamic" : provider] as unknown as Record<string, Constructor>;
  return async () => {
    const ids = new Map<string, pulumi.Output<string>>();
    for (const entry of entries) {
      const args = resolveSample(entry.args, (kind) => ids.get(kind));
      const resource = provider === "floor" ? new FloorResource(entry.kind, entry.name, args) : new classes[entry.kind]!(entry.name, args);
      if (!ids.has(entry.kind)) ids.set(entry.kind, resource.id);
    }
  };
}
