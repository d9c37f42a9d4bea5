import { describe, expect, it } from "vitest";
import type { OciMount } from "../../src/spec/oci-types.ts";
import { buildRootfsPropagation } from "../../src/spec/rootfs-propagation.ts";

const bind = (destination: string, ...options: string[]): OciMount => ({
  destination,
  type: "bind",
  source: "/var/lib/docker/volumes",
  options: ["rbind", ...options],
});

// Docker 20.10.24 captures: an rslave bind gives "rslave", an rshared bind "shared"
// (test/differential scenarios "long-syntax bind ... rslave/rshared propagation").
describe("buildRootfsPropagation", () => {
  it("leaves the rootfs private when no bind asks for propagation", () => {
    expect(
      buildRootfsPropagation([bind("/a", "rprivate"), bind("/b", "ro", "private")]),
    ).toBeUndefined();
  });

  it("makes the rootfs rslave for a slave bind and shared for a shared bind", () => {
    expect(buildRootfsPropagation([bind("/a", "rslave")])).toBe("rslave");
    expect(buildRootfsPropagation([bind("/a", "slave")])).toBe("rslave");
    expect(buildRootfsPropagation([bind("/a", "ro", "rshared")])).toBe("shared");
  });

  it("lets shared win over slave in either order", () => {
    expect(buildRootfsPropagation([bind("/a", "rslave"), bind("/b", "shared")])).toBe("shared");
    expect(buildRootfsPropagation([bind("/a", "rshared"), bind("/b", "rslave")])).toBe("shared");
  });

  it("ignores tmpfs mounts", () => {
    expect(
      buildRootfsPropagation([
        { destination: "/t", type: "tmpfs", source: "tmpfs", options: ["rshared"] },
      ]),
    ).toBeUndefined();
  });
});
