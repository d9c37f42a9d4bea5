import { applyLayers, type RootfsPlan } from "./apply-layers.ts";
import type { RootfsEntry } from "./rootfs-entry.ts";
import type { ImageArchiveScan } from "./scan-image-archive.ts";

/** An image's root filesystem: its manifest entries and where each file's bytes come from. */
export interface ImageRootfs {
  /** `sha256:<hex>` of the image config (record it as the identity, not the engine's `.Id`). */
  readonly configDigest: string;
  /** The layers' diff_ids, lowest first. */
  readonly diffIds: readonly string[];
  /** Sorted, deterministic: the input of writeMtree. */
  readonly entries: readonly RootfsEntry[];
  /** What materializeRootfs needs to extract the same tree from a second read of the archive. */
  readonly plan: RootfsPlan;
  /** Archive names of the layer tars, in manifest order. */
  readonly layerPaths: readonly string[];
}

/** Applies a scanned image's layers in manifest order (pure; see apply-layers.ts for the rules). */
export function imageManifest(scan: ImageArchiveScan): ImageRootfs {
  const plan = applyLayers(scan.layers.map((layer) => layer.entries));
  return {
    configDigest: scan.configDigest,
    diffIds: scan.layers.map((layer) => layer.diffId),
    entries: plan.entries,
    plan,
    layerPaths: scan.layers.map((layer) => layer.archivePath),
  };
}
