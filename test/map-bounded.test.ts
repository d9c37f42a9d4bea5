import { describe, expect, it } from "vitest";
import { mapBounded } from "../src/map-bounded.ts";

/** Work the test finishes by hand, in any order, counting how many run at once. */
function manualWork() {
  const pending = new Map<number, { resolve: (v: string) => void; reject: (e: Error) => void }>();
  let running = 0;
  let most = 0;
  const started: number[] = [];
  const work = (item: number) => {
    started.push(item);
    running += 1;
    most = Math.max(most, running);
    return new Promise<string>((resolve, reject) => {
      pending.set(item, { resolve, reject });
    }).finally(() => {
      running -= 1;
    });
  };
  return {
    work,
    started,
    most: () => most,
    finish: async (item: number) => {
      pending.get(item)?.resolve(`r${String(item)}`);
      await flush();
    },
    fail: async (item: number, error: Error) => {
      pending.get(item)?.reject(error);
      await flush();
    },
  };
}

async function flush(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}

describe("mapBounded", () => {
  it("runs at most `jobs` at a time, in item order, and settles the results in item order", async () => {
    const manual = manualWork();
    const settled: string[] = [];
    const done = mapBounded([0, 1, 2, 3, 4], 2, manual.work, (result) => {
      settled.push(result);
    });
    await flush();
    expect(manual.started).toEqual([0, 1]);
    await manual.finish(1);
    expect(manual.started).toEqual([0, 1, 2]);
    expect(settled).toEqual([]);
    await manual.finish(2);
    await manual.finish(0);
    expect(settled).toEqual(["r0", "r1", "r2"]);
    await manual.finish(4);
    await manual.finish(3);
    expect(await done).toEqual(["r0", "r1", "r2", "r3", "r4"]);
    expect(settled).toEqual(["r0", "r1", "r2", "r3", "r4"]);
    expect(manual.most()).toBe(2);
  });

  it("runs one at a time with one job", async () => {
    const manual = manualWork();
    const done = mapBounded([0, 1, 2], 1, manual.work);
    for (const item of [0, 1, 2]) {
      await flush();
      expect(manual.started).toEqual([0, 1, 2].slice(0, item + 1));
      await manual.finish(item);
    }
    expect(await done).toEqual(["r0", "r1", "r2"]);
    expect(manual.most()).toBe(1);
  });

  it("starts nothing after a failure, lets the work under way finish, then throws the earliest failure", async () => {
    const manual = manualWork();
    let outcome: unknown;
    const done = mapBounded([0, 1, 2, 3, 4], 3, manual.work).catch((e: unknown) => (outcome = e));
    await flush();
    await manual.fail(2, new Error("two"));
    await manual.fail(1, new Error("one"));
    expect(manual.started).toEqual([0, 1, 2]);
    expect(outcome).toBeUndefined();
    await manual.finish(0);
    await done;
    expect(outcome).toEqual(new Error("one"));
    expect(manual.started).toEqual([0, 1, 2]);
  });

  it("waits for an async settle before settling the next result, while the work goes on", async () => {
    const manual = manualWork();
    const events: string[] = [];
    let release: () => void = () => undefined;
    const done = mapBounded([0, 1, 2], 2, manual.work, async (result) => {
      events.push(`settle ${result}`);
      if (result === "r0") await new Promise<void>((resolve) => (release = resolve));
      events.push(`settled ${result}`);
    });
    await flush();
    await manual.finish(0);
    await manual.finish(1);
    expect(manual.started).toEqual([0, 1, 2]);
    expect(events).toEqual(["settle r0"]);
    release();
    await manual.finish(2);
    await done;
    expect(events).toEqual([
      "settle r0",
      "settled r0",
      "settle r1",
      "settled r1",
      "settle r2",
      "settled r2",
    ]);
  });

  it("returns nothing for no items", async () => {
    expect(await mapBounded([], 4, () => Promise.resolve(1))).toEqual([]);
  });
});
