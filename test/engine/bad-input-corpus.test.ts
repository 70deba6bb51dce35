/**
 * The bad-input corpus: every mistake a program or its configuration can make that `pulumi up` would reject is
 * rejected by `pulumi preview` already, under the real engine, with a message naming the resource, the property
 * or setting and what to do; never a value that is secret, key material or long, never a stack trace, and never
 * a write to Frontegg. Every constraint the docs state, of every kind in the registry, is a row of the table
 * test/support/documented-constraints.ts derives from the inputs' JSON Schema: each row is refused by `check`
 * in test/provider/documented-constraints.test.ts (without any session: validation never asks Frontegg), and here
 * one row per kind, a range or enumeration where the kind documents one, goes through a real preview (each
 * preview costs about a second of the engine's time, and the table has some 170 rows).
 */
import * as frontegg from "pulumi-frontegg";
import { execFile } from "node:child_process";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { ConfigMap } from "@pulumi/pulumi/automation";
import { FronteggClient } from "../../provider/client";
import { CERT_DER_BASE64 } from "../provider/helpers";
import { RESOURCE_DEFINITIONS } from "../../provider/resources";
import { violationsOf } from "../support/documented-constraints";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { validInputs } from "../support/valid-inputs";
import { engineStack, EngineStack, pulumiCommand } from "./harness";
import { writesSeen } from "./lifecycle";

jest.setTimeout(600_000);

const CERT = readFileSync(join(__dirname, "..", "fixtures", "idp-cert.pem"), "utf8");
const OIDC_SECRET = "oidc-secret-that-must-never-show-4471";
const WRONG_SECRET = "wrong-secret-key-that-must-never-show-8812";
/** A PKCS#8 private key, as someone might paste it in place of a certificate. */
const PRIVATE_KEY = [
  "-----BEGIN PRIVATE KEY-----",
  "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj",
  "MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu",
  "NMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s+CLOyS56YyCFGeJZ",
  "-----END PRIVATE KEY-----",
].join("\n");
const LONG_NAME = "x".repeat(1_000_000);

let emulator: TestEmulator;
let client: FronteggClient;
let engine: EngineStack;
let current: () => void = () => undefined;
let pages: Server;
let pagesUrl: string;
let closedUrl: string;

const DEFAULT_CONFIG = (): ConfigMap => ({
  "frontegg-native:clientId": { value: CLIENT_ID },
  "frontegg-native:secretKey": { value: SECRET, secret: true },
  "frontegg-native:apiBaseUrl": { value: emulator.url },
});

beforeAll(async () => {
  emulator = await useEmulator();
  client = emulator.client();
  engine = await engineStack("corpus", async () => current(), emulator);
  // A web server that is not Frontegg: an HTML page under one path, a JSON 404 under another.
  pages = createServer((request, response) => {
    if (request.url?.startsWith("/json")) {
      response.writeHead(404, { "content-type": "application/json" }).end('{"message":"Cannot POST /json/auth/vendor"}');
    } else {
      response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><html><body><h1>Welcome</h1></body></html>");
    }
  });
  await new Promise<void>((resolve) => pages.listen(0, "127.0.0.1", resolve));
  pagesUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  // A port that nothing listens on: bound once, then released.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise((resolve) => closed.close(resolve));
});
afterAll(async () => {
  await engine?.dispose();
  await new Promise((resolve) => pages.close(resolve));
  await emulator.stop();
});

/** Runs a preview of `program` with `config`; returns the error message, or undefined when it succeeded. */
async function preview(program: () => void, config: ConfigMap | "none" = {}): Promise<string | undefined> {
  current = program;
  await engine.stack.removeAllConfig(["frontegg-native:clientId", "frontegg-native:secretKey", "frontegg-native:apiBaseUrl", "frontegg-native:region"]);
  if (config !== "none") await engine.stack.setAllConfig({ ...DEFAULT_CONFIG(), ...config });
  await emulator.control("DELETE", "/requests");
  return engine.stack.preview().then(
    () => undefined,
    (error: unknown) => String((error as Error).message),
  );
}

/** What every rejection must be: the expected message, nothing secret or long echoed, no trace, no write. */
async function expectRejected(message: string | undefined, expected: RegExp, never: readonly string[] = []): Promise<void> {
  expect(message).toBeDefined();
  expect(message).toMatch(expected);
  for (const value of [SECRET, ...never]) expect(message).not.toContain(value);
  expect(message).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(await writesSeen(emulator)).toEqual([]);
}

const roleProgram = () => {
  const category = new frontegg.PermissionCategory("billing", { name: "Billing" });
  const read = new frontegg.Permission("read", { key: "invoices.read", name: "Read invoices", categoryId: category.id });
  new frontegg.Role("admin", { key: "admin", name: "Admin", level: 1, permissionIds: [read.id] });
};

describe("credentials and endpoint are checked at preview", () => {
  beforeEach(() => emulator.reset());

  const cases: Array<[string, ConfigMap | "none" | (() => ConfigMap), RegExp, string[]]> = [
    ["a wrong secret key", { "frontegg-native:secretKey": { value: WRONG_SECRET, secret: true } }, /rejected the environment credentials .*frontegg-native:clientId \/ frontegg-native:secretKey/, [WRONG_SECRET]],
    ["a wrong client id", { "frontegg-native:clientId": { value: "no-such-client" } }, /rejected the environment credentials/, []],
    ["no frontegg configuration at all", "none", /client id is missing: set frontegg-native:clientId in stack config or FRONTEGG_CLIENT_ID; the secret key is missing/, []],
    ["nothing listening at apiBaseUrl", () => ({ "frontegg-native:apiBaseUrl": { value: closedUrl } }), /Could not reach Frontegg .*ECONNREFUSED.*Check the region or apiBaseUrl/, []],
    ["an HTML page at apiBaseUrl", () => ({ "frontegg-native:apiBaseUrl": { value: pagesUrl } }), /is not Frontegg's management API: POST \/auth\/vendor answered with a page that is not JSON\. Check the API base URL \(stack config frontegg-native:apiBaseUrl/, []],
    ["another JSON API at apiBaseUrl", () => ({ "frontegg-native:apiBaseUrl": { value: `${pagesUrl}/json` } }), /is not Frontegg's management API: POST \/auth\/vendor answered 404/, []],
    ["an unknown region beside apiBaseUrl", { "frontegg-native:region": { value: "mars" } }, /region must be one of eu, us, ca, au, got "mars"/, []],
    ["an apiBaseUrl that is not a URL", { "frontegg-native:apiBaseUrl": { value: "api frontegg com" } }, /apiBaseUrl must be an absolute http\(s\) URL/, []],
  ];

  it.each(cases)("%s fails the preview, naming the settings to fix", async (_title, config, expected, never) => {
    const message = await preview(roleProgram, typeof config === "function" ? config() : config);
    await expectRejected(message, expected, never);
  });

  it("an unknown region alone fails before any request leaves the machine", async () => {
    const message = await preview(roleProgram, { "frontegg-native:apiBaseUrl": { value: "" }, "frontegg-native:region": { value: "mars" } });
    await expectRejected(message, /region must be one of eu, us, ca, au, got "mars"/);
  });

  it("authenticates once per preview, however many resources", async () => {
    expect(await preview(roleProgram)).toBeUndefined();
    expect((await emulator.requestCounts())["POST /auth/vendor"]).toBe(1);
  });
});

describe("conflicts with the environment are found at preview", () => {
  beforeEach(() => emulator.reset());

  it("a role key that already exists, unless adoptExisting is set", async () => {
    const [existing] = await client.roles.create([{ key: "admin", name: "Made in the portal", level: 3 }]);
    await expectRejected(await preview(roleProgram), new RegExp(`role "admin" already exists in Frontegg \\(id ${existing!.id}\\)\\. To manage the existing object with this program, set adoptExisting: true`));
    const adopting = () => {
      new frontegg.Role("admin", { key: "admin", name: "Admin", level: 1, adoptExisting: true });
    };
    expect(await preview(adopting)).toBeUndefined();
  });

  it("a permission key, a category name and an SSO connection that already exist", async () => {
    await client.permissions.create([{ key: "invoices.read", name: "Read" }]);
    await expectRejected(await preview(roleProgram), /permission "invoices.read" already exists in Frontegg/);
    await emulator.reset();
    await client.categories.create({ name: "Billing" });
    await expectRejected(await preview(roleProgram), /permission category "Billing" already exists in Frontegg/);
    await client.sso.create("acme", { type: "saml", enabled: true, ssoEndpoint: "https://idp.acme.example/sso", publicCertificate: CERT_DER_BASE64 });
    const sso = () => {
      new frontegg.SsoConfiguration("acme", { tenantId: "acme", type: "saml", ssoEndpoint: "https://idp.acme.example/sso", publicCertificate: CERT });
    };
    await expectRejected(await preview(sso), /saml connection to "https:\/\/idp.acme.example\/sso" of tenant "acme" already exists in Frontegg/);
  });

  it("one of Frontegg's built-ins, even with adoptExisting", async () => {
    const builtIn = (await client.categories.list()).find((c) => c.feCategory)!;
    const program = () => {
      new frontegg.PermissionCategory("mine", { name: builtIn.name, adoptExisting: true });
    };
    await expectRejected(await preview(program), /is one of Frontegg's built-in objects, which cannot be managed/);
  });

  it("ids given as plain values that name nothing", async () => {
    const missing = "00000000-0000-0000-0000-000000000000";
    // The engine stops a preview at the first resource that fails its check: one program per reference.
    const role = () => {
      new frontegg.Role("admin", { key: "admin", name: "Admin", level: 1, permissionIds: [missing] });
    };
    await expectRejected(await preview(role), new RegExp(`Role resource 'admin' has a problem: permissionIds: no permission with id "${missing}" exists`));
    const permission = () => {
      new frontegg.Permission("read", { key: "invoices.read", name: "Read", categoryId: "no-such-category" });
    };
    await expectRejected(await preview(permission), /Permission resource 'read' has a problem: categoryId: no permission category with id "no-such-category" exists/);
    const sso = () => {
      new frontegg.SsoConfiguration("acme", { tenantId: "acme", type: "saml", ssoEndpoint: "https://idp.acme.example/sso", publicCertificate: CERT, roleIds: ["no-such-role"] });
    };
    await expectRejected(await preview(sso), /SsoConfiguration resource 'acme' has a problem: roleIds: no role with id "no-such-role" exists/);
  });
});

describe("a documented constraint of every kind is refused at preview", () => {
  const rows = validInputs();
  const violations = Object.keys(RESOURCE_DEFINITIONS).map((kind) => {
    const all = violationsOf(kind, rows[kind]!);
    return all.find((v) => /^(enum|minimum|maximum|exclusiveMinimum)/.test(v.constraint)) ?? all[0]!;
  });
  const classes = frontegg as unknown as Record<string, new (name: string, args: Record<string, unknown>) => unknown>;
  beforeAll(async () => {
    await emulator.reset();
    await engine.stack.setAllConfig(DEFAULT_CONFIG());
  });

  it("covers every kind of the registry", () => {
    expect([...new Set(violations.map((v) => v.kind))].sort()).toEqual(Object.keys(RESOURCE_DEFINITIONS).sort());
  });

  it.each(violations.map((v) => [`${v.kind}.${v.property} (${v.constraint})`, v] as const))("%s", async (_title, violation) => {
    current = () => {
      new classes[violation.kind]!("bad", violation.inputs);
    };
    await emulator.control("DELETE", "/requests");
    // A program that cannot reach its engine at start is handled once, for every suite, in harness.ts.
    const message = await engine.stack.preview().then(
      () => undefined,
      (error: unknown) => String((error as Error).message),
    );
    const property = violation.property.replace(/[.[\]]/g, "\\$&");
    await expectRejected(message, new RegExp(`${violation.kind} resource 'bad' has a problem: ${property}(\\[\\d+\\])?: `));
  });
});

describe("check failures never echo a value", () => {
  beforeEach(() => emulator.reset());

  it("a secret given where it does not apply", async () => {
    const program = () => {
      new frontegg.SsoConfiguration("acme", { tenantId: "acme", type: "saml", ssoEndpoint: "https://idp.acme.example/sso", publicCertificate: CERT, oidcSecret: OIDC_SECRET });
    };
    await expectRejected(await preview(program), /SsoConfiguration resource 'acme' has a problem: oidcSecret: oidcSecret does not apply to a saml connection/, [OIDC_SECRET]);
  });

  it("a private key pasted as a certificate", async () => {
    const program = () => {
      new frontegg.SsoConfiguration("acme", { tenantId: "acme", type: "saml", ssoEndpoint: "https://idp.acme.example/sso", publicCertificate: PRIVATE_KEY });
    };
    await expectRejected(await preview(program), /publicCertificate: publicCertificate contains a private key: paste only the certificate/, ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj"]);
  });

  it("an overlong value", async () => {
    const program = () => {
      new frontegg.Role("long", { key: "long", name: LONG_NAME, level: 1 });
    };
    const message = await preview(program);
    await expectRejected(message, /Role resource 'long' has a problem: name: role name must be at most 255 characters/, ["x".repeat(256)]);
    expect(message!.length).toBeLessThan(20_000);
  });

  it("a template that needs a redirect URL and has none", async () => {
    const program = () => {
      new frontegg.EmailTemplate("reset", { type: "ResetPassword", subject: "Reset your password" });
    };
    await expectRejected(await preview(program), /EmailTemplate resource 'reset' has a problem: redirectURL: redirectURL is required for a ResetPassword template/);
  });
});

describe("mistakes in the program itself", () => {
  it("two resources claiming one object, and the import option, fail the preview; claims do not outlive a run", async () => {
    const workDir = mkdtempSync(join(__dirname, "..", "..", ".test-stacks", "conflicts-"));
    mkdirSync(workDir, { recursive: true });
    try {
      await emulator.reset();
      await emulator.control("DELETE", "/requests");
      const cli = (await pulumiCommand()).command;
      const output = await new Promise<string>((resolve, reject) =>
        execFile(
          process.execPath,
          [join(__dirname, "programs", "conflicting-programs.js"), workDir, dirname(dirname(cli)), emulator.url, CLIENT_ID, SECRET],
          { cwd: workDir, maxBuffer: 64 * 1024 * 1024 },
          (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)),
        ),
      );
      const results = JSON.parse(output.trim().split("\n").pop()!) as Record<string, { succeeded: boolean; message: string }>;
      const both = (kind: string, second: string, first: string, claim: string) =>
        new RegExp(`${kind} "${second}" and ${kind} "${first}" both declare ${claim.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\. Frontegg has one such object`);
      const expected: Record<string, RegExp> = {
        "twin-singletons": both("MfaPolicy", "mfa-copy", "mfa", "MFA policy of the environment"),
        "two-roles-one-key": both("Role", "admin-again", "admin", 'role "admin"'),
        "two-roles-one-key-adopting": both("Role", "admin-adopted", "admin", 'role "admin"'),
        "two-roles-one-key-from-outputs": both("Role", "admin-computed", "admin", 'role "admin"'),
        "two-permissions-one-key": both("Permission", "read-again", "read", 'permission "invoices.read"'),
        "two-categories-one-name": both("PermissionCategory", "billing-again", "billing", 'permission category "Billing"'),
        "two-sso-one-endpoint": both("SsoConfiguration", "okta-again", "okta", 'saml connection to "https://idp.acme.example/sso" of tenant "acme"'),
        "two-sso-one-domain": both("SsoConfiguration", "globex", "acme", 'SSO domain "shared.example"'),
        "two-ip-restrictions-one-range": both("IpRestriction", "vpn-again", "vpn", 'IP restriction 2001:db8::/32 of tenant "acme"'),
        "two-email-domain-restrictions-one-domain": both("EmailDomainRestriction", "competitor-again", "competitor", 'e-mail domain restriction "competitor.example"'),
        "two-mappings-one-group": both("SsoGroupMapping", "engineering-again", "engineering", 'SSO group "Engineering" of connection connection-1'),
        "import-option": /Role "imported": the `import` resource option is not supported .* set adoptExisting: true/,
      };
      for (const [name, pattern] of Object.entries(expected)) {
        expect({ name, succeeded: results[name]?.succeeded }).toEqual({ name, succeeded: false });
        expect(results[name]!.message).toMatch(pattern);
        expect(results[name]!.message).not.toMatch(/Unhandled exception|\n\s+at .+:\d+:\d+\)?\n/);
      }
      // A renamed singleton in a later run of the same process is not "the same singleton twice".
      expect(results["renamed-before"]).toEqual({ succeeded: true, message: "" });
      expect(results["renamed-after"]).toEqual({ succeeded: true, message: "" });
      expect(await writesSeen(emulator)).toEqual([]);
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  });
});

describe("a stack that exists", () => {
  beforeAll(() => emulator.reset());

  it("previews with no change at one call: the credential check", async () => {
    current = roleProgram;
    await engine.stack.setAllConfig(DEFAULT_CONFIG());
    await engine.stack.up();
    await emulator.control("DELETE", "/requests");
    const result = await engine.stack.preview();
    expect(result.changeSummary).toEqual({ same: 4 });
    expect(await emulator.requestCounts()).toEqual({ "POST /auth/vendor": 1 });
  });

  it("never prints a secret in --debug output", async () => {
    let output = "";
    current = () => {
      new frontegg.SsoConfiguration("globex", { tenantId: "globex", type: "oidc", ssoEndpoint: "https://login.globex.example", oidcClientId: "pulumi", oidcSecret: OIDC_SECRET });
    };
    await engine.stack.up({ debug: true, onOutput: (text) => (output += text) });
    expect(output).toContain("RegisterResource RPC finished");
    expect(output).not.toContain(OIDC_SECRET);
    expect(await engine.exportText()).not.toContain(OIDC_SECRET);
    expect(engine.backendText()).not.toContain(OIDC_SECRET);
    await engine.stack.destroy();
  });
});
