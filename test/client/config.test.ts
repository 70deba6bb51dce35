import { FronteggConfigError, REGION_BASE_URLS, resolveClientConfig } from "../../provider/client";

describe("resolveClientConfig", () => {
  it("reads credentials and endpoint from the conventional environment variables", () => {
    const config = resolveClientConfig({}, { FRONTEGG_CLIENT_ID: "id", FRONTEGG_SECRET_KEY: "s3cret", FRONTEGG_REGION: "us" });
    expect(config.clientId).toBe("id");
    expect(config.baseUrl).toBe(REGION_BASE_URLS.us);
  });

  it("reads the variables under envPrefix only, and names those in its messages", () => {
    const env = { DEV_FRONTEGG_CLIENT_ID: "dev-id", DEV_FRONTEGG_REGION: "ca", FRONTEGG_SECRET_KEY: "unprefixed-secret" };
    expect(() => resolveClientConfig({ envPrefix: "dev" }, env)).toThrow(/secret key is missing: .* or DEV_FRONTEGG_SECRET_KEY$/);
    const config = resolveClientConfig({ envPrefix: "dev" }, { ...env, DEV_FRONTEGG_SECRET_KEY: "dev-secret" });
    expect(config).toMatchObject({ clientId: "dev-id", secretKey: "dev-secret", baseUrl: REGION_BASE_URLS.ca });
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
    expect(message).toMatch(/client id is missing.*frontegg-native:clientId.*FRONTEGG_CLIENT_ID/);
    expect(message).toMatch(/secret key is missing.*--secret frontegg-native:secretKey/);
    expect(message).toMatch(/region must be one of eu, us, ca, au, got "mars"/);
  });

  it("refuses a base URL carrying credentials", () => {
    expect(() => resolveClientConfig({ clientId: "a", secretKey: "b", apiBaseUrl: "https://u:p@api.frontegg.com" }, {})).toThrow(
      /must not contain a user name or password/,
    );
  });

  describe("time limits", () => {
    const credentials = { clientId: "a", secretKey: "b" };

    it("default to 15 s per attempt and 45 s per request", () => {
      const config = resolveClientConfig(credentials, {});
      expect(config.timeoutMs).toBe(15_000);
      expect(config.retry.maxTotalMs).toBe(45_000);
    });

    it("read FRONTEGG_TIMEOUT_MS and FRONTEGG_DEADLINE_MS, explicit options first", () => {
      const env = { FRONTEGG_TIMEOUT_MS: "5000", FRONTEGG_DEADLINE_MS: "20000" };
      expect(resolveClientConfig(credentials, env)).toMatchObject({ timeoutMs: 5_000, retry: { maxTotalMs: 20_000 } });
      expect(resolveClientConfig({ ...credentials, timeoutMs: 1_000, retry: { maxTotalMs: 2_000 } }, env)).toMatchObject({
        timeoutMs: 1_000,
        retry: { maxTotalMs: 2_000 },
      });
    });

    it("stretch the default deadline to one full attempt when only the timeout is raised", () => {
      expect(resolveClientConfig({ ...credentials, timeoutMs: 90_000 }, {}).retry.maxTotalMs).toBe(90_000);
    });

    it("refuse a value that is not a positive number, naming the variable", () => {
      expect(() => resolveClientConfig(credentials, { FRONTEGG_TIMEOUT_MS: "soon" })).toThrow(/FRONTEGG_TIMEOUT_MS.*positive number of milliseconds/);
      expect(() => resolveClientConfig(credentials, { FRONTEGG_DEADLINE_MS: "0" })).toThrow(/FRONTEGG_DEADLINE_MS.*positive number of milliseconds/);
    });
  });
});
