import { startRootfsDiff, type DiffRootfsOptions, type RootfsDiff } from "./diff-rootfs.ts";
import type { RootfsEntry } from "./rootfs-entry.ts";
import { visitRootfs } from "./walk-rootfs.ts";

/**
 * Checks a materialized rootfs against its manifest: `modified` paths with every differing key,
 * `missing` and `extra` paths, all sorted. An extra directory is reported once, not its contents.
 * Each entry is compared as the walk observes it, so what agrees is never kept.
 */
export async function verifyRootfs(
  manifest: readonly RootfsEntry[],
  dir: string,
  options: DiffRootfsOptions = {},
): Promise<RootfsDiff> {
  const diff = startRootfsDiff(manifest, options);
  const walk = { expected: diff.expected, time: options.time === true };
  await visitRootfs(dir, walk, diff.observe);
  return diff.finish();
}
