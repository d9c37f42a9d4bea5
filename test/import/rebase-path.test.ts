import { describe, expect, it } from "vitest";
import { rebasePath } from "../../src/import/rebase-path.ts";

describe("rebasePath", () => {
  it("rewrites a project-relative path relative to the bundle directory", () => {
    expect(rebasePath("../..", "./data")).toBe("../../data");
    expect(rebasePath("../..", "data/x")).toBe("../../data/x");
    expect(rebasePath("../..", "../shared")).toBe("../../../shared");
    expect(rebasePath("../../app", "./conf/../etc")).toBe("../../app/etc");
  });

  it("keeps absolute paths and starts a path below the bundle with ./", () => {
    expect(rebasePath("../..", "/etc/ssl")).toBe("/etc/ssl");
    expect(rebasePath("sub", "x")).toBe("./sub/x");
    expect(rebasePath("..", "..")).toBe("../..");
  });
});
