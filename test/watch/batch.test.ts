import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createBatcher } from "../../src/watch/batch.ts";

describe("createBatcher", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("fires once with every key that arrived within the delay", async () => {
    const batches: string[][] = [];
    const batcher = createBatcher(300, (keys) => {
      batches.push([...keys]);
      return Promise.resolve();
    });
    batcher.add("a");
    await vi.advanceTimersByTimeAsync(200);
    batcher.add("b");
    batcher.add("a");
    await vi.advanceTimersByTimeAsync(299);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await batcher.idle();
    expect(batches).toEqual([["a", "b"]]);
  });
});
