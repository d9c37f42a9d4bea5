import { describe, expect, it } from "vitest";
import { buildCgroupsPath, cleanGoPath } from "../../src/spec/cgroups-path.ts";

// Docker 20.10.24 captures: `--cgroup-parent /custom` → /custom/<id>, `--cgroup-parent
// myparent/sub` → myparent/sub/<id>; rbc names the cgroup after the bundle.
describe("buildCgroupsPath", () => {
  it("puts the bundle under /rbc by default", () => {
    expect(buildCgroupsPath(undefined, "web")).toBe("/rbc/web");
    expect(buildCgroupsPath("", "web")).toBe("/rbc/web");
  });

  it("joins an absolute parent", () => {
    expect(buildCgroupsPath("/custom", "web")).toBe("/custom/web");
    expect(buildCgroupsPath("/custom/", "web")).toBe("/custom/web");
  });

  it("keeps a relative parent relative", () => {
    expect(buildCgroupsPath("myparent/sub", "web")).toBe("myparent/sub/web");
  });
});

// Go path/filepath.Clean, as documented (Lexical processing rules).
describe("cleanGoPath", () => {
  it("cleans as Go's filepath.Clean does", () => {
    expect(cleanGoPath("/a//b/./c/..")).toBe("/a/b");
    expect(cleanGoPath("/../a")).toBe("/a");
    expect(cleanGoPath("../a/../../b")).toBe("../../b");
    expect(cleanGoPath("a/..")).toBe(".");
  });
});
