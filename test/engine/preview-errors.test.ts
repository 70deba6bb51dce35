/** Mistakes in a program fail `pulumi preview` under the real engine, before anything is written to Frontegg. */
import * as frontegg from "pulumi-frontegg";
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { CLIENT_ID, SECRET, TestEmulator, useEmulator } from "../support/emulator";
import { engineStack, EngineStack, pulumiCommand } from "./harness";

jest.setTimeout(300_000);

let emulator: TestEmulator;
const stacks: EngineStack[] = [];
beforeAll(async () => {
  emulator = await useEmulator();
  mkdirSync(join(__dirname, "..", "..", ".test-stacks"), { recursive: true });
});
afterAll(async () => {
  await Promise.all(stacks.map((s) => s.dispose()));
  await emulator.stop();
});

async function previewFailure(name: string, program: () => Promise<void>): Promise<string> {
  const engine = await engineStack(name, program, emulator);
  stacks.push(engine);
  await emulator.control("DELETE", "/requests");
  const error = await engine.stack.preview().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeDefined();
  return String((error as Error).message);
}

async function writesSeen(): Promise<string[]> {
  return Object.keys(await emulator.requestCounts()).filter((route) => !route.startsWith("GET ") && route !== "POST /auth/vendor");
}

it("reports every invalid property of a resource at once, naming resource and property, and sends nothing", async () => {
  const message = await previewFailure("bad-role", async () => {
    new frontegg.Role("bad-role", { key: "has spaces", name: " ", level: 99999 });
  });
  expect(message).toMatch(/Role resource 'bad-role': property key value \{has spaces\} has a problem: role key must start with a letter or digit/);
  expect(message).toMatch(/Role resource 'bad-role': property name value .* has a problem: role name must not be empty/);
  expect(message).toMatch(/Role resource 'bad-role': property level value \{99999\} has a problem: level must be between 0 and 32767/);
  expect(await writesSeen()).toEqual([]);
});

it("judges known values while others are still unknown during preview", async () => {
  const message = await previewFailure("bad-permission", async () => {
    const category = new frontegg.PermissionCategory("billing", { name: "Billing" });
    new frontegg.Permission("bad-permission", { key: "fe.reserved", name: "Bad", categoryId: category.id });
  });
  expect(message).toMatch(/Permission resource 'bad-permission': property key value \{fe.reserved\} has a problem: .*reserved for Frontegg's built-ins/);
  expect(message).not.toMatch(/categoryId/);
  expect(await writesSeen()).toEqual([]);
});

it("refuses two resources that claim the same singleton, naming both", async () => {
  const workDir = mkdtempSync(join(__dirname, "..", "..", ".test-stacks", "twins-"));
  try {
    const cli = (await pulumiCommand()).command;
    await emulator.control("DELETE", "/requests");
    const output = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        [join(__dirname, "programs", "twin-singletons.js"), workDir, dirname(dirname(cli)), emulator.url, CLIENT_ID, SECRET],
        { cwd: workDir },
        (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)),
      ),
    );
    expect(output).toMatch(/MfaPolicy "mfa-copy" and MfaPolicy "mfa" both manage the same MfaPolicy \(environment\)/);
    expect(output).not.toContain("PREVIEW SUCCEEDED");
    expect(await writesSeen()).toEqual([]);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
});
