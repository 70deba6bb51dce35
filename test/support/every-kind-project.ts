/**
 * A project directory declaring one resource of every kind (test/support/kind-samples.ts) in a language other
 * than TypeScript, through the native plugin, and the stack the project suites bring up from it.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CLIENT_ID, SECRET } from "./emulator";
import { KIND_SAMPLES, SAMPLE_SECRETS } from "./kind-samples";
import { Project, pythonProject, CommandResult } from "./project";
import { pythonProgram, yamlProject, yamlText } from "./sample-programs";

export type EveryKindLanguage = "python" | "yaml";

/** Writes the program of every kind, as project `name`; returns what the project's commands need in their environment. */
export function writeEveryKindProgram(project: Project, language: EveryKindLanguage, name: string): Record<string, string> {
  if (language === "yaml") {
    writeFileSync(join(project.dir, "Pulumi.yaml"), yamlText(yamlProject(name)));
    return {};
  }
  writeFileSync(join(project.dir, "Pulumi.yaml"), `name: ${name}\nruntime: python\ndescription: One resource of every kind\n`);
  writeFileSync(join(project.dir, "__main__.py"), pythonProgram());
  return pythonProject(project);
}

/** Creates stack `test` configured for the emulator at `apiBaseUrl` (every sample's secret set as a secret), runs `pulumi up` and checks it created every kind. */
export async function upEveryKind(project: Project, env: Record<string, string>, apiBaseUrl: string): Promise<CommandResult> {
  await project.sh("pulumi stack init test", { env });
  await project.sh(`pulumi config set frontegg-native:clientId ${CLIENT_ID} && pulumi config set frontegg-native:apiBaseUrl ${apiBaseUrl}`, { env });
  for (const [key, value] of Object.entries({ "frontegg-native:secretKey": SECRET, ...SAMPLE_SECRETS })) await project.sh(`pulumi config set --secret ${key} '${value}'`, { env });
  const up = await project.sh("pulumi up", { env });
  // The samples and the default provider.
  expect(up.stdout).toContain(`+ ${KIND_SAMPLES.length + 1} created`);
  return up;
}
