import { paxEntry, paxRecord } from "../support/raw-tar.ts";
import { dir, file, layer, pax, symlink, type TarCase } from "./tar-case-parts.ts";

/**
 * PAX records as Docker reads them (Go's archive/tar keeps keys and values as bytes) and the
 * xattrs its applier sets with lsetxattr(2) (the kernel's limits apply; ENOTSUP and EPERM are
 * ignored). See tar-cases.ts for the fields.
 */

const xattr = (name: string | Buffer, value: string | Buffer): Buffer =>
  pax(Buffer.concat([Buffer.from("SCHILY.xattr."), Buffer.from(name)]), value);

/** security.capability values: revision 2 (cap_setuid, cap_net_raw), revision 3 (root id). */
const CAPABILITY_V2 = Buffer.from([
  1, 0, 0, 2, 0x80, 0x20, 0, 0, 0x80, 0x20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
]);
const CAPABILITY_V3 = Buffer.concat([
  Buffer.from([0, 0, 0, 3]),
  CAPABILITY_V2.subarray(4),
  Buffer.from([0xe8, 3, 0, 0]),
]);
const CAPABILITY_V1 = Buffer.from([0, 0, 0, 1, 0, 0x20, 0, 0, 0, 0, 0, 0]);

const NOT_UTF8 = Buffer.from([0x61, 0xff, 0xfe, 0x62]);

export const PAX_CASES: readonly TarCase[] = [
  {
    name: "pax-path-not-utf8",
    layers: [layer(pax("path", NOT_UTF8), file("x", "x"))],
    docker: "accepts",
    rbcRefuses: "rbc supports UTF-8 file names only (the manifest and config are UTF-8 text)",
  },
  {
    name: "pax-linkpath-not-utf8",
    layers: [layer(pax("linkpath", NOT_UTF8), symlink("s", "x"))],
    docker: "accepts",
    rbcRefuses: "rbc supports UTF-8 link targets only",
  },
  {
    name: "xattr-name-not-utf8",
    layers: [layer(xattr(Buffer.concat([Buffer.from("user."), NOT_UTF8]), "v"), file("x", "x"))],
    docker: "accepts",
  },
  {
    name: "xattr-value-not-utf8",
    layers: [layer(xattr("user.k", NOT_UTF8), file("x", "x"))],
    docker: "accepts",
  },
  {
    name: "xattr-on-directory",
    layers: [layer(xattr("user.k", "v"), dir("d/"))],
    docker: "accepts",
  },
  {
    name: "xattr-user-on-symlink-is-ignored",
    layers: [layer(file("f", "f"), xattr("user.k", "v"), symlink("s", "f"))],
    docker: "accepts",
  },
  {
    name: "xattr-unknown-namespace-is-ignored",
    layers: [layer(xattr("bogus.k", "v"), file("x", "x"))],
    docker: "accepts",
  },
  {
    name: "xattr-name-255-bytes",
    layers: [layer(xattr(`user.${"k".repeat(250)}`, "v"), file("x", "x"))],
    docker: "accepts",
  },
  {
    name: "xattr-name-256-bytes",
    layers: [layer(xattr(`user.${"k".repeat(251)}`, "v"), file("x", "x"))],
    docker: "refuses",
  },
  { name: "xattr-name-empty", layers: [layer(xattr("", "v"), file("x", "x"))], docker: "refuses" },
  {
    name: "xattr-name-bare-namespace",
    layers: [layer(xattr("user.", "v"), file("x", "x"))],
    docker: "refuses",
  },
  {
    name: "xattr-value-over-64k",
    layers: [layer(xattr("user.k", "v".repeat(65_537)), file("x", "x"))],
    docker: "refuses",
  },
  {
    name: "security-capability-v2",
    layers: [
      layer(xattr("security.capability", CAPABILITY_V2), file("ping", "p", { mode: 0o755 })),
    ],
    docker: "accepts",
  },
  {
    // Docker exports a revision 3 capability as revision 2 (moby ReadSecurityXattrToTarHeader).
    name: "security-capability-v3",
    layers: [
      layer(xattr("security.capability", CAPABILITY_V3), file("ping", "p", { mode: 0o755 })),
    ],
    docker: "accepts",
  },
  {
    name: "security-capability-on-directory",
    layers: [layer(xattr("security.capability", CAPABILITY_V2), dir("d/"))],
    docker: "accepts",
  },
  {
    name: "security-capability-v1-is-refused-by-the-kernel",
    layers: [layer(xattr("security.capability", CAPABILITY_V1), file("ping", "p"))],
    docker: "refuses",
  },
  {
    name: "security-capability-garbage",
    layers: [layer(xattr("security.capability", "garbage"), file("ping", "p"))],
    docker: "refuses",
  },
  {
    name: "overlay-opaque-xattr-on-directory",
    layers: [
      layer(dir("d/"), file("d/old", "o")),
      layer(xattr("trusted.overlay.opaque", "y"), dir("d/"), file("d/new", "n")),
    ],
    docker: "accepts",
  },
  {
    name: "overlay-redirect-xattr",
    layers: [
      layer(dir("a/"), file("a/secret", "s")),
      layer(xattr("trusted.overlay.redirect", "/a"), dir("b/")),
    ],
    docker: "accepts",
    rbcRefuses: "overlayfs follows redirects or not by kernel configuration",
  },
  {
    name: "overlay-xwhiteout-xattrs",
    layers: [
      layer(dir("d/"), file("d/old", "o"), file("d/keep", "k")),
      layer(
        xattr("trusted.overlay.opaque", "x"),
        dir("d/"),
        xattr("trusted.overlay.whiteout", "y"),
        file("d/old", ""),
      ),
    ],
    docker: "accepts",
    rbcRefuses: "only kernels from 6.7 on read xwhiteouts",
  },
  {
    name: "pax-record-of-900k",
    layers: [layer(pax("comment", "c".repeat(900_000)), file("x", "x"))],
    docker: "accepts",
  },
  {
    name: "pax-header-over-1m",
    layers: [layer(pax("comment", "c".repeat(1_100_000)), file("x", "x"))],
    docker: "refuses",
  },
  {
    name: "pax-record-length-too-long",
    layers: [layer(paxEntry("x", [paxRecord("path", "renamed", 1)]), file("x", "x"))],
    docker: "refuses",
  },
  {
    name: "pax-record-length-too-short",
    layers: [layer(paxEntry("x", [paxRecord("path", "renamed", -1)]), file("x", "x"))],
    docker: "refuses",
  },
  {
    name: "pax-record-length-with-leading-zeros",
    layers: [
      layer(
        paxEntry("x", [Buffer.concat([Buffer.from("00"), paxRecord("path", "renamed", 2)])]),
        file("x", "x"),
      ),
    ],
    docker: "accepts",
  },
  {
    name: "pax-path-of-3800-bytes",
    layers: [layer(pax("path", `${"d".repeat(250)}/`.repeat(15) + "f".repeat(35)), file("x", "x"))],
    docker: "accepts",
  },
  {
    name: "pax-path-of-4200-bytes",
    layers: [
      layer(pax("path", `${"d".repeat(250)}/`.repeat(16) + "f".repeat(184)), file("x", "x")),
    ],
    docker: "refuses",
  },
  {
    name: "name-component-of-255-bytes",
    layers: [layer(pax("path", "n".repeat(255)), file("x", "x"))],
    docker: "accepts",
  },
  {
    name: "name-component-of-256-bytes",
    layers: [layer(pax("path", "n".repeat(256)), file("x", "x"))],
    docker: "refuses",
  },
  {
    name: "symlink-target-of-4095-bytes",
    layers: [layer(pax("linkpath", "t".repeat(4095)), symlink("s", "x"))],
    docker: "accepts",
  },
  {
    name: "symlink-target-of-4096-bytes",
    layers: [layer(pax("linkpath", "t".repeat(4096)), symlink("s", "x"))],
    docker: "refuses",
  },
];
