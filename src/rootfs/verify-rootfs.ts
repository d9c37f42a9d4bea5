import { startRootfsDiff, type DiffRootfsOptions, type RootfsDiff } from "./diff-rootfs.ts";
import type { RootfsEntry } from "./rootfs-entry.ts";
import { visitRootfs } from "./walk-rootfs.ts";

/**
 * Checks a materialized rootfs against its manifest: `modified` paths with every differing key,
 * `missing` and `extra` paths, all sorted. An extra directory is reported once, not its contents.
 * Each entry is compared as the walk observes it, so what agrees is never kept. With
 * `digests: false` no file is read: types, modes, owners, sizes, link targets and the set of paths
 * are compared from lstat alone.
 */
export async function verifyRootfs(
  manifest: readonly RootfsEntry[],
  dir: string,
  options: DiffRootfsOptions = {},
): Promise<RootfsDiff> {
  const diff = startRootfsDiff(manifest, options);
  const walk = {
    expected: diff.expected,
    time: options.time === true,
    digests: options.digests !== false,
    ...(options.mountpoints === undefined ? {} : { mountpoints: options.mountpoints }),
  };
  await visitRootfs(dir, walk, diff.observe);
  return diff.finish();
}
