/**
 * The version of what rbc's manifest says for given layers: bump it whenever scanLayer,
 * applyLayers or writeMtree would describe the same layers differently. bundle.lock records it
 * (`rootfs.format`), so a committed rootfs.mtree is reused only when this rbc would write the same
 * one, and the layer cache keeps its scans under it, so an older rbc's scans are never read.
 */
export const MANIFEST_FORMAT = 1;
