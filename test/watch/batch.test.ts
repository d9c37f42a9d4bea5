import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createBatcher } from "../../src/watch/batch.ts";

describe("createBatcher", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("fires once with every key that arrived within the delay, each with its latest item", async () => {
    const batches: [string, number][][] = [];
    const batcher = createBatcher<number>(300, (items) => {
      batches.push([...items]);
      return Promise.resolve();
    });
    batcher.add("a", 1);
    await vi.advanceTimersByTimeAsync(200);
    batcher.add("b", 2);
    batcher.add("a", 3);
    await vi.advanceTimersByTimeAsync(299);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await batcher.idle();
    expect(batches).toEqual([
      [
        ["a", 3],
        ["b", 2],
      ],
    ]);
  });

  it("runs one batch at a time; items arriving meanwhile form the next", async () => {
    const log: string[] = [];
    let release: () => void = () => undefined;
    const batcher = createBatcher<string>(10, async (items) => {
      log.push(`start ${[...items.keys()].join(",")}`);
      if (items.has("a")) await new Promise<void>((done) => (release = done));
      log.push(`end ${[...items.keys()].join(",")}`);
    });
    batcher.add("a", "");
    await vi.advanceTimersByTimeAsync(10);
    batcher.add("b", "");
    await vi.advanceTimersByTimeAsync(10);
    expect(log).toEqual(["start a"]);
    release();
    await batcher.idle();
    expect(log).toEqual(["start a", "end a", "start b", "end b"]);
  });
});
