import { describe, expect, it } from "vitest";
import { createImageMemo, memoizedImageReads, remember } from "../../src/resolve/image-memo.ts";
import type { Engine } from "../../src/resolve/engine.ts";
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
  it("asks the engine once per image id and user query; container lookups are not kept", async () => {
    const asked: string[] = [];
    const engine = fakeEngine();
    const counting: Engine = {
      ...engine,
      lookUpUsers: (source, query) => {
        asked.push(`${source.kind}:${source.id}:${query.user}:${query.groupAdd.join(",")}`);
        return Promise.resolve({ passwd: "root:x:0:0\n" });
      },
    };
    const memoized = memoizedImageReads(counting, createImageMemo());
    const image = (id: string) => ({ kind: "image" as const, id });
    const root = { user: "", groupAdd: [] };
    await memoized.lookUpUsers(image("sha256:1"), root);
    await memoized.lookUpUsers(image("sha256:1"), root);
    await memoized.lookUpUsers(image("sha256:1"), { user: "", groupAdd: ["audio"] });
    await memoized.lookUpUsers(image("sha256:2"), root);
    await memoized.lookUpUsers({ kind: "container", id: "c1" }, root);
    await memoized.lookUpUsers({ kind: "container", id: "c1" }, root);
    expect(asked).toEqual([
      "image:sha256:1::",
      "image:sha256:1::audio",
      "image:sha256:2::",
      "container:c1::",
      "container:c1::",
    ]);
  });
});
