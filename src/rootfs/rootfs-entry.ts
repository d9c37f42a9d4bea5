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
  /** Extended attributes from PAX `SCHILY.xattr.*` records (recorded, not written to mtree). */
  readonly xattrs?: Readonly<Record<string, string>>;
}

/** The root entry's path. */
export const ROOT_PATH = ".";

/**
 * Orders paths by their UTF-8 bytes, which equals Unicode code point order (plain `<` on JS
 * strings compares UTF-16 units and differs above U+FFFF). A parent always sorts before its
 * children because it is their prefix.
 */
export function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  if (a === ROOT_PATH) return -1;
  if (b === ROOT_PATH) return 1;
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done === true) return y.done === true ? 0 : -1;
    if (y.done === true) return 1;
    const difference = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
}

/** Sorts entries by path (see comparePaths); returns a new array. */
export function sortEntries<T extends { readonly path: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => comparePaths(a.path, b.path));
}
