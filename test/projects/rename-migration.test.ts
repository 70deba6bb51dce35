/**
 * A stack made with 0.1.0, when the Pulumi package was `frontegg`, taken over by this version's `frontegg-native`
 * classes as the README's "Its names, and upgrading from 0.1.0" says: a real `pulumi` in a TypeScript project on
 * `pulumi-frontegg/native`, the plugin on PATH, against the emulator.
 *
 * 0.1.0's state differs from this version's only in the package name, so the test makes it the way a 0.1.0 stack
 * holds it: it runs the program, then rewrites the exported state's type tokens, URNs and provider references to
 * `frontegg:index:<Kind>` and `pulumi:providers:frontegg`, and moves the stack config back to `frontegg:*`. Then
 * the README's steps, one by one: the config moves to `frontegg-native:*`, the preview shows every Frontegg
 * object unchanged, the up writes nothing to Frontegg, and afterwards the state has only the new names.
 */
import { join } from "node:path";
import { rmSync, writeFileSync } from "node:fs";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { pluginOnPath } from "../support/plugin";
import { commandsAfter, newProject, Project } from "../support/project";
import { expectOnlyBuiltIns, writesSeen } from "../engine/lifecycle";
import { FORMER_PACKAGE, PACKAGE } from "../../provider/package-name";

jest.setTimeout(600_000);

const repo = join(__dirname, "..", "..");

const PROGRAM = `import * as pulumi from "@pulumi/pulumi";
import * as frontegg from "pulumi-frontegg/native";

const config = new pulumi.Config();
const read = new frontegg.Permission("invoices-read", { key: "invoices.read", name: "Read invoices" });
new frontegg.Role("billing", { key: "billing", name: "Billing", level: 3, permissionIds: [read.id] });
const second = new frontegg.Provider("second", { apiBaseUrl: config.require("secondUrl") });
new frontegg.Permission("reports-read", { key: "reports.read", name: "Read reports" }, { provider: second });
`;

/** What is in state of this package, and of the old one: the types of every resource and provider. */
function typesIn(exported: string): string[] {
  const deployment = JSON.parse(exported) as { deployment: { resources: { type: string }[] } };
  return deployment.deployment.resources.map((resource) => resource.type).filter((type) => type !== "pulumi:pulumi:Stack").sort();
}

/** The exported state as 0.1.0 wrote it: the same, under the package name `frontegg`. */
function asFormerPackage(exported: string): string {
  return exported
    .replaceAll(`pulumi:providers:${PACKAGE}`, `pulumi:providers:${FORMER_PACKAGE}`)
    .replaceAll(`${PACKAGE}:index:`, `${FORMER_PACKAGE}:index:`);
}

let emulator: TestEmulator;
let second: TestEmulator;
let plugin: string;
let project: Project;

beforeAll(async () => {
  [emulator, second] = await Promise.all([useEmulator(), useEmulator()]);
  plugin = pluginOnPath();
  project = newProject("rename-migration", { inRepo: true, pathPrefix: [plugin] });
  writeFileSync(join(project.dir, "Pulumi.yaml"), "name: rename-migration\nruntime:\n  name: nodejs\n  options:\n    typescript: true\nmain: index.ts\n");
  const compilerOptions = { strict: true, outDir: "bin", target: "es2020", module: "commonjs", moduleResolution: "node" };
  writeFileSync(join(project.dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["index.ts"] }, null, 2));
  writeFileSync(join(project.dir, "index.ts"), PROGRAM);
  await project.sh("pulumi stack init dev");
  await project.sh(`pulumi config set secondUrl ${second.url}`);
});

afterAll(async () => {
  project?.dispose();
  await Promise.all([emulator?.stop(), second?.stop()]);
  if (plugin) rmSync(plugin, { recursive: true, force: true });
});

/** Stack config of one namespace: what the program's providers read. */
async function configure(namespace: string): Promise<void> {
  await project.sh(`pulumi config set ${namespace}:clientId ${CLIENT_ID} && pulumi config set ${namespace}:apiBaseUrl ${emulator.url}`);
  await project.sh(`pulumi config set --secret ${namespace}:secretKey '${SECRET}'`);
}

it("makes a stack in 0.1.0's names", async () => {
  // The explicit provider takes the credentials from the stack config too (its apiBaseUrl is its own).
  await configure(PACKAGE);
  await project.sh("pulumi up");
  const exported = (await project.sh("pulumi stack export")).stdout;
  const former = asFormerPackage(exported);
  writeFileSync(join(project.dir, "..", "former.json"), former);
  await project.sh("pulumi stack import --file ../former.json");
  await project.sh(`pulumi config rm ${PACKAGE}:clientId && pulumi config rm ${PACKAGE}:apiBaseUrl && pulumi config rm ${PACKAGE}:secretKey`);
  await configure(FORMER_PACKAGE);

  const types = typesIn((await project.sh("pulumi stack export")).stdout);
  expect(types).toEqual([
    `${FORMER_PACKAGE}:index:Permission`,
    `${FORMER_PACKAGE}:index:Permission`,
    `${FORMER_PACKAGE}:index:Role`,
    `pulumi:providers:${FORMER_PACKAGE}`,
    `pulumi:providers:${FORMER_PACKAGE}`,
  ]);
});

it("takes the stack over by the README's steps, replacing and writing nothing in Frontegg", async () => {
  const before = { first: await emulator.client().permissions.list(), second: await second.client().permissions.list(), roles: await emulator.client().roles.list() };
  await emulator.control("DELETE", "/requests");
  await second.control("DELETE", "/requests");

  const steps = commandsAfter(join(repo, "README.md"), "In each stack, once:");
  expect(steps.some((step) => step.startsWith("pulumi up"))).toBe(true);
  const outputs: string[] = [];
  for (const step of steps) outputs.push((await project.sh(step)).stdout);

  const preview = outputs[steps.findIndex((step) => step.startsWith("pulumi preview"))]!;
  // Nothing of Frontegg is created, replaced or deleted; at most the providers' types change.
  expect(preview).not.toMatch(/^\s*[+-]{1,2}\s+.*frontegg-native:index:/m);
  expect(preview).not.toMatch(/replace/i);
  expect(await writesSeen(emulator)).toEqual([]);
  expect(await writesSeen(second)).toEqual([]);
  expect({ first: await emulator.client().permissions.list(), second: await second.client().permissions.list(), roles: await emulator.client().roles.list() }).toEqual(before);

  const types = typesIn((await project.sh("pulumi stack export")).stdout);
  expect(types).toEqual([`${PACKAGE}:index:Permission`, `${PACKAGE}:index:Permission`, `${PACKAGE}:index:Role`, `pulumi:providers:${PACKAGE}`, `pulumi:providers:${PACKAGE}`]);
  const config = (await project.sh("pulumi config --show-secrets=false")).stdout;
  expect(config).not.toMatch(new RegExp(`^${FORMER_PACKAGE}:`, "m"));
  await project.sh("pulumi preview --expect-no-changes");
});

it("destroys the stack it took over", async () => {
  await project.sh("pulumi destroy");
  await Promise.all([expectOnlyBuiltIns(emulator), expectOnlyBuiltIns(second)]);
});
