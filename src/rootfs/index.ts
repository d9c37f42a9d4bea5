/**
 * Rootfs manifests: what an image's (or a container's) root filesystem contains, as a sorted
 * list of entries and as a deterministic mtree file; verification of a directory against one;
 * and safe materialization of an image or a container into a bundle's `.rootfs/rootfs/`.
 */

/** One path of a rootfs (pure data), the path order used everywhere, and a sorter. */
export { comparePaths, sortEntries, ROOT_PATH } from "./rootfs-entry.ts";
export type { RootfsEntry, RootfsEntryType } from "./rootfs-entry.ts";

/** Streaming tar reader (ustar, PAX, GNU long names, base-256); bodies are never buffered. */
export { readTarStream } from "./tar-stream.ts";
export type { ReadTarOptions, TarEntryType, TarHeader, TarStreamEntry } from "./tar-stream.ts";

/** One layer tar (or `docker export` stream) scanned into entries with per-file sha256. */
export { scanLayer, scanLayerKeeping } from "./scan-layer.ts";
export type { LayerScan } from "./scan-layer.ts";
export type { LayerEntry } from "./layer-entry.ts";
/** The bytes of a few named files a scan keeps besides their digests. */
export type { KeepFiles, KeptFile } from "./kept-file.ts";

/** OCI layer application with whiteouts and the hostile-entry rules (pure). */
export { applyLayers } from "./apply-layers.ts";
export type { ApplyLayersOptions, EntrySource, RootfsPlan } from "./apply-layers.ts";

/** `docker save` stream → layers checked against the config's diff_ids (one streamed read). */
export { scanImageArchive } from "./scan-image-archive.ts";
export type {
  ImageArchiveScan,
  KnownLayers,
  ScanImageArchiveOptions,
  ScannedLayer,
} from "./scan-image-archive.ts";
/** The version of what a manifest says for given layers (bundle.lock `rootfs.format`). */
export { MANIFEST_FORMAT } from "../manifest-format.ts";

/** The image's rootfs manifest: pure from a scan, or straight from a `docker save` stream. */
export { imageManifest } from "./image-manifest.ts";
export type { ImageRootfs } from "./image-manifest.ts";
export { readImageManifest } from "./read-image-manifest.ts";
export type { OpenImageArchive } from "./read-image-manifest.ts";

/** A container's manifest from `docker export`, without Docker's init-layer entries. */
export { containerManifest, INIT_LAYER_DIRS, INIT_LAYER_FILES } from "./container-manifest.ts";
export type { ContainerManifestOptions, ContainerRootfs } from "./container-manifest.ts";
export { readContainerManifest } from "./read-container-manifest.ts";

/** rbc's deterministic mtree dialect (NetBSD mtree compatible) and its strict reader. */
export { writeMtree, MTREE_SIGNATURE } from "./write-mtree.ts";
export type { WriteMtreeOptions } from "./write-mtree.ts";
export { readMtree } from "./read-mtree.ts";

/** Comparing trees (pure) and checking a directory on disk against a manifest. */
export { diffRootfs, isCleanDiff } from "./diff-rootfs.ts";
export type { DiffRootfsOptions, KeyDifference, ModifiedPath, RootfsDiff } from "./diff-rootfs.ts";
export { verifyRootfs } from "./verify-rootfs.ts";
/** The paths runc creates in a tree to run a container (mount destinations, the working dir). */
export { runtimeMountpoints } from "./runtime-mountpoints.ts";
/** A container path resolved inside a tree, its symlinks followed but never above the root. */
export { resolveScopedPath } from "./resolve-scoped-path.ts";
export type { ScopedLookup } from "./resolve-scoped-path.ts";
export { walkRootfs } from "./walk-rootfs.ts";
export type { WalkRootfsOptions } from "./walk-rootfs.ts";

/**
 * Where a bundle's tree is materialized: `<bundle>/.rootfs/rootfs`, inside a directory only the
 * materializing user (root) can enter, so the image's set-id files and devices reach no one else.
 */
export { rootfsLocation } from "./rootfs-location.ts";
export type { RootfsLocation } from "./rootfs-location.ts";

/** Deleting a tree without following symlinks. */
export { removeTree } from "./remove-tree.ts";

/** Creating entries inside one directory without ever following a symlink (no openat in Node). */
export { SafeTree } from "./safe-tree.ts";

/** Safe extraction of an image into `<bundle>/.rootfs/rootfs/` (temp dir, verify, rename). */
export { materializeRootfs } from "./materialize.ts";
export type { MaterializeOptions, MaterializeResult } from "./materialize.ts";

/**
 * Safe extraction of a container's `docker export` into `<bundle>/.rootfs/rootfs/`: the same hostile-entry
 * rules, SafeTree writes, verification and rename as materializeRootfs, minus Docker's init-layer
 * entries, so the tree equals the container manifest (readContainerManifest). The export is read
 * twice (plan, then files); `expected` refuses a container that no longer matches its manifest.
 */
export { materializeContainerRootfs } from "./materialize-container.ts";
export type {
  MaterializeContainerOptions,
  MaterializeContainerResult,
} from "./materialize-container.ts";
