/**
 * Where the engine downloads the plugin: the schema's pluginDownloadURL, derived from package.json's repository,
 * and the plugin metadata of the generated Python and Go SDKs, which is what the engine reads for their programs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pluginDownloadUrl } from "../../provider/schema/pulumi-schema";

const repo = join(__dirname, "..", "..");
const readJson = (file: string) => JSON.parse(readFileSync(join(repo, file), "utf8")) as Record<string, unknown>;

describe("pluginDownloadUrl", () => {
  it("names the repository's GitHub releases through GitHub's API", () => {
    expect(pluginDownloadUrl("https://github.com/acme/pulumi-frontegg")).toBe("github://api.github.com/acme/pulumi-frontegg");
    expect(pluginDownloadUrl("git+https://github.com/acme/pulumi-frontegg.git")).toBe("github://api.github.com/acme/pulumi-frontegg");
  });

  it("refuses a repository that is not on GitHub, naming package.json's field", () => {
    expect(() => pluginDownloadUrl("https://gitlab.com/acme/pulumi-frontegg")).toThrow(/package\.json's repository\.url .* is not a GitHub repository/);
  });
});

describe("the published metadata", () => {
  const expected = pluginDownloadUrl((readJson("package.json").repository as { url: string }).url);

  it("schema.json carries the download URL of package.json's repository", () => {
    expect(readJson("schema.json").pluginDownloadURL).toBe(expected);
  });

  it.each(["sdk/python/pulumi_frontegg_native/pulumi-plugin.json", "sdk/go/frontegg/pulumi-plugin.json"])("%s names the same server", (file) => {
    expect(readJson(file)).toMatchObject({ resource: true, name: "frontegg-native", server: expected });
  });
});
