/**
 * What the engine stores in every resource's `__provider`: it must stay small, hold no credentials, and load the
 * implementation from the installed package rather than carry a copy of it.
 */
import * as path from "node:path";
import { RESOURCE_DEFINITIONS } from "../../provider/resources";
import { kindOfTypeToken, providerSource, typeTokenOf } from "../../provider/dynamic-shim";

const requireFromString = (code: string) => {
  const Module = require("node:module") as { new (id: string): { paths: string[]; _compile(code: string, file: string): void; exports: unknown } } & {
    _nodeModulePaths(dir: string): string[];
  };
  const m = new Module("shim");
  // Resolve as the dynamic provider plugin does: from the program's directory, here the repository.
  m.paths = Module._nodeModulePaths(path.resolve(__dirname, "..", ".."));
  m._compile(code, "");
  return m.exports as { handler(): Record<string, unknown> };
};

describe("the __provider of each resource", () => {
  for (const kind of Object.keys(RESOURCE_DEFINITIONS)) {
    it(`of ${kind} is a one-line module, far under 2 KB, with no credential or code in it`, () => {
      const source = providerSource(kind);
      expect(Buffer.byteLength(source)).toBeLessThan(2048);
      expect(source).toBe(`exports.handler=()=>require("pulumi-frontegg/provider").shim("${kind}")`);
      // The kind's own name may hold such a word (CustomCodeSecret): the rest of the module must not.
      expect(source.replace(`"${kind}"`, "")).not.toMatch(/secret|token|clientId|axios|zod/i);
    });
  }

  it("loads the installed package's implementation of the kind, with every lifecycle method", () => {
    const provider = requireFromString(providerSource("Role")).handler();
    for (const method of ["configure", "check", "diff", "create", "read", "update", "delete"]) {
      expect(typeof provider[method]).toBe("function");
    }
  });

  it("refuses a kind that could inject code into the module", () => {
    expect(() => providerSource('Role"); process.exit(1); ("')).toThrow(/invalid resource kind/);
  });
});

describe("the type token of each resource", () => {
  it("names the dynamic provider's package and the kind, and reads back as the kind", () => {
    expect(typeTokenOf("Role")).toBe("pulumi-nodejs:dynamic/frontegg:Role");
    for (const kind of Object.keys(RESOURCE_DEFINITIONS)) expect(kindOfTypeToken(typeTokenOf(kind))).toBe(kind);
  });

  it.each(["frontegg-native:index:Role", "pulumi-nodejs:dynamic/other:Role", "pulumi-nodejs:dynamic/frontegg:", "pulumi-nodejs:dynamic/frontegg:Role/x"])(
    "is not read from %s",
    (type) => {
      expect(kindOfTypeToken(type)).toBeUndefined();
    },
  );
});
