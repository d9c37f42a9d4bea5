import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Engine } from "../../src/resolve/engine.ts";
import { toContainerInspect, toImageInfo } from "../../src/resolve/inspect-json.ts";
import { lookUpUserEntries, type ReadUserFile } from "../../src/resolve/user-lookup.ts";
import { repoRoot } from "./run-rbc.ts";
import { ContainerNotFoundError, ImageNotFoundError } from "../../src/errors/index.ts";

/** A recorded engine response for one image: its inspect JSON and the files rbc reads from it. */
export interface ImageRecording {
  readonly ref: string;
  readonly inspect: unknown;
  readonly files: Readonly<Record<string, string>>;
  /** The image as `docker save` streams it; recordings of the real engine have none. */
  readonly archive?: Uint8Array;
}

/** A container the fake engine knows: its inspect JSON, files rbc reads, and its filesystem. */
export interface ContainerRecording {
  readonly inspect: unknown;
  readonly files: Readonly<Record<string, string>>;
  /** The container's filesystem as `docker export` streams it (a tar). */
  readonly export: Uint8Array;
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
 * scripts/record-engine-fixtures.ts and checked against the engine by an engine test), or images
 * built in memory (test/helpers/fake-image.ts), which also serve their `docker save` archive.
 * Without `containers`, compiling a `container:` bundle fails as with a missing container.
 */
export function fakeEngine(
  recordings: readonly ImageRecording[] = loadRecordings(),
  containers: readonly ContainerRecording[] = [],
): Engine {
  const find = (ref: string): ImageRecording => {
    const found = recordings.find((r) => r.ref === ref || toImageInfo(r.inspect).Id === ref);
    if (found === undefined) throw new ImageNotFoundError(ref);
    return found;
  };
  const findContainer = (ref: string): ContainerRecording => {
    const found = containers.find((c) => {
      const inspect = toContainerInspect(c.inspect);
      return inspect.Id === ref || inspect.Name === ref.replace(/^\//, "");
    });
    if (found === undefined) throw new ContainerNotFoundError(ref);
    return found;
  };
  return {
    endpoint: "fake://recorded",
    inspectImage: (ref) => attempt(() => toImageInfo(find(ref).inspect)),
    inspectContainer: (ref) => attempt(() => toContainerInspect(findContainer(ref).inspect)),
    lookUpUsers: async (source, query) => {
      const { files } = await attempt(() =>
        source.kind === "image" ? find(source.id) : findContainer(source.id),
      );
      return lookUpUserEntries(fileReader(files), query, `${source.kind} ${source.id}`);
    },
    saveImage: (id) =>
      attempt(() => {
        const archive = find(id).archive;
        if (archive === undefined)
          throw new Error(`the recorded engine has no image archive for ${id}`);
        return chunks(archive);
      }),
    exportContainer: (id) => attempt(() => chunks(findContainer(id).export)),
    // Recordings never change: the stream stays open and quiet until closed.
    events: () => Promise.resolve({ close: () => undefined }),
  };
}

/** A synchronous answer as the engine's promise: a throw becomes a rejection. */
function attempt<T>(answer: () => T): Promise<T> {
  try {
    return Promise.resolve(answer());
  } catch (cause) {
    return Promise.reject(cause instanceof Error ? cause : new Error(String(cause)));
  }
}

/** Recorded files streamed as the engine streams them. */
function fileReader(files: Readonly<Record<string, string>>): ReadUserFile {
  return async (path, use) => {
    const text = files[path];
    if (text === undefined) return false;
    const bytes = new TextEncoder().encode(text);
    await use({ size: bytes.length, body: chunks(bytes) });
    return true;
  };
}

/** Bytes as a stream of 64 KiB chunks, as the engine sends a large body. */
async function* chunks(bytes: Uint8Array): AsyncGenerator<Uint8Array, void, undefined> {
  for (let offset = 0; offset < bytes.length; offset += 65_536) {
    yield await Promise.resolve(bytes.subarray(offset, offset + 65_536));
  }
}
