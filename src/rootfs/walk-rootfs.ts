import { createHash } from "node:crypto";
import {
  closeSync,
  constants,
  lstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  type BigIntStats,
} from "node:fs";
import { join } from "node:path";
import { pauseEvery } from "./pause-every.ts";
import type { RootfsEntry } from "./rootfs-entry.ts";

/**
 * Observes a directory tree on disk as rootfs entries: lstat only, symlinks are read, never
 * followed, and file contents are hashed through one fixed buffer (bounded memory).
 * The system calls are synchronous: on a tree of many small files an asynchronous call's round
 * trip through libuv's thread pool costs more than the call itself (see safe-tree.ts); the event
 * loop still turns every few steps (pauseEvery).
 */

export interface WalkRootfsOptions {
  /** Whether to list the children of a directory (default: all); extra trees are reported once. */
  readonly descend?: (path: string) => boolean;
  /** Whether to hash a regular file (default: all). */
  readonly hash?: (path: string) => boolean;
}

export async function walkRootfs(
  dir: string,
  options: WalkRootfsOptions = {},
): Promise<RootfsEntry[]> {
  const entries: RootfsEntry[] = [];
  const buffer = Buffer.allocUnsafe(HASH_BUFFER);
  const visit = async (absolute: string, path: string): Promise<void> => {
    await pauseEvery(entries.length);
    const stats = lstatSync(absolute, { bigint: true });
    entries.push(observe(absolute, path, stats, options, buffer));
    if (!stats.isDirectory() || (path !== "." && options.descend?.(path) === false)) return;
    for (const name of readdirSync(absolute).sort()) {
      await visit(join(absolute, name), path === "." ? name : `${path}/${name}`);
    }
  };
  await visit(dir, ".");
  return entries;
}

/** Bytes read at a time while hashing a file. */
const HASH_BUFFER = 1 << 20;

function observe(
  absolute: string,
  path: string,
  stats: BigIntStats,
  options: WalkRootfsOptions,
  buffer: Buffer,
): RootfsEntry {
  const base = {
    path,
    mode: Number(stats.mode & 0o7777n),
    uid: Number(stats.uid),
    gid: Number(stats.gid),
    mtime: Number(stats.mtimeNs / 1_000_000_000n),
  };
  if (stats.isFile()) {
    const hash = options.hash?.(path) ?? true;
    return {
      ...base,
      type: "file",
      size: Number(stats.size),
      sha256: hash ? hashFile(absolute, buffer) : "",
    };
  }
  if (stats.isSymbolicLink()) return { ...base, type: "symlink", link: readlinkSync(absolute) };
  if (stats.isCharacterDevice() || stats.isBlockDevice()) {
    const type = stats.isCharacterDevice() ? "char" : "block";
    return { ...base, type, devMajor: deviceMajor(stats.rdev), devMinor: deviceMinor(stats.rdev) };
  }
  if (stats.isDirectory()) return { ...base, type: "dir" };
  // Sockets have no place in an image; reporting them as fifos keeps them visible as drift.
  return { ...base, type: "fifo" };
}

/** A file's sha256, without following a symlink swapped in since the lstat. */
function hashFile(absolute: string, buffer: Buffer): string {
  try {
    const fd = openSync(absolute, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      const hash = createHash("sha256");
      for (;;) {
        const count = readSync(fd, buffer, 0, buffer.length, null);
        if (count === 0) return hash.digest("hex");
        hash.update(buffer.subarray(0, count));
      }
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EACCES") return "unreadable";
    throw error;
  }
}

/** Linux dev_t layout (glibc gnu_dev_major/minor). */
function deviceMajor(rdev: bigint): number {
  return Number(((rdev >> 8n) & 0xfffn) | ((rdev >> 32n) & ~0xfffn));
}

function deviceMinor(rdev: bigint): number {
  return Number((rdev & 0xffn) | ((rdev >> 12n) & ~0xffn));
}
