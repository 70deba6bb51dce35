import * as fs from "node:fs";
import * as path from "node:path";

interface BundleScript {
  renderBundle(specDir?: string): string;
  defaultSpecDir: string;
  outFile: string;
}

// Plain Node script (no types of its own): loaded with require on purpose.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const script = require("../../scripts/bundle-openapi.js") as BundleScript;
const sharedPresent = fs.existsSync(script.defaultSpecDir);
const describeWithShared = sharedPresent ? describe : describe.skip;
const skipNote = sharedPresent ? "" : ` (SKIPPED: Frontegg's OpenAPI spec not found at ${script.defaultSpecDir})`;

describeWithShared(`the committed OpenAPI bundle${skipNote}`, () => {
  it("is exactly what scripts/bundle-openapi.js generates (run npm run spec:bundle when this fails)", () => {
    const committed = fs.readFileSync(script.outFile, "utf8");
    expect(committed === script.renderBundle()).toBe(true);
  });

  it("is deterministic", () => {
    expect(script.renderBundle()).toBe(script.renderBundle());
  });
});

describe("the bundle's shape", () => {
  const bundle = JSON.parse(fs.readFileSync(path.join(__dirname, "../../emulator/spec/frontegg-openapi.json"), "utf8"));

  it("serves each service under its prefix", () => {
    const prefixes = Object.fromEntries(Object.entries(bundle.services).map(([name, s]) => [name, (s as { prefix: string }).prefix]));
    expect(prefixes).toEqual({ applications: "/applications", entitlements: "/entitlements", "env-auth": "/auth/vendor", identity: "/identity", sso: "/team", tenants: "/tenants", vendors: "/vendors" });
  });

  it("contains every schema its operations reference, and no other", () => {
    for (const service of Object.values(bundle.services) as Array<{ paths: unknown; components: { schemas: Record<string, unknown> } }>) {
      const referenced = new Set<string>();
      const pending = [...JSON.stringify(service.paths).matchAll(/#\/components\/schemas\/([^"]+)/g)].map((m) => m[1]);
      while (pending.length > 0) {
        const name = pending.pop() as string;
        if (referenced.has(name)) continue;
        referenced.add(name);
        expect(service.components.schemas[name]).toBeDefined();
        pending.push(...[...JSON.stringify(service.components.schemas[name]).matchAll(/#\/components\/schemas\/([^"]+)/g)].map((m) => m[1]));
      }
      expect(Object.keys(service.components.schemas).sort()).toEqual([...referenced].sort());
    }
  });

  it("ends with a newline and uses 2-space indentation", () => {
    const text = fs.readFileSync(path.join(__dirname, "../../emulator/spec/frontegg-openapi.json"), "utf8");
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n")[1]).toMatch(/^ {2}"/);
  });
});
