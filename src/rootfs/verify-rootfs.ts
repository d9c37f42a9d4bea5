import { diffRootfs, type DiffRootfsOptions, type RootfsDiff } from "./diff-rootfs.ts";
import type { RootfsEntry } from "./rootfs-entry.ts";
import { walkRootfs } from "./walk-rootfs.ts";

/**
 * Checks a materialized rootfs against its manifest: `modified` paths with every differing key,
 * `missing` and `extra` paths, all sorted. An extra directory is reported once, not its contents.
 */
export async function verifyRootfs(
  manifest: readonly RootfsEntry[],
  dir: string,
  options: DiffRootfsOptions = {},
): Promise<RootfsDiff> {
  const dirs = new Set(manifest.filter((e) => e.type === "dir").map((e) => e.path));
  const files = new Set(manifest.filter((e) => e.type === "file").map((e) => e.path));
  const observed = await walkRootfs(dir, {
    descend: (path) => dirs.has(path),
    hash: (path) => files.has(path),
  });
  return diffRootfs(manifest, observed, options);
}
