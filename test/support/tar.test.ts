import { describe, expect, it } from "vitest";
import { createImageArchive, createTar, readTar } from "./tar.ts";
import type { TarEntry } from "./tar.ts";

const longPath = `${"a/".repeat(70)}file.txt`;

const hostile: TarEntry[] = [
  { type: "dir", path: "a", mode: 0o2755, uid: 5, gid: 6, uname: "u", gname: "g" },
  { type: "file", path: longPath, data: "x".repeat(1000), mode: 0o4755 },
  { type: "symlink", path: "link", target: `/${"t".repeat(150)}` },
  { type: "hardlink", path: "hard", target: longPath },
  { type: "char", path: "dev/null", devmajor: 1, devminor: 3, mode: 0o666 },
  { type: "block", path: "dev/big", devmajor: 3_000_000, devminor: 5 },
  { type: "fifo", path: "fifo" },
  { type: "file", path: "ids", data: "", uid: 4_294_967_294, gid: 3_000_000, mtime: 1e12 },
  { type: "file", path: "ünïcode", data: "u" },
  { type: "file", path: "xattr", data: "", pax: { "SCHILY.xattr.user.k": "v" } },
];

describe("createTar", () => {
  it("round-trips every entry kind through readTar", () => {
    const entries = readTar(createTar(hostile, { mtime: 1_704_067_200 }));
    expect(
      entries.map((entry) => [entry.path, entry.typeflag, entry.mode, entry.linkpath]),
    ).toEqual([
      ["a/", "5", 0o2755, ""],
      [longPath, "0", 0o4755, ""],
      ["link", "2", 0o777, `/${"t".repeat(150)}`],
      ["hard", "1", 0o644, longPath],
      ["dev/null", "3", 0o666, ""],
      ["dev/big", "4", 0o644, ""],
      ["fifo", "6", 0o644, ""],
      ["ids", "0", 0o644, ""],
      ["ünïcode", "0", 0o644, ""],
      ["xattr", "0", 0o644, ""],
    ]);
    expect(entries[0]).toMatchObject({ uid: 5, gid: 6, uname: "u", gname: "g" });
    expect(entries[1]?.data.toString()).toBe("x".repeat(1000));
    expect(entries[5]).toMatchObject({ devmajor: 3_000_000, devminor: 5 });
    expect(entries[7]).toMatchObject({ uid: 4_294_967_294, gid: 3_000_000, mtime: 1e12 });
    expect(entries[9]?.pax).toEqual({ "SCHILY.xattr.user.k": "v" });
    expect(entries[6]?.mtime).toBe(1_704_067_200);
  });

  it("writes valid header checksums and a two-block trailer", () => {
    const tar = createTar([{ type: "file", path: "f", data: "hello" }]);
    expect(tar.length).toBe(512 * 4);
    const header = Buffer.from(tar.subarray(0, 512));
    const stored = parseInt(header.toString("latin1", 148, 154), 8);
    header.fill(0x20, 148, 156);
    expect(stored).toBe(header.reduce((sum, byte) => sum + byte, 0));
    expect(tar.subarray(1024).every((byte) => byte === 0)).toBe(true);
  });

  it("sizes PAX records that cross a digit boundary", () => {
    // " path=" + 991 bytes + "\n" is 998 bytes: with a 3-digit prefix 1001, so it takes 4: 1002.
    const path = "p".repeat(991);
    const tar = createTar([{ type: "file", path, data: "" }]);
    expect(tar.toString("latin1", 512, 522)).toBe("1002 path=");
    expect(readTar(tar)[0]?.path).toBe(path);
  });
});

describe("createImageArchive", () => {
  it("is byte-identical across runs and names the config blob by its digest", () => {
    const input = {
      repoTags: ["rbc.local/t:1"],
      config: { Cmd: ["sh"] },
      layers: [{ createdBy: "test", entries: [{ type: "file", path: "f", data: "x" } as const] }],
    };
    const first = createImageArchive(input);
    expect(createImageArchive(input).bytes.equals(first.bytes)).toBe(true);
    const names = readTar(first.bytes).map((entry) => entry.path);
    const hex = first.id.slice("sha256:".length);
    expect(names).toContain(`${hex}.json`);
    expect(names).toContain("manifest.json");
  });
});
