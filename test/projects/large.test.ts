/**
 * examples/large by its README's steps: `pulumi` in the example's directory with the real Node.js language host,
 * 65 resources up, a preview with nothing to do, destroy. `FRONTEGG_API_BASE_URL` points the steps at the
 * emulator; it wins over the region the README sets, as it would over a real one.
 */
import { cpSync } from "node:fs";
import { join } from "node:path";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { commandsAfter, newProject, Project, runSteps } from "../support/project";
import { managedResources } from "../engine/harness";
import { expectOnlyBuiltIns, expectSecretsAbsent } from "../engine/lifecycle";

jest.setTimeout(600_000);

const repo = join(__dirname, "..", "..");
const OIDC_SECRET = "globex-oidc-client-secret-in-project-7c6d";
const STEPS = commandsAfter(join(repo, "examples", "large", "README.md"), "Run it from a checkout", {
  region: "us",
  "client id": CLIENT_ID,
  "api key": SECRET,
  "globex's OIDC client secret": OIDC_SECRET,
});

let emulator: TestEmulator;
let project: Project;

beforeAll(async () => {
  emulator = await useEmulator();
  project = newProject("large", { inRepo: true });
  cpSync(join(repo, "examples", "large"), join(project.dir, "examples", "large"), { recursive: true });
});
afterAll(async () => {
  project?.dispose();
  await emulator?.stop();
});

it("runs the README's steps: 65 objects up, nothing to do on preview, nothing left after destroy", async () => {
  expect(STEPS[0]).toBe("npm ci && npm run build"); // `npm test` has done it before any suite
  expect(STEPS.slice(-3)).toEqual(["pulumi up", "pulumi preview", "pulumi destroy"]);
  const session = { cwd: "." };
  const env = () => ({ FRONTEGG_API_BASE_URL: emulator.url });
  const outputs = await runSteps(project, STEPS.slice(1, -1), session, env);
  expect(outputs.at(-2)).toContain("+ 66 created");
  expect(outputs.at(-1)).toContain("66 unchanged");
  const exported = (await project.sh("pulumi stack export", { cwd: session.cwd, env: env() })).stdout;
  expect(managedResources(exported)).toHaveLength(65);
  expectSecretsAbsent(exported, project.backendText(), [SECRET, OIDC_SECRET]);
  await runSteps(project, STEPS.slice(-1), session, env);
  await expectOnlyBuiltIns(emulator);
});
