import { describe, expect, it } from "vitest";
import { readMtree, writeMtree } from "../../src/rootfs/index.ts";
import type { RootfsEntry } from "../../src/rootfs/index.ts";
import { MtreeSyntaxError } from "../../src/errors/index.ts";
import { decodeMtreePath, visDecode } from "../../src/rootfs/mtree-escape.ts";
import { rootDir } from "./entry-builders.ts";

const SHA = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

const entries: RootfsEntry[] = [
  {
    path: "usr/bin/env",
    type: "file",
    mode: 0o755,
    uid: 0,
    gid: 0,
    mtime: 5,
    size: 0,
    sha256: SHA,
  },
  { path: "usr", type: "dir", mode: 0o755, uid: 0, gid: 0, mtime: 1 },
  { path: ".", type: "dir", mode: 0o755, uid: 0, gid: 0, mtime: 0 },
  { path: "usr/bin", type: "dir", mode: 0o755, uid: 0, gid: 0, mtime: 2 },
  { path: "usr/bin/sh", type: "symlink", mode: 0o777, uid: 0, gid: 0, mtime: 3, link: "busybox" },
  { path: "dev", type: "dir", mode: 0o755, uid: 0, gid: 0, mtime: 0 },
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
  {
    path: "dev/sda",
    type: "block",
    mode: 0o660,
    uid: 0,
    gid: 6,
    mtime: 0,
    devMajor: 8,
    devMinor: 0,
  },
  { path: "dev/fifo", type: "fifo", mode: 0o600, uid: 0, gid: 0, mtime: 0 },
  { path: "tmp", type: "dir", mode: 0o1777, uid: 0, gid: 0, mtime: 0 },
  {
    path: "usr/bin/su",
    type: "file",
    mode: 0o4755,
    uid: 0,
    gid: 0,
    mtime: 0,
    size: 0,
    sha256: SHA,
  },
];

describe("writeMtree", () => {
  it("writes the signature, the root first, full sorted paths and fixed keywords", () => {
    expect(writeMtree(entries)).toBe(
      [
        "#mtree v2.0",
        ". type=dir mode=0755 uid=0 gid=0",
        "./dev type=dir mode=0755 uid=0 gid=0",
        "./dev/fifo type=fifo mode=0600 uid=0 gid=0",
        "./dev/null type=char mode=0666 uid=0 gid=0 device=native,1,3",
        "./dev/sda type=block mode=0660 uid=0 gid=6 device=native,8,0",
        "./tmp type=dir mode=1777 uid=0 gid=0",
        "./usr type=dir mode=0755 uid=0 gid=0",
        "./usr/bin type=dir mode=0755 uid=0 gid=0",
        `./usr/bin/env type=file mode=0755 uid=0 gid=0 size=0 sha256digest=${SHA}`,
        "./usr/bin/sh type=link uid=0 gid=0 link=busybox",
        `./usr/bin/su type=file mode=4755 uid=0 gid=0 size=0 sha256digest=${SHA}`,
        "",
      ].join("\n"),
    );
  });

  it("adds time only when asked", () => {
    const text = writeMtree(entries, { time: true });
    expect(text).toContain("./usr/bin/env type=file mode=0755 uid=0 gid=0 size=0 sha256digest=");
    expect(text).toContain(`${SHA} time=5.000000000\n`);
    expect(text).toContain("./usr/bin/sh type=link uid=0 gid=0 link=busybox time=3.000000000\n");
  });

  it("is deterministic: input order does not matter", () => {
    expect(writeMtree([...entries].reverse())).toBe(writeMtree(entries));
  });

  it("escapes spaces, backslashes, #, control and non-ASCII bytes as \\ooo", () => {
    const text = writeMtree([
      rootDir("."),
      rootDir("a b"),
      rootDir("back\\slash"),
      rootDir("#hash"),
      rootDir("tab\tnew\nline"),
      rootDir("é"),
      { ...rootDir("l"), type: "symlink", mode: 0o777, link: "to where?" },
    ]);
    expect(text.split("\n").slice(2, -1)).toEqual([
      "./\\043hash type=dir mode=0755 uid=0 gid=0",
      "./a\\040b type=dir mode=0755 uid=0 gid=0",
      "./back\\134slash type=dir mode=0755 uid=0 gid=0",
      "./l type=link uid=0 gid=0 link=to\\040where?",
      "./tab\\011new\\012line type=dir mode=0755 uid=0 gid=0",
      "./\\303\\251 type=dir mode=0755 uid=0 gid=0",
    ]);
  });

  it("escapes wildcard components so NetBSD's fnmatch matches only the name itself", () => {
    const file = (path: string): RootfsEntry => ({
      path,
      type: "file",
      mode: 0o755,
      uid: 0,
      gid: 0,
      mtime: 0,
      size: 0,
      sha256: SHA,
    });
    const text = writeMtree([
      { path: ".", type: "dir", mode: 0o755, uid: 0, gid: 0, mtime: 0 },
      { path: "d?", type: "dir", mode: 0o755, uid: 0, gid: 0, mtime: 0 },
      file("d?/x*y"),
      file("["),
      file("a\\[b"),
    ]);
    expect(text).toContain("\n./\\134[ type=file");
    expect(text).toContain("\n./a\\134\\134\\134[b type=file");
    expect(text).toContain("\n./d\\134? type=dir");
    expect(text).toContain("\n./d\\134?/x\\134*y type=file");
  });
});

describe("readMtree", () => {
  it("round-trips writeMtree output, with and without time", () => {
    const sorted = readMtree(writeMtree(entries, { time: true }));
    expect(sorted).toEqual(
      [...entries].sort((a, b) =>
        a.path === "." ? -1 : b.path === "." ? 1 : a.path < b.path ? -1 : 1,
      ),
    );
    expect(readMtree(writeMtree(entries)).every((entry) => entry.mtime === 0)).toBe(true);
  });

  it("round-trips odd names and link texts", () => {
    const names = ["a b", "back\\slash", "#h", "t\tn\n", "é😀", "[", "x*?[y]", "a\\*"];
    const odd: RootfsEntry[] = [
      { path: ".", type: "dir", mode: 0o755, uid: 0, gid: 0, mtime: 0 },
      ...names.map((name): RootfsEntry => ({
        path: name,
        type: "dir",
        mode: 0o755,
        uid: 0,
        gid: 0,
        mtime: 0,
      })),
      ...names.map((name): RootfsEntry => ({
        path: `${name}/${name}`,
        type: "symlink",
        mode: 0o777,
        uid: 1,
        gid: 2,
        mtime: 0,
        link: `../${name}`,
      })),
    ];
    expect(readMtree(writeMtree(odd))).toEqual(readMtree(writeMtree([...odd].reverse())));
    expect(
      readMtree(writeMtree(odd))
        .map((e) => e.path)
        .sort(),
    ).toEqual(odd.map((e) => e.path).sort());
    expect(readMtree(writeMtree(odd)).find((e) => e.path === "x*?[y]/x*?[y]")?.link).toBe(
      "../x*?[y]",
    );
  });

  it("accepts comments, blank lines and the sha256 synonym", () => {
    const parsed = readMtree(
      `#mtree\n\n# comment\n. type=dir mode=0755 uid=0 gid=0\n  ./f type=file mode=0644 uid=0 gid=0 size=0 sha256=${SHA}\n`,
    );
    expect(parsed[1]).toEqual({
      path: "f",
      type: "file",
      mode: 0o644,
      uid: 0,
      gid: 0,
      mtime: 0,
      size: 0,
      sha256: SHA,
    });
  });

  it.each([
    ["/set type=file", 2, /not used by rbc's dialect/],
    ["relative type=dir mode=0755 uid=0 gid=0", 2, /not a full path/],
    ["./a type=dir mode=0755 uid=0 gid=0 flags=none", 2, /unknown keyword flags/],
    ["./a type=dir mode=0755 uid=0", 2, /missing gid/],
    ["./a type=dir mode=0955 uid=0 gid=0", 2, /bad mode/],
    ["./a type=socket mode=0755 uid=0 gid=0", 2, /unknown type/],
    ["./a/b type=dir mode=0755 uid=0 gid=0", 2, /parent of a\/b is not listed/],
    ["./a type=file mode=0644 uid=0 gid=0 size=1", 2, /missing sha256digest/],
    ["./a type=char mode=0644 uid=0 gid=0 device=0x103", 2, /bad device/],
    ["./a* type=dir mode=0755 uid=0 gid=0", 2, /not a full path/],
    ["./../x type=dir mode=0755 uid=0 gid=0", 2, /not a full path/],
    [". type=dir mode=0755 uid=0 gid=0", 2, /listed twice/],
    ["./a type=dir mode=0755 uid=0 gid=0 type=dir", 2, /type given twice/],
    ["./a type=file mode=0644 uid=0 gid=0 size=0 sha256digest=" + "A".repeat(64), 2, /bad sha256/],
    ["./a type=file mode=0644 uid=0 gid=0 size=0 sha256digest=" + "a".repeat(63), 2, /bad sha256/],
    ["./a type=dir mode=0755 uid=0 gid=0 =x", 2, /=x is not keyword=value/],
    ["./a type=constructor mode=0755 uid=0 gid=0", 2, /unknown type/],
  ])("rejects %s", (line, lineNumber, message) => {
    const read = (): unknown => readMtree(`. type=dir mode=0755 uid=0 gid=0\n${line}\n`);
    expect(read).toThrow(MtreeSyntaxError);
    expect(read).toThrow(message);
    try {
      read();
    } catch (error) {
      expect((error as MtreeSyntaxError).line).toBe(lineNumber);
    }
  });
});

describe("readMtree on lines out of path order", () => {
  const dir = (path: string): string => `${path} type=dir mode=0755 uid=0 gid=0`;

  it("sorts them", () => {
    const text = [dir("."), dir("./b"), dir("./a"), dir("./a/c"), dir("./a-b")].join("\n");
    expect(readMtree(text).map((entry) => entry.path)).toEqual([".", "a", "a-b", "a/c", "b"]);
  });

  it("still finds a path listed twice, and with the line of its second listing", () => {
    const text = [dir("."), dir("./b"), dir("./a"), dir("./c"), dir("./b")].join("\n");
    expect(() => readMtree(text)).toThrow(/b is listed twice/);
    try {
      readMtree(text);
    } catch (error) {
      expect((error as MtreeSyntaxError).line).toBe(5);
    }
  });

  it("requires the root before anything under it", () => {
    expect(() => readMtree(dir("./a"))).toThrow(/the parent of a is not listed/);
    expect(() => readMtree([dir("./a"), dir(".")].join("\n"))).toThrow(/parent of a/);
  });
});

describe("decodeMtreePath", () => {
  it.each([
    [".", "."],
    ["./usr/bin/env", "usr/bin/env"],
    ["./a/...", "a/..."],
    ["./#h/x", "#h/x"],
    ["./a\\040b", "a b"],
    ["./\\134[", "["],
    ["./a/./b", undefined],
    ["./a//b", undefined],
    ["./a/", undefined],
    ["./..", undefined],
    ["./a/../b", undefined],
    ["./a*", undefined],
    ["./a?b", undefined],
    ["a/b", undefined],
    ["./é", undefined],
  ])("reads %s as %s", (token, path) => {
    expect(decodeMtreePath(token)).toBe(path);
  });

  it("gives plain ASCII link text back as is, and refuses raw non-ASCII", () => {
    expect(visDecode("../lib/x.so.1")).toBe("../lib/x.so.1");
    expect(visDecode("caf\\303\\251")).toBe("café");
    expect(visDecode("café")).toBeUndefined();
  });
});
