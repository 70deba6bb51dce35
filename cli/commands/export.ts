/**
 * `pulumi-frontegg export --out DIR`: reads every managed kind from a live environment and writes a Pulumi
 * program that declares it, ready to adopt the environment with no changes.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Command } from "commander";
import { REGION_BASE_URLS } from "../../provider/client";
import { CONFIG_KEYS } from "../../provider/configuration";
import { renderProgram } from "../../provider/environment/program";
import { EnvironmentSnapshot, POLICY_GROUPS, readEnvironment } from "../../provider/environment/snapshot";
import { openEnvironment } from "../credentials";
import { ExitError, EXIT } from "../errors";
import { CommandIO, SetExitCode } from "../io";
import { withProgress } from "../progress";

const DETAILS = `
Reads roles, permissions, categories, policies, MFA strategies, email templates, SSO connections and their
group mappings, and IP and e-mail domain restrictions from a Frontegg environment and writes a TypeScript
Pulumi program (index.ts, Pulumi.yaml, package.json) that declares them, with adoptExisting: true so the first
\`pulumi up\` against that environment takes them over. Pulumi.yaml sets frontegg:region (or frontegg:apiBaseUrl)
to where the environment was read, as the default of every stack of the program.

Credentials: FRONTEGG_CLIENT_ID, FRONTEGG_SECRET_KEY and FRONTEGG_API_BASE_URL or FRONTEGG_REGION; or the
same under a prefix with --env PREFIX (PREFIX_FRONTEGG_CLIENT_ID, ...); or a stack's config with --stack.

Progress goes to stderr once the read takes a while; the summary and next steps go to stdout.`;

/** What `export` was given. */
interface ExportOptions {
  readonly out?: string;
  readonly project: string;
  readonly stack?: string;
  readonly env?: string;
  readonly force?: boolean;
  readonly progress?: boolean;
}

/** Adds `export` to the command line. */
export function defineExport(program: Command, io: CommandIO, exit: SetExitCode): Command {
  return program
    .command("export")
    .summary("write a Pulumi program that declares an existing environment")
    .description("Write a Pulumi program that declares an existing Frontegg environment.")
    // Checked in the action rather than as a required option, so commander reports a misspelt option or a stray
    // argument first, with its suggestion.
    .option("-o, --out <dir>", "directory to write the program to (required; empty, or use --force)")
    .option("--project <name>", "Pulumi project name", "frontegg-export")
    .option("-s, --stack <stack>", "read the credentials from this stack's frontegg:* config")
    .option("--env <prefix>", "read the credentials from <PREFIX>_FRONTEGG_* variables")
    .option("-f, --force", "overwrite the generated files in a directory that is not empty")
    .option("--progress", "show progress on stderr from the start")
    .option("--no-progress", "never show progress")
    .addHelpText("after", DETAILS)
    .action(async (options: ExportOptions, command: Command) => {
      if (options.out === undefined) command.error("required option '-o, --out <dir>' not specified", { exitCode: EXIT.error });
      if (options.stack !== undefined && options.env !== undefined) command.error("give at most one of --stack and --env", { exitCode: EXIT.error });
      exit(await runExport({ ...options, out: options.out }, io));
    });
}

async function runExport(options: ExportOptions & { out: string }, io: CommandIO): Promise<number> {
  const out = resolve(options.out);
  if (existsSync(out) && readdirSync(out).length > 0 && !options.force) {
    throw new ExitError(EXIT.error, `${out} is not empty: choose an empty directory, or pass --force to overwrite the generated files`);
  }

  const source = openEnvironment({ prefix: options.env, stack: options.stack }, io.env);
  const progress = { show: options.progress, tty: io.stderrIsTTY, stderr: io.stderr };
  const snapshot = await withProgress(`Reading ${source.client.baseUrl}`, progress, (onProgress) => readEnvironment(source.client, { onProgress })).catch((error: unknown) => {
    throw source.failure(error);
  });
  const target = providerSetting(source.client.baseUrl);
  const program = renderProgram(snapshot, {
    projectName: options.project,
    source: source.client.baseUrl,
    packageVersion: io.version,
    providerConfig: { [target.key]: target.value },
  });

  mkdirSync(out, { recursive: true });
  for (const [name, content] of Object.entries(program.files)) writeFileSync(join(out, name), content);

  io.stdout(`Exported ${summary(snapshot)} from ${source.client.baseUrl} to ${out}\n`);
  io.stdout(`\nNext:\n  cd ${options.out}\n  npm install\n  pulumi stack init <name>\n`);
  io.stdout(`  pulumi config set ${target.key} ${target.value}   # where it was exported from (Pulumi.yaml's default)\n`);
  io.stdout(`  pulumi config set frontegg:clientId <client id>\n  pulumi config set --secret frontegg:secretKey <secret key>\n`);
  for (const secret of program.secretConfigKeys) io.stdout(`  pulumi config set --secret ${secret.key} <value>   # ${secret.description}\n`);
  io.stdout("  pulumi up   # adopts the existing objects: no creates\n");
  return EXIT.ok;
}

/**
 * The provider setting that targets the API at `baseUrl`: `frontegg:region` when it is a region's host (however
 * it was given), else `frontegg:apiBaseUrl`.
 */
export function providerSetting(baseUrl: string): { key: string; value: string } {
  const region = Object.entries(REGION_BASE_URLS).find(([, url]) => url === baseUrl)?.[0];
  return region !== undefined ? { key: CONFIG_KEYS.region, value: region } : { key: CONFIG_KEYS.apiBaseUrl, value: baseUrl };
}

function summary(snapshot: EnvironmentSnapshot): string {
  const count = (record: object, noun: string) => `${Object.keys(record).length} ${noun}`;
  return [
    count(snapshot.categories, "categories"),
    count(snapshot.permissions, "permissions"),
    count(snapshot.roles, "roles"),
    `${POLICY_GROUPS.reduce((sum, group) => sum + Object.keys(snapshot[group]).length, 0)} policies`,
    count(snapshot.mfaStrategies, "MFA strategies"),
    count(snapshot.emailTemplates, "email templates"),
    count(snapshot.ssoConfigurations, "SSO connections"),
    count(snapshot.ssoGroupMappings, "SSO group mappings"),
    count(snapshot.ipRestrictions, "IP restrictions"),
    count(snapshot.emailDomainRestrictions, "e-mail domain restrictions"),
    `${Object.keys(snapshot.ipRestrictionModes).length + Object.keys(snapshot.emailDomainRestrictionModes).length} restriction modes`,
  ].join(", ");
}
