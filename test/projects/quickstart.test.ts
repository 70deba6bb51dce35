/**
 * The quickstart as the README tells a user to run it: `pulumi` in the repository's root layout, whose Pulumi.yaml
 * names the program, the real Node.js language host compiling examples/quickstart/index.ts, every step read from
 * the README's block. The only change to the steps: `FRONTEGG_API_BASE_URL` points at the emulator, which wins
 * over the region the README sets, as it would over a real one.
 */
import { cpSync } from "node:fs";
import { join } from "node:path";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { commandsAfter, newProject, Project } from "../support/project";
import { managedResources } from "../engine/harness";
import { expectOnlyBuiltIns, expectSecretsAbsent } from "../engine/lifecycle";

jest.setTimeout(600_000);

const repo = join(__dirname, "..", "..");
const STEPS = commandsAfter(join(repo, "README.md"), "Pointing the quickstart at a real environment", {
  "client id": CLIENT_ID,
  "api key": SECRET,
  "one of your tenant ids": "acme",
});

let emulator: TestEmulator;
let project: Project;

beforeAll(async () => {
  emulator = await useEmulator();
  await emulator.client().tenants.create({ tenantId: "acme", name: "ACME" });
  project = newProject("quickstart", { inRepo: true });
  // The root's Pulumi.yaml with the program it names, where the README's commands run: in the checkout's layout.
  cpSync(join(repo, "Pulumi.yaml"), join(project.dir, "Pulumi.yaml"));
  cpSync(join(repo, "examples", "quickstart"), join(project.dir, "examples", "quickstart"), { recursive: true });
});
afterAll(async () => {
  project?.dispose();
  await emulator?.stop();
});

it("builds the checkout first, which `npm test` has done before any suite", () => {
  expect(STEPS[0]).toBe("npm ci && npm run build");
});

it("runs the README's steps: up creates every object of the quickstart, preview finds nothing to do, destroy removes them", async () => {
  const env = { FRONTEGG_API_BASE_URL: emulator.url };
  const outputs: string[] = [];
  for (const step of STEPS.slice(1)) {
    const result = await project.sh(step, { env });
    outputs.push(result.stdout);
    if (step === "pulumi up") {
      const state = await project.sh("pulumi stack export", { env });
      expect(managedResources(state.stdout)).toHaveLength(11);
      expect((await emulator.client().roles.list()).map((r) => r.key).sort()).toEqual(["Admin", "ReadOnly", "billing-admin", "billing-viewer"]);
      expect((await emulator.client().sso.list("acme")).map((c) => c.domains.map((d) => d.domain))).toEqual([["acme.example"]]);
      // The key never reaches the state or the backend's files, not even encrypted under another name.
      expectSecretsAbsent(state.stdout, project.backendText(), [SECRET]);
    }
    if (step === "pulumi preview") expect(result.stdout).toMatch(/12 unchanged/);
  }
  expect(STEPS.slice(-3)).toEqual(["pulumi up", "pulumi preview", "pulumi destroy"]);
  expect(outputs.join("\n")).not.toContain(SECRET);
  await expectOnlyBuiltIns(emulator);
});
