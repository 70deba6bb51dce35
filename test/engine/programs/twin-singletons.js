// Previews a program that declares the MFA policy twice, outside jest: an exception thrown by a program is
// reported by Pulumi's in-process runtime through process-wide handlers, which jest's sandbox intercepts.
// Usage: node twin-singletons.js <workDir> <pulumi root> <emulator url> <client id> <secret>
"use strict";
const path = require("node:path");
const { LocalWorkspace, PulumiCommand } = require("@pulumi/pulumi/automation");
const frontegg = require("pulumi-frontegg");

async function main() {
  const [workDir, pulumiRoot, url, clientId, secret] = process.argv.slice(2);
  const backendDir = path.join(workDir, "backend");
  require("node:fs").mkdirSync(backendDir, { recursive: true });
  const backend = `file://${backendDir}`;
  const stack = await LocalWorkspace.createOrSelectStack(
    {
      stackName: "twins",
      projectName: "frontegg-engine-test",
      program: async () => {
        new frontegg.MfaPolicy("mfa", { enforceMFAType: "Force" });
        new frontegg.MfaPolicy("mfa-copy", { enforceMFAType: "DontForce" });
      },
    },
    {
      workDir,
      pulumiCommand: await PulumiCommand.get({ root: pulumiRoot }),
      projectSettings: { name: "frontegg-engine-test", runtime: "nodejs", backend: { url: backend } },
      envVars: { PULUMI_CONFIG_PASSPHRASE: "twins", PULUMI_SKIP_UPDATE_CHECK: "true", PATH: `${path.join(pulumiRoot, "bin")}:${process.env.PATH}` },
    },
  );
  await stack.setAllConfig({
    "frontegg:clientId": { value: clientId },
    "frontegg:secretKey": { value: secret, secret: true },
    "frontegg:apiBaseUrl": { value: url },
  });
  try {
    await stack.preview();
    console.log("PREVIEW SUCCEEDED");
  } catch (error) {
    console.log(String(error.message));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
