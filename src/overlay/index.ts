/**
 * The overlay stage: reads a bundle's `bundle.yaml` and the bases it extends, checks them against
 * schemas/bundle.schema.json, and merges them into one normal form with the origin of every value.
 */
export { findBundleDirs, loadOverlay } from "./load.ts";
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
