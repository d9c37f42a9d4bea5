import { readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";

/** A temporary file older than this was left by a writer that died. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/**
 * Deletes entries, least recently used first (by modification time, which reads refresh), until
 * the entries under `root` take at most `maxBytes`; and temporary files writers left behind.
 * Whatever cannot be listed or deleted is left (another rbc may be pruning the same cache).
 */
export async function pruneCache(root: string, maxBytes: number): Promise<void> {
  const files: { path: string; size: number; used: number }[] = [];
  for (const kind of ["layers", "images"]) {
    const dir = join(root, kind);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const path = join(dir, name);
      const info = await stat(path).catch(() => undefined);
      if (info === undefined || !info.isFile()) continue;
      if (name.startsWith(".tmp-")) {
        if (Date.now() - info.mtimeMs > STALE_TEMPORARY_MS) await rm(path, { force: true });
        continue;
      }
      files.push({ path, size: info.size, used: info.mtimeMs });
    }
  }
  let total = files.reduce((sum, file) => sum + file.size, 0);
  files.sort((a, b) => a.used - b.used || (a.path < b.path ? -1 : 1));
  for (const file of files) {
    if (total <= maxBytes) break;
    await rm(file.path, { force: true }).catch(() => undefined);
    total -= file.size;
  }
}
