import { TokenCache } from "../../provider/client/auth";

describe("TokenCache", () => {
  it("shares one authentication among concurrent callers", async () => {
    let calls = 0;
    const cache = new TokenCache(async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
      return { token: `t${calls}`, expiresIn: 3600 };
    });
    const tokens = await Promise.all(Array.from({ length: 50 }, () => cache.get()));
    expect(new Set(tokens)).toEqual(new Set(["t1"]));
    expect(calls).toBe(1);
  });

  it("refreshes once 80% of the lifetime has passed", async () => {
    let now = 0;
    let calls = 0;
    const cache = new TokenCache(async () => ({ token: `t${++calls}`, expiresIn: 100 }), () => now);
    expect(await cache.get()).toBe("t1");
    now = 79_000;
    expect(await cache.get()).toBe("t1");
    now = 80_000;
    expect(await cache.get()).toBe("t2");
  });

  it("re-authenticates after the current token is invalidated, but ignores a stale token", async () => {
    let calls = 0;
    const cache = new TokenCache(async () => ({ token: `t${++calls}`, expiresIn: 3600 }));
    await cache.get();
    cache.invalidate("t1");
    expect(await cache.get()).toBe("t2");
    cache.invalidate("t1");
    expect(await cache.get()).toBe("t2");
  });

  it("lets a failed authentication be retried by the next caller", async () => {
    let calls = 0;
    const cache = new TokenCache(async () => {
      if (++calls === 1) throw new Error("down");
      return { token: "ok", expiresIn: 3600 };
    });
    await expect(cache.get()).rejects.toThrow("down");
    await expect(cache.get()).resolves.toBe("ok");
  });
});
