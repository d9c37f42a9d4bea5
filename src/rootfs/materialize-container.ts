import { diffRootfs, isCleanDiff } from "./diff-rootfs.ts";
import { readContainerManifest } from "./read-container-manifest.ts";
import { extractEntries, materializeTree, pathsByOrdinal, runsAsRoot } from "./materialize-tree.ts";
import type { RootfsEntry } from "./rootfs-entry.ts";
import { RootfsMismatchError } from "../errors/index.ts";
import { countBytes, type OnProgress } from "../progress.ts";

/**
 * Materializes a container's rootfs into `<bundle>/.rootfs/rootfs/`, with the guarantees of
 * materializeRootfs (materialize.ts):
 * 1. Read 1 of `docker export`: the container manifest and its plan (readContainerManifest):
 *    the single flattened layer goes through applyLayers, so every hostile-entry rule holds,
 *    and Docker's init-layer entries are left out exactly as in the manifest.
 * 2. With `expected` (the committed manifest), the container must still produce exactly it.
 * 3. Read 2 of `docker export` writes each planned file, by entry ordinal, into a fresh
 *    `.rootfs/tmp-*` through SafeTree (never following a link); then metadata deepest first,
 *    verification against the manifest (so a container that changed between the reads is
 *    refused), and the rename into `.rootfs/rootfs/`.
 */

export interface MaterializeContainerOptions {
  readonly bundleDir: string;
  /** Opens a fresh `docker export` stream (Engine API `GET /containers/{id}/export`); called twice. */
  readonly openExport: () => Promise<AsyncIterable<Uint8Array>>;
  /** The committed manifest: refuse to extract a container that no longer matches it. */
  readonly expected?: readonly RootfsEntry[];
  /** The image's manifest entries: init-layer directories the image has are kept. */
  readonly imageEntries?: readonly RootfsEntry[];
  /** Restore ownership, set-id bits and devices (default: whether the process runs as root). */
  readonly privileged?: boolean;
  /** Where the reads of the export and the verification of the tree report how far they got. */
  readonly onProgress?: OnProgress;
}

export interface MaterializeContainerResult {
  readonly rootfsDir: string;
  /** The container manifest the tree was verified against. */
  readonly entries: readonly RootfsEntry[];
  /** The init-layer paths of the export that were not extracted. */
  readonly dropped: readonly string[];
  /** What could not be reproduced, one line per path. */
  readonly warnings: readonly string[];
}

export async function materializeContainerRootfs(
  options: MaterializeContainerOptions,
): Promise<MaterializeContainerResult> {
  const { onProgress } = options;
  const read = async (step: string) => countBytes(await options.openExport(), step, onProgress);
  const container = await readContainerManifest(
    await read("exporting container"),
    options.imageEntries === undefined ? {} : { imageEntries: options.imageEntries },
  );
  if (options.expected !== undefined) {
    const drift = diffRootfs(options.expected, container.entries);
    if (!isCleanDiff(drift))
      throw new RootfsMismatchError("the container differs from its manifest", drift);
  }
  const { rootfsDir, warnings } = await materializeTree({
    bundleDir: options.bundleDir,
    entries: container.entries,
    privileged: options.privileged ?? runsAsRoot(),
    writeFiles: async (tree) => {
      const files = pathsByOrdinal(container.sources);
      await extractEntries(tree, await read("writing rootfs/"), files, changedExport);
    },
    ...(onProgress && { onProgress }),
  });
  return { rootfsDir, entries: container.entries, dropped: container.dropped, warnings };
}

function changedExport(path: string): Error {
  return new RootfsMismatchError("the container changed between reads", {
    modified: [],
    missing: [path],
    extra: [],
  });
}
