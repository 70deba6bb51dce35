// Previews programs whose mistakes are caught in the program itself (two resources claiming one object, the
// `import` option), outside jest: Pulumi's in-process runtime reports an exception thrown by a program through
// process-wide handlers, which jest's sandbox intercepts. All programs run in this one process, one after the
// other, as an Automation API user's would: claims of one run must not leak into the next.
// Usage: node conflicting-programs.js <workDir> <pulumi root> <emulator url> <client id> <secret>
// Prints one JSON object: case name → { succeeded, message }.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const pulumi = require("@pulumi/pulumi");
const { LocalWorkspace, PulumiCommand } = require("@pulumi/pulumi/automation");
const frontegg = require("pulumi-frontegg");

const CERT = fs.readFileSync(path.join(__dirname, "..", "..", "fixtures", "idp-cert.pem"), "utf8");
const saml = (tenantId, ssoEndpoint, domains) => ({ tenantId, type: "saml", ssoEndpoint, publicCertificate: CERT, domains });

/** Each case: a program. Names say what the program does wrong (or, for the last ones, right). */
const PROGRAMS = {
  "twin-singletons": () => {
    new frontegg.MfaPolicy("mfa", { enforceMFAType: "Force" });
    new frontegg.MfaPolicy("mfa-copy", { enforceMFAType: "DontForce" });
  },
  "two-roles-one-key": () => {
    new frontegg.Role("admin", { key: "admin", name: "Admin", level: 1 });
    new frontegg.Role("admin-again", { key: "admin", name: "Admin again", level: 2 });
  },
  "two-roles-one-key-adopting": () => {
    new frontegg.Role("admin", { key: "admin", name: "Admin", level: 1 });
    new frontegg.Role("admin-adopted", { key: "admin", name: "Admin B", level: 2, adoptExisting: true });
  },
  "two-roles-one-key-from-outputs": () => {
    new frontegg.Role("admin", { key: "admin", name: "Admin", level: 1 });
    new frontegg.Role("admin-computed", { key: pulumi.output("ad").apply((prefix) => `${prefix}min`), name: "Admin", level: 1 });
  },
  "two-permissions-one-key": () => {
    new frontegg.Permission("read", { key: "invoices.read", name: "Read" });
    new frontegg.Permission("read-again", { key: "invoices.read", name: "Read again" });
  },
  "two-categories-one-name": () => {
    new frontegg.PermissionCategory("billing", { name: "Billing" });
    new frontegg.PermissionCategory("billing-again", { name: "Billing" });
  },
  "two-sso-one-endpoint": () => {
    new frontegg.SsoConfiguration("okta", saml("acme", "https://idp.acme.example/sso", ["acme.example"]));
    new frontegg.SsoConfiguration("okta-again", saml("acme", "https://idp.acme.example/sso", ["acme-two.example"]));
  },
  "two-sso-one-domain": () => {
    new frontegg.SsoConfiguration("acme", saml("acme", "https://idp.acme.example/sso", ["shared.example"]));
    new frontegg.SsoConfiguration("globex", saml("globex", "https://idp.globex.example/sso", ["SHARED.example."]));
  },
  "two-ip-restrictions-one-range": () => {
    new frontegg.IpRestriction("vpn", { ip: "2001:DB8::/32", strategy: "ALLOW", tenantId: "acme" });
    new frontegg.IpRestriction("vpn-again", { ip: "2001:db8:0::/32", strategy: "BLOCK", tenantId: "acme" });
  },
  "two-email-domain-restrictions-one-domain": () => {
    new frontegg.EmailDomainRestriction("competitor", { domain: "competitor.example", type: "BLOCK" });
    new frontegg.EmailDomainRestriction("competitor-again", { domain: "Competitor.Example.", type: "ALLOW" });
  },
  "two-mappings-one-group": () => {
    const mapping = { tenantId: "acme", ssoConfigurationId: "connection-1", roleIds: [] };
    new frontegg.SsoGroupMapping("engineering", { ...mapping, group: "Engineering" });
    new frontegg.SsoGroupMapping("engineering-again", { ...mapping, group: "Engineering" });
  },
  "import-option": () => {
    new frontegg.Role("imported", { key: "imported", name: "Imported", level: 1 }, { import: "some-role-id" });
  },
  // The same singleton under a new resource name, previewed in the same process after "renamed-before".
  "renamed-before": () => {
    new frontegg.LockoutPolicy("lockout", { enabled: true, maxAttempts: 5 });
  },
  "renamed-after": () => {
    new frontegg.LockoutPolicy("lockout-renamed", { enabled: true, maxAttempts: 5 });
  },
};

async function main() {
  const [workDir, pulumiRoot, url, clientId, secret] = process.argv.slice(2);
  const backendDir = path.join(workDir, "backend");
  fs.mkdirSync(backendDir, { recursive: true });
  const backend = `file://${backendDir}`;
  let current = () => undefined;
  const stack = await LocalWorkspace.createOrSelectStack(
    { stackName: "conflicts", projectName: "frontegg-engine-test", program: async () => current() },
    {
      workDir,
      pulumiCommand: await PulumiCommand.get({ root: pulumiRoot }),
      projectSettings: { name: "frontegg-engine-test", runtime: "nodejs", backend: { url: backend } },
      envVars: { PULUMI_CONFIG_PASSPHRASE: "conflicts", PULUMI_SKIP_UPDATE_CHECK: "true", PATH: `${path.join(pulumiRoot, "bin")}:${process.env.PATH}` },
    },
  );
  await stack.setAllConfig({
    "frontegg-native:clientId": { value: clientId },
    "frontegg-native:secretKey": { value: secret, secret: true },
    "frontegg-native:apiBaseUrl": { value: url },
  });
  const results = {};
  for (const [name, program] of Object.entries(PROGRAMS)) {
    current = program;
    try {
      await stack.preview();
      results[name] = { succeeded: true, message: "" };
    } catch (error) {
      results[name] = { succeeded: false, message: String(error.message) };
    }
  }
  console.log(JSON.stringify(results));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
