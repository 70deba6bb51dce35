import { FronteggConfigError, REGION_BASE_URLS, resolveClientConfig } from "../../provider/client";

describe("resolveClientConfig", () => {
  it("reads credentials and endpoint from the conventional environment variables", () => {
    const config = resolveClientConfig({}, { FRONTEGG_CLIENT_ID: "id", FRONTEGG_SECRET_KEY: "s3cret", FRONTEGG_REGION: "us" });
    expect(config.clientId).toBe("id");
    expect(config.baseUrl).toBe(REGION_BASE_URLS.us);
  });

  it("prefers explicit options over the environment and FRONTEGG_API_BASE_URL over the region", () => {
    const config = resolveClientConfig(
      { clientId: "explicit", apiBaseUrl: "http://127.0.0.1:8787/" },
      { FRONTEGG_CLIENT_ID: "env", FRONTEGG_SECRET_KEY: "s", FRONTEGG_REGION: "au" },
    );
    expect(config.clientId).toBe("explicit");
    expect(config.baseUrl).toBe("http://127.0.0.1:8787");
  });

  it("defaults to the EU host", () => {
    expect(resolveClientConfig({ clientId: "a", secretKey: "b" }, {}).baseUrl).toBe("https://api.frontegg.com");
  });

  it("reports every problem at once, saying what to set, without echoing the secret", () => {
    let error: unknown;
    try {
      resolveClientConfig({ region: "mars" as never, secretKey: "" }, {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FronteggConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/client id is missing.*frontegg:clientId.*FRONTEGG_CLIENT_ID/);
    expect(message).toMatch(/secret key is missing.*--secret frontegg:secretKey/);
    expect(message).toMatch(/region must be one of eu, us, ca, au, got "mars"/);
  });

  it("refuses a base URL carrying credentials", () => {
    expect(() => resolveClientConfig({ clientId: "a", secretKey: "b", apiBaseUrl: "https://u:p@api.frontegg.com" }, {})).toThrow(
      /must not contain a user name or password/,
    );
  });
});
