import { encodeMtreePath, visEncode } from "./mtree-escape.ts";
import { sortEntries, type RootfsEntry, type RootfsEntryType } from "./rootfs-entry.ts";

/**
 * rbc's mtree dialect (mtree(5); verified with NetBSD mtree(8) `mtree -f <file> -p <dir>`):
 * - First line `#mtree v2.0`, then one line per path, no `/set`, no host comments, `\n` endings.
 * - Full paths (`.` first, as NetBSD requires, then `./usr/bin/env`), sorted by UTF-8 bytes, so a
 *   parent always precedes its children; escaping as in mtree-escape.ts.
 * - Keywords in a fixed order: `type`, `mode` (4 octal digits; left out for symlinks, whose mode
 *   Linux fixes at 0777), `uid`, `gid` (numbers, the container's view), then per type: files
 *   `size` and `sha256digest`; symlinks `link`; devices `device=native,<major>,<minor>`.
 *   Directories carry no `size` or `nlink`, which depend on the filesystem.
 * - `time` only when asked for (`time=<seconds>.000000000`): image mtimes are build artefacts.
 * - Hard links are plain file lines with the shared content's size and digest.
 */

export interface WriteMtreeOptions {
  /** Add `time=` to every line (default false). */
  readonly time?: boolean;
}

export const MTREE_SIGNATURE = "#mtree v2.0";

const MTREE_TYPES: Readonly<Record<RootfsEntryType, string>> = {
  dir: "dir",
  file: "file",
  symlink: "link",
  char: "char",
  block: "block",
  fifo: "fifo",
};

export function writeMtree(
  entries: readonly RootfsEntry[],
  options: WriteMtreeOptions = {},
): string {
  const sorted = sortEntries(entries);
  const lines = [MTREE_SIGNATURE];
  // NetBSD mtree requires the root first; a manifest without one still describes a directory.
  if (sorted[0]?.path !== ".") lines.push(". type=dir");
  for (const entry of sorted) lines.push(mtreeLine(entry, options));
  return `${lines.join("\n")}\n`;
}

function mtreeLine(entry: RootfsEntry, options: WriteMtreeOptions): string {
  const words = [encodeMtreePath(entry.path), `type=${MTREE_TYPES[entry.type]}`];
  if (entry.type !== "symlink") words.push(`mode=${formatMode(entry.mode)}`);
  words.push(`uid=${entry.uid}`, `gid=${entry.gid}`);
  if (entry.type === "file") {
    words.push(`size=${entry.size ?? 0}`, `sha256digest=${entry.sha256 ?? ""}`);
  } else if (entry.type === "symlink") {
    words.push(`link=${visEncode(entry.link ?? "")}`);
  } else if (entry.type === "char" || entry.type === "block") {
    words.push(`device=native,${entry.devMajor ?? 0},${entry.devMinor ?? 0}`);
  }
  if (options.time === true) words.push(`time=${entry.mtime}.000000000`);
  return words.join(" ");
}

export function formatMode(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, "0");
}
