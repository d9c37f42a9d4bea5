import { lstat, mkdir } from "node:fs/promises";
import { UnsafePathError } from "../errors/index.ts";

/**
 * A directory of the bundle that rbc writes into as root (`.rbc/` for run logs, the `shm` a
 * shareable IPC namespace binds): created if missing, and otherwise refused unless it is a real
 * directory owned by this user. The bundle is a checkout anyone may have written: a committed
 * `.rbc -> /etc` symlink, or a directory another user owns (who could then put links in it), would
 * have root write where it was never meant to.
 */
export async function ownDirectory(path: string, mode = 0o755): Promise<void> {
  const info = await lstat(path).catch((cause: unknown) => {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw cause;
  });
  if (info === undefined) {
    await mkdir(path, { recursive: true, mode });
    return;
  }
  if (info.isSymbolicLink()) throw new UnsafePathError(path, "it is a symbolic link");
  if (!info.isDirectory()) throw new UnsafePathError(path, "it is not a directory");
  const uid = process.geteuid?.();
  if (uid !== undefined && info.uid !== uid) {
    throw new UnsafePathError(path, `it is owned by uid ${info.uid}, not by ${uid}`);
  }
}
