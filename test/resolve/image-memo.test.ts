import { describe, expect, it } from "vitest";
import { createImageMemo, memoizedImageReads, remember } from "../../src/resolve/image-memo.ts";
import { fakeEngine } from "../helpers/fake-engine.ts";

describe("remember", () => {
  it("reads once per key", async () => {
    const memo = new Map<string, Promise<number>>();
    let reads = 0;
    const read = () => Promise.resolve((reads += 1));
    expect(await remember(memo, "a", read)).toBe(1);
    expect(await remember(memo, "a", read)).toBe(1);
    expect(await remember(memo, "b", read)).toBe(2);
  });

  it("forgets a failed read, so the next call asks again", async () => {
    const memo = new Map<string, Promise<string>>();
    await expect(
      remember(memo, "a", () => Promise.reject(new Error("engine down"))),
    ).rejects.toThrow("engine down");
    expect(await remember(memo, "a", () => Promise.resolve("back"))).toBe("back");
  });
});

describe("memoizedImageReads", () => {
  it("asks the engine once per image id and file list", async () => {
    const asked: string[] = [];
    const engine = fakeEngine();
    const counting = {
      ...engine,
      readImageFiles: (id: string, paths: readonly string[]) => {
        asked.push(`${id}:${paths.join(",")}`);
        return Promise.resolve(new Map([["/etc/passwd", "root:x:0:0::/root:/bin/sh\n"]]));
      },
    };
    const memoized = memoizedImageReads(counting, createImageMemo());
    await memoized.readImageFiles("sha256:1", ["/etc/passwd"]);
    await memoized.readImageFiles("sha256:1", ["/etc/passwd"]);
    await memoized.readImageFiles("sha256:2", ["/etc/passwd"]);
    expect(asked).toEqual(["sha256:1:/etc/passwd", "sha256:2:/etc/passwd"]);
  });
});
