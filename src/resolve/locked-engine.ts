import { LockIncompleteError } from "../errors/index.ts";
import type { Engine } from "./engine.ts";
import { answersQuery, userSourceKey, type EngineRecording } from "./engine-recording.ts";

/**
 * An engine that answers from a lock's recording only: the offline path of `rbc check`. A user
 * lookup is answered only for the query it recorded (the entries kept fit that query alone).
 */
export function lockedEngine(recording: EngineRecording): Engine {
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
    lookUpUsers: (source, query) => {
      const key = userSourceKey(source);
      const recorded = recording.users[key];
      if (recorded === undefined || !answersQuery(recorded, query)) {
        const groups =
          query.groupAdd.length === 0 ? "" : ` with group_add ${query.groupAdd.join(", ")}`;
        const what = `the lookup of user "${query.user}"${groups} in ${key}`;
        return Promise.reject(new LockIncompleteError(what));
      }
      const { passwd, group } = recorded;
      return Promise.resolve({
        ...(passwd === undefined ? {} : { passwd }),
        ...(group === undefined ? {} : { group }),
      });
    },
    saveImage: (id) => Promise.reject(new LockIncompleteError(`the archive of image ${id}`)),
    exportContainer: (id) =>
      Promise.reject(new LockIncompleteError(`the filesystem of container ${id}`)),
    events: () => Promise.reject(new LockIncompleteError("the engine's events (offline)")),
  };
}
