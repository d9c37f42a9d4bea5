import { resolve } from "node:path";
import type { FileWatcher } from "./file-watcher.ts";

/** A FileWatcher on chokidar, watching `paths` to begin with. */
export async function chokidarWatcher(paths: readonly string[]): Promise<FileWatcher> {
  // Loaded here, not at the top: only a watch that actually starts pays for loading chokidar.
  const { watch } = await import("chokidar");
  // No awaitWriteFinish: its polling adds tens of milliseconds to every save, and the debounce
  // in routeTriggers already gathers an editor's burst of events (write, rename) into one rebuild.
  const watcher = watch([...paths], { ignoreInitial: true });
  const ready = new Promise<void>((done) => {
    watcher.once("ready", () => {
      done();
    });
  });
  let closed = false;
  return {
    add: (more) => {
      // A rebuild still running when close() is called must not make chokidar watch again.
      if (!closed) watcher.add([...more]);
    },
    onChange: (listener) => {
      watcher.on("all", (_event, path) => {
        listener(resolve(path));
      });
    },
    ready: () => ready,
    close: async () => {
      closed = true;
      await watcher.close();
    },
  };
}
