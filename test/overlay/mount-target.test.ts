import { describe, expect, it } from "vitest";
import { tmpfsTarget, volumeTarget } from "../../src/overlay/mount-target.ts";

describe("volumeTarget", () => {
  it.each([
    ["/anon", "/anon"],
    ["./data:/data", "/data"],
    ["cache:/cache:ro", "/cache"],
    ["/srv:/srv:rw,z", "/srv"],
  ])("finds the target of %s", (volume, target) => {
    expect(volumeTarget(volume)).toBe(target);
  });

  it.each(["data", "/data:ro", ":/data", "/a:", "/a:/b:ro:x", ""])("rejects %j", (volume) => {
    expect(volumeTarget(volume)).toBeUndefined();
  });
});

describe("tmpfsTarget", () => {
  it("takes the part before the first colon", () => {
    expect(tmpfsTarget("/tmp:size=64m,mode=1777")).toBe("/tmp");
    expect(tmpfsTarget("/run")).toBe("/run");
  });

  it("rejects a relative target", () => {
    expect(tmpfsTarget("run")).toBeUndefined();
    expect(tmpfsTarget(":size=1m")).toBeUndefined();
  });
});
