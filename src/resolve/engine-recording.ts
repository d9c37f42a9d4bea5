import type { ImageInfo } from "../spec/index.ts";
import type { ContainerInspect, Engine } from "./engine.ts";
import { memoizedImageReads, type ImageMemo } from "./image-memo.ts";

/**
 * Every answer the engine gave while a bundle compiled: what the lock keeps so that config.json
 * can be compiled again without an engine (`rbc check --offline`). Keys are sorted when written.
 */
export interface EngineRecording {
  /** Image reference as asked (tag or id) → the image. */
  readonly images: Record<string, ImageInfo>;
  /** Container reference as asked (name or id) → its inspect data. */
  readonly containers: Record<string, ContainerInspect>;
  /** `image:<id>` or `container:<id>` → path → file content. */
  readonly files: Record<string, Record<string, string>>;
}

export function emptyRecording(): EngineRecording {
  return { images: {}, containers: {}, files: {} };
}

/**
 * The engine one compilation talks to: `engine`, with image answers kept in `memo` when given
 * (rbc watch), recording every answer for the lock.
 */
export function recordedEngine(
  engine: Engine,
  memo: ImageMemo | undefined,
): { readonly engine: Engine; readonly recording: EngineRecording } {
  const recording = emptyRecording();
  const source = memo === undefined ? engine : memoizedImageReads(engine, memo);
  return { engine: recordingEngine(source, recording), recording };
}

/** An engine that passes every call through and records the answers. */
export function recordingEngine(engine: Engine, recording: EngineRecording): Engine {
  const keepFiles = (key: string, files: Map<string, string>): Map<string, string> => {
    recording.files[key] = { ...recording.files[key], ...Object.fromEntries(files) };
    return files;
  };
  return {
    endpoint: engine.endpoint,
    inspectImage: async (ref) => {
      const image = await engine.inspectImage(ref);
      // Tags and registry digests depend on what else the engine holds, not on the image.
      recording.images[ref] = { ...image, RepoTags: [], RepoDigests: [] };
      return image;
    },
    inspectContainer: async (ref) =>
      (recording.containers[ref] = await engine.inspectContainer(ref)),
    readImageFiles: async (id, paths) =>
      keepFiles(`image:${id}`, await engine.readImageFiles(id, paths)),
    readContainerFiles: async (id, paths) =>
      keepFiles(`container:${id}`, await engine.readContainerFiles(id, paths)),
    saveImage: (id) => engine.saveImage(id),
    exportContainer: (id) => engine.exportContainer(id),
    events: (filter, listener) => engine.events(filter, listener),
  };
}
