/**
 * `pulumi-frontegg export --out DIR`: reads every managed kind from a live environment and writes a Pulumi
 * program that declares it, ready to adopt the environment with no changes.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { REGION_BASE_URLS } from "../../provider/client";
import { CONFIG_KEYS } from "../../provider/configuration";
import { renderProgram } from "../../provider/environment/program";
import { summarize } from "../../provider/environment/diff";
import { includedBy, readEnvironment } from "../../provider/environment/snapshot";
import { openEnvironment } from "../credentials";
import { ExitError, EXIT } from "../errors";
import { CommandIO } from "../io";
import { withProgress } from "../progress";

/** What `export` was given. */
export interface ExportOptions {
  readonly out: string;
  readonly project: string;
  readonly stack?: string;
  readonly env?: string;
  readonly force?: boolean;
  readonly progress?: boolean;
  /** package.json's spec for pulumi-frontegg (a tarball's path before the first release); default `^<version>`. */
  readonly package?: string;
  /** `--tenants`: export the tenants themselves too (an opt-in kind; see `environment.optIn`). */
  readonly tenants?: boolean;
}

/** Runs `export` with its parsed options; resolves to the exit code. */
export async function runExport(options: ExportOptions, io: CommandIO): Promise<number> {
  const out = resolve(options.out);
  if (existsSync(out) && readdirSync(out).length > 0 && !options.force) {
    throw new ExitError(EXIT.error, `${out} is not empty: choose an empty directory, or pass --force to overwrite the generated files`);
  }

  const source = openEnvironment({ prefix: options.env, stack: options.stack }, io.env);
  const progress = { show: options.progress, tty: io.stderrIsTTY, stderr: io.stderr };
  const snapshot = await withProgress(`Reading ${source.client.baseUrl}`, progress, (onProgress) => readEnvironment(source.client, { onProgress, include: includedBy(options) })).catch((error: unknown) => {
    throw source.failure(error);
  });
  const target = providerSetting(source.client.baseUrl);
  const program = renderProgram(snapshot, {
    projectName: options.project,
    source: source.client.baseUrl,
    packageVersion: io.version,
    packageSpec: packageSpec(options.package),
    providerConfig: { [target.key]: target.value },
  });

  mkdirSync(out, { recursive: true });
  for (const [name, content] of Object.entries(program.files)) writeFileSync(join(out, name), content);

  io.stdout(`Exported ${summarize(snapshot)} from ${source.client.baseUrl} to ${out}\n`);
  io.stdout(`\nNext:\n  cd ${options.out}\n  npm install\n  pulumi stack init <name>\n`);
  io.stdout(`  pulumi config set ${target.key} ${target.value}   # where it was exported from (Pulumi.yaml's default)\n`);
  io.stdout(`  pulumi config set frontegg-native:clientId <client id>\n  pulumi config set --secret frontegg-native:secretKey <secret key>\n`);
  for (const setting of program.configKeys) io.stdout(`  pulumi config set ${setting.secret ? "--secret " : ""}${setting.key} <value>   # ${setting.description}\n`);
  io.stdout("  pulumi up   # adopts the existing objects: no creates\n");
  return EXIT.ok;
}

/**
 * package.json's spec for pulumi-frontegg: a file or directory given by a path relative to where `export` runs
 * becomes an absolute `file:` spec, since npm resolves relative specs from the program's directory instead.
 */
function packageSpec(given: string | undefined): string | undefined {
  if (given === undefined || /^[a-z+]+:/i.test(given) || !existsSync(given)) return given;
  return `file:${resolve(given)}`;
}

/**
 * The provider setting that targets the API at `baseUrl`: `frontegg-native:region` when it is a region's host (however
 * it was given), else `frontegg-native:apiBaseUrl`.
 */
export function providerSetting(baseUrl: string): { key: string; value: string } {
  const region = Object.entries(REGION_BASE_URLS).find(([, url]) => url === baseUrl)?.[0];
  return region !== undefined ? { key: CONFIG_KEYS.region, value: region } : { key: CONFIG_KEYS.apiBaseUrl, value: baseUrl };
}
