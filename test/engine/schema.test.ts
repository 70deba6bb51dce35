/** schema.json is a Pulumi package schema by the Pulumi CLI's own validator (`pulumi schema check`). */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pulumiCommand } from "./harness";

jest.setTimeout(60_000);

async function schemaCheck(file: string) {
  const cli = (await pulumiCommand()).command;
  // Outside any project: the CLI reads a Pulumi.yaml in its working directory before anything else.
  return spawnSync(cli, ["schema", "check", file], { cwd: tmpdir(), encoding: "utf8", env: { ...process.env, PULUMI_SKIP_UPDATE_CHECK: "true" } });
}

it("accepts schema.json", async () => {
  const result = await schemaCheck(join(__dirname, "..", "..", "schema.json"));
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
});

it("rejects a schema with a broken property type, so the check above can fail", async () => {
  const dir = mkdtempSync(join(tmpdir(), "schema-"));
  try {
    const schema = JSON.parse(readFileSync(join(__dirname, "..", "..", "schema.json"), "utf8"));
    schema.resources["frontegg-native:index:Role"].properties.level.type = "bogus";
    writeFileSync(join(dir, "schema.json"), JSON.stringify(schema));
    const result = await schemaCheck(join(dir, "schema.json"));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/frontegg-native:index:Role\/properties\/level/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
