import { envVarNames } from "../../provider/client";
import { hintFor } from "../../provider/client/hints";

describe("hints on failed responses", () => {
  const after = { attempts: 6, elapsedMs: 12_400 };

  it("blame a revoked or rotated key, not the environment settings, when a fresh token is refused", () => {
    const hint = hintFor({ status: 401, ...after });
    expect(hint).toMatch(/refused a token it had just issued/);
    expect(hint).toMatch(/revoked or rotated/);
    expect(hint).toMatch(/frontegg-native:secretKey.*FRONTEGG_SECRET_KEY/);
    expect(hint).not.toMatch(/environment id|application id/);
    expect(hintFor({ status: 401, ...after, names: envVarNames("prod") })).toMatch(/frontegg-native:secretKey.* or PROD_FRONTEGG_SECRET_KEY,/);
  });

  it("on 403, name both causes: an object Frontegg manages, or credentials of another environment", () => {
    const hint = hintFor({ status: 403, ...after });
    expect(hint).toMatch(/one Frontegg manages itself/);
    expect(hint).toMatch(/frontegg-native:clientId \/ frontegg-native:secretKey/);
  });

  it("on 429, say how long it kept trying and what lowers the rate", () => {
    expect(hintFor({ status: 429, ...after })).toMatch(/still rate-limiting after 6 attempts in 12\.4 s.*frontegg-native:maxConcurrency/);
  });

  it("on 500 and gateway errors, say how long it kept trying", () => {
    for (const status of [500, 502, 503, 504]) {
      expect(hintFor({ status, attempts: 1, elapsedMs: 0 })).toBe("Frontegg kept failing after 1 attempt in 0 s: check Frontegg's status, then run the command again");
    }
  });

  it("add nothing where Frontegg's own message says it all", () => {
    for (const status of [400, 404, 409, 501]) expect(hintFor({ status, ...after })).toBeUndefined();
  });
});
