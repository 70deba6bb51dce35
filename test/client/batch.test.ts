/** Creates that arrive together go out as one array POST; one bad item fails only its own create. */
import { CreateBatcher } from "../../provider/client/batch";
import { FronteggAmbiguousRequestError, FronteggApiError } from "../../provider/client";

interface Item {
  key: string;
}

function batcher(send: (items: readonly Item[]) => Promise<Item[]>) {
  return new CreateBatcher<Item, Item>("/things", send, { request: (r) => r.key, created: (c) => c.key }, { windowMs: 5 });
}

describe("CreateBatcher", () => {
  it("sends creates that arrive together as one request and hands each caller its own object", async () => {
    const sent: string[][] = [];
    const b = batcher(async (items) => {
      sent.push(items.map((i) => i.key));
      return [...items].reverse().map((i) => ({ key: i.key }));
    });
    const results = await Promise.all(["a", "b", "c"].map((key) => b.create({ key })));
    expect(sent).toEqual([["a", "b", "c"]]);
    expect(results.map((r) => r.key)).toEqual(["a", "b", "c"]);
  });

  it("keeps a batch open while creates keep arriving, up to the first one's longest wait", async () => {
    const sent: string[][] = [];
    const b = new CreateBatcher<Item, Item>(
      "/things",
      async (items) => {
        sent.push(items.map((i) => i.key));
        return items.map((i) => ({ key: i.key }));
      },
      { request: (r) => r.key, created: (c) => c.key },
      { windowMs: 50, maxWaitMs: 10_000 },
    );
    const pending: Promise<Item>[] = [];
    // Each arrives within the window of the one before, though the last comes long after the first's window.
    for (const key of ["a", "b", "c", "d"]) {
      pending.push(b.create({ key }));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await Promise.all(pending);
    expect(sent).toEqual([["a", "b", "c", "d"]]);
  });

  it("resends each item alone when a batch is refused, so only the bad one fails", async () => {
    const sent: string[][] = [];
    const b = batcher(async (items) => {
      sent.push(items.map((i) => i.key));
      if (items.some((i) => i.key === "bad")) throw new FronteggApiError({ method: "POST", path: "/things", status: 400, errors: ["bad key"] });
      return items.map((i) => ({ key: i.key }));
    });
    const results = await Promise.allSettled(["a", "bad", "c"].map((key) => b.create({ key })));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(sent[0]).toEqual(["a", "bad", "c"]);
    expect(sent.slice(1).sort()).toEqual([["a"], ["bad"], ["c"]]);
  });

  it("never resends a batch whose outcome is unknown", async () => {
    let calls = 0;
    const b = batcher(async () => {
      calls++;
      throw new FronteggAmbiguousRequestError({ method: "POST", path: "/things", reason: "the connection failed: ECONNRESET" });
    });
    const results = await Promise.allSettled(["a", "b"].map((key) => b.create({ key })));
    expect(calls).toBe(1);
    for (const result of results) expect((result as PromiseRejectedResult).reason).toBeInstanceOf(FronteggAmbiguousRequestError);
  });

  it("fails an item the response does not contain", async () => {
    const b = batcher(async (items) => items.filter((i) => i.key !== "lost").map((i) => ({ key: i.key })));
    await expect(b.create({ key: "lost" })).rejects.toThrow(/no created object with key "lost"/);
  });
});
