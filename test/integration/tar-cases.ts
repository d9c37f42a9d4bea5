import {
  END_OF_ARCHIVE,
  base256,
  gnuLongEntry,
  paxEntry,
  rawEntry,
  rawHeader,
} from "../support/raw-tar.ts";
import { dir, file, layer, type TarCase } from "./tar-case-parts.ts";
import { APPLIER_CASES } from "./tar-applier-cases.ts";
import { PAX_CASES } from "./tar-pax-cases.ts";

/**
 * Odd and hostile layers for tar-differential.test.ts, each written byte by byte: the tar format
 * itself here, Docker's applier (links, whiteouts, replaced paths) in tar-applier-cases.ts, PAX
 * records and xattrs in tar-pax-cases.ts. `docker` is what Docker 20.10 (overlay2) does with the
 * image, as observed: "accepts" (load and create succeed) or "refuses". `rbcRefuses` marks the
 * layers rbc refuses on purpose although Docker accepts them, with the reason.
 */

export type { TarCase } from "./tar-case-parts.ts";

export const REAL = "REAL BUSYBOX BINARY\n";
export const SCRIPT = "#!/bin/sh\necho fake\n";

const busybox = (): Buffer => Buffer.concat([dir("bin/"), file("bin/busybox", REAL)]);

const longTarget = `/${"target/".repeat(40)}end`;

/** A header block that a reader skipping the wrong amount of data would take for an entry. */
const hidden = (): Buffer => file("hidden", "should not exist\n");

const FORMAT_CASES: readonly TarCase[] = [
  {
    name: "pax-global-path",
    layers: [
      layer(busybox()),
      layer(paxEntry("g", [["path", "bin/busybox"]]), file("script", SCRIPT)),
    ],
    docker: "accepts",
  },
  {
    // Go names the global header after its path record: the layer names bin/busybox twice.
    name: "pax-global-path-in-same-layer",
    layers: [layer(busybox(), paxEntry("g", [["path", "bin/busybox"]]), file("script", SCRIPT))],
    docker: "refuses",
  },
  {
    name: "duplicate-path-in-layer",
    layers: [layer(file("twice", "1"), dir("twice/"))],
    docker: "refuses",
  },
  {
    name: "pax-global-size",
    layers: [layer(paxEntry("g", [["size", "0"]]), file("a", "hello\n"), file("b", "world\n"))],
    docker: "accepts",
  },
  {
    name: "pax-global-other-keys",
    layers: [
      layer(
        paxEntry("g", [
          ["uid", "77"],
          ["gid", "78"],
          ["linkpath", "elsewhere"],
          ["mtime", "12345"],
          ["SCHILY.xattr.user.k", "v"],
          ["comment", "global"],
        ]),
        file("owned", "x"),
        rawEntry({ name: "link", typeflag: "2", linkname: "owned" }),
      ),
    ],
    docker: "accepts",
  },
  {
    name: "pax-local-before-global-is-dropped",
    layers: [
      layer(
        paxEntry("x", [["path", "steered"]]),
        paxEntry("g", [["comment", "c"]]),
        file("kept", "k"),
      ),
    ],
    docker: "accepts",
  },
  {
    name: "pax-local-path",
    layers: [layer(paxEntry("x", [["path", "renamed"]]), file("original", "r"))],
    docker: "accepts",
  },
  {
    name: "pax-linkpath-long",
    layers: [
      layer(paxEntry("x", [["linkpath", longTarget]]), rawEntry({ name: "sym", typeflag: "2" })),
    ],
    docker: "accepts",
  },
  {
    name: "pax-size-override",
    layers: [
      layer(paxEntry("x", [["size", "5"]]), rawEntry({ name: "five", size: 0 }), padTo("12345")),
    ],
    docker: "accepts",
  },
  {
    name: "pax-size-on-empty-file-swallows-next-header",
    layers: [
      layer(
        paxEntry("x", [["size", "512"]]),
        rawEntry({ name: "empty", size: 0 }),
        rawHeader({ name: "hidden" }),
      ),
    ],
    docker: "accepts",
  },
  {
    name: "pax-uid-gid-beyond-octal",
    layers: [
      layer(
        paxEntry("x", [
          ["uid", "3000000"],
          ["gid", "4000000"],
        ]),
        file("big-ids", "i"),
      ),
    ],
    docker: "accepts",
  },
  {
    name: "pax-empty-values-keep-header",
    layers: [
      layer(
        paxEntry("x", [
          ["path", ""],
          ["uid", ""],
        ]),
        file("header-name", "h", { uid: 42 }),
      ),
    ],
    docker: "accepts",
  },
  {
    name: "pax-second-local-replaces-first",
    layers: [
      layer(paxEntry("x", [["path", "first"]]), paxEntry("x", [["uid", "6"]]), file("plain", "p")),
    ],
    docker: "accepts",
  },
  {
    name: "gnu-long-name",
    layers: [
      layer(gnuLongEntry("L", `${"n".repeat(120)}/file`), file("short", "g", { magic: "gnu" })),
    ],
    docker: "accepts",
  },
  {
    name: "gnu-long-link",
    layers: [
      layer(gnuLongEntry("K", longTarget), rawEntry({ name: "sym", typeflag: "2", magic: "gnu" })),
    ],
    docker: "accepts",
  },
  {
    name: "gnu-long-name-over-pax-path",
    layers: [
      layer(
        paxEntry("x", [["path", "pax-name"]]),
        gnuLongEntry("L", "gnu-name"),
        file("header-name", "w"),
      ),
    ],
    docker: "accepts",
  },
  {
    name: "base256-size-and-uid",
    layers: [
      layer(
        rawEntry({ name: "b256", size: base256(6, 12), uid: base256(5_000_000, 8) }),
        padTo("base!\n"),
      ),
    ],
    docker: "accepts",
  },
  {
    name: "ustar-prefix",
    layers: [layer(dir("deep/"), dir("deep/er/"), file("file", "p", { prefix: "deep/er" }))],
    docker: "accepts",
  },
  {
    name: "gnu-ignores-prefix",
    layers: [
      layer(
        dir("pfx/"),
        file("gnufile", "g", {
          magic: "gnu",
          prefix: Buffer.from("00000000001\u000000000000001\u0000"),
        }),
      ),
    ],
    docker: "accepts",
  },
  {
    name: "gnu-unparsable-times-read-as-prefix",
    layers: [layer(dir("pfx/"), file("gnufile", "g", { magic: "gnu", prefix: "pfx" }))],
    docker: "accepts",
  },
  {
    name: "octal-with-leading-nuls",
    layers: [layer(file("nul-octal", "o", { uid: Buffer.from("\0\0\u00000017\0", "latin1") }))],
    docker: "accepts",
  },
  {
    name: "v7-header-ignores-ustar-fields",
    layers: [
      layer(file("v7", "7", { magic: "v7", uname: "x", devmajor: Buffer.from("garbage!") })),
    ],
    docker: "accepts",
  },
  {
    name: "bad-checksum",
    layers: [layer(file("ok", "1"), file("corrupt", "2", { checksum: "bad" }))],
    docker: "refuses",
  },
  {
    name: "signed-checksum",
    layers: [layer(file("s\u00e9", "s", { checksum: "signed" }))],
    docker: "accepts",
  },
  {
    name: "trailing-garbage",
    layers: [Buffer.concat([layer(file("a", "a")), Buffer.from("garbage after the end\n")])],
    docker: "accepts",
  },
  {
    name: "no-end-blocks",
    layers: [Buffer.concat([file("a", "a"), file("b", "b")])],
    docker: "accepts",
  },
  {
    name: "zero-block-then-header",
    layers: [Buffer.concat([file("a", "a"), Buffer.alloc(512), file("b", "b"), END_OF_ARCHIVE])],
    docker: "refuses",
  },
  {
    name: "truncated-body",
    layers: [Buffer.concat([rawHeader({ name: "cut" }, 2000), Buffer.alloc(1024, 0x61)])],
    docker: "refuses",
  },
  {
    name: "ends-inside-padding",
    layers: [Buffer.concat([file("a", "a"), rawHeader({ name: "b" }, 3), Buffer.from("bbb")])],
    docker: "accepts",
  },
  {
    name: "directories-without-slash-and-old-typeflags",
    layers: [
      layer(
        dir("d"),
        rawEntry({ name: "old/", typeflag: "\0", mode: 0o750 }),
        rawEntry({ name: "nul-file", typeflag: "\0" }, "n"),
        rawEntry({ name: "zero/", typeflag: "0" }, "z"),
      ),
    ],
    docker: "accepts",
  },
  {
    name: "directory-with-size-has-no-data",
    layers: [layer(rawEntry({ name: "sized/", typeflag: "5", size: 512 }), hidden())],
    docker: "accepts",
    saveFails: true,
  },
  {
    name: "hardlink-to-earlier-file",
    layers: [
      layer(
        file("target", "shared\n", { mode: 0o600, uid: 1 }),
        rawEntry({ name: "link", typeflag: "1", linkname: "target", mode: 0o640, uid: 2, gid: 3 }),
      ),
    ],
    docker: "accepts",
  },
  {
    name: "hardlink-to-lower-layer-file",
    layers: [
      layer(file("lower", "l")),
      layer(rawEntry({ name: "link", typeflag: "1", linkname: "lower" })),
    ],
    docker: "refuses",
  },
  {
    name: "implicit-parent-over-lower-directory",
    layers: [
      layer(dir("p/", { mode: 0o700, uid: 7, gid: 8 }), file("p/old", "o")),
      layer(file("p/new", "n")),
    ],
    docker: "accepts",
  },
  {
    name: "char-device-0-0",
    layers: [
      layer(file("gone", "g")),
      layer(rawEntry({ name: "gone", typeflag: "3", devmajor: 0, devminor: 0 })),
    ],
    docker: "accepts",
  },
  {
    name: "whiteout-in-absent-directory",
    layers: [layer(file("a", "a")), layer(file("nothing/.wh.here", ""), file(".wh..wh.plnk", ""))],
    docker: "accepts",
  },
  {
    name: "whiteouts-with-odd-headers",
    layers: [
      layer(dir("a/"), file("a/x", "x"), file("a/y", "y"), file("b", "b"), file("c", "c")),
      layer(
        rawEntry({ name: ".wh.b", typeflag: "2", linkname: "whatever", uid: 9 }),
        paxEntry("x", [["path", "a/.wh..wh..opq"]]),
        rawEntry({ name: "decoy", typeflag: "5" }),
        file("a/new", "n"),
        rawEntry({ name: ".wh.c", typeflag: "5", mode: 0 }),
      ),
    ],
    docker: "accepts",
  },
  {
    name: "contiguous-typeflag",
    layers: [layer(rawEntry({ name: "cont", typeflag: "7" }, "c"))],
    docker: "refuses",
  },
  {
    name: "old-gnu-sparse",
    layers: [layer(rawEntry({ name: "sparse", typeflag: "S", magic: "gnu" }, "s"))],
    docker: "refuses",
  },
  {
    name: "pax-sparse-1.0",
    layers: [
      layer(
        paxEntry("x", [
          ["GNU.sparse.major", "1"],
          ["GNU.sparse.minor", "0"],
          ["GNU.sparse.name", "sparse"],
          ["GNU.sparse.realsize", "4096"],
        ]),
        rawEntry(
          { name: "GNUSparseFile.0/sparse" },
          padTo("1\n1024\n4\n").toString("latin1") + "DATA",
        ),
      ),
    ],
    docker: "accepts",
    rbcRefuses: "rbc does not expand sparse files",
  },
  {
    name: "pax-sparse-unknown-version-is-plain",
    layers: [
      layer(
        paxEntry("x", [
          ["GNU.sparse.major", "2"],
          ["GNU.sparse.minor", "0"],
          ["GNU.sparse.name", "renamed"],
        ]),
        file("plain", "p"),
      ),
    ],
    docker: "accepts",
  },
  {
    name: "symlink-with-long-target",
    layers: [
      layer(
        gnuLongEntry("K", `${"dir/".repeat(100)}x`),
        rawEntry({ name: "s", typeflag: "2", magic: "gnu" }),
      ),
    ],
    docker: "accepts",
  },
];

export const TAR_CASES: readonly TarCase[] = [...FORMAT_CASES, ...APPLIER_CASES, ...PAX_CASES];

/** Data padded to one block, as a raw continuation of the previous header. */
function padTo(data: string): Buffer {
  const bytes = Buffer.alloc(512);
  Buffer.from(data, "latin1").copy(bytes);
  return bytes;
}
