import { createReadStream, lchownSync, chmodSync, lstatSync, lutimesSync } from "node:fs";
import { readdirSync, readlinkSync, type Stats } from "node:fs";
import { SafeTree } from "../rootfs/index.ts";

/** One path under the directory being copied, with its lstat. */
interface SourceEntry {
  /** Relative to the copied directory; `.` is the directory itself. */
  readonly path: string;
  readonly stats: Stats;
}

/**
 * Fills an empty volume directory with a copy of `source` (the image's content at the volume's
 * mount point, in the materialized rootfs), as Docker fills a new volume (moby
 * container_unix.go copyExistingContents, with containerd continuity fs.CopyDir): directories,
 * regular files, symlinks (never followed), hard links kept as links, fifos and device nodes, each
 * with its owner, mode (set-id bits included) and times, and the volume directory itself taking
 * the owner, mode and times of `source`. Extended attributes are not copied: the materialized
 * rootfs has none (see What a bundle holds). Sockets have no place in an image and are skipped.
 * Returns how many entries were copied, the directory itself not counted.
 */
export async function seedVolume(source: string, volume: string): Promise<number> {
  const entries = listTree(source);
  const tree = new SafeTree(volume);
  const root = process.getuid?.() === 0;
  const linked = new Map<string, string>();
  for (const { path, stats } of entries) {
    if (path === ".") continue;
    const from = `${source}/${path}`;
    if (stats.isDirectory()) tree.mkdir(path);
    else if (stats.isSymbolicLink()) tree.symlink(path, readlinkSync(from));
    else if (stats.isFile()) {
      const inode = `${stats.dev}:${stats.ino}`;
      const first = stats.nlink > 1 ? linked.get(inode) : undefined;
      if (first !== undefined) tree.link(first, path);
      else await tree.writeFile(path, createReadStream(from));
      if (stats.nlink > 1 && first === undefined) linked.set(inode, path);
    } else if (stats.isFIFO()) await tree.mknod(path, "p");
    else if (stats.isCharacterDevice() || stats.isBlockDevice()) {
      const kind = stats.isCharacterDevice() ? "c" : "b";
      await tree.mknod(path, kind, deviceMajor(stats.rdev), deviceMinor(stats.rdev));
    }
  }
  // Children before parents, so a read-only directory is closed only after it is filled.
  for (let index = entries.length - 1; index >= 0; index -= 1) {
    const entry = entries[index];
    if (entry === undefined || entry.stats.isSocket()) continue;
    copyMetadata(tree.absolute(entry.path), entry.stats, root);
  }
  return entries.filter((e) => e.path !== "." && !e.stats.isSocket()).length;
}

/** Every path under `dir`, parents before children, siblings sorted; symlinks are not followed. */
function listTree(dir: string): SourceEntry[] {
  const entries: SourceEntry[] = [];
  const pending = ["."];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    const stats = lstatSync(path === "." ? dir : `${dir}/${path}`);
    entries.push({ path, stats });
    if (!stats.isDirectory()) continue;
    const names = readdirSync(path === "." ? dir : `${dir}/${path}`).sort();
    for (let index = names.length - 1; index >= 0; index -= 1) {
      pending.push(path === "." ? (names[index] ?? "") : `${path}/${names[index] ?? ""}`);
    }
  }
  return entries;
}

/** chown before chmod: chown clears the set-id bits. Linux has no lchmod; a symlink is 0777. */
function copyMetadata(path: string, stats: Stats, root: boolean): void {
  if (root) lchownSync(path, stats.uid, stats.gid);
  if (!stats.isSymbolicLink()) chmodSync(path, stats.mode & (root ? 0o7777 : 0o1777));
  lutimesSync(path, stats.atime, stats.mtime);
}

/** Linux dev_t layout (glibc gnu_dev_major/minor). */
function deviceMajor(rdev: number): number {
  const value = BigInt(rdev);
  return Number(((value >> 8n) & 0xfffn) | ((value >> 32n) & ~0xfffn));
}

function deviceMinor(rdev: number): number {
  const value = BigInt(rdev);
  return Number((value & 0xffn) | ((value >> 12n) & ~0xffn));
}
