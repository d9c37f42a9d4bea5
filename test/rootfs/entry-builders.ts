import type { RootfsEntry } from "../../src/rootfs/index.ts";

/** A directory entry as most images have one: 0755, owned by root, mtime 0. */
export function rootDir(path: string): RootfsEntry {
  return { path, type: "dir", mode: 0o755, uid: 0, gid: 0, mtime: 0 };
}
