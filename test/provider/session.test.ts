/** One read of each list per operation, shared by concurrent callers and kept current by the provider's writes. */
import { ListCache, WriteForecast } from "../../provider/lifecycle/session";

const idOf = (state: Record<string, unknown>) => String(state.id);

describe("ListCache", () => {
  it("loads a list once however many callers ask at the same time", async () => {
    const cache = new ListCache();
    let loads = 0;
    const load = async () => {
      loads++;
      return [{ id: "1" }];
    };
    await Promise.all([cache.get("k", load), cache.get("k", load), cache.get("k", load)]);
    expect(loads).toBe(1);
  });

  it("applies writes, even ones that land while the list is still loading", async () => {
    const cache = new ListCache();
    let release: (items: Record<string, unknown>[]) => void = () => undefined;
    const loading = cache.get("k", () => new Promise((resolve) => (release = resolve)));
    cache.put("k", { id: "2", name: "new" }, idOf);
    cache.remove("k", "1", idOf);
    release([{ id: "1" }, { id: "3" }]);
    await loading;
    expect(await cache.get("k", async () => [])).toEqual([{ id: "3" }, { id: "2", name: "new" }]);
  });

  it("does not remember a failed read, and reads a forgotten list again", async () => {
    const cache = new ListCache();
    await expect(cache.get("k", async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("k", async () => [{ id: "1" }])).toEqual([{ id: "1" }]);
    cache.forget("k");
    expect(await cache.get("k", async () => [{ id: "9" }])).toEqual([{ id: "9" }]);
  });
});

describe("WriteForecast", () => {
  it("awaits the writes announced until each is settled, counting a write settled twice once", () => {
    const writes = new WriteForecast();
    writes.begin("EmailTemplate").settle(); // an unannounced write does not make the count negative
    writes.expect("EmailTemplate");
    writes.expect("EmailTemplate");
    expect(writes.awaits("EmailTemplate")).toBe(true);
    expect(writes.awaits("Role")).toBe(false);
    const first = writes.begin("EmailTemplate");
    first.settle();
    first.settle();
    expect(writes.awaits("EmailTemplate")).toBe(true);
    writes.begin("EmailTemplate").settle();
    expect(writes.awaits("EmailTemplate")).toBe(false);
  });
});
