import { startRootfsDiff, type DiffRootfsOptions, type RootfsDiff } from "./diff-rootfs.ts";
import type { RootfsEntry } from "./rootfs-entry.ts";
import { visitRootfs, type VisitRootfsEntry } from "./walk-rootfs.ts";
import type { OnProgress } from "../progress.ts";

export interface VerifyRootfsOptions extends DiffRootfsOptions {
  /** Receives the paths checked and the bytes hashed so far. */
  readonly onProgress?: OnProgress;
}

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
  options: VerifyRootfsOptions = {},
): Promise<RootfsDiff> {
  const diff = startRootfsDiff(manifest, options);
  const walk = {
    expected: diff.expected,
    time: options.time === true,
    digests: options.digests !== false,
    ...(options.mountpoints === undefined ? {} : { mountpoints: options.mountpoints }),
  };
  await visitRootfs(dir, walk, counted(diff.observe, walk.digests, options.onProgress));
  return diff.finish();
}

/** The visitor, reporting each path it is given (and, when files are hashed, their bytes). */
function counted(
  visit: VisitRootfsEntry,
  digests: boolean,
  onProgress: OnProgress | undefined,
): VisitRootfsEntry {
  if (onProgress === undefined) return visit;
  let entries = 0;
  let bytes = 0;
  return (observed, expected) => {
    entries += 1;
    if (digests && observed.type === "file") bytes += observed.size ?? 0;
    onProgress({ step: "verifying rootfs/", entries, ...(digests && { bytes }) });
    visit(observed, expected);
  };
}
