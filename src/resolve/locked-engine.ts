import { LockIncompleteError } from "../errors/index.ts";
import type { Engine } from "./engine.ts";
import type { EngineRecording } from "./engine-recording.ts";

/** An engine that answers from a lock's recording only: the offline path of `rbc check`. */
export function lockedEngine(recording: EngineRecording): Engine {
  const files = (key: string, paths: readonly string[]): Promise<Map<string, string>> => {
    const recorded = recording.files[key];
    if (recorded === undefined)
      return Promise.reject(new LockIncompleteError(`the files of ${key}`));
    return Promise.resolve(
      new Map(paths.flatMap((p) => (recorded[p] === undefined ? [] : [[p, recorded[p]] as const]))),
    );
  };
  return {
    endpoint: "the bundle's lock (offline)",
    inspectImage: (ref) => {
      const image = recording.images[ref];
      return image
        ? Promise.resolve(image)
        : Promise.reject(new LockIncompleteError(`image ${ref}`));
    },
    inspectContainer: (ref) => {
      const container = recording.containers[ref];
      return container
        ? Promise.resolve(container)
        : Promise.reject(new LockIncompleteError(`container ${ref}`));
    },
    readImageFiles: (id, paths) => files(`image:${id}`, paths),
    readContainerFiles: (id, paths) => files(`container:${id}`, paths),
    saveImage: (id) => Promise.reject(new LockIncompleteError(`the archive of image ${id}`)),
    exportContainer: (id) =>
      Promise.reject(new LockIncompleteError(`the filesystem of container ${id}`)),
    events: () => Promise.reject(new LockIncompleteError("the engine's events (offline)")),
  };
}
