import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Engine } from "../../src/resolve/engine.ts";
import { toImageInfo } from "../../src/resolve/inspect-json.ts";
import { repoRoot } from "./run-rbc.ts";
import { ContainerNotFoundError, ImageNotFoundError } from "../../src/errors/index.ts";

/** A recorded engine response for one image: its inspect JSON and the files rbc reads from it. */
export interface ImageRecording {
  readonly ref: string;
  readonly inspect: unknown;
  readonly files: Readonly<Record<string, string>>;
}

export const recordingsDir = join(repoRoot, "test/fixtures/docker");

export function loadRecordings(): ImageRecording[] {
  return readdirSync(recordingsDir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(recordingsDir, name), "utf8")) as ImageRecording);
}

/**
 * An Engine serving recorded responses of the real engine (test/fixtures/docker, written by
 * scripts/record-engine-fixtures.ts and checked against the engine by an engine test). No
 * containers: compiling a `container:` bundle fails as with a missing container.
 */
export function fakeEngine(recordings: readonly ImageRecording[] = loadRecordings()): Engine {
  const find = (ref: string): ImageRecording => {
    const found = recordings.find((r) => r.ref === ref || toImageInfo(r.inspect).Id === ref);
    if (found === undefined) throw new ImageNotFoundError(ref);
    return found;
  };
  return {
    endpoint: "fake://recorded",
    inspectImage: (ref) => Promise.resolve(toImageInfo(find(ref).inspect)),
    inspectContainer: (ref) => Promise.reject(new ContainerNotFoundError(ref)),
    readImageFiles: (imageId, paths) => {
      const files = find(imageId).files;
      return Promise.resolve(
        new Map(paths.flatMap((p) => (files[p] === undefined ? [] : [[p, files[p]]]))),
      );
    },
    readContainerFiles: (id) => Promise.reject(new ContainerNotFoundError(id)),
    saveImage: (id) =>
      Promise.reject(new Error(`the recorded engine has no image archive for ${id}`)),
    exportContainer: (id) => Promise.reject(new ContainerNotFoundError(id)),
    // Recordings never change: the stream stays open and quiet until closed.
    events: () => Promise.resolve({ close: () => undefined }),
  };
}
