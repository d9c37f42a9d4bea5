import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readTarStream } from "../../src/rootfs/index.ts";
import type { TarHeader } from "../../src/rootfs/index.ts";
import { createTar } from "../support/tar.ts";
import type { TarEntry } from "../support/tar.ts";
import { chunked, collect, paxRecord, randomSizes, rawEntry, rawHeader } from "./stream-helpers.ts";
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

  it("applies no PAX global record to later entries and reports the global header itself", async () => {
    const archive = Buffer.concat([
      rawEntry("global", "g", paxRecord("uid", "77") + paxRecord("path", "bin/busybox")),
      rawEntry("local", "x", paxRecord("path", "renamed") + paxRecord("uid", "88")),
      rawEntry("original", "0", ""),
      rawEntry("next", "0", ""),
      Buffer.alloc(1024),
    ]);
    const read = await readAll(archive);
    expect(read.map(({ header }) => [header.path, header.type, header.uid])).toEqual([
      ["bin/busybox", "global", 0],
      ["renamed", "file", 88],
      ["next", "file", 0],
    ]);
  });

  it("drops the PAX and GNU headers pending before a global header", async () => {
    const archive = Buffer.concat([
      rawEntry("local", "x", paxRecord("path", "steered")),
      rawEntry("././@LongLink", "L", "long\0", true),
      rawEntry("global", "g", paxRecord("comment", "c")),
      rawEntry("kept", "0", ""),
      Buffer.alloc(1024),
    ]);
    expect((await readAll(archive)).map(({ header }) => header.path)).toEqual(["global", "kept"]);
  });

  it("lets a second PAX header replace the first, not add to it", async () => {
    const archive = Buffer.concat([
      rawEntry("one", "x", paxRecord("path", "first") + paxRecord("gid", "5")),
      rawEntry("two", "x", paxRecord("uid", "6")),
      rawEntry("plain", "0", ""),
      Buffer.alloc(1024),
    ]);
    const [entry] = await readAll(archive);
    expect(entry?.header).toMatchObject({ path: "plain", uid: 6, gid: 0 });
  });

  it("keeps the header's field for an empty PAX value, and ignores empty xattrs", async () => {
    const archive = Buffer.concat([
      rawEntry("x", "x", paxRecord("path", "") + paxRecord("uid", "") + paxRecord("size", "")),
      rawEntry("header-name", "0", "data"),
      Buffer.alloc(1024),
    ]);
    const [entry] = await readAll(archive);
    expect(entry?.header).toMatchObject({ path: "header-name", uid: 0, size: 4 });
    expect(entry?.data.toString()).toBe("data");
  });

  it("prefers a GNU long name to a PAX path, whatever their order", async () => {
    for (const order of [
      [rawEntry("x", "x", paxRecord("path", "pax")), rawEntry("L", "L", "gnu\0", true)],
      [rawEntry("L", "L", "gnu\0", true), rawEntry("x", "x", paxRecord("path", "pax"))],
    ]) {
      const archive = Buffer.concat([...order, rawEntry("header", "0", ""), Buffer.alloc(1024)]);
      expect((await readAll(archive))[0]?.header.path).toBe("gnu");
    }
  });

  it("reads signed PAX numbers and times as Go does, and refuses malformed ones", async () => {
    const entryWith = (key: string, value: string): Buffer =>
      Buffer.concat([
        rawEntry("x", "x", paxRecord(key, value)),
        rawEntry("f", "0", ""),
        Buffer.alloc(1024),
      ]);
    expect((await readAll(entryWith("uid", "+42")))[0]?.header.uid).toBe(42);
    expect((await readAll(entryWith("mtime", "12.5")))[0]?.header.mtime).toBe(12.5);
    for (const [key, value] of [
      ["uid", "0x10"],
      ["mtime", "1e3"],
      ["atime", "x"],
      ["size", " 1"],
    ] as const) {
      await expect(readAll(entryWith(key, value)), `${key}=${value}`).rejects.toThrow(
        TarFormatError,
      );
    }
  });

  it("refuses malformed PAX records: bad length, missing key, NUL in a name", async () => {
    for (const body of ["3 a=\n", "10 =value\n", "9 k=v\n\0\0", "\0\0\0\0", "12 path=a\0b\n"]) {
      const archive = Buffer.concat([
        rawEntry("x", "x", body),
        rawEntry("f", "0", ""),
        Buffer.alloc(1024),
      ]);
      await expect(readAll(archive), JSON.stringify(body)).rejects.toThrow(TarFormatError);
    }
  });

  it("keeps PAX keys and values as bytes, and refuses a name that is not UTF-8", async () => {
    const record = (key: Buffer, value: Buffer): Buffer => {
      const payload = Buffer.concat([
        Buffer.from(" "),
        key,
        Buffer.from("="),
        value,
        Buffer.from("\n"),
      ]);
      let length = payload.length + 1;
      while (String(length).length + payload.length !== length) {
        length = String(length).length + payload.length;
      }
      return Buffer.concat([Buffer.from(String(length)), payload]);
    };
    const bytes = Buffer.from([0x80, 0xff, 0x00, 0xc3, 0xa9]);
    const xattrs = Buffer.concat([
      record(Buffer.from("SCHILY.xattr.user.k"), bytes),
      record(Buffer.from([0x53, 0x43, 0xff]), Buffer.from("v")),
      record(Buffer.from("uname"), Buffer.from("ünï")),
    ]);
    const [entry] = await readAll(
      Buffer.concat([rawEntry("x", "x", xattrs), rawEntry("f", "0", ""), Buffer.alloc(1024)]),
    );
    expect(entry?.header.pax["SCHILY.xattr.user.k"]).toBe("\x80\xff\0\xc3\xa9");
    expect(entry?.header.pax["SC\xff"]).toBe("v");
    expect(entry?.header.uname).toBe("ünï");
    for (const key of ["path", "linkpath"]) {
      const archive = Buffer.concat([
        rawEntry("x", "x", record(Buffer.from(key), bytes.subarray(0, 2))),
        rawEntry("f", "2", ""),
        Buffer.alloc(1024),
      ]);
      await expect(readAll(archive), key).rejects.toThrow(`PAX ${key} record is not valid UTF-8`);
    }
  });

  it("reads a NUL typeflag with a trailing slash as a directory, but not a 0 typeflag", async () => {
    const old = rawHeader("old/", "0", 0);
    old[156] = 0;
    fixChecksum(old);
    const read = await readAll(
      Buffer.concat([old, rawEntry("zero/", "0", "z"), Buffer.alloc(1024)]),
    );
    expect(read.map(({ header }) => [header.path, header.type, header.typeflag])).toEqual([
      ["old/", "dir", "5"],
      ["zero/", "file", "0"],
    ]);
  });

  it("reads no data after header-only types, whatever their size field says", async () => {
    const archive = Buffer.concat([
      rawHeader("sized/", "5", 512),
      rawEntry("hidden", "0", "h"),
      Buffer.alloc(1024),
    ]);
    const read = await readAll(archive);
    expect(read.map(({ header }) => [header.path, header.size])).toEqual([
      ["sized/", 0],
      ["hidden", 1],
    ]);
  });

  it("reports contiguous and old GNU sparse typeflags as other, sparse ones as sparse", async () => {
    const read = await readAll(
      Buffer.concat([
        rawEntry("cont", "7", "c"),
        rawEntry("sparse", "S", "", true),
        rawEntry("x", "x", paxRecord("GNU.sparse.major", "1") + paxRecord("GNU.sparse.minor", "0")),
        rawEntry("pax-sparse", "0", ""),
        rawEntry("x", "x", paxRecord("GNU.sparse.major", "2") + paxRecord("GNU.sparse.name", "n")),
        rawEntry("unknown-version", "0", ""),
        Buffer.alloc(1024),
      ]),
    );
    expect(read.map(({ header }) => [header.path, header.type, header.sparse])).toEqual([
      ["cont", "other", false],
      ["sparse", "other", true],
      ["pax-sparse", "file", true],
      ["unknown-version", "file", false],
    ]);
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

  it("stops at the end-of-archive blocks, at a missing one, and inside the last padding", async () => {
    const archive = createTar([{ type: "file", path: "x", data: "x" }]);
    expect(await readAll(Buffer.concat([archive, Buffer.from("trailing garbage")]))).toHaveLength(
      1,
    );
    expect(await readAll(archive.subarray(0, 1024))).toHaveLength(1);
    expect(await readAll(archive.subarray(0, 513))).toHaveLength(1);
    expect(
      await readAll(Buffer.concat([archive.subarray(0, 1024), Buffer.alloc(512)])),
    ).toHaveLength(1);
  });

  it("refuses a zero block followed by a header, and a partial header", async () => {
    const entry = createTar([{ type: "file", path: "x", data: "x" }]).subarray(0, 1024);
    await expect(readAll(Buffer.concat([Buffer.alloc(512), entry]))).rejects.toThrow(
      /zero block is followed by a header/,
    );
    await expect(readAll(Buffer.concat([entry, Buffer.alloc(100, 1)]))).rejects.toThrow(
      TarFormatError,
    );
  });

  it("decodes octal fields between spaces and NULs, and base-256 ones", async () => {
    const header = rawHeader("n", "0", 0);
    header.write("\0\0\u00000017\0", 108, 8, "latin1"); // uid, with leading NULs
    header.write("  0021 \0", 116, 8, "latin1"); // gid, between spaces
    Buffer.from([0x80, 0, 0, 0, 0, 0x4c, 0x4b, 0x40]).copy(header, 329); // devmajor 5000000
    fixChecksum(header);
    const [entry] = await readAll(Buffer.concat([header, Buffer.alloc(1024)]));
    expect(entry?.header).toMatchObject({ uid: 0o17, gid: 0o21, devmajor: 5_000_000 });
    header.write("12 4\0", 108, 8, "latin1");
    fixChecksum(header);
    await expect(readAll(Buffer.concat([header, Buffer.alloc(1024)]))).rejects.toThrow(
      TarFormatError,
    );
  });

  it("accepts signed checksums and refuses base-256 or wrong ones", async () => {
    const header = rawHeader("s\u00e9", "0", 0);
    let signed = 0;
    header.fill(0x20, 148, 156);
    for (const byte of header) signed += byte >= 0x80 ? byte - 0x100 : byte;
    header.write(`${signed.toString(8).padStart(6, "0")}\0 `, 148, 8, "latin1");
    expect((await readAll(Buffer.concat([header, Buffer.alloc(1024)])))[0]?.header.path).toBe(
      "s\u00e9",
    );
    header[148] = 0x80;
    await expect(readAll(Buffer.concat([header, Buffer.alloc(1024)]))).rejects.toThrow(/checksum/);
  });

  it("uses the name prefix by format: ustar 155 bytes, GNU none, GNU with unparsable times", async () => {
    const withPrefix = (magic: string, prefix: string): Buffer => {
      const header = rawHeader("file", "0", 0);
      header.write(magic, 257, 8, "latin1");
      header.write(prefix, 345, "latin1");
      fixChecksum(header);
      return header;
    };
    const read = await readAll(
      Buffer.concat([
        withPrefix("ustar\u000000", "a/b"),
        withPrefix("ustar  \0", "00000000001\u000000000000001"),
        withPrefix("ustar  \0", "pfx"),
        withPrefix("\0\0\0\0\0\0\0\0", "v7"),
        Buffer.alloc(1024),
      ]),
    );
    expect(read.map(({ header }) => header.path)).toEqual(["a/b/file", "file", "pfx/file", "file"]);
  });
});

/** Rewrites a raw header's checksum after a test changed its bytes. */
function fixChecksum(header: Buffer): void {
  header.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, 8, "latin1");
}
