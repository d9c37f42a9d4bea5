/**
 * What a bundle's volumes and bind mounts need before runc starts it: the overlay's intents that
 * config.json does not record, the plan for each mount, and the preparation itself (missing bind
 * sources created or refused, named and anonymous volumes created under `volumes/` and filled from
 * the image as Docker fills them).
 */
export { volumeIntents } from "./volume-intents.ts";
export type { VolumeIntent } from "./volume-intents.ts";
export { planVolumes } from "./plan-volumes.ts";
export type { VolumeStep } from "./plan-volumes.ts";
export { prepareVolumes } from "./prepare-volumes.ts";
export type { PreparedVolumes } from "./prepare-volumes.ts";
