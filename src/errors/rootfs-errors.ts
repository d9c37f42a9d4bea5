import { EnvironmentError } from "./rbc-error.ts";

/**
 * The rootfs stage's exceptions. A hostile or broken image is not something rbc can repair, so
 * these are thrown rather than returned as diagnostics; each names the entry and the rule so the
 * CLI can print one precise line.
 */

/** Why an image entry was refused (see entry-path.ts, unpack-layer.ts and xattr-rules.ts). */
export type HostileEntryRule =
  | "parent-traversal"
  | "nul-byte"
  | "symlink-parent"
  | "parent-not-directory"
  | "hardlink-target"
  | "invalid-whiteout"
  | "root-not-directory"
  | "name-too-long"
  | "invalid-xattr"
  | "directory-replaced";

const RULE_TEXT: Readonly<Record<HostileEntryRule, string>> = {
  "parent-traversal": "a `..` component would leave the rootfs",
  "nul-byte": "the name contains a NUL byte",
  "symlink-parent":
    "a parent component is a symbolic link that leads to no directory of the entry's own layer " +
    "(Docker follows it only inside that layer's directory, and fails)",
  "parent-not-directory": "a parent component is not a directory",
  "hardlink-target":
    "a hard link must name a file, link or device extracted before it in its own layer " +
    "(Docker's link(2) fails on anything else)",
  "invalid-whiteout":
    "the whiteout names its own directory or a path its layer already has (Docker's mknod fails)",
  "root-not-directory": "the rootfs root must be a directory",
  "name-too-long":
    "a name component is over 255 bytes, or a name or link target is 4096 bytes or more " +
    "(the kernel refuses it to Docker's applier)",
  "invalid-xattr":
    "an extended attribute the kernel refuses to set (empty or over-long name, value over " +
    "64 KiB, malformed security.capability), so Docker's applier fails",
  "directory-replaced":
    "a later entry of the same layer removed this directory (Docker fails setting its mtime)",
};

/** An image entry that could write outside the rootfs or through a symlink, or is malformed. */
export class HostileEntryError extends EnvironmentError {
  readonly path: string;
  readonly rule: HostileEntryRule;
  /** Index of the layer in manifest order, when the entry came from an image layer. */
  readonly layer: number | undefined;

  constructor(path: string, rule: HostileEntryRule, layer?: number) {
    const where = layer === undefined ? "" : ` (layer ${layer + 1})`;
    super(
      "ROOTFS_HOSTILE_ENTRY",
      `refusing image entry ${JSON.stringify(path)}${where}: ${RULE_TEXT[rule]} [${rule}]`,
    );
    this.path = path;
    this.rule = rule;
    this.layer = layer;
  }
}

/** The byte stream is not a readable tar archive. */
export class TarFormatError extends EnvironmentError {
  constructor(message: string) {
    super("ROOTFS_TAR_FORMAT", `malformed tar archive: ${message}`);
  }
}

/** A tar entry kind rbc does not reproduce (GNU sparse files, volume labels, ...). */
export class UnsupportedEntryError extends EnvironmentError {
  readonly path: string;

  constructor(path: string, what: string) {
    super("ROOTFS_UNSUPPORTED_ENTRY", `unsupported image entry ${JSON.stringify(path)}: ${what}`);
    this.path = path;
  }
}

/** A layer names the same path twice, which Docker refuses to load (tar-split's rule). */
export class DuplicateEntryError extends EnvironmentError {
  readonly path: string;

  constructor(path: string) {
    super(
      "ROOTFS_DUPLICATE_ENTRY",
      `refusing image layer: it names ${JSON.stringify(path)} twice (Docker refuses such layers too)`,
    );
    this.path = path;
  }
}

/** The `docker save` stream lacks a part, or its parts disagree with each other. */
export class ImageArchiveError extends EnvironmentError {
  constructor(message: string) {
    super("ROOTFS_IMAGE_ARCHIVE", `unusable docker save archive: ${message}`);
  }
}

/** A layer's sha256 differs from the diff_id the image config records for it. */
export class LayerDigestMismatchError extends EnvironmentError {
  readonly layer: number;
  readonly expected: string;
  readonly actual: string;

  constructor(layer: number, expected: string, actual: string) {
    super(
      "ROOTFS_LAYER_DIGEST",
      `layer ${layer + 1} has digest ${actual}, but the image config expects ${expected}`,
    );
    this.layer = layer;
    this.expected = expected;
    this.actual = actual;
  }
}

/** A line of an mtree file that rbc's dialect does not allow. */
export class MtreeSyntaxError extends EnvironmentError {
  readonly line: number;

  constructor(line: number, message: string) {
    super("ROOTFS_MTREE_SYNTAX", `mtree line ${line}: ${message}`);
    this.line = line;
  }
}

/** The differences between two trees, as RootfsMismatchError reports them (rootfs/diff-rootfs.ts). */
export interface RootfsDifferences {
  readonly modified: readonly {
    readonly path: string;
    readonly keys: readonly { readonly name: string }[];
  }[];
  readonly missing: readonly string[];
  readonly extra: readonly string[];
}

/** A materialized rootfs differs from its manifest (or the image from the committed manifest). */
export class RootfsMismatchError extends EnvironmentError {
  readonly diff: RootfsDifferences;

  constructor(message: string, diff: RootfsDifferences) {
    super("ROOTFS_MISMATCH", `${message}: ${summarize(diff)}`);
    this.diff = diff;
  }
}

function summarize(diff: RootfsDifferences): string {
  const parts = [
    ...diff.modified.slice(0, 3).map((m) => `${m.path} (${m.keys.map((k) => k.name).join(",")})`),
    ...diff.missing.slice(0, 3).map((path) => `${path} missing`),
    ...diff.extra.slice(0, 3).map((path) => `${path} extra`),
  ];
  const total = diff.modified.length + diff.missing.length + diff.extra.length;
  return `${total} difference(s): ${parts.join("; ")}${total > parts.length ? "; ..." : ""}`;
}

/**
 * The private directory that holds a bundle's materialized rootfs (`<bundle>/.rootfs`) is not
 * one rbc can trust: a symlink, not a directory, or owned by another user. rbc never writes an
 * image's set-id files or devices through it; the user removes it and runs again.
 */
export class RootfsParentError extends EnvironmentError {
  readonly path: string;

  constructor(path: string, problem: string) {
    super(
      "ROOTFS_PRIVATE_PARENT",
      `refusing to materialize into ${path}: ${problem}; it must be a directory owned by the ` +
        `user materializing (root) with mode 0700: remove it and run again`,
    );
    this.path = path;
  }
}
