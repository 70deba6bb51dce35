// Runs `up` of the many-resources program through the Automation API in this process, so the `pulumi` CLI is a
// child of it (a grandchild of jest) that a test can SIGKILL mid-update, as a user's Ctrl-\ or a CI runner does.
// The stack must exist already (the test creates it with its config in workDir).
// Usage: node up-in-child.js <workDir> <pulumi root> <stack> <project> <backend url> <passphrase> <oidc secret>
// Prints "UP SUCCEEDED" or "UP FAILED: <message>".
"use strict";
const path = require("node:path");
const { LocalWorkspace, PulumiCommand } = require("@pulumi/pulumi/automation");
const { manyResources } = require("./many-resources");

async function main() {
  const [workDir, pulumiRoot, stackName, projectName, backend, passphrase, oidcSecret] = process.argv.slice(2);
  const stack = await LocalWorkspace.selectStack(
    { stackName, projectName, program: manyResources(oidcSecret) },
    {
      workDir,
      pulumiCommand: await PulumiCommand.get({ root: pulumiRoot }),
      envVars: {
        PULUMI_CONFIG_PASSPHRASE: passphrase,
        PULUMI_SKIP_UPDATE_CHECK: "true",
        PULUMI_BACKEND_URL: backend,
        PATH: `${path.join(pulumiRoot, "bin")}:${process.env.PATH}`,
      },
    },
  );
  try {
    await stack.up();
    console.log("UP SUCCEEDED");
  } catch (error) {
    console.log(`UP FAILED: ${String(error.message).slice(0, 2000)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
