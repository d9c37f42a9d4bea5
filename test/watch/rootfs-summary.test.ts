import { describe, expect, it } from "vitest";
import { summarizeRootfsChange } from "../../src/watch/rootfs-summary.ts";

const header = "#mtree v2.0\n. type=dir mode=0755 uid=0 gid=0\n";
const file = (path: string, size: number, digest: string): string =>
  `./${path} type=file mode=0644 uid=0 gid=0 size=${size} sha256digest=${digest.repeat(64)}\n`;

describe("summarizeRootfsChange", () => {
  it("counts entries and names the paths added, removed and modified", () => {
    const before = header + file("a.txt", 1, "a") + file("b.txt", 1, "b");
    const after = header + file("b.txt", 2, "c") + file("c.txt", 1, "c") + file("d.txt", 1, "d");
    expect(summarizeRootfsChange(before, after)).toBe(
      "rootfs.mtree: 3 → 4 entries: +c.txt, +d.txt, -a.txt, ~b.txt (size, sha256digest)",
    );
  });

  it("caps the listed paths", () => {
    const after = header + ["a", "b", "c", "d"].map((n) => file(`${n}.txt`, 1, n)).join("");
    expect(summarizeRootfsChange(header, after, 2)).toBe(
      "rootfs.mtree: 1 → 5 entries: +a.txt, +b.txt, … and 2 more",
    );
  });

  it("says the manifest was written for a first build, or changed when the old one is unreadable", () => {
    expect(summarizeRootfsChange(undefined, header)).toBe("rootfs.mtree written: 1 entry");
    expect(summarizeRootfsChange("not mtree", header)).toBe("rootfs.mtree changed: 1 entry");
  });
});
