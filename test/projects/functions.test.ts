/**
 * The functions in the engine, as users run them: a real `pulumi` in a project directory with the real language
 * host, the native plugin on PATH. In TypeScript (pulumi-frontegg/native), Python (the generated SDK) and YAML
 * (`fn::invoke`), each program looks up Frontegg's built-in `Admin` role and an `fe.*` permission and grants them
 * in Roles it creates, and looks up a role through an explicit provider pointed at a second emulator, which only
 * that environment has. The same program given a key that does not exist fails, naming it.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { pluginOnPath } from "../support/plugin";
import { newProject, Project, pythonProject } from "../support/project";
import { expectOnlyBuiltIns } from "../engine/lifecycle";

jest.setTimeout(900_000);

/** The built-in permission each program grants; `permissionKey` in the stack config overrides it. */
const FE_PERMISSION = "fe.secure.read.users";
/** A role only the second environment has: found only through the explicit provider. */
const SECOND_ONLY = "second-only";

/** How a language's project is written. */
interface Language {
  /** Writes the program's files; returns what its commands need in their environment. */
  setUp(project: Project): Record<string, string>;
}

const TYPESCRIPT = `import * as pulumi from "@pulumi/pulumi";
import * as frontegg from "pulumi-frontegg/native";

const config = new pulumi.Config();
const permissionKey = config.get("permissionKey") ?? "${FE_PERMISSION}";
const admin = frontegg.getRoleOutput({ key: "Admin" });
const builtIns = frontegg.getPermissionsOutput({ keys: [permissionKey] });
const second = new frontegg.Provider("second", { clientId: config.require("secondClientId"), secretKey: config.requireSecret("secondSecret"), apiBaseUrl: config.require("secondUrl") });
const inSecond = frontegg.getRoleOutput({ key: "${SECOND_ONLY}" }, { provider: second });

new frontegg.Role("support", { key: "support", name: "Support", level: 5, permissionIds: [builtIns.ids.apply((ids) => ids[permissionKey]!)] });
new frontegg.Role("admin-copy", { key: "admin-copy", name: "Admin copy", level: 6, permissionIds: admin.permissionIds });
export const adminId = admin.id;
export const secondRoleId = inSecond.id;
`;

const PYTHON = `import pulumi
import pulumi_frontegg_native as frontegg

config = pulumi.Config()
permission_key = config.get("permissionKey") or "${FE_PERMISSION}"
admin = frontegg.get_role_output(key="Admin")
built_ins = frontegg.get_permissions_output(keys=[permission_key])
second = frontegg.Provider("second", client_id=config.require("secondClientId"), secret_key=config.require_secret("secondSecret"), api_base_url=config.require("secondUrl"))
in_second = frontegg.get_role(key="${SECOND_ONLY}", opts=pulumi.InvokeOptions(provider=second))

frontegg.Role("support", key="support", name="Support", level=5, permission_ids=[built_ins.ids.apply(lambda ids: ids[permission_key])])
frontegg.Role("admin-copy", key="admin-copy", name="Admin copy", level=6, permission_ids=admin.permission_ids)
pulumi.export("adminId", admin.id)
pulumi.export("secondRoleId", in_second.id)
`;

function yamlProgram(): Record<string, unknown> {
  const invoke = (fn: string, args: Record<string, unknown>, options?: Record<string, unknown>) => ({ "fn::invoke": { function: `frontegg-native:index:${fn}`, arguments: args, ...(options ? { options } : {}) } });
  return {
    name: "functions-yaml",
    runtime: "yaml",
    config: { permissionKey: { type: "string", default: FE_PERMISSION }, secondClientId: { type: "string" }, secondSecret: { type: "string" }, secondUrl: { type: "string" } },
    variables: {
      admin: invoke("getRole", { key: "Admin" }),
      builtIns: invoke("getPermissions", { keys: ["${permissionKey}"] }),
      inSecond: invoke("getRole", { key: SECOND_ONLY }, { provider: "${second}" }),
    },
    resources: {
      second: { type: "pulumi:providers:frontegg-native", properties: { clientId: "${secondClientId}", secretKey: "${secondSecret}", apiBaseUrl: "${secondUrl}" } },
      support: { type: "frontegg-native:index:Role", properties: { key: "support", name: "Support", level: 5, permissionIds: ["${builtIns.permissions[0].id}"] } },
      "admin-copy": { type: "frontegg-native:index:Role", properties: { key: "admin-copy", name: "Admin copy", level: 6, permissionIds: "${admin.permissionIds}" } },
    },
    outputs: { adminId: "${admin.id}", secondRoleId: "${inSecond.id}" },
  };
}

const LANGUAGES: Record<string, Language> = {
  typescript: {
    setUp(project) {
      writeFileSync(join(project.dir, "Pulumi.yaml"), "name: functions-typescript\nruntime:\n  name: nodejs\n  options:\n    typescript: true\nmain: index.ts\n");
      // The tsconfig of Pulumi's TypeScript template.
      const compilerOptions = { strict: true, outDir: "bin", target: "es2020", module: "commonjs", moduleResolution: "node", sourceMap: true, experimentalDecorators: true, forceConsistentCasingInFileNames: true };
      writeFileSync(join(project.dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["index.ts"] }, null, 2));
      writeFileSync(join(project.dir, "index.ts"), TYPESCRIPT);
      return {};
    },
  },
  python: {
    setUp(project) {
      writeFileSync(join(project.dir, "Pulumi.yaml"), "name: functions-python\nruntime: python\n");
      writeFileSync(join(project.dir, "__main__.py"), PYTHON);
      return pythonProject(project);
    },
  },
  yaml: {
    setUp(project) {
      writeFileSync(join(project.dir, "Pulumi.yaml"), stringify(yamlProgram()));
      return {};
    },
  },
};

let first: TestEmulator;
let second: TestEmulator;
let plugin: string;

beforeAll(async () => {
  [first, second] = await Promise.all([useEmulator(), useEmulator()]);
  plugin = pluginOnPath();
});
afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  if (plugin) rmSync(plugin, { recursive: true, force: true });
});

describe.each(Object.keys(LANGUAGES))("%s", (language) => {
  let project: Project;
  let env: Record<string, string>;
  let secondRoleId: string;

  beforeAll(async () => {
    await Promise.all([first.reset(), second.reset()]);
    secondRoleId = (await second.client().roles.create([{ key: SECOND_ONLY, name: "Second only", level: 9 }]))[0]!.id;
    project = newProject(`functions-${language}`, { inRepo: language === "typescript", pathPrefix: [plugin] });
    env = LANGUAGES[language]!.setUp(project);
    await project.sh("pulumi stack init test", { env });
    await project.sh(`pulumi config set frontegg-native:clientId ${CLIENT_ID} && pulumi config set frontegg-native:apiBaseUrl ${first.url}`, { env });
    await project.sh(`pulumi config set --secret frontegg-native:secretKey '${SECRET}' && pulumi config set --secret secondSecret '${SECRET}'`, { env });
    await project.sh(`pulumi config set secondClientId ${CLIENT_ID} && pulumi config set secondUrl ${second.url}`, { env });
  });
  afterAll(() => project?.dispose());

  it("grants the looked-up built-ins in the roles it creates, and reads the second environment through its provider", async () => {
    const up = await project.sh("pulumi up", { env });
    // The stack, the second provider and the two roles.
    expect(up.stdout).toContain("+ 4 created");
    const roles = await first.client().roles.list();
    const admin = roles.find((r) => r.key === "Admin")!;
    const feId = (await first.client().permissions.list()).find((p) => p.key === FE_PERMISSION)!.id;
    expect(roles.find((r) => r.key === "support")?.permissions).toEqual([feId]);
    expect(roles.find((r) => r.key === "admin-copy")?.permissions.slice().sort()).toEqual(admin.permissions.slice().sort());
    expect(admin.permissions.length).toBeGreaterThan(0);
    const outputs = JSON.parse((await project.sh("pulumi stack output --json", { env })).stdout) as Record<string, string>;
    expect(outputs).toEqual({ adminId: admin.id, secondRoleId });
    // Nothing was created in the second environment: it was only read.
    expect((await second.client().roles.list()).map((r) => r.key).sort()).toEqual(["Admin", "ReadOnly", SECOND_ONLY]);
    await project.sh("pulumi preview --expect-no-changes", { env });
  });

  it("fails, naming the key, when a looked-up key does not exist", async () => {
    await project.sh("pulumi config set permissionKey fe.no.such.permission", { env });
    const preview = await project.sh("pulumi preview", { env, allowFailure: true });
    expect(preview.status).not.toBe(0);
    expect(`${preview.stdout}\n${preview.stderr}`).toContain('getPermissions: no permission with key "fe.no.such.permission" in the Frontegg environment');
    expect(`${preview.stdout}\n${preview.stderr}`).not.toContain(SECRET);
    await project.sh("pulumi config rm permissionKey", { env });
  });

  it("destroys what it created", async () => {
    await project.sh("pulumi destroy", { env });
    await expectOnlyBuiltIns(first);
  });
});
