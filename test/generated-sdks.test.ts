/**
 * The Python and Go SDKs are generated from schema.json by scripts/sdkgen (Pulumi's own code generators) and
 * committed; this test fails when they are stale. It needs Go, as building the Pulumi CLI does.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

jest.setTimeout(600_000);

const repo = join(__dirname, "..");

it("sdk/python and sdk/go match schema.json (npm run sdk)", () => {
  execFileSync("go", ["version"], { stdio: "ignore" });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { render, existing } = require("../scripts/generate-sdks.js") as { render(): Record<string, string>; existing(): string[] };
  const files = render();
  expect(Object.keys(files).length).toBeGreaterThan(30);
  expect(existing().sort()).toEqual(Object.keys(files).sort());
  for (const [relative, content] of Object.entries(files)) {
    expect({ file: relative, content: readFileSync(join(repo, relative), "utf8") }).toEqual({ file: relative, content });
  }
});
