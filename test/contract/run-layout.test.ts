import { describe, expect, it } from "vitest";
import { isBundleRunName, RUN_ROOT, runPath } from "../../src/contract/index.ts";

describe("runPath", () => {
  it("places a bundle's run state under /run/rbc/<name>", () => {
    expect(RUN_ROOT).toBe("/run/rbc");
    expect(runPath("web")).toBe("/run/rbc/web");
    expect(runPath("my web", "ns/net")).toBe("/run/rbc/my web/ns/net");
  });

  it("refuses names that would leave /run/rbc or take rbc's own entries", () => {
    for (const name of ["", "..", "../../etc", "a/b", ".bin", ".ipam", "x\0y"]) {
      expect(isBundleRunName(name)).toBe(false);
      expect(() => runPath(name)).toThrow("invalid bundle name");
    }
  });
});
