/**
 * The overlay stage: reads a bundle's `bundle.yaml` and the bases it extends, checks them against
 * schemas/bundle.schema.json, and merges them into one normal form with the origin of every value.
 */
export { loadOverlay } from "./load.ts";
/** The bounded read of the files an overlay is made of or names (regular files, at most 4 MiB). */
export { OVERLAY_FILE_MAX_BYTES, readBoundedText } from "./load.ts";
export { locateDiagnostic } from "./locate-diagnostic.ts";
/** The line naming a bundle's image or container, where what the overlay does not set comes from. */
export { sourceOrigin, type SourceOrigin } from "./source-origin.ts";
/** Go's net.ParseIP rules, which resolve's canonical addresses follow too. */
export { canonicalIp } from "./ip-address.ts";
/** The Docker release and cgroup version a bundle reproduces. */
export { defaultTarget, describeTarget, engineTarget, type EngineTarget } from "./engine-target.ts";
export type {
  BlkioSettings,
  CgroupVersion,
  DockerRelease,
  JsonPatchOperation,
  LoadedOverlay,
  LongVolume,
  OverlaySettings,
  OverlaySource,
  VolumeSetting,
} from "./types.ts";
/** One overlay file read and checked on its own: what `rbc import` checks a Compose service with. */
export { parseOverlay, type ParsedOverlay } from "./parse.ts";
export { validateOverlay } from "./validate.ts";
export { formatKeyPath, type PathSegment } from "./key-path.ts";
/** Why rbc refuses a Compose key, for a note where it cannot carry one over. */
export { refusedKey, type Refusal } from "./unsupported-keys.ts";
/** An overlay file as written (the type generated from schemas/bundle.schema.json). */
export type { LongVolumeDocument, OverlayDocument } from "./overlay-document.ts";
/** Docker's image reference grammar, which `rbc init IMAGE` checks before writing. */
export { imageReferenceProblem } from "./image-reference.ts";
/** The known name a mistyped one most likely meant (a did-you-mean). */
export { closestName } from "./closest-name.ts";
