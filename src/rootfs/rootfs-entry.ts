/**
 * One path of a root filesystem as the manifest records it: the container's view (ids as in the
 * image, no host-specific values). Pure data; `path` is relative to the rootfs with no leading
 * `./`, and the root itself is `.`.
 */

export type RootfsEntryType = "dir" | "file" | "symlink" | "char" | "block" | "fifo";

export interface RootfsEntry {
  readonly path: string;
  readonly type: RootfsEntryType;
  /** Permission plus set-id and sticky bits (0o7777). Symlinks always have 0o777 on Linux. */
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /** Whole seconds since the epoch (truncated, as tar and umoci's tar_time do). */
  readonly mtime: number;
  /** Regular files: content length in bytes. */
  readonly size?: number;
  /** Regular files: lowercase hex sha256 of the content. */
  readonly sha256?: string;
  /** Symlinks: the link text, never resolved. */
  readonly link?: string;
  /** Character and block devices. */
  readonly devMajor?: number;
  readonly devMinor?: number;
  /**
   * Extended attributes from PAX `SCHILY.xattr.*` records (recorded, not written to mtree). Names
   * and values are byte strings, one UTF-16 unit per byte: a value may be binary (file
   * capabilities) and a name need not be UTF-8.
   */
  readonly xattrs?: Readonly<Record<string, string>>;
}

/** The root entry's path. */
export const ROOT_PATH = ".";

/**
 * Orders paths by their UTF-8 bytes, which equals Unicode code point order (plain `<` on JS
 * strings compares UTF-16 units and differs above U+FFFF). A parent always sorts before its
 * children because it is their prefix. Only the sign of the result is meaningful.
 */
export function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  if (a === ROOT_PATH) return -1;
  if (b === ROOT_PATH) return 1;
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x === y) continue;
    // Below the surrogates, UTF-16 units are code points; the rest is rare: go by code point.
    return x < 0xd800 && y < 0xd800 ? x - y : compareCodePointsAt(a, b, index);
  }
  return a.length - b.length;
}

/** Code point order from the first differing UTF-16 unit, `index`, on (a and b agree before it). */
function compareCodePointsAt(a: string, b: string, index: number): number {
  // The differing unit may be the low half of a pair whose high half both strings share.
  const previous = index > 0 ? a.charCodeAt(index - 1) : 0;
  const start = previous >= 0xd800 && previous <= 0xdbff ? index - 1 : index;
  const difference = (a.codePointAt(start) ?? 0) - (b.codePointAt(start) ?? 0);
  if (difference !== 0) return difference;
  // Both have a lone high surrogate at `start`: compare from `index` on.
  return (a.codePointAt(index) ?? 0) - (b.codePointAt(index) ?? 0);
}

/** Sorts entries by path (see comparePaths); returns a new array. */
export function sortEntries<T extends { readonly path: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => comparePaths(a.path, b.path));
}
