/**
 * The main job: runs the quickstart stack against the bundled Frontegg emulator under the real Pulumi engine.
 *
 *   npm run demo               pulumi up, show what exists in the environment, then a preview with no changes
 *   npm run demo -- --destroy  tear the stack down
 *
 * The emulator keeps its state in .demo/emulator-state.json and the stack its state in .demo/backend, so a
 * second run finds everything in place and reports nothing to do.
 */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { LocalWorkspace } from "@pulumi/pulumi/automation";
import { startEmulator } from "../emulator";
import { FronteggClient } from "../provider/client";
import quickstart = require("../examples/quickstart");
import { pulumiCliPath, pulumiCommandFor } from "./pulumi-cli";

const repo = join(__dirname, "..");
const demoDir = join(repo, ".demo");
const CLIENT_ID = "demo-client-id";
const SECRET = "demo-secret-key";
// Fixed, because the API URL is part of the stack's provider configuration.
const PORT = Number(process.env.DEMO_EMULATOR_PORT ?? 8787);

async function main(): Promise<void> {
  const destroy = process.argv.includes("--destroy");
  const cli = pulumiCliPath();
  mkdirSync(join(demoDir, "backend"), { recursive: true });
  mkdirSync(join(demoDir, "workspace"), { recursive: true });

  const emulator = await startEmulator({ port: PORT, clientId: CLIENT_ID, secret: SECRET, statePath: join(demoDir, "emulator-state.json") }).catch(
    (error: Error) => {
      throw new Error(`could not start the emulator on 127.0.0.1:${PORT} (${error.message}); set DEMO_EMULATOR_PORT to a free port`);
    },
  );
  console.log(`Frontegg emulator listening on ${emulator.url} (state in .demo/emulator-state.json)\n`);
  try {
    const stack = await LocalWorkspace.createOrSelectStack(
      { stackName: "demo", projectName: "frontegg-quickstart", program: quickstart },
      {
        // Inside the repository, so the dynamic provider plugin resolves pulumi-frontegg from it.
        workDir: join(demoDir, "workspace"),
        pulumiCommand: await pulumiCommandFor(cli),
        projectSettings: { name: "frontegg-quickstart", runtime: "nodejs", backend: { url: `file://${join(demoDir, "backend")}` } },
        envVars: {
          PULUMI_CONFIG_PASSPHRASE: "demo",
          PULUMI_SKIP_UPDATE_CHECK: "true",
          // The dynamic provider plugin's launcher sits beside the CLI.
          PATH: [...(cli ? [dirname(cli)] : []), process.env.PATH ?? ""].join(":"),
        },
      },
    );
    await stack.setAllConfig({
      "frontegg-native:clientId": { value: CLIENT_ID },
      "frontegg-native:secretKey": { value: SECRET, secret: true },
      "frontegg-native:apiBaseUrl": { value: emulator.url },
    });
    const onOutput = (out: string) => process.stdout.write(out);

    if (destroy) {
      await stack.destroy({ onOutput });
      console.log("\nThe demo stack is destroyed; the emulator holds only Frontegg's built-ins again.");
      return;
    }

    console.log("$ pulumi up\n");
    await stack.up({ onOutput });
    await printEnvironment(new FronteggClient({ clientId: CLIENT_ID, secretKey: SECRET, apiBaseUrl: emulator.url }, {}));

    console.log("\n$ pulumi preview   (after the update: nothing left to do)\n");
    const preview = await stack.preview({ onOutput });
    const pending = Object.entries(preview.changeSummary).filter(([op, n]) => op !== "same" && n > 0);
    console.log(pending.length === 0 ? "\nNo changes: the environment matches the program." : `\nUnexpected changes: ${JSON.stringify(pending)}`);
    if (pending.length > 0) process.exitCode = 1;
  } finally {
    await emulator.stop();
  }
}


/** What now exists in the environment, read back through the management API. */
async function printEnvironment(client: FronteggClient): Promise<void> {
  const [roles, permissions, categories, mfa, lockout, templates, sso, redirectUris, origins] = await Promise.all([
    client.roles.list(),
    client.permissions.list(),
    client.categories.list(),
    client.policies.mfa.get(),
    client.policies.lockout.get(),
    client.emailTemplates.list(),
    client.sso.list("acme"),
    client.hostedLogin.redirectUris.list(),
    client.hostedLogin.allowedOrigins.list(),
  ]);
  const keyOf = new Map(permissions.map((p) => [p.id, p.key]));
  const categoryOf = new Map(categories.map((c) => [c.id, c.name]));
  const builtIn = (role: (typeof roles)[number]) => role.permissions.some((id) => keyOf.get(id)?.startsWith("fe."));

  console.log("\nWhat now exists in the Frontegg environment:\n");
  table(
    "Roles → permissions",
    ["role", "level", "default", "permissions"],
    roles.filter((r) => !builtIn(r)).map((r) => [`${r.name} (${r.key})`, String(r.level), r.isDefault ? "yes" : "", r.permissions.map((id) => keyOf.get(id) ?? id).sort().join(", ")]),
  );
  table(
    "Permissions",
    ["key", "name", "category"],
    permissions.filter((p) => !p.fePermission).map((p) => [p.key, p.name, (p.categoryId && categoryOf.get(p.categoryId)) || ""]),
  );
  table("Policies", ["policy", "setting"], [
    ["MFA", mfa ? `${mfa.enforceMFAType}, remember device: ${mfa.allowRememberMyDevice ? `${mfa.mfaDeviceExpiration / 86400} days` : "no"}` : "not set"],
    ["Lockout", lockout ? `${lockout.enabled ? "enabled" : "disabled"} after ${lockout.maxAttempts} failed attempts` : "not set"],
  ]);
  table("Email templates", ["type", "subject", "redirect"], templates.map((t) => [t.type, t.subject ?? "", t.redirectURLPattern ?? t.redirectURL ?? ""]));
  table(
    "SSO (tenant acme)",
    ["type", "endpoint", "domain → TXT record", "default roles"],
    sso.map((c) => [
      c.type,
      c.ssoEndpoint ?? "",
      c.domains.map((d) => `${d.domain} → ${d.txtRecord}${d.validated ? " (validated)" : ""}`).join("; "),
      c.roleIds.map((id) => roles.find((r) => r.id === id)?.key ?? id).join(", "),
    ]),
  );
  table("Hosted login", ["setting", "value"], [
    ...redirectUris.map((r) => ["redirect URI", r.redirectUri]),
    ...origins.map((origin) => ["allowed origin", origin]),
  ]);
}

function table(title: string, headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i]!)).join("  ")}`.trimEnd();
  console.log(`${title}\n${line(headers)}\n${line(widths.map((w) => "-".repeat(w)))}`);
  for (const row of rows.length > 0 ? rows : [headers.map((_, i) => (i === 0 ? "(none)" : ""))]) console.log(line(row));
  console.log();
}

main().catch((error: unknown) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
