import { describe, expect, it } from "vitest";
import { diffRootfs, isCleanDiff } from "../../src/rootfs/index.ts";
import { startRootfsDiff } from "../../src/rootfs/diff-rootfs.ts";
import type { RootfsEntry } from "../../src/rootfs/index.ts";

const A = "a".repeat(64);
const B = "b".repeat(64);

const root: RootfsEntry = { path: ".", type: "dir", mode: 0o755, uid: 0, gid: 0, mtime: 0 };

const expected: RootfsEntry[] = [
  root,
  { path: "bin", type: "dir", mode: 0o755, uid: 0, gid: 0, mtime: 0 },
  { path: "bin/su", type: "file", mode: 0o4755, uid: 0, gid: 0, mtime: 9, size: 1, sha256: A },
  { path: "bin/sh", type: "symlink", mode: 0o777, uid: 0, gid: 0, mtime: 0, link: "busybox" },
  {
    path: "dev/null",
    type: "char",
    mode: 0o666,
    uid: 0,
    gid: 0,
    mtime: 0,
    devMajor: 1,
    devMinor: 3,
  },
  { path: "gone", type: "file", mode: 0o644, uid: 0, gid: 0, mtime: 0, size: 0, sha256: A },
];

describe("diffRootfs", () => {
  it("is clean for identical trees", () => {
    const diff = diffRootfs(expected, expected);
    expect(diff).toEqual({ modified: [], missing: [], extra: [] });
    expect(isCleanDiff(diff)).toBe(true);
  });

  it("reports every differing key, missing and extra paths, sorted", () => {
    const actual: RootfsEntry[] = [
      { path: "zzz", type: "file", mode: 0o644, uid: 0, gid: 0, mtime: 0, size: 0, sha256: A },
      root,
      { path: "bin", type: "symlink", mode: 0o777, uid: 0, gid: 0, mtime: 0, link: "x" },
      {
        path: "bin/su",
        type: "file",
        mode: 0o755,
        uid: 1000,
        gid: 0,
        mtime: 10,
        size: 2,
        sha256: B,
      },
      { path: "bin/sh", type: "symlink", mode: 0o777, uid: 0, gid: 0, mtime: 0, link: "toybox" },
      {
        path: "dev/null",
        type: "char",
        mode: 0o666,
        uid: 0,
        gid: 0,
        mtime: 0,
        devMajor: 1,
        devMinor: 5,
      },
      { path: "aaa", type: "dir", mode: 0o755, uid: 0, gid: 0, mtime: 0 },
    ];
    expect(diffRootfs(expected, actual)).toEqual({
      modified: [
        { path: "bin", keys: [{ name: "type", expected: "dir", actual: "symlink" }] },
        { path: "bin/sh", keys: [{ name: "link", expected: "busybox", actual: "toybox" }] },
        {
          path: "bin/su",
          keys: [
            { name: "mode", expected: "4755", actual: "0755" },
            { name: "uid", expected: "0", actual: "1000" },
            { name: "size", expected: "1", actual: "2" },
            { name: "sha256digest", expected: A, actual: B },
          ],
        },
        { path: "dev/null", keys: [{ name: "device", expected: "1,3", actual: "1,5" }] },
      ],
      missing: ["gone"],
      extra: ["aaa", "zzz"],
    });
  });

  it("compares time only when asked", () => {
    const later = expected.map((entry) => ({ ...entry, mtime: entry.mtime + 1 }));
    expect(isCleanDiff(diffRootfs(expected, later))).toBe(true);
    expect(diffRootfs(expected, later, { time: true }).modified).toHaveLength(expected.length);
  });

  it("tolerates what an unprivileged extraction cannot reproduce, when told", () => {
    const unprivileged = expected
      .filter((entry) => entry.type !== "char")
      .map((entry) => ({ ...entry, uid: 1000, gid: 1000, mode: entry.mode & 0o1777 }));
    expect(isCleanDiff(diffRootfs(expected, unprivileged))).toBe(false);
    const lenient = { ownership: false, setIdBits: false, devices: false };
    expect(diffRootfs(expected, unprivileged, lenient)).toEqual({
      modified: [],
      missing: [],
      extra: [],
    });
  });
});

describe("startRootfsDiff", () => {
  it("compares entries one at a time as diffRootfs compares the whole tree", () => {
    const actual = expected
      .filter((entry) => entry.path !== "gone")
      .map((entry) => (entry.path === "bin/sh" ? { ...entry, link: "toybox" } : entry));
    const diff = startRootfsDiff(expected);
    for (const entry of [...actual, { ...root, path: "new" }]) {
      diff.observe(entry, diff.expected(entry.path));
    }
    expect(diff.finish()).toEqual({
      modified: [
        { path: "bin/sh", keys: [{ name: "link", expected: "busybox", actual: "toybox" }] },
      ],
      missing: ["gone"],
      extra: ["new"],
    });
  });

  it("finds nothing missing once every path is observed, and leaves out unexpected devices", () => {
    const everything = startRootfsDiff(expected);
    for (const entry of expected) everything.observe(entry, everything.expected(entry.path));
    expect(everything.finish().missing).toEqual([]);
    const noDevices = startRootfsDiff(expected, { devices: false });
    expect(noDevices.finish().missing).toEqual([".", "bin", "bin/sh", "bin/su", "gone"]);
  });
});

describe("diffRootfs with a path observed twice", () => {
  it("compares the last entry of the path, as a tree has one", () => {
    const first = { ...root, path: "bin", mode: 0o700 };
    const diff = diffRootfs(expected, [first, ...expected]);
    expect(isCleanDiff(diff)).toBe(true);
  });
});
