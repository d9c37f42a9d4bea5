import { constants, type BigIntStats } from "node:fs";
import { lstat, open, readdir, readlink } from "node:fs/promises";
import { join } from "node:path";
import type { RootfsEntry } from "./rootfs-entry.ts";
import { sha256Of } from "./scan-layer.ts";

/**
 * Observes a directory tree on disk as rootfs entries: lstat only, symlinks are read, never
 * followed, and file contents are hashed as streams (bounded memory).
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
  const visit = async (absolute: string, path: string): Promise<void> => {
    const stats = await lstat(absolute, { bigint: true });
    entries.push(await observe(absolute, path, stats, options));
    if (!stats.isDirectory() || (path !== "." && options.descend?.(path) === false)) return;
    for (const name of (await readdir(absolute)).sort()) {
      await visit(join(absolute, name), path === "." ? name : `${path}/${name}`);
    }
  };
  await visit(dir, ".");
  return entries;
}

async function observe(
  absolute: string,
  path: string,
  stats: BigIntStats,
  options: WalkRootfsOptions,
): Promise<RootfsEntry> {
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
      sha256: hash ? await hashFile(absolute) : "",
    };
  }
  if (stats.isSymbolicLink()) return { ...base, type: "symlink", link: await readlink(absolute) };
  if (stats.isCharacterDevice() || stats.isBlockDevice()) {
    const type = stats.isCharacterDevice() ? "char" : "block";
    return { ...base, type, devMajor: deviceMajor(stats.rdev), devMinor: deviceMinor(stats.rdev) };
  }
  if (stats.isDirectory()) return { ...base, type: "dir" };
  // Sockets have no place in an image; reporting them as fifos keeps them visible as drift.
  return { ...base, type: "fifo" };
}

/** Streams a file's sha256 without following a symlink swapped in since the lstat. */
async function hashFile(absolute: string): Promise<string> {
  try {
    const handle = await open(absolute, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      return await sha256Of(handle.createReadStream({ autoClose: false }));
    } finally {
      await handle.close();
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
