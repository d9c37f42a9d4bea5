import { describe, expect, it } from "vitest";
import { countBytes, untracked, type StepProgress } from "../src/progress.ts";
import { chunked, collect } from "./rootfs/stream-helpers.ts";

describe("countBytes", () => {
  it("passes the stream through and reports the bytes read so far after each chunk", async () => {
    const reports: StepProgress[] = [];
    const bytes = Buffer.from("0123456789");
    const out = await collect(
      countBytes(chunked(bytes, 4), "reading image", (p) => reports.push(p)),
    );
    expect(out.toString()).toBe("0123456789");
    expect(reports).toEqual([
      { step: "reading image", bytes: 4 },
      { step: "reading image", bytes: 8 },
      { step: "reading image", bytes: 10 },
    ]);
  });

  it("reads the stream as it is when nobody listens", async () => {
    const out = await collect(countBytes(chunked(Buffer.from("abc"), 1), "reading", undefined));
    expect(out.toString()).toBe("abc");
  });
});

describe("untracked", () => {
  it("runs the work with a callback that drops every report", async () => {
    const result = await untracked("bundles/web", "compiling", (onProgress) => {
      onProgress({ step: "reading image", bytes: 1 });
      return Promise.resolve(42);
    });
    expect(result).toBe(42);
  });
});
