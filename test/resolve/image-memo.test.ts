import { describe, expect, it } from "vitest";
import {
  createImageMemo,
  memoizedImageReads,
  remember,
  runImageMemo,
} from "../../src/resolve/image-memo.ts";
import { recordedEngine } from "../../src/resolve/engine-recording.ts";
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

describe("runImageMemo", () => {
  /** The fake engine, counting its image inspections by reference. */
  function countingInspections() {
    const asked: string[] = [];
    const engine = fakeEngine();
    const counting: Engine = {
      ...engine,
      inspectImage: (ref) => {
        asked.push(ref);
        return engine.inspectImage(ref);
      },
    };
    return { counting, asked };
  }
  const ref = "rbc.local/busybox:1";

  it("inspects each reference once per run, concurrent requests sharing one answer", async () => {
    const { counting, asked } = countingInspections();
    const memoized = memoizedImageReads(counting, runImageMemo());
    const answers = await Promise.all([memoized.inspectImage(ref), memoized.inspectImage(ref)]);
    await memoized.inspectImage(ref);
    expect(asked).toEqual([ref]);
    expect(answers[0]).toBe(answers[1]);
  });

  it("keeps no inspection in a long-lived memo, whose images may be retagged", async () => {
    const { counting, asked } = countingInspections();
    const memoized = memoizedImageReads(counting, createImageMemo());
    await memoized.inspectImage(ref);
    await memoized.inspectImage(ref);
    expect(asked).toEqual([ref, ref]);
  });

  it("shares the long-lived memo's answers by image id, with its own inspections", () => {
    const memo = createImageMemo();
    const run = runImageMemo(memo);
    expect(run.users).toBe(memo.users);
    expect(run.manifests).toBe(memo.manifests);
    expect(runImageMemo(memo).references).not.toBe(run.references);
  });

  it("records the inspection in every compilation that asked, under the reference it asked", async () => {
    const { counting, asked } = countingInspections();
    const memo = runImageMemo();
    const first = recordedEngine(counting, memo);
    const second = recordedEngine(counting, memo);
    await first.engine.inspectImage(ref);
    await second.engine.inspectImage(ref);
    expect(asked).toEqual([ref]);
    expect(Object.keys(first.recording.images)).toEqual([ref]);
    expect(second.recording.images).toEqual(first.recording.images);
  });
});
