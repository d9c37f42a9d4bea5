import type { ImageInfo, UserDatabase, UserQuery } from "../spec/index.ts";
import type { ContainerInspect, Engine, UserSource } from "./engine.ts";
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
  /**
   * `image:<id>` or `container:<id>` → the user lookup made there: what it asked and the
   * `/etc/passwd` and `/etc/group` entries it needed (never the whole files).
   */
  readonly users: Record<string, RecordedUserLookup>;
}

/** One user lookup: the query and its answer, the entries it needed (see userEntrySelector). */
export interface RecordedUserLookup extends UserDatabase {
  readonly user: string;
  readonly groupAdd: readonly string[];
}

export function emptyRecording(): EngineRecording {
  return { images: {}, containers: {}, users: {} };
}

/** The recording's key for a user lookup's source. */
export function userSourceKey(source: UserSource): string {
  return `${source.kind}:${source.id}`;
}

/** Whether `recorded` answers `query`. */
export function answersQuery(recorded: RecordedUserLookup, query: UserQuery): boolean {
  return (
    recorded.user === query.user &&
    recorded.groupAdd.length === query.groupAdd.length &&
    recorded.groupAdd.every((entry, i) => entry === query.groupAdd[i])
  );
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
  return {
    endpoint: engine.endpoint,
    inspectImage: async (ref) => {
      const image = await engine.inspectImage(ref);
      // Tags and registry digests depend on what else the engine holds, not on the image; the
      // layers are the lock's image.diffIds.
      const recorded: ImageInfo = { ...image, RepoTags: [], RepoDigests: [] };
      delete (recorded as { RootFS?: unknown }).RootFS;
      recording.images[ref] = recorded;
      return image;
    },
    inspectContainer: async (ref) =>
      (recording.containers[ref] = await engine.inspectContainer(ref)),
    lookUpUsers: async (source, query) => {
      const users = await engine.lookUpUsers(source, query);
      const groupAdd = [...query.groupAdd];
      recording.users[userSourceKey(source)] = { user: query.user, groupAdd, ...users };
      return users;
    },
    saveImage: (id) => engine.saveImage(id),
    exportContainer: (id) => engine.exportContainer(id),
    events: (filter, listener) => engine.events(filter, listener),
  };
}
