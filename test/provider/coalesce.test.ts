import { ReadCoalescer } from "../../provider/lifecycle/coalesce";

describe("ReadCoalescer", () => {
  it("serves callers that ask together with one read, started after the last of them asked", async () => {
    let reads = 0;
    let value = 0;
    const coalescer = new ReadCoalescer(async () => (reads++, value), { windowMs: 20, maxWaitMs: 500 });
    const first = coalescer.read();
    value = 1; // a write that completes after the first caller asked, before the read starts
    const second = coalescer.read();
    value = 2;
    expect(await Promise.all([first, second])).toEqual([2, 2]);
    expect(reads).toBe(1);
  });

  it("starts a new read for a caller that asks after the previous read began", async () => {
    let reads = 0;
    const coalescer = new ReadCoalescer(async () => ++reads, { windowMs: 5 });
    expect(await coalescer.read()).toBe(1);
    expect(await coalescer.read()).toBe(2);
  });

  it("passes a failed read to every caller that shared it", async () => {
    const coalescer = new ReadCoalescer(() => Promise.reject(new Error("unreachable")), { windowMs: 5 });
    const results = await Promise.allSettled([coalescer.read(), coalescer.read()]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
  });

  it("does not keep the first caller waiting past maxWaitMs while callers keep arriving", async () => {
    let reads = 0;
    const coalescer = new ReadCoalescer(async () => ++reads, { windowMs: 30, maxWaitMs: 60 });
    const first = coalescer.read();
    const late: Array<Promise<number>> = [];
    for (let i = 0; i < 10; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      late.push(coalescer.read());
    }
    // 200 ms of arrivals 20 ms apart: without the cap they would all share one read.
    expect(await first).toBe(1);
    await Promise.all(late);
    expect(reads).toBeGreaterThan(1);
  });

  it("keeps the read open past its idle time while announced callers are still on their way", async () => {
    let reads = 0;
    let onTheirWay = 1;
    const coalescer = new ReadCoalescer(async () => ++reads, { windowMs: 10, maxWaitMs: 1000, holdWhile: () => onTheirWay > 0 });
    const first = coalescer.read();
    await new Promise((resolve) => setTimeout(resolve, 60)); // six idle windows
    onTheirWay = 0;
    const second = coalescer.read();
    expect(await Promise.all([first, second])).toEqual([1, 1]);
  });

  it("holds at most maxWaitMs for callers that never come", async () => {
    let reads = 0;
    const coalescer = new ReadCoalescer(async () => ++reads, { windowMs: 10, maxWaitMs: 50, holdWhile: () => true });
    const started = Date.now();
    expect(await coalescer.read()).toBe(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
