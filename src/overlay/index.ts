/**
 * The overlay stage: reads a bundle's `bundle.yaml` and the bases it extends, checks them against
 * schemas/bundle.schema.json, and merges them into one normal form with the origin of every value.
 */
export { findBundleDirs, loadOverlay } from "./load.ts";
export { bundleFile, bundleLocation, OVERLAY_FILE_NAME } from "./bundle-location.ts";
export type { BundleLocation } from "./bundle-location.ts";
export { locateDiagnostic } from "./locate-diagnostic.ts";
/** Go's net.ParseIP rules, which resolve's canonical addresses follow too. */
export { canonicalIp } from "./ip-address.ts";
export type {
  BlkioSettings,
  EnvEntry,
  JsonPatchOperation,
  LoadedOverlay,
  LongVolume,
  OriginMap,
  OverlaySettings,
  OverlaySource,
  VolumeSetting,
} from "./types.ts";
