/**
 * Starting a bundle from what exists: an overlay written from an image, a container or a
 * `docker run` command line, with a comment on each key naming what it reproduces.
 */
export {
  overlayDocument,
  type OverlayDraft,
  type OverlayEntry,
  type OverlayKey,
} from "./overlay-document.ts";
export type { InitOverlay } from "./init-overlay.ts";
export { overlayFromContainer, type ContainerSource } from "./overlay-from-container.ts";
export { readDockerRun, type DockerRunWords } from "./docker-run-words.ts";
