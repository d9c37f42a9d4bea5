import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { lstat, mkdir, open, readdir } from "node:fs/promises";
import { join } from "node:path";
import { removeTree } from "./remove-tree.ts";
import { ROOTFS_PARENT, ROOTFS_PARENT_MODE, ROOTFS_PATH } from "../contract/index.ts";
import { RootfsParentError } from "../errors/index.ts";

/**
 * Where materialization puts a bundle's tree: `<bundle>/.rootfs/rootfs` (config.json's
 * `root.path`, contract/rootfs-layout.ts), inside a directory only its owner can enter. The
 * image's set-id files, device nodes, world-writable directories and root directory owner are
 * reproduced as they are, for the container; the 0700 parent is what keeps every other host user
 * from reaching them. The scratch trees of a materialization live in the same parent.
 */
export interface RootfsLocation {
  /** `<bundle>/.rootfs`: owned by the materializing user, mode 0700. */
  readonly parent: string;
  /** `<bundle>/.rootfs/rootfs`: the materialized tree. */
  readonly rootfsDir: string;
}

/** A bundle's rootfs location, without touching the disk. */
export function rootfsLocation(bundleDir: string): RootfsLocation {
  return { parent: join(bundleDir, ROOTFS_PARENT), rootfsDir: join(bundleDir, ROOTFS_PATH) };
}

/**
 * Makes the location ready to materialize into: the bundle directory and its private parent exist,
 * the parent owned by this process's user with mode 0700, and the leftovers of earlier runs are
 * gone: scratch trees of an interrupted materialization, and a `rootfs/` an earlier rbc
 * materialized directly in the bundle (where every host user could reach it).
 */
export async function preparePrivateRootfs(bundleDir: string): Promise<RootfsLocation> {
  const location = rootfsLocation(bundleDir);
  await mkdir(bundleDir, { recursive: true });
  await ensurePrivateParent(location.parent);
  await removeLeftovers(bundleDir, location.parent);
  return location;
}

/** A fresh name in the private parent for a tree being built (`tmp`) or set aside (`old`). */
export function scratchPath(location: RootfsLocation, kind: "tmp" | "old"): string {
  return join(location.parent, `${kind}-${randomBytes(8).toString("hex")}`);
}

/**
 * Creates the parent 0700, or checks the one there: opened without following a symlink, it must
 * be a directory owned by this user. Other mode bits are closed (chmod through the open handle,
 * so a name swapped in meanwhile is never changed); a symlink, another file type or another
 * owner is refused, since whoever owns it could reach or replace what rbc writes inside.
 */
async function ensurePrivateParent(parent: string): Promise<void> {
  try {
    await mkdir(parent, { mode: ROOTFS_PARENT_MODE });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  if ((await lstat(parent)).isSymbolicLink()) {
    throw new RootfsParentError(parent, "it is a symbolic link");
  }
  const flags = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
  const handle = await open(parent, flags);
  try {
    const stats = await handle.stat();
    if (!stats.isDirectory()) throw new RootfsParentError(parent, "it is not a directory");
    const owner = process.geteuid?.() ?? stats.uid;
    if (stats.uid !== owner) {
      throw new RootfsParentError(parent, `it is owned by uid ${stats.uid}, not ${owner}`);
    }
    // mkdir's mode passes through the umask, and a set-gid bundle directory adds its bit.
    if ((stats.mode & 0o7777) !== ROOTFS_PARENT_MODE) await handle.chmod(ROOTFS_PARENT_MODE);
  } finally {
    await handle.close();
  }
}

async function removeLeftovers(bundleDir: string, parent: string): Promise<void> {
  for (const name of await readdir(parent)) {
    if (/^(tmp|old)-[0-9a-f]+$/.test(name)) await removeTree(join(parent, name));
  }
  // Earlier rbc versions: the tree and its scratch trees directly in the bundle directory.
  for (const name of await readdir(bundleDir)) {
    const path = join(bundleDir, name);
    const legacyTree = name === "rootfs" && (await lstat(path)).isDirectory();
    if (legacyTree || /^\.rootfs\.(tmp|old)-[0-9a-f]+$/.test(name)) await removeTree(path);
  }
}
