/**
 * Files generated from other sources of truth are committed, so the package works from a clone; these tests
 * fail when one of them is stale.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RESOURCE_KINDS } from "../provider/resources";

const repo = join(__dirname, "..");

describe("generated files", () => {
  it("schema.json, docs/ and the SDK's named types match the resource definitions (npm run schema)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { render } = require("../scripts/generate-schema.js") as { render(): Record<string, string> };
    for (const [relative, content] of Object.entries(render())) {
      expect({ file: relative, content: readFileSync(join(repo, relative), "utf8") }).toEqual({ file: relative, content });
    }
  });

  it("schema.json is a Pulumi package schema with every resource, its secrets and replacements", () => {
    const schema = JSON.parse(readFileSync(join(repo, "schema.json"), "utf8"));
    expect(schema.name).toBe("frontegg-native");
    // Exactly the registry's kinds: a kind added to provider/resources/index.ts is in the schema, none is left over.
    expect(Object.keys(schema.resources).sort()).toEqual(RESOURCE_KINDS.map((k) => `frontegg-native:index:${k}`).sort());
    const captcha = schema.resources["frontegg-native:index:CaptchaPolicy"];
    expect([captcha.inputProperties.secretKey.secret, captcha.properties.secretKey.secret]).toEqual([true, true]);
    expect(schema.resources["frontegg-native:index:MfaStrategy"].inputProperties.strategy.willReplaceOnChanges).toBe(true);
    const sso = schema.resources["frontegg-native:index:SsoConfiguration"];
    expect(sso.inputProperties.oidcSecret.secret).toBe(true);
    expect(sso.properties.oidcSecret.secret).toBe(true);
    expect(sso.inputProperties.idpClientSecret.secret).toBe(true);
    expect(sso.inputProperties.type.willReplaceOnChanges).toBe(true);
    expect(schema.config.variables.secretKey.secret).toBe(true);
    // The native provider's own configuration, at the plugin's version.
    expect(schema.version).toBe(JSON.parse(readFileSync(join(repo, "package.json"), "utf8")).version);
    expect(Object.keys(schema.provider.inputProperties)).toEqual(Object.keys(schema.config.variables));
    expect(schema.provider.inputProperties.secretKey.secret).toBe(true);
    expect(schema.provider.properties.secretKey.secret).toBe(true);
    const types = schema.types["frontegg-native:index:EmailTemplateType"].enum;
    expect(types).toHaveLength(29);
    for (const resource of Object.values<{ description: string; requiredInputs: string[]; inputProperties: object }>(schema.resources)) {
      expect(resource.description).toContain("## Example Usage");
      for (const required of resource.requiredInputs) expect(resource.inputProperties).toHaveProperty(required);
    }
  });

  const specDir = process.env.FRONTEGG_OPENAPI_DIR ?? join(repo, "..", "shared", "frontegg-openapi");
  (existsSync(specDir) ? it : it.skip)("the client's enumerations match Frontegg's OpenAPI spec (npm run spec:enums)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { render, outFile } = require("../scripts/generate-spec-enums.js") as { render(): string; outFile: string };
    expect(readFileSync(outFile, "utf8")).toBe(render());
  });
});
