import { createHash, hash } from "node:crypto";
import {
  closeSync,
  constants,
  lstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  type BigIntStats,
  type Stats,
} from "node:fs";
import { repeatWithPauses } from "./pause-every.ts";
import type { RootfsEntry } from "./rootfs-entry.ts";

/**
 * Observes a directory tree on disk as rootfs entries: lstat only, symlinks are read, never
 * followed, and file contents are hashed through one fixed buffer (bounded memory).
 * The system calls are synchronous: on a tree of many small files an asynchronous call's round
 * trip through libuv's thread pool costs more than the call itself (see safe-tree.ts); the event
 * loop still turns every 1,024 steps (repeatWithPauses). The walk is a loop over an explicit
 * stack, not a recursion of promises, so a step costs its system calls and little else.
 */

export interface WalkRootfsOptions {
  /**
   * The manifest's entry for a path, if it lists one. When given, only directories it lists as
   * directories are listed (an extra tree is reported once, not its contents) and only files it
   * lists as files are hashed; without it, everything is.
   */
  readonly expected?: (path: string) => RootfsEntry | undefined;
  /**
   * Whether to observe mtimes (default true). Without, every mtime reads 0, as in a manifest
   * without `time`, and the cheaper number-valued lstat is enough: the exact whole second needs
   * the nanosecond (bigint) one, since a double's milliseconds can round up across a second.
   */
  readonly time?: boolean;
  /** Whether to hash the files the manifest lists as files (default true); without, none is read. */
  readonly digests?: boolean;
  /**
   * Paths the runtime creates (runtimeMountpoints): one the manifest does not list is listed all
   * the same when it is a directory, so what is under it is observed.
   */
  readonly mountpoints?: ReadonlySet<string>;
}

/** Receives each observed entry with what `expected` returned for its path. */
export type VisitRootfsEntry = (observed: RootfsEntry, expected: RootfsEntry | undefined) => void;

export async function walkRootfs(
  dir: string,
  options: WalkRootfsOptions = {},
): Promise<RootfsEntry[]> {
  const entries: RootfsEntry[] = [];
  await visitRootfs(dir, options, (entry) => entries.push(entry));
  return entries;
}

/** The walk itself: entries depth first, siblings sorted, each handed to `visit` at once. */
export async function visitRootfs(
  dir: string,
  options: WalkRootfsOptions,
  visit: VisitRootfsEntry,
): Promise<void> {
  const buffer = Buffer.allocUnsafe(HASH_BUFFER);
  const prefix = dir.endsWith("/") ? dir : `${dir}/`;
  const { expected, mountpoints } = options;
  const time = options.time ?? true;
  const digests = options.digests ?? true;
  // Paths still to visit, the next one last: children are pushed in reverse sorted order.
  const pending = ["."];
  await repeatWithPauses(() => {
    const path = pending.pop();
    if (path === undefined) return false;
    const absolute = path === "." ? dir : prefix + path;
    const stats = time ? lstatSync(absolute, { bigint: true }) : lstatSync(absolute);
    const wanted = expected?.(path);
    const hashContent = expected === undefined || (digests && wanted?.type === "file");
    visit(observe(absolute, path, stats, hashContent, buffer), wanted);
    const descend =
      path === "." ||
      expected === undefined ||
      wanted?.type === "dir" ||
      (wanted === undefined && mountpoints?.has(path) === true);
    if (descend && stats.isDirectory()) {
      const names = readdirSync(absolute).sort();
      for (let index = names.length - 1; index >= 0; index -= 1) {
        const name = names[index] ?? "";
        pending.push(path === "." ? name : `${path}/${name}`);
      }
    }
    return true;
  });
}

/** Bytes read at a time while hashing a file. */
const HASH_BUFFER = 1 << 20;

function observe(
  absolute: string,
  path: string,
  stats: Stats | BigIntStats,
  hashContent: boolean,
  buffer: Buffer,
): RootfsEntry {
  const mode = Number(stats.mode) & 0o7777;
  const uid = Number(stats.uid);
  const gid = Number(stats.gid);
  const mtime = "mtimeNs" in stats ? Number(stats.mtimeNs / 1_000_000_000n) : 0;
  if (stats.isFile()) {
    const size = Number(stats.size);
    const sha256 = hashContent ? hashFile(absolute, size, buffer) : "";
    return { path, mode, uid, gid, mtime, type: "file", size, sha256 };
  }
  if (stats.isSymbolicLink()) {
    return { path, mode, uid, gid, mtime, type: "symlink", link: readlinkSync(absolute) };
  }
  if (stats.isCharacterDevice() || stats.isBlockDevice()) {
    const type = stats.isCharacterDevice() ? "char" : "block";
    // A number-valued rdev is exact: Linux device numbers fit in 44 bits.
    const devMajor = deviceMajor(BigInt(stats.rdev));
    const devMinor = deviceMinor(BigInt(stats.rdev));
    return { path, mode, uid, gid, mtime, type, devMajor, devMinor };
  }
  if (stats.isDirectory()) return { path, mode, uid, gid, mtime, type: "dir" };
  // Sockets have no place in an image; reporting them as fifos keeps them visible as drift.
  return { path, mode, uid, gid, mtime, type: "fifo" };
}

/**
 * A file's sha256, without following a symlink swapped in since the lstat. `size` is the lstat
 * size. When the first read returns exactly that many bytes, short of a full buffer, the digest
 * has every byte the lstat counted, and the file is taken to end there (as Node's readFileSync
 * stops at the fstat size): only a file growing under the walk could hold more, and no single
 * pass pins one of those down. So a small file costs one read and a one-shot digest; any other
 * outcome (a full buffer, fewer or more bytes than `size`) is read on to end of file.
 */
export function hashFile(absolute: string, size: number, buffer: Buffer): string {
  try {
    const fd = openSync(absolute, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      return hashOpenFile(fd, size, buffer);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EACCES") return "unreadable";
    throw error;
  }
}

function hashOpenFile(fd: number, size: number, buffer: Buffer): string {
  const first = readSync(fd, buffer, 0, buffer.length, null);
  if (first === 0 || (first === size && first < buffer.length)) {
    return hash("sha256", buffer.subarray(0, first), "hex");
  }
  const digest = createHash("sha256").update(buffer.subarray(0, first));
  for (;;) {
    const count = readSync(fd, buffer, 0, buffer.length, null);
    if (count === 0) return digest.digest("hex");
    digest.update(buffer.subarray(0, count));
  }
}

/** Linux dev_t layout (glibc gnu_dev_major/minor). */
function deviceMajor(rdev: bigint): number {
  return Number(((rdev >> 8n) & 0xfffn) | ((rdev >> 32n) & ~0xfffn));
}

function deviceMinor(rdev: bigint): number {
  return Number((rdev & 0xffn) | ((rdev >> 12n) & ~0xffn));
}
