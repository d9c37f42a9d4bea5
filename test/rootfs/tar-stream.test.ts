import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readTarStream } from "../../src/rootfs/index.ts";
import type { TarHeader } from "../../src/rootfs/index.ts";
import { createTar } from "../support/tar.ts";
import type { TarEntry } from "../support/tar.ts";
import { chunked, collect, paxRecord, randomSizes, rawEntry } from "./stream-helpers.ts";
import { TarFormatError } from "../../src/errors/index.ts";

const longPath = `${"deep/".repeat(40)}file.txt`;
const big = Buffer.alloc(3000, 7);

const entries: TarEntry[] = [
  { type: "dir", path: "a", mode: 0o2755, uid: 5, gid: 6, uname: "u", gname: "g" },
  { type: "file", path: "a/small", data: "hello\n", mode: 0o4755, mtime: 1_700_000_000 },
  { type: "file", path: longPath, data: big },
  { type: "symlink", path: "link", target: `/${"t".repeat(150)}` },
  { type: "hardlink", path: "hard", target: "a/small" },
  { type: "char", path: "dev/null", devmajor: 1, devminor: 3, mode: 0o666 },
  { type: "block", path: "dev/big", devmajor: 3_000_000, devminor: 5 },
  { type: "fifo", path: "fifo" },
  { type: "file", path: "ids", data: "", uid: 4_294_967_294, gid: 3_000_000 },
  { type: "file", path: "ünïcode name", data: "u" },
  { type: "file", path: "xattr", data: "", pax: { "SCHILY.xattr.security.capability": "v" } },
];

async function readAll(
  archive: Uint8Array,
  size: number | (() => number) = 65_536,
): Promise<{ header: TarHeader; data: Buffer }[]> {
  const out: { header: TarHeader; data: Buffer }[] = [];
  for await (const entry of readTarStream(chunked(archive, size))) {
    out.push({ header: entry.header, data: await collect(entry.body) });
  }
  return out;
}

describe("readTarStream", () => {
  it("reads every entry kind the project's writer produces", async () => {
    const read = await readAll(createTar(entries, { mtime: 1_704_067_200 }));
    expect(
      read.map(({ header }) => [header.path, header.type, header.mode, header.linkpath]),
    ).toEqual([
      ["a/", "dir", 0o2755, ""],
      ["a/small", "file", 0o4755, ""],
      [longPath, "file", 0o644, ""],
      ["link", "symlink", 0o777, `/${"t".repeat(150)}`],
      ["hard", "hardlink", 0o644, "a/small"],
      ["dev/null", "char", 0o666, ""],
      ["dev/big", "block", 0o644, ""],
      ["fifo", "fifo", 0o644, ""],
      ["ids", "file", 0o644, ""],
      ["ünïcode name", "file", 0o644, ""],
      ["xattr", "file", 0o644, ""],
    ]);
    const byPath = new Map(read.map((entry) => [entry.header.path, entry]));
    expect(byPath.get("a/")?.header).toMatchObject({ uid: 5, gid: 6, uname: "u", gname: "g" });
    expect(byPath.get("a/small")?.header.mtime).toBe(1_700_000_000);
    expect(byPath.get("a/small")?.data.toString()).toBe("hello\n");
    expect(byPath.get(longPath)?.data.equals(big)).toBe(true);
    expect(byPath.get("dev/null")?.header).toMatchObject({ devmajor: 1, devminor: 3 });
    expect(byPath.get("dev/big")?.header).toMatchObject({ devmajor: 3_000_000, devminor: 5 });
    expect(byPath.get("ids")?.header).toMatchObject({ uid: 4_294_967_294, gid: 3_000_000 });
    expect(byPath.get("xattr")?.header.pax["SCHILY.xattr.security.capability"]).toBe("v");
  });

  it("gives the same result whatever the chunk boundaries", async () => {
    const archive = createTar(entries);
    const digest = (read: { header: TarHeader; data: Buffer }[]): string =>
      createHash("sha256")
        .update(JSON.stringify(read.map((e) => [e.header, e.data.toString("hex")])))
        .digest("hex");
    const reference = digest(await readAll(archive));
    expect(digest(await readAll(archive, 1))).toBe(reference);
    expect(digest(await readAll(archive, 511))).toBe(reference);
    expect(digest(await readAll(archive, randomSizes(2000, 42)))).toBe(reference);
  });

  it("skips bodies the caller does not read", async () => {
    const paths: string[] = [];
    for await (const { header } of readTarStream(chunked(createTar(entries), 100))) {
      paths.push(header.path);
    }
    expect(paths).toHaveLength(entries.length);
  });

  it("skips the rest of a body the caller stops reading", async () => {
    const archive = createTar([
      { type: "file", path: "first", data: big },
      { type: "file", path: "second", data: "2" },
    ]);
    const seen: string[] = [];
    for await (const { header, body } of readTarStream(chunked(archive, 100))) {
      seen.push(header.path);
      for await (const chunk of body) {
        expect(chunk.length).toBeGreaterThan(0);
        break;
      }
    }
    expect(seen).toEqual(["first", "second"]);
  });

  it("refuses a body read after moving to the next entry", async () => {
    const archive = createTar([
      { type: "file", path: "first", data: big },
      { type: "file", path: "second", data: "2" },
    ]);
    const iterator = readTarStream(chunked(archive, 100));
    const first = await iterator.next();
    await iterator.next();
    await expect(async () => {
      if (first.done !== true) await collect(first.value.body);
    }).rejects.toThrow(/after moving to the next entry/);
  });

  it("applies GNU long names and long link names", async () => {
    const name = `${"n".repeat(120)}/file`;
    const target = "t".repeat(130);
    const archive = Buffer.concat([
      rawEntry("././@LongLink", "L", `${name}\0`, true),
      rawEntry("././@LongLink", "K", `${target}\0`, true),
      rawEntry("short", "2", "", true),
      Buffer.alloc(1024),
    ]);
    const [entry] = await readAll(archive, 64);
    expect(entry?.header).toMatchObject({ path: name, type: "symlink", linkpath: target });
  });

  it("applies global PAX records to later entries, local ones override them", async () => {
    const archive = Buffer.concat([
      rawEntry("global", "g", paxRecord("uid", "77") + paxRecord("comment", "all")),
      rawEntry("local", "x", paxRecord("path", "renamed") + paxRecord("uid", "88")),
      rawEntry("original", "0", ""),
      rawEntry("next", "0", ""),
      Buffer.alloc(1024),
    ]);
    const read = await readAll(archive);
    expect(read.map(({ header }) => [header.path, header.uid, header.pax["comment"]])).toEqual([
      ["renamed", 88, "all"],
      ["next", 77, "all"],
    ]);
  });

  it("reads a directory written as a regular file with a trailing slash (pre-POSIX tar)", async () => {
    const [entry] = await readAll(Buffer.concat([rawEntry("old/", "0", ""), Buffer.alloc(1024)]));
    expect(entry?.header.type).toBe("dir");
  });

  it("reports unknown typeflags as other", async () => {
    const [entry] = await readAll(Buffer.concat([rawEntry("sparse", "S", ""), Buffer.alloc(1024)]));
    expect(entry?.header).toMatchObject({ type: "other", typeflag: "S" });
  });

  it("rejects a corrupted header", async () => {
    const archive = createTar([{ type: "file", path: "x", data: "x" }]);
    archive[0] = 0x41;
    await expect(readAll(archive)).rejects.toThrow(TarFormatError);
  });

  it("rejects an archive that ends inside an entry", async () => {
    const archive = createTar([{ type: "file", path: "x", data: big }]);
    await expect(readAll(archive.subarray(0, 1024))).rejects.toThrow(/inside an entry's data/);
  });

  it("rejects oversized metadata entries", async () => {
    const archive = Buffer.concat([
      rawEntry("huge", "x", paxRecord("comment", "y".repeat(5000))),
      Buffer.alloc(1024),
    ]);
    const read = async (): Promise<void> => {
      const entries = readTarStream(chunked(archive, 512), { maxMetadataSize: 1024 });
      await entries.next();
    };
    await expect(read()).rejects.toThrow(/metadata entry of/);
  });

  it("stops at the end-of-archive blocks and at a missing one", async () => {
    const archive = createTar([{ type: "file", path: "x", data: "x" }]);
    expect(await readAll(Buffer.concat([archive, Buffer.from("trailing garbage")]))).toHaveLength(
      1,
    );
    expect(await readAll(archive.subarray(0, 1024))).toHaveLength(1);
  });
});
