import { describe, expect, it } from "vitest";
import { diffRootfs, isCleanDiff } from "../../src/rootfs/index.ts";
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
