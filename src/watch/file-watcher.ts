/** What routeTriggers needs of a file watcher: the port that chokidarWatcher adapts chokidar to. */
export interface FileWatcher {
  /** Watch these files as well (ones already watched are left as they are); ignored once closed. */
  readonly add: (paths: readonly string[]) => void;
  /** Call `listener` with the absolute path of each file that is changed, added or removed. */
  readonly onChange: (listener: (path: string) => void) => void;
  /** Settles once the files watched from the start are being watched. */
  readonly ready: () => Promise<void>;
  readonly close: () => Promise<void>;
}
