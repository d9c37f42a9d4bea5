import { chmodSync, lstatSync, readdirSync, rmdirSync, unlinkSync, type Stats } from "node:fs";
import { join } from "node:path";
import { pauseEvery } from "./pause-every.ts";

/**
 * Deletes a directory tree without following symlinks: each path is lstat'ed, then unlinked, or
 * emptied and removed. A directory without full owner permissions (a read-only 0555 one cannot
 * be emptied without root) is made 0700 first. A path that does not exist is not an error.
 * Synchronous system calls with a pause every few steps, as in safe-tree.ts: Node's asynchronous
 * `rm -r` costs a thread-pool round trip per call, seconds on 100,000 files.
 */
export async function removeTree(path: string): Promise<void> {
  let step = 0;
  const remove = async (target: string): Promise<void> => {
    await pauseEvery(step);
    step += 1;
    const stats = lstatOrUndefined(target);
    if (stats === undefined) return;
    if (!stats.isDirectory()) {
      unlinkSync(target);
      return;
    }
    if ((stats.mode & 0o700) !== 0o700) chmodSync(target, 0o700);
    for (const name of readdirSync(target)) await remove(join(target, name));
    rmdirSync(target);
  };
  await remove(path);
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
