import { diffRootfs, isCleanDiff } from "./diff-rootfs.ts";
import { digestWhile } from "./digest-stream.ts";
import type { ImageRootfs } from "./image-manifest.ts";
import { groupBy } from "./group-by.ts";
import { extractEntries, materializeTree, pathsByOrdinal, runsAsRoot } from "./materialize-tree.ts";
import { readImageManifest, type OpenImageArchive } from "./read-image-manifest.ts";
import type { RootfsEntry } from "./rootfs-entry.ts";
import type { SafeTree } from "./safe-tree.ts";
import { archiveName } from "./scan-image-archive.ts";
import { readTarStream } from "./tar-stream.ts";
import {
  ImageArchiveError,
  LayerDigestMismatchError,
  RootfsMismatchError,
} from "../errors/index.ts";
import { countBytes, type OnProgress } from "../progress.ts";

/**
 * Materializes an image's rootfs into `<bundle>/.rootfs/rootfs/`, safely against hostile images,
 * inside a directory only root can enter (rootfs-location.ts).
 *
 * 1. Read 1 of `docker save` (skipped when `image` is given): the manifest and its plan. Every
 *    hostile-name rule is enforced there (apply-layers.ts), before anything touches the disk.
 * 2. With `expected` (the committed manifest), the image must still produce exactly it.
 * 3. In a fresh `<bundle>/.rootfs/tmp-<random>` (mode 0700): directories, symlinks, fifos and
 *    (as root) device nodes from the plan, then read 2 of `docker save`: each final file's bytes
 *    are written from the one layer entry that supplies them, whatever order the layers arrive
 *    in; paths sharing a source become hard links. Each layer's diff_id is checked again.
 * 4. Ownership, modes and mtimes, deepest first. Without root: no chown, set-uid/set-gid bits
 *    dropped, device nodes skipped; each reported as a warning.
 * 5. The temporary tree is verified against the manifest; only then does it replace `.rootfs/rootfs/`:
 *    the old tree is renamed aside, the new one renamed in, the old one deleted. An interrupted
 *    run leaves the previous `rootfs/` (or none), never a partial tree under that name; its
 *    `.rootfs/tmp-*` / `.rootfs/old-*` leftovers are deleted by the next run, so run one
 *    materialization per bundle at a time. Between the two renames there is briefly no
 *    `rootfs/` at all: Node has no renameat2(RENAME_EXCHANGE) to swap directories in one step.
 */

export interface MaterializeOptions {
  readonly bundleDir: string;
  readonly openArchive: OpenImageArchive;
  /** The committed manifest: refuse to extract an image that no longer matches it. */
  readonly expected?: readonly RootfsEntry[];
  /** The result of readImageManifest on the same image, to save the first read. */
  readonly image?: ImageRootfs;
  /** Restore ownership, set-id bits and devices (default: whether the process runs as root). */
  readonly privileged?: boolean;
  /** Where the reads of the archive and the verification of the tree report how far they got. */
  readonly onProgress?: OnProgress;
}

export interface MaterializeResult {
  readonly rootfsDir: string;
  readonly image: ImageRootfs;
  /** What could not be reproduced, one line per path. */
  readonly warnings: readonly string[];
}

export async function materializeRootfs(options: MaterializeOptions): Promise<MaterializeResult> {
  const { onProgress } = options;
  const read = async (step: string) => countBytes(await options.openArchive(), step, onProgress);
  const image = options.image ?? (await readImageManifest(await read("reading image")));
  if (options.expected !== undefined) {
    const drift = diffRootfs(options.expected, image.entries);
    if (!isCleanDiff(drift))
      throw new RootfsMismatchError("the image differs from its manifest", drift);
  }
  const { rootfsDir, warnings } = await materializeTree({
    bundleDir: options.bundleDir,
    entries: image.entries,
    privileged: options.privileged ?? runsAsRoot(),
    writeFiles: async (tree) => {
      await writeFiles(tree, image, await read("writing rootfs/"));
    },
    ...(onProgress && { onProgress }),
  });
  return { rootfsDir, image, warnings };
}

/** Read 2: stream the archive again and write each file from the entry the plan names. */
async function writeFiles(
  tree: SafeTree,
  image: ImageRootfs,
  archive: AsyncIterable<Uint8Array>,
): Promise<void> {
  const wanted = wantedByLayer(image);
  for await (const { header, body } of readTarStream(archive)) {
    const name = archiveName(header.path);
    const files = wanted.get(name);
    if (files === undefined || header.type !== "file") continue;
    wanted.delete(name);
    const layer = image.layerPaths.indexOf(name);
    const expected = image.diffIds[layer] ?? "";
    const { sha256 } = await digestWhile(body, (tapped) =>
      extractEntries(tree, tapped, files, changedLayer),
    );
    if (`sha256:${sha256}` !== expected) {
      throw new LayerDigestMismatchError(layer, expected, `sha256:${sha256}`);
    }
  }
  const [missing] = wanted.keys();
  if (missing !== undefined) throw new ImageArchiveError(`layer ${missing} missing on second read`);
}

function changedLayer(path: string): Error {
  return new ImageArchiveError(`layer changed between reads at ${path}`);
}

/** Archive name of a layer tar → entry ordinal → the final paths it supplies, sorted. */
function wantedByLayer(image: ImageRootfs): Map<string, Map<number, string[]>> {
  const byLayer = groupBy(image.plan.sources, (source) => source.layer);
  const wanted = new Map<string, Map<number, string[]>>();
  for (const [layer, sources] of byLayer) {
    wanted.set(image.layerPaths[layer] ?? "", pathsByOrdinal(sources));
  }
  return wanted;
}
