/**
 * Starting a bundle from what exists: an overlay written from an image, a container or a
 * `docker run` command line, with a comment on each key naming what it reproduces.
 */
/** An overlay file from chosen keys, each with its comment and note, in the schema's key order. */
export {
  overlayDocument,
  type OverlayDraft,
  type OverlayEntry,
  type OverlayKey,
} from "./overlay-document.ts";
/** What `rbc init` writes: the keys, the notes at the end, the files beside the overlay. */
export type { InitOverlay } from "./init-overlay.ts";
/** The smallest `image:` overlay that compiles to what a container compiles to. */
export { overlayFromContainer, type ContainerSource } from "./overlay-from-container.ts";
/** A `docker run` command line read: what `docker create` gets, and what is left out or refused. */
export { readDockerRun, type DockerRunWords } from "./docker-run-words.ts";
