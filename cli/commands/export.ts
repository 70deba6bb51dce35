/**
 * `pulumi-frontegg export --out DIR`: reads every managed kind from a live environment and writes a Pulumi
 * program that declares it, ready to adopt the environment with no changes.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { FronteggClient } from "../../provider/client";
import { renderProgram } from "../../provider/environment/program";
import { EnvironmentSnapshot, POLICY_GROUPS, readEnvironment } from "../../provider/environment/snapshot";
import { optionsFromEnv, optionsFromStack } from "../credentials";
import { ExitError, EXIT } from "../errors";

export const USAGE = `Usage: pulumi-frontegg export --out DIR [--project NAME] [--stack STACK | --env PREFIX] [--force]

Reads roles, permissions, categories, policies, MFA strategies, email templates, SSO connections and their
group mappings, and IP and e-mail domain restrictions from a Frontegg environment and writes a TypeScript
Pulumi program (index.ts, Pulumi.yaml, package.json) that declares them, with adoptExisting: true so the first
\`pulumi up\` against that environment takes them over.

Credentials: FRONTEGG_CLIENT_ID, FRONTEGG_SECRET_KEY and FRONTEGG_API_BASE_URL or FRONTEGG_REGION; or the
same under a prefix with --env PREFIX (PREFIX_FRONTEGG_CLIENT_ID, ...); or a stack's config with --stack.`;

/** Runs the command; returns the exit code. */
export async function exportCommand(argv: string[], io: { stdout: (text: string) => void; env: NodeJS.ProcessEnv; version: string }): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { out: { type: "string" }, project: { type: "string" }, stack: { type: "string" }, env: { type: "string" }, force: { type: "boolean" }, help: { type: "boolean" } },
    strict: true,
  });
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (!values.out) throw new ExitError(EXIT.error, `--out is required\n\n${USAGE}`);
  const out = resolve(values.out);
  if (existsSync(out) && readdirSync(out).length > 0 && !values.force) {
    throw new ExitError(EXIT.error, `${out} is not empty: choose an empty directory, or pass --force to overwrite the generated files`);
  }

  const { options, env } = values.stack ? { options: optionsFromStack(values.stack, io.env), env: io.env } : optionsFromEnv(io.env, values.env);
  const client = new FronteggClient(options, env);
  const snapshot = await readEnvironment(client);
  const program = renderProgram(snapshot, { projectName: values.project ?? "frontegg-export", source: client.baseUrl, packageVersion: io.version });

  mkdirSync(out, { recursive: true });
  for (const [name, content] of Object.entries(program.files)) writeFileSync(join(out, name), content);

  io.stdout(`Exported ${summary(snapshot)} from ${client.baseUrl} to ${out}\n`);
  io.stdout(`\nNext:\n  cd ${values.out}\n  npm install\n  pulumi stack init <name>\n`);
  io.stdout(`  pulumi config set frontegg:clientId <client id>\n  pulumi config set --secret frontegg:secretKey <secret key>\n`);
  for (const secret of program.secretConfigKeys) io.stdout(`  pulumi config set --secret ${secret.key} <value>   # ${secret.description}\n`);
  io.stdout("  pulumi up   # adopts the existing objects: no creates\n");
  return EXIT.ok;
}

function summary(snapshot: EnvironmentSnapshot): string {
  const counted = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const count = (record: object, one: string, many?: string) => counted(Object.keys(record).length, one, many);
  return [
    count(snapshot.categories, "category", "categories"),
    count(snapshot.permissions, "permission"),
    count(snapshot.roles, "role"),
    counted(POLICY_GROUPS.reduce((sum, group) => sum + Object.keys(snapshot[group]).length, 0), "policy", "policies"),
    count(snapshot.mfaStrategies, "MFA strategy", "MFA strategies"),
    count(snapshot.emailTemplates, "email template"),
    count(snapshot.ssoConfigurations, "SSO connection"),
    count(snapshot.ssoGroupMappings, "SSO group mapping"),
    count(snapshot.ipRestrictions, "IP restriction"),
    count(snapshot.emailDomainRestrictions, "e-mail domain restriction"),
    counted(Object.keys(snapshot.ipRestrictionModes).length + Object.keys(snapshot.emailDomainRestrictionModes).length, "restriction mode"),
    count(snapshot.features, "feature"),
    count(snapshot.plans, "plan"),
    count(snapshot.featureFlags, "feature flag"),
    count(snapshot.socialLogins, "social login"),
    count(snapshot.webhooks, "webhook"),
    count(snapshot.applications, "application"),
    count(snapshot.redirectUris, "redirect URI"),
    count(snapshot.allowedOrigins, "allowed origin"),
  ].join(", ");
}
